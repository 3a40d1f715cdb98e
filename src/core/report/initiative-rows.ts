import type { RunResult } from '../types';
import { factsOf } from './run-facts';

/** Each initiative's row number on the Initiatives sheet (header is row 1), for links to it. */
export function initiativeRows(result: RunResult): ReadonlyMap<string, number> {
  const { rankAt } = factsOf(result);
  return new Map(result.model.initiatives.map((i, k) => [i.id, rankAt[k]! + 2]));
}
