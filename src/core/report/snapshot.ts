import { findingKey } from '../rules/finding-key';
import { STATUSES, type CellValue, type DayNumber, type Decision, type FindingHistory, type FindingHistoryEntry, type ReportCell, type ReportRow, type ReportRows, type ReportSheet, type RunResult, type Severity, type Status } from '../types';
import { dayFromDate, dayFromIso, dayFromSerial, isoFromDay } from '../util/days';
import { governanceOf } from './governance';
import { factsOf } from './run-facts';
import { REPORT_SHEETS } from './sheet-names';

/**
 * What the next run needs to compute Changes, kept in the hidden sheet REPORT_SHEETS.snapshot.
 * Row format (version 1), every value plain text or a number so any host round-trips it:
 *   ['throughline-snapshot', 1, asOf ISO]
 *   ['initiative', id, name, department, reported status, effective status, due ISO, forecast ISO, status as written]
 *   ['finding', key, code, severity, initiative id, message, first seen ISO, reviews open]
 *   ['waived', key, code, severity, initiative id, message, first seen ISO, reviews open]
 *   ['resolved', key, code, severity, initiative id, message, first seen ISO, reviews open, resolved on ISO]
 * Unknown row kinds and trailing cells are skipped, so later versions can add rows and columns old
 * readers ignore: the last two columns of 'finding' and the 'waived' and 'resolved' rows (findings'
 * life across reviews, src/core/govern) came that way; a 'finding' row without them was first seen
 * at its snapshot's as-of date. The status as written (the user's word, for Changes) came later too,
 * and is left out when the source gave none.
 */
export const SNAPSHOT_MARKER = 'throughline-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface SnapshotInitiative {
  readonly id: string;
  readonly name?: string;
  readonly department?: string;
  readonly reportedStatus: Status;
  readonly effectiveStatus: Status;
  readonly due?: DayNumber;
  readonly forecastFinish?: DayNumber;
  /** The reported status as the source wrote it ("At risk"), when it gave one. */
  readonly reportedText?: string;
}

export interface SnapshotFinding {
  /** findingKey: identity across runs. */
  readonly key: string;
  readonly code: string;
  readonly severity: Severity;
  readonly initiativeId?: string;
  readonly message: string;
}

export interface Snapshot {
  readonly version: number;
  readonly asOf: DayNumber;
  readonly initiatives: readonly SnapshotInitiative[];
  readonly findings: readonly SnapshotFinding[];
  /** Every finding's life (open, waived, resolved lately): what the next run's RunOptions.history is. */
  readonly history: FindingHistory;
  /** The decisions the user entered on the Decisions sheet beside it (readDecisions): the next run's RunOptions.decisions. */
  readonly decisions?: readonly Decision[];
}

/** The snapshot of one run (active findings only: a waived finding is not "new" next time). */
export function takeSnapshot(result: RunResult): Snapshot {
  return {
    version: SNAPSHOT_VERSION,
    asOf: result.options.asOf,
    initiatives: result.model.initiatives.map((i) => {
      const a = result.analysis.byId.get(i.id);
      return {
        id: i.id,
        ...(i.name !== undefined ? { name: i.name } : {}),
        ...(i.department !== undefined ? { department: i.department } : {}),
        reportedStatus: i.status,
        effectiveStatus: a?.effectiveStatus ?? i.status,
        ...(i.due !== undefined ? { due: i.due } : {}),
        ...(a?.forecastFinish !== undefined ? { forecastFinish: a.forecastFinish } : {}),
        ...(i.statusText !== undefined ? { reportedText: i.statusText } : {}),
      };
    }),
    findings: result.findings.map((f) => ({
      key: findingKey(f),
      code: f.code,
      severity: f.severity,
      ...(f.initiativeId !== undefined ? { initiativeId: f.initiativeId } : {}),
      message: f.message,
    })),
    history: governanceOf(result).history,
  };
}

