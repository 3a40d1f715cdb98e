import type { CellValue, GridRange, RawSheet } from '../core/types';
import { mergeSweep } from './merge-sweep';

/** Excel 97's grid: 65,536 rows (a row number is 16 bits) and 256 columns (IV). */
export const XLS_MAX_COLS = 256;

/** One worksheet's cells as its records give them. */
export interface XlsCells {
  /** By 0-based sheet row: the row's values (and formats) by 0-based column, holes where no cell is. */
  readonly rows: Map<number, CellValue[]>;
  readonly formats: Map<number, Array<string | null>>;
  readonly merges: GridRange[];
  /** Outline level above 0 by 0-based sheet row. */
  readonly outline: Map<number, number>;
}

/**
 * The cells -> the sheet's used range, as the .xlsx reader shapes it: origin at the top-left
 * cell with a value, rows holding the cells they have (holes between), cells a merge covers
 * left empty as Excel shows them, outline levels only when some row is grouped.
 */
export function xlsSheet(name: string, hidden: boolean, cells: XlsCells): RawSheet {
  clearCovered(cells);
  const common = {
    ...(cells.merges.length ? { merges: cells.merges } : {}),
    ...(hidden ? { hidden: true } : {}),
  };
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (const [row, values] of cells.rows) {
    let any = false;
    values.forEach((_, col) => {
      any = true;
      if (col < left) left = col;
      if (col > right) right = col;
    });
    if (!any) continue;
    if (row < top) top = row;
    if (row > bottom) bottom = row;
  }
  if (bottom < 0) return { name, origin: { row: 0, col: 0 }, values: [], ...common };
  const height = bottom - top + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => []);
  const numberFormats: Array<Array<string | null>> = Array.from({ length: height }, () => []);
  for (const [row, rowValues] of cells.rows) {
    if (row < top || row > bottom) continue;
    const rowFormats = cells.formats.get(row)!;
    const outValues = values[row - top]!;
    const outFormats = numberFormats[row - top]!;
    rowValues.forEach((v, col) => {
      outValues[col - left] = v;
      outFormats[col - left] = rowFormats[col] ?? null;
    });
  }
  let rowOutlineLevels: number[] | undefined;
  for (const [row, level] of cells.outline) {
    if (row < top || row > bottom) continue;
    rowOutlineLevels ??= new Array<number>(height).fill(0);
    rowOutlineLevels[row - top] = level;
  }
  return { name, origin: { row: top, col: left }, values, numberFormats, ...common, ...(rowOutlineLevels ? { rowOutlineLevels } : {}) };
}

/** Deletes the cells a merge covers other than its top-left one (mergeSweep, over the 256 columns). */
function clearCovered(cells: XlsCells): void {
  if (cells.rows.size === 0) return;
  const sweep = mergeSweep(cells.merges, XLS_MAX_COLS);
  if (sweep === undefined) return;
  for (const row of [...cells.rows.keys()].sort((a, b) => a - b)) {
    sweep.toRow(row);
    const values = cells.rows.get(row)!;
    const formats = cells.formats.get(row)!;
    values.forEach((_, col) => {
      if (sweep.covers(row, col)) {
        delete values[col];
        delete formats[col];
      }
    });
  }
}
