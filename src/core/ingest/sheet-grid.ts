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

/** Cells past which a row's remaining span is walked by the cells it holds, not by index. */
const WIDE_SPAN = 64;

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
      const start = Math.max(0, from - left);
      const end = Math.min(to - left, r.length - 1);
      if (end - start < WIDE_SPAN) {
        for (let c = start; c <= end; c++) if (!isBlank(r[c])) return false;
        return true;
      }
      const first = firstFilledFrom(r, start);
      return first < 0 || first > end;
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

/**
 * The index of a row's first non-blank value at or after `from`, or -1. A row may be a holey
 * array (the .xlsx reader stores a row with cells in A and XFD as two entries, not 16,384): a
 * long span is walked by the entries the row holds, so a sheet whose rows reach XFD costs its
 * cells, not its width times its height.
 */
export function firstFilledFrom(values: ReadonlyArray<CellValue | undefined>, from: number): number {
  const start = Math.max(0, from);
  if (values.length - start <= WIDE_SPAN) {
    for (let k = start; k < values.length; k++) if (!isBlank(values[k])) return k;
    return -1;
  }
  // Array index keys come in ascending order (own integer keys first, per the spec's key order).
  for (const key in values) {
    const k = Number(key);
    if (!Number.isInteger(k) || k < start) continue;
    if (!isBlank(values[k])) return k;
  }
  return -1;
}
