import type { ReportRow, ReportRows, ReportSheet } from '../types';

/** Rows already built (small sheets: Summary, Departments, Timeline, Changes). */
export function rowsFromArray(rows: readonly ReportRow[]): ReportRows {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return { count: rows.length, width, row: (index) => rows[index] ?? [] };
}

/**
 * A table sheet's rows: the header, then `count` body rows made on demand by `body(k)` (k from
 * 0). `width` is the widest row, header included: the caller knows its column count.
 */
export function tableRows(header: ReportRow, count: number, width: number, body: (k: number) => ReportRow): ReportRows {
  return { count: count + 1, width, row: (index) => (index === 0 ? header : body(index - 1)) };
}

/** Every row as an array: for tests and callers that really need them all at once. */
export function materialiseRows(rows: ReportRows): ReportRow[] {
  const out: ReportRow[] = new Array<ReportRow>(rows.count);
  for (let r = 0; r < rows.count; r++) out[r] = rows.row(r);
  return out;
}

/** A sheet's rows as arrays (materialiseRows of sheet.rows). */
export function sheetRows(sheet: Pick<ReportSheet, 'rows'>): ReportRow[] {
  return materialiseRows(sheet.rows);
}

/** Cells in all rows (trailing empties excluded, as each row holds them): one row at a time. */
export function countCells(rows: ReportRows): number {
  let n = 0;
  for (let r = 0; r < rows.count; r++) n += rows.row(r).length;
  return n;
}
