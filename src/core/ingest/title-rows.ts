import type { CellValue, GridRange } from '../types';
import { cleanText, isBlank } from './normalise/cell-text';
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
    // A second header row ("This week" | "Last week" over RAG | RAG) labels columns: it is no title, and no previous table either.
    if (row === range.top - 1 && isLabelRow(grid, range.top, range.left, range.right)) continue;
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

/**
 * The row above the header is a second header row, each of its cells labelling the column below
 * ("This week" over RAG beside "Last week" over RAG): it holds a group label merged over several
 * columns, or two or more short labels (no digits, no colon, as "Prepared by: Ann" or a date
 * would have) each over a named column.
 */
export function isLabelRow(grid: SheetGrid, headerRow: number, left: number, right: number): boolean {
  if (headerRow <= 0) return false;
  const above = headerRow - 1;
  if ((grid.sheet.merges ?? []).some((m) => m.bottom === above && m.right > m.left && m.left >= left && m.right <= right)) return true;
  let labels = 0;
  for (let col = left; col <= right; col++) {
    const value = grid.value(above, col);
    if (isBlank(value)) continue;
    if (typeof value !== 'string' || isBlank(grid.value(headerRow, col))) return false;
    const text = cleanText(value).replace(/\s+/g, ' ');
    if (text.length > 24 || /[\d:]/.test(text)) return false;
    labels++;
  }
  return labels >= 2;
}
