import type { DayNumber, ReportCell, ReportSheet, RunResult, Severity, Status } from '../types';
import { a1Range } from '../util/a1';
import { date, displayDate, displayDates, plural, statusCell, text } from './cells';
import { SEVERITY_LABELS, SEVERITY_STYLES } from './findings-sheet';
import { makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';
import { takeSnapshot, type Snapshot, type SnapshotInitiative } from './snapshot';

export type ChangeKind =
  | 'Green to red'
  | 'Status change'
  | 'Due date moved'
  | 'Forecast slipped'
  | 'New initiative'
  | 'Removed initiative'
  | 'New finding'
  | 'Resolved finding';

export type ChangeValue =
  | { readonly kind: 'status'; readonly status: Status }
  | { readonly kind: 'date'; readonly day: DayNumber }
  | { readonly kind: 'severity'; readonly severity: Severity };

export interface ChangeRow {
  readonly change: ChangeKind;
  readonly initiativeId: string;
  readonly name: string;
  readonly was?: ChangeValue;
  readonly now?: ChangeValue;
  readonly detail: string;
}

/**
 * What moved between the previous summary and this run, surprises first: initiatives that were
 * effectively green and are now red, then status changes, date moves, new and removed initiatives,
 * new and resolved findings (matched by findingKey). Within a kind, current model order.
 */
export function compareRuns(previous: Snapshot, result: RunResult): ChangeRow[] {
  const current = takeSnapshot(result);
  const before = new Map(previous.initiatives.map((i) => [i.id, i]));
  const nowIds = new Set(current.initiatives.map((i) => i.id));
  const both = current.initiatives.flatMap((now) => {
    const was = before.get(now.id);
    return was ? [{ was, now }] : [];
  });
  const name = (i: SnapshotInitiative): string => i.name ?? '';
  const reason = (id: string): string => displayDates(result.analysis.byId.get(id)?.effectiveReason ?? '');
  const status = (s: Status): ChangeValue => ({ kind: 'status', status: s });
  const day = (d: DayNumber): ChangeValue => ({ kind: 'date', day: d });
  const surprise = (was: SnapshotInitiative, now: SnapshotInitiative): boolean =>
    was.effectiveStatus === 'green' && now.effectiveStatus === 'red';
  const rows: ChangeRow[] = [];

  for (const { was, now } of both) {
    if (!surprise(was, now)) continue;
    rows.push({ change: 'Green to red', initiativeId: now.id, name: name(now), was: status('green'), now: status('red'), detail: reason(now.id) || 'Now effectively red.' });
  }
  for (const { was, now } of both) {
    if (surprise(was, now)) continue;
    if (was.effectiveStatus === now.effectiveStatus && was.reportedStatus === now.reportedStatus) continue;
    const reported =
      was.reportedStatus !== now.reportedStatus ? `Reported ${was.reportedStatus} → ${now.reportedStatus}.` : `Reported ${now.reportedStatus} (unchanged).`;
    const why = now.effectiveStatus !== now.reportedStatus ? ` ${reason(now.id)}` : '';
    rows.push({ change: 'Status change', initiativeId: now.id, name: name(now), was: status(was.effectiveStatus), now: status(now.effectiveStatus), detail: `${reported}${why}`.trim() });
  }
  for (const { was, now } of both) {
    if (was.due === undefined || now.due === undefined || was.due === now.due) continue;
    const d = now.due - was.due;
    rows.push({ change: 'Due date moved', initiativeId: now.id, name: name(now), was: day(was.due), now: day(now.due), detail: `${d > 0 ? 'Later' : 'Earlier'} by ${plural(Math.abs(d), 'day')}.` });
  }
  for (const { was, now } of both) {
    if (was.forecastFinish === undefined || now.forecastFinish === undefined || now.forecastFinish <= was.forecastFinish) continue;
    rows.push({
      change: 'Forecast slipped',
      initiativeId: now.id,
      name: name(now),
      was: day(was.forecastFinish),
      now: day(now.forecastFinish),
      detail: `Forecast finish ${plural(now.forecastFinish - was.forecastFinish, 'day')} later.`,
    });
  }
  for (const now of current.initiatives) {
    if (before.has(now.id)) continue;
    rows.push({ change: 'New initiative', initiativeId: now.id, name: name(now), now: status(now.effectiveStatus), detail: now.department ? `Added in ${now.department}.` : 'Added.' });
  }
  for (const was of previous.initiatives) {
    if (nowIds.has(was.id)) continue;
    rows.push({ change: 'Removed initiative', initiativeId: was.id, name: name(was), was: status(was.effectiveStatus), detail: 'No longer in any source.' });
  }
  const oldKeys = new Set(previous.findings.map((f) => f.key));
  const newKeys = new Set(current.findings.map((f) => f.key));
  const nameOf = (id: string | undefined): string =>
    id === undefined ? '' : (result.model.byId.get(id)?.name ?? before.get(id)?.name ?? '');
  for (const f of current.findings) {
    if (oldKeys.has(f.key)) continue;
    rows.push({ change: 'New finding', initiativeId: f.initiativeId ?? '', name: nameOf(f.initiativeId), now: { kind: 'severity', severity: f.severity }, detail: `${f.code}: ${f.message}` });
  }
  for (const f of previous.findings) {
    if (newKeys.has(f.key)) continue;
    rows.push({ change: 'Resolved finding', initiativeId: f.initiativeId ?? '', name: nameOf(f.initiativeId), was: { kind: 'severity', severity: f.severity }, detail: `${f.code}: ${f.message}` });
  }
  return rows;
}

const COLUMNS = [
  { header: 'Change', width: 18 },
  { header: 'Initiative', width: 11 },
  { header: 'Name', width: 30 },
  { header: 'Was', width: 13 },
  { header: 'Now', width: 13 },
  { header: 'Detail', width: 80 },
] as const;
const HEADER_ROW = 3;

/** "1 green-to-red surprise, 2 status changes, ...": the changes in one line. */
export function describeChanges(changes: readonly ChangeRow[]): string {
  const count = (k: ChangeKind): number => changes.filter((c) => c.change === k).length;
  return [
    plural(count('Green to red'), 'green-to-red surprise'),
    plural(count('Status change'), 'status change'),
    plural(count('Due date moved') + count('Forecast slipped'), 'date move'),
    `${count('New initiative')} new and ${count('Removed initiative')} removed initiatives`,
    `${count('New finding')} new and ${count('Resolved finding')} resolved findings`,
  ].join(', ');
}

export function buildChangesSheet(result: RunResult, previous: Snapshot): ReportSheet {
  const changes = compareRuns(previous, result);
  const summary = describeChanges(changes);
  const body: ReportCell[][] = changes.map((c) => [
    text(c.change, c.change === 'Green to red' ? 'rag-red' : 'body'),
    text(c.initiativeId),
    text(c.name),
    valueCell(c.was),
    valueCell(c.now),
    text(c.detail),
  ]);
  const rows: (ReportCell | null)[][] = [
    [text('Changes', 'title')],
    [text(`Since the summary as of ${displayDate(previous.asOf)}: ${summary}.`, 'subtitle')],
    [],
    COLUMNS.map((c) => text(c.header, 'header')),
    ...(body.length > 0 ? body : [[text('No changes since the previous summary.', 'muted')]]),
  ];
  return makeSheet(REPORT_SHEETS.changes, rows, {
    tabColor: 'BF8F00',
    columnWidths: COLUMNS.map((c) => c.width),
    rowHeights: { 0: 28 },
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    tables:
      body.length === 0
        ? []
        : [{ name: 'tlChanges', range: a1Range(HEADER_ROW, 0, HEADER_ROW + body.length, COLUMNS.length - 1), style: 'TableStyleLight9', showFilter: true }],
  });
}

function valueCell(v: ChangeValue | undefined): ReportCell {
  if (!v) return text('');
  if (v.kind === 'status') return statusCell(v.status);
  if (v.kind === 'date') return date(v.day);
  return text(SEVERITY_LABELS[v.severity], SEVERITY_STYLES[v.severity]);
}