/** The hidden sheet's rows for a run. */
export function snapshotRows(result: RunResult): (string | number)[][] {
  const s = takeSnapshot(result);
  const iso = (d: DayNumber | undefined): string => (d === undefined ? '' : isoFromDay(d));
  return [
    [SNAPSHOT_MARKER, SNAPSHOT_VERSION, isoFromDay(s.asOf)],
    ...s.initiatives.map((i) => [
      'initiative',
      i.id,
      i.name ?? '',
      i.department ?? '',
      i.reportedStatus,
      i.effectiveStatus,
      iso(i.due),
      iso(i.forecastFinish),
      ...(i.reportedText !== undefined ? [i.reportedText] : []),
    ]),
    ...s.history.entries.map((e) => historyRow(e, iso)),
  ];
}

/** An entry's row: its state's kind ('finding' for an open one), the finding, its life. */
function historyRow(e: FindingHistoryEntry, iso: (d: DayNumber | undefined) => string): (string | number)[] {
  const kind = e.state === 'open' ? 'finding' : e.state;
  const row: (string | number)[] = [kind, e.key, e.code, e.severity, e.initiativeId ?? '', e.message, iso(e.firstSeen), e.reviewsOpen];
  if (e.state === 'resolved') row.push(iso(e.resolvedOn));
  return row;
}

/** Parse the hidden sheet's rows; undefined when they are not a snapshot this version can read. */
export function readSnapshot(rows: readonly (readonly CellValue[])[]): Snapshot | undefined {
  const head = rows[0];
  if (!head || asText(head[0]) !== SNAPSHOT_MARKER) return undefined;
  if (Number(asText(head[1])) !== SNAPSHOT_VERSION) return undefined;
  const asOf = asDay(head[2]);
  if (asOf === undefined) return undefined;
  const initiatives: SnapshotInitiative[] = [];
  const findings: SnapshotFinding[] = [];
  const entries: FindingHistoryEntry[] = [];
  for (const row of rows.slice(1)) {
    const kind = asText(row[0]);
    if (kind === 'initiative') {
      const id = asText(row[1]);
      if (!id) continue;
      const name = asText(row[2]);
      const department = asText(row[3]);
      const due = asDay(row[6]);
      const forecastFinish = asDay(row[7]);
      const reportedText = asText(row[8]);
      initiatives.push({
        id,
        ...(name ? { name } : {}),
        ...(department ? { department } : {}),
        reportedStatus: asStatus(row[4]),
        effectiveStatus: asStatus(row[5]),
        ...(due !== undefined ? { due } : {}),
        ...(forecastFinish !== undefined ? { forecastFinish } : {}),
        ...(reportedText ? { reportedText } : {}),
      });
    } else if (kind === 'finding' || kind === 'waived' || kind === 'resolved') {
      const key = asText(row[1]);
      const severity = asText(row[3]);
      if (!key || (severity !== 'error' && severity !== 'warning' && severity !== 'info')) continue;
      const initiativeId = asText(row[4]);
      const finding: SnapshotFinding = {
        key,
        code: asText(row[2]),
        severity,
        ...(initiativeId ? { initiativeId } : {}),
        message: asText(row[5]),
      };
      if (kind === 'finding') findings.push(finding);
      // Written before findings had a life: first seen at that snapshot's review, open one review.
      const firstSeen = asDay(row[6]) ?? asOf;
      const reviewsText = asText(row[7]).trim();
      const reviews = reviewsText === '' ? NaN : Number(reviewsText);
      const reviewsOpen = Number.isInteger(reviews) && reviews >= 0 ? reviews : kind === 'waived' ? 0 : 1;
      const resolvedOn = kind === 'resolved' ? asDay(row[8]) : undefined;
      if (kind === 'resolved' && resolvedOn === undefined) continue;
      entries.push({
        ...finding,
        firstSeen: Math.min(firstSeen, asOf),
        reviewsOpen,
        state: kind === 'finding' ? 'open' : kind,
        ...(resolvedOn !== undefined ? { resolvedOn } : {}),
      });
    }
  }
  return { version: SNAPSHOT_VERSION, asOf, initiatives, findings, history: { asOf, entries } };
}

