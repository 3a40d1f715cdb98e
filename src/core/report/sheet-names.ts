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
  /** Value at risk by department, pillar and KPI in full (the Summary shows the top of each). */
  valueAtRisk: 'Value at risk',
  /** Every source's freshness in full (the Summary shows the stalest). */
  sources: 'Sources',
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
 * The name of part `part` (from 1) of a report sheet cut to fit Excel's rows (split-rows.ts):
 * the name itself, then "Dependencies 2", "Dependencies 3". Not "Dependencies (2)": Excel names a
 * copy of a sheet that way, and a user's copy of our sheet must not be taken for ours. A stable
 * name is at most 13 characters, so a part's distinguished name ("Dependencies 2 (Throughline)")
 * keeps within Excel's 31.
 */
export function partName(name: string, part: number): string {
  return part === 1 ? name : `${name} ${part}`;
}

/** Which report sheet a name stands for: its stable name and part (from 1); undefined for other names. */
export interface ReportSheetName {
  readonly base: string;
  readonly part: number;
}

const DISTINGUISHED = / \(THROUGHLINE\)(?:-\d+)?$/;

/**
 * The report sheet a sheet's name stands for: the stable name or a part of it ("Dependencies 2"),
 * either also in its distinguished form ("Actions (Throughline)", "Actions (Throughline)-2",
 * "Dependencies 2 (Throughline)"), in any case; undefined for other names.
 */
export function reportSheetOf(name: string): ReportSheetName | undefined {
  const upper = name.toLocaleUpperCase();
  const inner = upper.replace(DISTINGUISHED, '');
  for (const base of REPORT_SHEET_NAMES) {
    const b = base.toLocaleUpperCase();
    if (inner === b) return { base, part: 1 };
    if (inner.startsWith(`${b} `)) {
      const digits = inner.slice(b.length + 1);
      if (/^[1-9]\d{0,5}$/.test(digits) && Number(digits) >= 2) return { base, part: Number(digits) };
    }
  }
  return undefined;
}

/** The stable name a report sheet's name stands for (reportSheetOf), whichever part; undefined for other names. */
export function reportBaseName(name: string): string | undefined {
  return reportSheetOf(name)?.base;
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
