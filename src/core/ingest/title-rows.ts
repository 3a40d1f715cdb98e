import type { GridRange } from '../types';
import { isBlank } from './normalise/cell-text';
import type { SheetGrid } from './sheet-grid';

/** Title rows looked at above a table, and how many filled cells a title row may have. */
const MAX_TITLE_ROWS = 5;
const MAX_TITLE_CELLS = 2;

/**
 * The texts of the title rows above a table (its banner: "Finance Department - Project Tracker",
 * "All figures in £000"), nearest row first: the rows above its header row, skipping blank rows
 * and stopping at a row with more than two filled cells (a previous table) or after five title
 * rows. In each row, cells over the table's own columns come before the others (side-by-side
 * tables each have their title).
 */
export function titleRows(grid: SheetGrid, range: GridRange): string[][] {
  const titles: string[][] = [];
  for (let row = range.top - 1; row >= grid.top && titles.length < MAX_TITLE_ROWS; row--) {
    if (grid.isBlankRow(row, grid.left, grid.right)) continue;
    const inside: string[] = [];
    const outside: string[] = [];
    let filled = 0;
    for (let col = grid.left; col <= grid.right; col++) {
      const value = grid.value(row, col);
      if (isBlank(value)) continue;
      filled++;
      if (typeof value === 'string') (col >= range.left && col <= range.right ? inside : outside).push(value);
    }
    if (filled > MAX_TITLE_CELLS) break;
    titles.push([...inside, ...outside]);
  }
  return titles;
}