/** The hidden sheet itself: all text, so nothing is reinterpreted by a host. */
export function buildSnapshotSheet(result: RunResult): ReportSheet {
  return {
    name: REPORT_SHEETS.snapshot,
    hidden: true,
    rows: snapshotCells(result),
    columnWidths: [],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
  };
}

/**
 * snapshotRows as cells, made from the run as a writer asks for each row (no intermediate
 * snapshot and rows): the same values in the same order. Repeated texts (kinds, statuses, codes,
 * departments, dates) share one cell.
 */
function snapshotCells(result: RunResult): ReportRows {
  const shared = new Map<string, ReportCell>();
  const cell = (v: string): ReportCell => {
    let c = shared.get(v);
    if (!c) shared.set(v, (c = { value: { t: 'text', v } }));
    return c;
  };
  const unique = (v: string): ReportCell => (v === '' ? cell(v) : { value: { t: 'text', v } });
  const days = new Map<DayNumber, ReportCell>();
  const day = (d: DayNumber | undefined): ReportCell => {
    if (d === undefined) return cell('');
    let c = days.get(d);
    if (!c) days.set(d, (c = cell(isoFromDay(d))));
    return c;
  };
  const head: ReportRow = [cell(SNAPSHOT_MARKER), { value: { t: 'number', v: SNAPSHOT_VERSION } }, cell(isoFromDay(result.options.asOf))];
  const { analysisAt } = factsOf(result);
  const initiatives = result.model.initiatives;
  const entries = governanceOf(result).history.entries;
  const kinds: Record<FindingHistoryEntry['state'], string> = { open: 'finding', waived: 'waived', resolved: 'resolved' };
  const row = (index: number): ReportRow => {
    if (index === 0) return head;
    if (index <= initiatives.length) {
      const i = initiatives[index - 1]!;
      const a = analysisAt[index - 1];
      const cells = [
        cell('initiative'),
        unique(i.id),
        unique(i.name ?? ''),
        cell(i.department ?? ''),
        cell(i.status),
        cell(a?.effectiveStatus ?? i.status),
        day(i.due),
        day(a?.forecastFinish),
      ];
      if (i.statusText !== undefined) cells.push(cell(i.statusText));
      return cells;
    }
    const e = entries[index - 1 - initiatives.length]!;
    const cells: ReportCell[] = [
      cell(kinds[e.state]),
      unique(e.key),
      cell(e.code),
      cell(e.severity),
      unique(e.initiativeId ?? ''),
      unique(e.message),
      day(e.firstSeen),
      { value: { t: 'number', v: e.reviewsOpen } },
    ];
    if (e.state === 'resolved') cells.push(day(e.resolvedOn));
    return cells;
  };
  // Widest row: a resolved finding's or a written status's 9 cells, an initiative's or a finding's 8, else the marker row's 3.
  const width =
    entries.some((e) => e.state === 'resolved') || initiatives.some((i) => i.statusText !== undefined) ? 9 : initiatives.length > 0 || entries.length > 0 ? 8 : 3;
  return { count: 1 + initiatives.length + entries.length, width, row };
}

export function asText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) {
    const d = dayFromDate(v);
    return d === undefined ? '' : isoFromDay(d);
  }
  return '';
}

export function asDay(v: CellValue | undefined): DayNumber | undefined {
  if (v instanceof Date) return dayFromDate(v);
  if (typeof v === 'number') return dayFromSerial(v);
  return typeof v === 'string' && v !== '' ? dayFromIso(v.trim()) : undefined;
}

function asStatus(v: CellValue | undefined): Status {
  const s = asText(v);
  return (STATUSES as readonly string[]).includes(s) ? (s as Status) : 'unknown';
}
