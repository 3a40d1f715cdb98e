import { legacyFindingKey } from '../rules/finding-key';
import { runCalendar } from '../model';
import { SEVERITY_ORDER, type DayNumber, type ReportCell, type ReportSheet, type RunResult, type Severity, type Status } from '../types';
import { a1Range } from '../util/a1';
import { workingDaysBetween } from '../util/calendar';
import { date, displayDate, displayDates, plural, statusCell, statusLabel, text } from './cells';
import { ruleName } from './rule-names';
import { factsOf } from './run-facts';
import { SEVERITY_LABELS, SEVERITY_STYLES } from './findings-sheet';
import { initiativeRows } from './initiative-rows';
import { reportSheetLink } from './links';
import { makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';
import { takeSnapshot, type Snapshot, type SnapshotFinding, type SnapshotInitiative } from './snapshot';

export type ChangeKind =
  | 'Green to red'
  | 'Status change'
  | 'Re-planned'
  | 'Slipped'
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
  /** The initiative's id; on a roll-up row, "27 initiatives". */
  readonly initiativeId: string;
  /** The initiative's name; on a roll-up row, what they share (the rule's name, the department). */
  readonly name: string;
  readonly was?: ChangeValue;
  readonly now?: ChangeValue;
  /**
   * The reported status as the source wrote it, beside Was and Now (which are effective): our name,
   * then the source's words in quotes where they differ from it (asWritten), "was → now" or
   * "now (unchanged)"; on rows about one initiative's status only.
   */
  readonly reported?: string;
  readonly detail: string;
  /** A roll-up: the ids of the initiatives (or '' for findings about no initiative) it stands for. */
  readonly rolledUp?: readonly string[];
}

/** Changes of one kind and key (a rule, a department) from this many on are one row. */
export const ROLL_UP_AT = 3;

/**
 * What moved between the previous summary and this run, surprises first: initiatives that were
 * effectively green and are now red, then status changes, re-plans (the due date moved: the plan
 * was changed), slips (the forecast moved later while the due date stayed), new and removed
 * initiatives, new and resolved findings (matched by findingKey). Repetitive changes roll up: from
 * ROLL_UP_AT findings of one rule, or initiatives added or removed in one department, they are one
 * row naming them all. Date moves are in working days of the run's calendar; reported statuses
 * are named as the sources wrote them. Within a kind, the report's initiative order.
 */
