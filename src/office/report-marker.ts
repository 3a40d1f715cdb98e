import { REPORT_SHEETS, isReportSheet, reportSheetOf, sameSheetName } from '../core/report/sheet-names';
import { SNAPSHOT_MARKER } from '../core/report/snapshot';

/**
 * Report sheets carry a worksheet custom property so Throughline never mistakes a user's own
 * sheet called "Initiatives" for one it wrote (and never deletes it). Its value says what the
 * sheet is: a report sheet, a sheet being written (under a temporary name) or a replaced one
 * waiting to be deleted; the last two are left over only when a write was cut off, and the next
 * write removes them. A workbook whose report was written elsewhere (the CLI's summary opened in
 * Excel) has no markers but has the hidden snapshot sheet, which begins with the snapshot's
 * first cell; only then do the stable names alone identify the report.
 */
export const REPORT_MARKER_KEY = 'throughline';
export const MARK = { report: 'report', pending: 'pending', replaced: 'replaced' } as const;
/** Kept for readers of older code: the value on a finished report sheet. */
export const REPORT_MARKER_VALUE = MARK.report;

export interface SheetFacts {
  readonly name: string;
  readonly hidden: boolean;
  /** The marker property's value, when the sheet has one. */
  readonly marker?: string;
  /** The sheet's A1 value, read only for an unmarked sheet with the snapshot's name. */
  readonly firstCell?: unknown;
}

export interface ReportSheets {
  /** Names of the finished report sheets Throughline wrote. */
  readonly own: ReadonlySet<string>;
  /** Sheets a cut-off write left behind (temporary or replaced): safe to delete. */
  readonly leftovers: ReadonlySet<string>;
}

/** Which sheets are Throughline's, among all sheets of the workbook. */
export function classifyReportSheets(sheets: readonly SheetFacts[]): ReportSheets {
  const anyMarked = sheets.some((s) => s.marker === MARK.report);
  const snapshot = sheets.find((s) => sameSheetName(s.name, REPORT_SHEETS.snapshot));
  const writtenElsewhere = !anyMarked && snapshot !== undefined && snapshot.marker === undefined && snapshot.hidden && snapshot.firstCell === SNAPSHOT_MARKER;
  const own = sheets.filter((s) => isReportSheet(s.name) && (s.marker === MARK.report || (writtenElsewhere && s.marker === undefined)));
  const leftovers = sheets.filter((s) => s.marker === MARK.pending || s.marker === MARK.replaced);
  return { own: new Set(own.map((s) => s.name)), leftovers: new Set(leftovers.map((s) => s.name)) };
}

/** The name our report sheet of a stable name has now: the stable name, or its distinguished form beside a user sheet (its first part). */
export function ownSheetFor(found: ReportSheets, base: string): string | undefined {
  return ownPartsFor(found, base)[0];
}

/**
 * The names of every part of our report sheet of a stable name, in part order (a sheet past
 * Excel's rows is written in parts, src/core/report/split-rows.ts): empty when there is none, and
 * cut short at the first missing part, since rows after a gap are not the sheet's whole.
 */
export function ownPartsFor(found: ReportSheets, base: string): string[] {
  const byPart = new Map<number, string>();
  for (const name of found.own) {
    const of = reportSheetOf(name);
    if (of?.base === base && !byPart.has(of.part)) byPart.set(of.part, name);
  }
  const parts: string[] = [];
  for (let k = 1; byPart.has(k); k++) parts.push(byPart.get(k)!);
  return parts;
}

/** Every sheet's name and visibility, then which are ours: two syncs. */
export async function listReportSheets(context: Excel.RequestContext): Promise<ReportSheets> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  return findReportSheets(context, worksheets.items.map((s) => ({ name: s.name, hidden: s.visibility !== 'Visible' })));
}

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
}

/**
 * One sync: the marker of every sheet that could be ours (a report name, or our temporary
 * prefix), and the first cell of the snapshot-named sheet. No sync when there is none.
 */
export async function findReportSheets(context: Excel.RequestContext, sheets: readonly SheetEntry[], sync: () => Promise<void> = () => context.sync()): Promise<ReportSheets> {
  const candidates = sheets.filter((s) => isReportSheet(s.name) || s.name.toLowerCase().startsWith(TEMPORARY_PREFIX));
  if (candidates.length === 0) return { own: new Set(), leftovers: new Set() };
  const worksheets = context.workbook.worksheets;
  const asked = candidates.map((entry) => {
    const sheet = worksheets.getItem(entry.name);
    const marker = sheet.customProperties.getItemOrNullObject(REPORT_MARKER_KEY);
    marker.load('value');
    const first = sameSheetName(entry.name, REPORT_SHEETS.snapshot) ? sheet.getRange('A1') : undefined;
    first?.load('values');
    return { entry, marker, first };
  });
  await sync();
  return classifyReportSheets(
    asked.map(({ entry, marker, first }) => ({
      ...entry,
      ...(marker.isNullObject ? {} : { marker: marker.value }),
      ...(first ? { firstCell: first.values[0]?.[0] } : {}),
    })),
  );
}

/** Temporary names of sheets being written and replaced ("tl-new-0", "tl-old-0"). */
export const TEMPORARY_PREFIX = 'tl-';
