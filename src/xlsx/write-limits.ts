import { EXCEL_MAX_ROWS } from '../core/report/split-rows';
import type { ReportDocument } from '../core/types';

export { EXCEL_MAX_ROWS };
/** Excel's grid: rows and columns per sheet. A file past them opens truncated or not at all (rows past the limit are cut into parts first: splitPastRowLimit). */
export const EXCEL_MAX_COLUMNS = 16_384;

/**
 * The summary cannot be written as an Excel workbook: one of its sheets is past Excel's grid.
 * Not a bug: sheets past Excel's rows are written in parts (splitPastRowLimit), so this is a
 * sheet wider than Excel's columns, or one whose frozen header alone fills the rows. The CLI shows the message as one line and exits 2.
 */
export class ReportTooLargeError extends Error {
  constructor(
    readonly sheet: string,
    readonly rows: number,
    readonly columns: number,
    maxRows: number = EXCEL_MAX_ROWS,
  ) {
    super(
      rows > maxRows
        ? `the summary's ${sheet} sheet would have ${rows.toLocaleString('en-US')} rows, over Excel's limit of ${maxRows.toLocaleString('en-US')} rows per sheet`
        : `the summary's ${sheet} sheet would have ${columns.toLocaleString('en-US')} columns, over Excel's limit of ${EXCEL_MAX_COLUMNS.toLocaleString('en-US')} columns per sheet`,
    );
    this.name = 'ReportTooLargeError';
  }
}

/** Throws ReportTooLargeError for the first sheet past Excel's grid. */
export function checkExcelLimits(doc: ReportDocument, maxRows: number = EXCEL_MAX_ROWS): void {
  for (const sheet of doc.sheets) {
    const columns = Math.max(sheet.columnWidths.length, sheet.rows.width);
    let rows = sheet.rows.count;
    for (const r of Object.keys(sheet.rowHeights ?? {})) rows = Math.max(rows, Number(r) + 1);
    if (rows > maxRows || columns > EXCEL_MAX_COLUMNS) throw new ReportTooLargeError(sheet.name, rows, columns, maxRows);
  }
}
