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
  /** Open errors and warnings as actions per person (src/core/report/actions-sheet.ts). */
  actions: 'Actions',
  /** Trade-offs to decide, and the decisions the next run reads back (src/core/report/decisions-sheet.ts). */
  decisions: 'Decisions',
  /** Hidden: what the next run needs to compute Changes. */
  snapshot: '_throughline',
} as const;

export const REPORT_SHEET_NAMES: readonly string[] = Object.values(REPORT_SHEETS);

/** Excel compares sheet names without regard to case: "summary" and "Summary" are one name. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** What a report sheet is called when a sheet of the user's already has its stable name ("Actions (Throughline)"). */
export function distinguishedName(base: string): string {
  return `${base} (Throughline)`;
}

/**
 * The stable name a report sheet's name stands for: the name itself, or its distinguished form
 * ("Actions (Throughline)", "Actions (Throughline)-2"), in any case; undefined for other names.
 */
export function reportBaseName(name: string): string | undefined {
  const upper = name.toLocaleUpperCase();
  return REPORT_SHEET_NAMES.find((n) => {
    const d = distinguishedName(n).toLocaleUpperCase();
    return upper === n.toLocaleUpperCase() || upper === d || (upper.startsWith(`${d}-`) && /^\d+$/.test(upper.slice(d.length + 1)));
  });
}

/** True for a name a report sheet has, stable or distinguished (in any case): such a sheet is Throughline's or in the way of one. */
export function isReportSheet(name: string): boolean {
  return reportBaseName(name) !== undefined;
}

/** `base`, or `base-1`, `base-2`... : the first that no name in `taken` equals (ignoring case, as Excel does for sheet and table names). */
export function freeName(base: string, taken: Iterable<string>, separator = '-'): string {
  const upper = new Set([...taken].map((t) => t.toLocaleUpperCase()));
  let name = base;
  for (let n = 1; upper.has(name.toLocaleUpperCase()); n++) name = `${base}${separator}${n}`;
  return name;
}