export function compareRuns(previous: Snapshot, result: RunResult): ChangeRow[] {
  const current = takeSnapshot(result);
  const { rankAt } = factsOf(result);
  const rankOf = new Map(result.model.initiatives.map((i, k) => [i.id, rankAt[k]!] as const));
  const byRank = (a: string | undefined, b: string | undefined): number => (rankOf.get(a ?? '') ?? Infinity) - (rankOf.get(b ?? '') ?? Infinity);
  const before = new Map(previous.initiatives.map((i) => [i.id, i]));
  const nowById = new Map(current.initiatives.map((i) => [i.id, i]));
  const both = current.initiatives
    .flatMap((now) => {
      const was = before.get(now.id);
      return was ? [{ was, now }] : [];
    })
    .sort((x, y) => byRank(x.now.id, y.now.id));
  const calendar = runCalendar(result.model, result.options);
  const workingDays = (n: number): string => plural(Math.abs(n), 'working day');
  const name = (i: SnapshotInitiative): string => i.name ?? '';
  const reason = (id: string): string => displayDates(result.analysis.byId.get(id)?.effectiveReason ?? '');
  const status = (s: Status): ChangeValue => ({ kind: 'status', status: s });
  const day = (d: DayNumber): ChangeValue => ({ kind: 'date', day: d });
  const surprise = (was: SnapshotInitiative, now: SnapshotInitiative): boolean =>
    was.effectiveStatus === 'green' && now.effectiveStatus === 'red';
  // A respelling that says no more ("🟢 Green" then "G") is unchanged.
  const reported = (was: SnapshotInitiative, now: SnapshotInitiative): string => {
    const before = asWritten(was);
    const after = asWritten(now);
    return before === after ? `${after} (unchanged)` : `${before} → ${after}`;
  };
  const rows: ChangeRow[] = [];

  for (const { was, now } of both) {
    if (!surprise(was, now)) continue;
    rows.push({ change: 'Green to red', initiativeId: now.id, name: name(now), was: status('green'), now: status('red'), reported: reported(was, now), detail: reason(now.id) || 'Now effectively red.' });
  }
  for (const { was, now } of both) {
    if (surprise(was, now)) continue;
    if (was.effectiveStatus === now.effectiveStatus && was.reportedStatus === now.reportedStatus) {
      // A workflow move with no colour either side ("In Progress" -> "In Review"): the state changed though no status did.
      if (now.reportedStatus === 'unknown' && movedWords(was, now)) {
        rows.push({ change: 'Status change', initiativeId: now.id, name: name(now), was: status(was.effectiveStatus), now: status(now.effectiveStatus), reported: reported(was, now), detail: 'The reported state moved; neither says a colour.' });
      }
      continue;
    }
    const why =
      now.effectiveStatus === now.reportedStatus
        ? ''
        : reason(now.id) || `Effectively ${statusLabel(now.effectiveStatus).toLowerCase()}, unlike the reported status.`;
    rows.push({
      change: 'Status change',
      initiativeId: now.id,
      name: name(now),
      was: status(was.effectiveStatus),
      now: status(now.effectiveStatus),
      reported: reported(was, now),
      detail: why || (was.reportedStatus !== now.reportedStatus ? 'As reported.' : 'The reported status held; the effective one moved.'),
    });
  }
  const dueMoved = (was: SnapshotInitiative, now: SnapshotInitiative): boolean =>
    was.due !== undefined && now.due !== undefined && was.due !== now.due;
  const forecastLater = (was: SnapshotInitiative | undefined, now: SnapshotInitiative | undefined): boolean =>
    was?.forecastFinish !== undefined && now?.forecastFinish !== undefined && now.forecastFinish > was.forecastFinish;
  for (const { was, now } of both) {
    if (!dueMoved(was, now)) continue;
    const moved = workingDaysBetween(calendar, was.due!, now.due!);
    const forecast =
      was.forecastFinish !== undefined && now.forecastFinish !== undefined && now.forecastFinish !== was.forecastFinish
        ? ` Forecast finish now ${displayDate(now.forecastFinish)} (was ${displayDate(was.forecastFinish)}).`
        : '';
    rows.push({
      change: 'Re-planned',
      initiativeId: now.id,
      name: name(now),
      was: day(was.due!),
      now: day(now.due!),
      detail: `Due date moved ${moved === 0 ? 'within the same working day' : `${workingDays(moved)} ${moved > 0 ? 'later' : 'earlier'}`} in the plan.${forecast}`,
    });
  }
  // A moved due date is a re-plan, listed above once; a slip is the forecast moving on its own.
  const slips = both.filter(({ was, now }) => !dueMoved(was, now) && forecastLater(was, now));
  const overdue = (now: SnapshotInitiative): boolean =>
    now.due !== undefined && result.options.asOf > now.due && now.effectiveStatus !== 'done' && now.effectiveStatus !== 'cancelled';
  rows.push(
    ...rollUp(
      slips,
      // Overdue work's forecast moves with each review's as-of date: many such are one row.
      ({ now }) => (overdue(now) ? '' : now.id),
      ({ was, now }) => {
        const moved = workingDaysBetween(calendar, was.forecastFinish!, now.forecastFinish!);
        const upstream = (result.analysis.byId.get(now.id)?.upstream ?? []).filter((u) => forecastLater(before.get(u), nowById.get(u)));
        const cause = upstream.length > 0 ? ` Upstream ${upstream.join(', ')} slipped too.` : overdue(now) ? ' Overdue: the forecast moves with the as-of date.' : '';
        return {
          change: 'Slipped',
          initiativeId: now.id,
          name: name(now),
          was: day(was.forecastFinish!),
          now: day(now.forecastFinish!),
          detail: `Forecast finish ${workingDays(moved)} later; the due date ${now.due !== undefined ? `(${displayDate(now.due)}) ` : ''}did not move.${cause}`,
        };
      },
      (group) => ({
        change: 'Slipped',
        initiativeId: plural(group.length, 'initiative'),
        name: 'Overdue and not done',
        detail: `Past their due date, so their forecast finish moves with the as-of date: ${group.map(({ now }) => now.id).join(', ')}.`,
        rolledUp: group.map(({ now }) => now.id),
      }),
    ),
  );
  const added = current.initiatives.filter((i) => !before.has(i.id)).sort((x, y) => byRank(x.id, y.id));
  rows.push(
    ...rollUp(added, (i) => i.department ?? '', (i) => ({ change: 'New initiative', initiativeId: i.id, name: name(i), now: status(i.effectiveStatus), reported: asWritten(i), detail: i.department ? `Added in ${i.department}.` : 'Added.' }), (group, department) => ({
      change: 'New initiative',
      initiativeId: plural(group.length, 'initiative'),
      name: department || 'Department not given',
      detail: `${plural(group.length, 'initiative')} added${department ? ` in ${department}` : ''}: ${group.map((i) => i.id).join(', ')}.`,
      rolledUp: group.map((i) => i.id),
    })),
  );
  const removed = previous.initiatives.filter((i) => !nowById.has(i.id));
  rows.push(
    ...rollUp(removed, (i) => i.department ?? '', (i) => ({ change: 'Removed initiative', initiativeId: i.id, name: name(i), was: status(i.effectiveStatus), reported: asWritten(i), detail: 'No longer in any source.' }), (group, department) => ({
      change: 'Removed initiative',
      initiativeId: plural(group.length, 'initiative'),
      name: department || 'Department not given',
      detail: `${plural(group.length, 'initiative')}${department ? ` of ${department}` : ''} no longer in any source: ${group.map((i) => i.id).join(', ')}.`,
      rolledUp: group.map((i) => i.id),
    })),
  );
  const oldKeys = new Set(previous.findings.map((f) => f.key));
  const newKeys = new Set(current.findings.map((f) => f.key));
  // A snapshot saved before a code's key named related ids matches by the older key (legacyFindingKey); the snapshot lists the findings in the run's order.
  const legacy = result.findings.map(legacyFindingKey);
  for (const k of legacy) newKeys.add(k);
  const nameOf = (id: string | undefined): string =>
    id === undefined ? '' : (result.model.byId.get(id)?.name ?? before.get(id)?.name ?? '');
  const findingRows = (findings: readonly SnapshotFinding[], change: 'New finding' | 'Resolved finding'): ChangeRow[] => {
    const side = change === 'New finding' ? 'now' : 'was';
    // Most severe first, then the rules with most findings; the findings of a rule in initiative order.
    const ordered = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byRank(a.initiativeId, b.initiativeId));
    const count = new Map<string, number>();
    for (const f of ordered) count.set(f.code, (count.get(f.code) ?? 0) + 1);
    ordered.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || count.get(b.code)! - count.get(a.code)!);
    return rollUp(ordered, (f) => f.code, (f) => ({ change, initiativeId: f.initiativeId ?? '', name: nameOf(f.initiativeId), [side]: { kind: 'severity', severity: f.severity }, detail: `${ruleName(f.code)}: ${displayDates(f.message)}` }), (group, code) => {
      const ids = group.map((f) => f.initiativeId ?? '');
      const named = [...new Set(ids.filter((id) => id !== ''))];
      const about = group.length - ids.filter((id) => id !== '').length;
      const what = `${named.length > 0 ? plural(named.length, 'initiative') : ''}${named.length > 0 && about > 0 ? ' and ' : ''}${about > 0 ? `${about} about sources or tables` : ''}`;
      return {
        change,
        initiativeId: plural(group.length, 'finding'),
        name: ruleName(code),
        [side]: { kind: 'severity', severity: group[0]!.severity },
        detail: `${change === 'New finding' ? 'New' : 'Resolved'} for ${what}${named.length > 0 ? `: ${named.join(', ')}` : ''}.`,
        rolledUp: ids,
      };
    });
  };
  rows.push(...findingRows(current.findings.filter((f, k) => !oldKeys.has(f.key) && !oldKeys.has(legacy[k]!)), 'New finding'));
  rows.push(...findingRows(previous.findings.filter((f) => !newKeys.has(f.key)), 'Resolved finding'));
  return rows;
}

