import { REPORT_SHEETS, isReportSheet } from '../core/report/sheet-names';

/**
 * Report sheets carry a worksheet custom property so Throughline never mistakes a user's own
 * sheet called "Initiatives" for one it wrote (and never deletes it). A workbook whose report was
 * written elsewhere (the CLI's summary opened in Excel) has no markers but has the hidden snapshot
 * sheet; only then do the stable names alone identify the report.
 */
export const REPORT_MARKER_KEY = 'throughline';
export const REPORT_MARKER_VALUE = 'report';

export interface SheetFacts {
  readonly name: string;
  /** The marker property was found on the sheet. */
  readonly marked: boolean;
}

/** Names of the sheets Throughline wrote, among all sheets of the workbook. */
export function ownReportSheets(sheets: readonly SheetFacts[]): Set<string> {
  const anyMarked = sheets.some((s) => s.marked);
  const hasSnapshot = sheets.some((s) => s.name === REPORT_SHEETS.snapshot);
  return new Set(sheets.filter((s) => isReportSheet(s.name) && (s.marked || (!anyMarked && hasSnapshot))).map((s) => s.name));
}
