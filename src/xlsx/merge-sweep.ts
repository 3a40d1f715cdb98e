import type { GridRange } from '../core/types';

/**
 * Which cells a sheet's merges cover (other than each merge's top-left cell), asked row by row
 * in ascending order. A merge is added to a count per column (a Fenwick tree over the sheet's
 * columns) at its top row and taken off past its bottom, so a cell costs two lookups however many
 * merges there are or however far they reach (a hostile file's 2,000 merges over every row of
 * 100,000 once cost 2.6 GB and a minute). Both workbook readers (.xlsx and .xls) use it.
 */
export interface MergeSweep {
  /** Moves the sweep to `row`; rows must come in ascending order. */
  readonly toRow: (row: number) => void;
  /** Whether a merge covers the cell at (row, col) of the current row, not being its top-left cell. */
  readonly covers: (row: number, col: number) => boolean;
}

/** The sweep over merges that span more than one cell; undefined when there are none. Columns are clamped to [0, maxCols). */
export function mergeSweep(all: readonly GridRange[], maxCols: number): MergeSweep | undefined {
  const merges = all.filter((m) => m.bottom > m.top || m.right > m.left);
  if (merges.length === 0) return undefined;
  const clamp = (col: number): number => Math.max(0, Math.min(maxCols - 1, col));
  const byTop = merges.slice().sort((a, b) => a.top - b.top);
  const byBottom = merges.slice().sort((a, b) => a.bottom - b.bottom);
  // Merges whose top-left cell a cell is: that merge does not cover it.
  const topLeft = new Map<number, number>();
  for (const m of merges) topLeft.set(m.top * maxCols + m.left, (topLeft.get(m.top * maxCols + m.left) ?? 0) + 1);
  const tree = new Int32Array(maxCols + 1);
  /** Adds `by` to the count of every column from `from` on (0-based). */
  const addFrom = (from: number, by: number): void => {
    for (let k = from + 1; k <= maxCols; k += k & -k) tree[k]! += by;
  };
  const addRange = (m: GridRange, by: number): void => {
    addFrom(clamp(m.left), by);
    const after = clamp(m.right) + 1;
    if (after < maxCols) addFrom(after, -by);
  };
  const countAt = (col: number): number => {
    let n = 0;
    for (let k = col + 1; k > 0; k -= k & -k) n += tree[k]!;
    return n;
  };
  let nextTop = 0;
  let nextBottom = 0;
  return {
    toRow: (row) => {
      for (; nextTop < byTop.length && byTop[nextTop]!.top <= row; nextTop++) addRange(byTop[nextTop]!, 1);
      for (; nextBottom < byBottom.length && byBottom[nextBottom]!.bottom < row; nextBottom++) addRange(byBottom[nextBottom]!, -1);
    },
    covers: (row, col) => countAt(col) - (topLeft.get(row * maxCols + col) ?? 0) > 0,
  };
}
