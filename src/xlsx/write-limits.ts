import type { ReportDocument } from '../core/types';

/** Excel's grid: rows and columns per sheet. A file past them opens truncated or not at all. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/**
 * The summary cannot be written as an Excel workbook: one of its sheets is past Excel's grid.
 * Not a bug: a portfolio that large (over a million dependency links, say) needs a smaller run
 * (fewer sources). The CLI shows the message as one line and exits 2.
 */
export class ReportTooLargeError extends Error {
  constructor(
    readonly sheet: string,
    readonly rows: number,
    readonly columns: number,
  ) {
    super(
      rows > EXCEL_MAX_ROWS
        ? `the summary's ${sheet} sheet would have ${rows.toLocaleString('en-US')} rows, over Excel's limit of ${EXCEL_MAX_ROWS.toLocaleString('en-US')} rows per sheet`
        : `the summary's ${sheet} sheet would have ${columns.toLocaleString('en-US')} columns, over Excel's limit of ${EXCEL_MAX_COLUMNS.toLocaleString('en-US')} columns per sheet`,
    );
    this.name = 'ReportTooLargeError';
  }
}

/** Throws ReportTooLargeError for the first sheet past Excel's grid. */
export function checkExcelLimits(doc: ReportDocument): void {
  for (const sheet of doc.sheets) {
    const columns = Math.max(sheet.columnWidths.length, sheet.rows.width);
    let rows = sheet.rows.count;
    for (const r of Object.keys(sheet.rowHeights ?? {})) rows = Math.max(rows, Number(r) + 1);
    if (rows > EXCEL_MAX_ROWS || columns > EXCEL_MAX_COLUMNS) throw new ReportTooLargeError(sheet.name, rows, columns);
  }
}
