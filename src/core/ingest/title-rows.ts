import type { CellValue, GridRange } from '../types';
import { isBlank } from './normalise/cell-text';
import type { SheetGrid } from './sheet-grid';

/** Title rows looked at above a table (nearest first), and how many filled cells a title row may have. */
const MAX_TITLE_ROWS = 5;
const MAX_TITLE_CELLS = 2;

export interface TitleCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

/**
 * The title rows above a table (its banner: "Finance Department - Project Tracker", "All figures
 * in £000", "Status as at 27/11/2026"), nearest row first, each its filled cells: the rows above
 * its header row, skipping blank rows and stopping at a row with more than two filled cells (a
 * previous table) or after five title rows. In each row, cells over the table's own columns come
 * before the others (side-by-side tables each have their title), each group left to right.
 */
export function titleCells(grid: SheetGrid, range: GridRange): TitleCell[][] {
  const rows: TitleCell[][] = [];
  for (let row = range.top - 1; row >= grid.top && rows.length < MAX_TITLE_ROWS; row--) {
    if (grid.isBlankRow(row, grid.left, grid.right)) continue;
    const inside: TitleCell[] = [];
    const outside: TitleCell[] = [];
    for (let col = grid.left; col <= grid.right; col++) {
      const value = grid.value(row, col);
      if (isBlank(value)) continue;
      (col >= range.left && col <= range.right ? inside : outside).push({ row, col, value });
    }
    if (inside.length + outside.length > MAX_TITLE_CELLS) break;
    rows.push([...inside, ...outside]);
  }
  return rows;
}

/** The texts of titleCells, row by row (a department or a money unit is read from these). */
export function titleRows(grid: SheetGrid, range: GridRange): string[][] {
  return titleCells(grid, range).map((cells) => cells.flatMap((c) => (typeof c.value === 'string' ? [c.value] : [])));
}
