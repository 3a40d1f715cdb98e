import type { CellValue, GridRange, RawSheet } from '../types';
import { isBlank } from './normalise/cell-text';

/** Read access to a RawSheet in sheet coordinates (values are stored from the sheet's origin). */
export interface SheetGrid {
  readonly sheet: RawSheet;
  /** Sheet rows/columns covered by values, inclusive; bottom < top for an empty sheet. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  value(row: number, col: number): CellValue;
  numberFormat(row: number, col: number): string | null;
  isBlankRow(row: number, left: number, right: number): boolean;
  /**
   * A sheet row's values from the grid's left column (index = col - left; may be shorter than
   * the grid, and may hold undefined where a host left a hole). For loops that read many cells
   * of one row without a call per cell.
   */
  rowValues(row: number): ReadonlyArray<CellValue | undefined>;
  /** The same for number formats; undefined when the host gave none for the row. */
  rowFormats(row: number): ReadonlyArray<string | null> | undefined;
}

const NO_VALUES: ReadonlyArray<CellValue> = Object.freeze([]);

export function makeGrid(sheet: RawSheet): SheetGrid {
  const { row: top, col: left } = sheet.origin;
  let width = 0;
  for (const r of sheet.values) if (r.length > width) width = r.length;
  const values = sheet.values;
  const formats = sheet.numberFormats;
  return {
    sheet,
    top,
    left,
    bottom: top + values.length - 1,
    right: left + width - 1,
    value(row, col) {
      return values[row - top]?.[col - left] ?? null;
    },
    numberFormat(row, col) {
      return formats?.[row - top]?.[col - left] ?? null;
    },
    isBlankRow(row, from, to) {
      const r = values[row - top];
      if (!r) return true;
      const end = Math.min(to - left, r.length - 1);
      for (let c = Math.max(0, from - left); c <= end; c++) if (!isBlank(r[c])) return false;
      return true;
    },
    rowValues(row) {
      return values[row - top] ?? NO_VALUES;
    },
    rowFormats(row) {
      return formats?.[row - top];
    },
  };
}

export function rangeContains(range: GridRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}