/**
 * A reported status as the Changes sheet names it: our name for it (Green, Amber, Red, Done...),
 * then the source's own words in quotes when they say more than the name: Red "Blocked by vendor",
 * Amber "At risk"; plain Green when the cell was "Green", "G" or "🟢". A status with no colour
 * ("In Progress", "TBC", or words nobody could read) is the words alone, "In Progress"; "status not
 * given" only when the cell was empty (or the snapshot, from before the words were kept, has none).
 */
function asWritten(i: SnapshotInitiative): string {
  const written = i.reportedText?.trim();
  if (!written) return i.reportedStatus === 'unknown' ? 'status not given' : statusLabel(i.reportedStatus);
  if (i.reportedStatus === 'unknown') return `"${written}"`;
  const ours = statusLabel(i.reportedStatus);
  return saysNoMore(written, i.reportedStatus) ? ours : `${ours} "${written}"`;
}

/** Both runs wrote a status, in words that differ beyond case, spacing and symbols. */
function movedWords(was: SnapshotInitiative, now: SnapshotInitiative): boolean {
  const before = was.reportedText?.trim();
  const after = now.reportedText?.trim();
  return before !== undefined && before !== '' && after !== undefined && after !== '' && bare(before) !== bare(after);
}

/** Letters and digits only, lower case: "🟢 Green." and "green" are one word, "Not-Started" is "notstarted". */
function bare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words are symbols alone, our name for the status, or a RAG colour's letter ("G"). */
function saysNoMore(written: string, status: Status): boolean {
  const words = bare(written);
  const name = bare(statusLabel(status));
  return words === '' || words === name || ((status === 'green' || status === 'amber' || status === 'red') && words === name[0]);
}

