import type { CellRef } from '../types';

/** The two cells a finding points at, those that exist, in order; the home cell when neither does. */
export function cellsOrHome(first: CellRef | undefined, second: CellRef | undefined, home: CellRef): CellRef[] {
  if (first) return second ? [first, second] : [first];
  return second ? [second] : [home];
}
