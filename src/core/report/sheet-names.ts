/**
 * Report sheet names (stable: users and the next run find sheets by these names).
 * Writers replace exactly these sheets; readers of the open workbook skip them as sources.
 */
export const REPORT_SHEETS = {
  summary: 'Summary',
  initiatives: 'Initiatives',
  findings: 'Findings',
  dependencies: 'Dependencies',
  timeline: 'Timeline',
  departments: 'Departments',
  changes: 'Changes',
  /** Hidden: what the next run needs to compute Changes. */
  snapshot: '_throughline',
} as const;

export const REPORT_SHEET_NAMES: readonly string[] = Object.values(REPORT_SHEETS);

/** True for a sheet Throughline wrote (never read back as a source). */
export function isReportSheet(name: string): boolean {
  return REPORT_SHEET_NAMES.includes(name);
}