/**
 * Items grouped by key in first-appearance order: a group of ROLL_UP_AT or more is one row, a
 * smaller one a row each.
 */
function rollUp<T>(items: readonly T[], keyOf: (item: T) => string, one: (item: T) => ChangeRow, many: (group: T[], key: string) => ChangeRow): ChangeRow[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(item);
  }
  return [...groups].flatMap(([key, group]) => (group.length >= ROLL_UP_AT ? [many(group, key)] : group.map(one)));
}

const COLUMNS = [
  { header: 'Change', width: 18 },
  { header: 'Initiative', width: 11 },
  { header: 'Name', width: 30 },
  { header: 'Was', width: 13 },
  { header: 'Now', width: 13 },
  { header: 'Reported, as written', width: 30 },
  { header: 'Detail', width: 64 },
] as const;
const HEADER_ROW = 3;

/** "1 green-to-red surprise, 2 status changes, ...": the changes in one line (a roll-up counts what it stands for). */
export function describeChanges(changes: readonly ChangeRow[]): string {
  const count = (k: ChangeKind): number => changes.reduce((n, c) => n + (c.change === k ? (c.rolledUp?.length ?? 1) : 0), 0);
  return [
    plural(count('Green to red'), 'green-to-red surprise'),
    plural(count('Status change'), 'status change'),
    plural(count('Re-planned'), 're-plan'),
    plural(count('Slipped'), 'slip'),
    `${count('New initiative')} new and ${count('Removed initiative')} removed initiatives`,
    `${count('New finding')} new and ${count('Resolved finding')} resolved findings`,
  ].join(', ');
}

export function buildChangesSheet(result: RunResult, previous: Snapshot): ReportSheet {
  const changes = compareRuns(previous, result);
  const summary = describeChanges(changes);
  const rowOf = initiativeRows(result);
  const initiativeCell = (c: ChangeRow): ReportCell => {
    const row = c.rolledUp === undefined ? rowOf.get(c.initiativeId) : undefined;
    return row === undefined ? text(c.initiativeId) : text(c.initiativeId, 'link', { link: reportSheetLink(REPORT_SHEETS.initiatives, `A${row}`) });
  };
  const body: ReportCell[][] = changes.map((c) => [
    text(c.change, c.change === 'Green to red' ? 'rag-red' : 'body'),
    initiativeCell(c),
    text(c.name),
    valueCell(c.was),
    valueCell(c.now),
    text(c.reported ?? ''),
    text(c.detail),
  ]);
  const rows: (ReportCell | null)[][] = [
    [text('Changes', 'title')],
    [text(`Since the summary as of ${displayDate(previous.asOf)}: ${summary}. Days are working days; many changes of one kind are one row.`, 'subtitle')],
    [text('Was and Now are effective statuses; beside them, the reported status as the source wrote it.', 'subtitle')],
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
    print: { orientation: 'landscape', fitToWidth: true, area: a1Range(0, 0, HEADER_ROW + Math.max(body.length, 1), COLUMNS.length - 1) },
  });
}

function valueCell(v: ChangeValue | undefined): ReportCell {
  if (!v) return text('');
  if (v.kind === 'status') return statusCell(v.status);
  if (v.kind === 'date') return date(v.day);
  return text(SEVERITY_LABELS[v.severity], SEVERITY_STYLES[v.severity]);
}
