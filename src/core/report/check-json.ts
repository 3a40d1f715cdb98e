import { findingKey } from '../rules/finding-key';
import type {
  Assignee,
  EscalationLevel,
  FindingLife,
  CellRef,
  ColumnMapping,
  DayNumber,
  DepartmentFrom,
  DetectedTable,
  Finding,
  InitiativeField,
  InitiativeRecord,
  LinkType,
  RunOptions,
  RunResult,
  Severity,
  SourceSummary,
  Status,
  TableKind,
} from '../types';
import { INITIATIVE_FIELDS } from '../types';
import { INITIATIVE_FIELD_SPECS } from '../types/field-registry';
import { a1Range, columnLetters } from '../util/a1';
import { isoFromDay } from '../util/days';
import { daysPastDeadline } from '../analyse';
import { governanceOf } from './governance';
import { savedMappingOf } from '../ingest/table-key';

/**
 * The stable JSON of `throughline check --json` (field names are relied on by scripts). The first
 * four keys (asOf, initiatives, findings, waived) are the original contract; `sources` was added
 * after them: what was read, per source and table, down to each initiative row's values; then
 * `actions` and `resolved` (findings' life across reviews), and each finding's `key` and `life`.
 */
export interface CheckJson {
  readonly asOf: string;
  readonly initiatives: ReadonlyArray<{
    readonly id: string;
    readonly name: string | null;
    readonly department: string | null;
    readonly owner: string | null;
    readonly reportedStatus: Status;
    readonly effectiveStatus: Status;
    readonly effectiveReason: string | null;
    readonly start: string | null;
    readonly due: string | null;
    readonly deadline: string | null;
    readonly actualStart: string | null;
    readonly actualFinish: string | null;
    readonly forecastFinish: string | null;
    readonly slipDays: number;
    /** The owner's reported forecast finish (the reportedFinish field); null when not given. */
    readonly reportedFinish: string | null;
    /** Working days it is after the due date (InitiativeAnalysis.reportedSlipDays); null without both, or for closed work. */
    readonly reportedSlipDays: number | null;
    /** Negative when a deadline (or a constraint date) is past. */
    readonly totalSlackDays: number | null;
    /** Working days past the deadline (-totalSlackDays when negative, else 0); null when not scheduled. */
    readonly daysPastDeadline: number | null;
    /** The calendar it was scheduled in when not the run's own (its department's, its source's); null: the run's. */
    readonly calendar: string | null;
    readonly critical: boolean;
    readonly stale: boolean;
    readonly daysSinceUpdate: number | null;
    readonly sources: readonly string[];
  }>;
  readonly findings: readonly CheckJsonFinding[];
  readonly waived: ReadonlyArray<CheckJsonFinding & { readonly waiver: { readonly key: string; readonly reason: string; readonly by: string | null; readonly on: string | null } }>;
  /** Every source read, in input order, with every table found in it (read or ignored). */
  readonly sources: readonly CheckJsonSource[];
  /** Open errors and warnings as actions, in the Actions sheet's order (added after sources). */
  readonly actions: readonly CheckJsonAction[];
  /** Findings open at the previous review (--previous) and gone now. */
  readonly resolved: ReadonlyArray<{
    readonly key: string;
    readonly code: string;
    readonly severity: Severity;
    readonly initiativeId: string | null;
    readonly message: string;
    readonly firstSeen: string;
    readonly resolvedOn: string;
  }>;
  /** The critical path's ids in schedule order (last: added after `resolved`). */
  readonly criticalPath: readonly string[];
  /** How it was found: by total float, or on several calendars by P6's longest path (the driving links back from the last finish). */
  readonly criticalPathBy: 'total float' | 'longest path';
}

export interface CheckJsonFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly initiativeId: string | null;
  readonly related: readonly string[];
  readonly cells: readonly CellRef[];
  /** Its identity across runs (findingKey): what waivers name. */
  readonly key: string;
  /** Its life across reviews (active findings only; null for a waived one): first seen, reviews open, age. */
  readonly life: { readonly firstSeen: string; readonly reviewsOpen: number; readonly ageDays: number; readonly state: FindingLife['state'] } | null;
}

export interface CheckJsonAction {
  readonly person: string;
  /** owner, lead (no owner: the department's lead) or unassigned. */
  readonly assignee: Assignee;
  readonly department: string | null;
  readonly key: string;
  readonly code: string;
  readonly severity: Severity;
  readonly initiativeId: string | null;
  readonly todo: string;
  /** The next review (as-of + cadence), ISO. */
  readonly dueBy: string;
  readonly level: EscalationLevel;
  readonly escalatedTo: string;
  readonly firstSeen: string;
  readonly reviewsOpen: number;
  readonly ageDays: number;
  readonly cells: readonly CellRef[];
}

export interface CheckJsonSource {
  readonly name: string;
  readonly origin: 'workbook' | 'file';
  /** The department the source speaks for (named with --department / in the taskpane, or inferred). */
  readonly department: string | null;
  readonly sheets: readonly string[];
  readonly tables: readonly CheckJsonTable[];
}

export interface CheckJsonTable {
  /** DetectedTable.key: `${source}|${sheet}|${Excel table name}`, or `|[${first headers, normalised}]` for a block (what saved mappings use). */
  readonly key: string;
  readonly source: string;
  readonly sheet: string;
  /** The Excel table (ListObject) name, when the table is one. */
  readonly tableName: string | null;
  /** null: not read (see ignoredReason). */
  readonly kind: TableKind | null;
  /** The whole block including its header row, "A3:F7". */
  readonly range: string;
  /** The 1-based Excel row number of the header row. */
  readonly headerRow: number;
  /** The source profile that read the table ("Jira export"); null when the general matcher did. */
  readonly profile: string | null;
  /** Data rows (not the header, blank or totals rows). */
  readonly rowCount: number;
  readonly confidence: number;
  readonly department: string | null;
  /**
   * Where the department came from (DepartmentFrom): "user" (--department / the taskpane), "mapping",
   * "column" (a Department column of one value), "sheets" (tabs of one template told apart by name),
   * "file", "sheet" (an unsaved open workbook's sheet), "title"; null when none was found.
   */
  readonly departmentFrom: DepartmentFrom | null;
  /** The ISO currency its money cells are written in (DetectedTable.currency); null when none or several. */
  readonly currency: string | null;
  /** The date a title row gives every row's status when the table has no update-date column ("Status as at 27/11/2026"); null otherwise. */
  readonly statusDate: { readonly date: string; readonly cell: string; readonly title: string } | null;
  readonly hidden: boolean;
  /** Each mapped field's column, in the table's column order. */
  readonly fields: readonly CheckJsonColumn[];
  /** Columns no field maps to (kept, not used). */
  readonly unmapped: ReadonlyArray<{ readonly column: string; readonly header: string }>;
  /**
   * Week or month columns beside the table (a hand-made Gantt, a weekly RAG history), as a header
   * range with its first and last headers; whether its marks gave the dates the table has no column
   * for (readsDates), or its latest ratings the status (readsStatus). Null when the table has none.
   */
  readonly timeline: { readonly range: string; readonly first: string; readonly last: string; readonly readsDates: boolean; readonly readsStatus: boolean } | null;
  /** Why a table of kind null was not read; null for a table that was read. */
  readonly ignoredReason: string | null;
  /** The initiative rows read from this table, in sheet order (empty unless kind is "initiatives"). */
  readonly initiatives: readonly CheckJsonRecord[];
}

export interface CheckJsonColumn {
  readonly field: string;
  /** The sheet column letter ("C"). */
  readonly column: string;
  readonly header: string;
  readonly matchedBy: ColumnMapping['by'];
  readonly confidence: number;
  /**
   * A money column's unit (ColumnMapping.unit), present only when one was read: its values were
   * multiplied by `multiplier` (1000 for "Budget (£k)"), read from the header or a note above the table.
   */
  readonly unit?: { readonly multiplier: number; readonly currency: string | null; readonly from: 'header' | 'note'; readonly text: string };
}

export interface CheckJsonLink {
  readonly id: string;
  readonly type: LinkType;
  readonly lagDays: number;
}

/**
 * One initiative row as read (before merging across sources). Keys are the field registry's JSON
 * names (INITIATIVE_FIELD_SPECS[field].json) in the fields' order, with statusText and statusFrom after status and dueFrom after due;
 * absent values are null, dates ISO text, percentComplete 0..1.
 */
export interface CheckJsonRecord {
  /** The 1-based Excel row number. */
  readonly row: number;
  readonly id: string;
  readonly name: string | null;
  readonly department: string | null;
  readonly owner: string | null;
  readonly status: Status | null;
  /** The status as written ("Amber/Red"). */
  readonly statusText: string | null;
  /** Where the status came from: the cell's text, its red, amber or green fill (the cell being empty), or the % complete (a tool that keeps no status: Microsoft Project); null when the row gives none. */
  readonly statusFrom: 'text' | 'fill' | 'percent' | 'history' | 'strike' | null;
  readonly start: string | null;
  readonly due: string | null;
  /** Where the due came from: its cell, or worked out from the start and the duration (no due being written); null when the row gives none. */
  readonly dueFrom: 'cell' | 'duration' | null;
  readonly deadline: string | null;
  readonly actualStart: string | null;
  readonly actualFinish: string | null;
  readonly percentComplete: number | null;
  readonly lastUpdated: string | null;
  readonly dependsOn: readonly CheckJsonLink[];
  readonly kpis: readonly string[];
  readonly pillar: string | null;
  readonly budget: number | null;
  readonly forecastCost: number | null;
  readonly actualCost: number | null;
  readonly benefit: number | null;
  /** The consumers the row says it delivers to (its Provides to cell), each with the date promised beside it (ISO) or null. */
  readonly providesTo: readonly CheckJsonDelivery[];
  /** The owner's reported forecast finish beside the due date. */
  readonly reportedFinish: string | null;
  /** The task's length from its Duration cell: working days, or calendar days when elapsed ("5 edays"); null when not given. */
  readonly duration: { readonly days: number; readonly elapsed: boolean } | null;
  /** The id of the row's parent in its tool's hierarchy (Jira Parent, Project outline); null when it has none. */
  readonly parent: string | null;
}

export interface CheckJsonDelivery {
  /** The consumer's id (resolved from a name where one initiative has it), or the name as written (a department, or no initiative). */
  readonly id: string;
  readonly by: string | null;
}

const iso = (d: DayNumber | undefined): string | null => (d === undefined ? null : isoFromDay(d));

export function checkJson(result: RunResult): CheckJson {
  const parts = checkJsonParts(result) as Record<string, unknown>;
  const whole: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parts)) whole[key] = typeof value === 'string' ? value : [...(value as Iterable<unknown>)];
  return whole as unknown as CheckJson;
}

/** CheckJson with each list produced one element at a time, for writing it out as it is built (keys in the same order). */
export type CheckJsonParts = {
  readonly [K in keyof CheckJson]: CheckJson[K] extends ReadonlyArray<infer E> ? Iterable<E> : CheckJson[K];
};

export function checkJsonParts(result: RunResult): CheckJsonParts {
  const governance = governanceOf(result);
  const findingJson = (f: Finding, active: boolean): CheckJsonFinding => {
    const key = findingKey(f);
    const l = active ? governance.life.get(key) : undefined;
    return {
      code: f.code,
      severity: f.severity,
      message: f.message,
      initiativeId: f.initiativeId ?? null,
      related: [...(f.related ?? [])],
      cells: f.cells.map((c) => ({ source: c.source, sheet: c.sheet, address: c.address })),
      key,
      life: l ? { firstSeen: isoFromDay(l.firstSeen), reviewsOpen: l.reviewsOpen, ageDays: l.ageDays, state: l.state } : null,
    };
  };
  return {
    asOf: isoFromDay(result.options.asOf),
    initiatives: mapLazily(result.model.initiatives, (i) => {
      const a = result.analysis.byId.get(i.id);
      return {
        id: i.id,
        name: i.name ?? null,
        department: i.department ?? null,
        owner: i.owner ?? null,
        reportedStatus: i.status,
        effectiveStatus: a?.effectiveStatus ?? i.status,
        effectiveReason: a?.effectiveReason ?? null,
        start: iso(i.start),
        due: iso(i.due),
        deadline: iso(i.deadline),
        actualStart: iso(i.actualStart),
        actualFinish: iso(i.actualFinish),
        forecastFinish: iso(a?.forecastFinish),
        slipDays: a?.slipDays ?? 0,
        reportedFinish: iso(i.reportedFinish),
        reportedSlipDays: a?.reportedSlipDays ?? null,
        totalSlackDays: a?.totalSlackDays ?? null,
        daysPastDeadline: a?.totalSlackDays === undefined ? null : daysPastDeadline(a.totalSlackDays),
        calendar: a?.calendar ?? null,
        critical: a?.critical ?? false,
        stale: a?.stale ?? false,
        daysSinceUpdate: a?.daysSinceUpdate ?? null,
        sources: [...i.sources],
      };
    }),
    findings: mapLazily(result.findings, (f) => findingJson(f, true)),
    waived: mapLazily(result.waived, (w) => ({
      ...findingJson(w.finding, false),
      waiver: { key: w.waiver.key, reason: w.waiver.reason, by: w.waiver.by ?? null, on: w.waiver.on ?? null },
    })),
    sources: sourcesJson(result),
    actions: mapLazily(governance.actions, (a) => ({
      person: a.person,
      assignee: a.assignee,
      department: a.department ?? null,
      key: a.key,
      code: a.finding.code,
      severity: a.finding.severity,
      initiativeId: a.finding.initiativeId ?? null,
      todo: a.todo,
      dueBy: isoFromDay(a.dueBy),
      level: a.level,
      escalatedTo: a.escalatedTo,
      firstSeen: isoFromDay(a.life.firstSeen),
      reviewsOpen: a.life.reviewsOpen,
      ageDays: a.life.ageDays,
      cells: a.finding.cells.map((c) => ({ source: c.source, sheet: c.sheet, address: c.address })),
    })),
    resolved: mapLazily(governance.resolved, ({ entry, resolvedOn }) => ({
      key: entry.key,
      code: entry.code,
      severity: entry.severity,
      initiativeId: entry.initiativeId ?? null,
      message: entry.message,
      firstSeen: isoFromDay(entry.firstSeen),
      resolvedOn: isoFromDay(resolvedOn),
    })),
    criticalPath: result.analysis.criticalPath,
    criticalPathBy: result.analysis.criticalBy === 'longest-path' ? 'longest path' : 'total float',
  };
}

/** An iterable that maps each element when it is reached (and again on each iteration). */
function mapLazily<T, U>(items: readonly T[], f: (item: T) => U): Iterable<U> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield f(item);
    },
  };
}

function sourcesJson(result: RunResult): Iterable<CheckJsonSource> {
  const recordsByTable = new Map<string, InitiativeRecord[]>();
  for (const r of result.model.records) {
    const list = recordsByTable.get(r.ref.table);
    if (list) list.push(r);
    else recordsByTable.set(r.ref.table, [r]);
  }
  // The links a row's Successors cell wrote (read-successors.ts), by the row they came from.
  const successorsByRow = new Map<string, Array<{ id: string; type: string; lagDays: number }>>();
  for (const d of result.model.ingest.dependencies) {
    if (d.via === undefined || d.cells.from === undefined) continue;
    const key = `${d.ref.table}|${d.ref.row}|${d.from}`;
    const list = successorsByRow.get(key);
    const link = { id: d.to, type: d.type, lagDays: d.lagDays };
    if (list) list.push(link);
    else successorsByRow.set(key, [link]);
  }
  const successorsOf = (r: InitiativeRecord) => successorsByRow.get(`${r.ref.table}|${r.ref.row}|${r.id}`) ?? [];
  return mapLazily(result.model.sources, (s: SourceSummary) => ({
    name: s.name,
    origin: s.origin,
    department: s.department ?? null,
    sheets: [...s.sheets],
    tables: s.tables.map((t) => tableJson(t, recordsByTable.get(t.key) ?? [], result.options, t.mapping.some((m) => m.field === 'successors') ? successorsOf : undefined)),
  }));
}

function tableJson(t: DetectedTable, records: readonly InitiativeRecord[], options: RunOptions, successorsOf?: (r: InitiativeRecord) => ReadonlyArray<{ id: string; type: string; lagDays: number }>): CheckJsonTable {
  const { range } = t;
  return {
    key: t.key,
    source: t.source,
    sheet: t.sheet,
    tableName: t.tableName ?? null,
    kind: t.kind,
    range: a1Range(range.top, range.left, range.bottom, range.right),
    headerRow: t.headerRow + 1,
    profile: t.profile ?? null,
    rowCount: t.rowCount,
    confidence: t.confidence,
    department: t.department ?? null,
    departmentFrom: t.department !== undefined ? (t.departmentFrom ?? null) : null,
    currency: t.currency ?? null,
    statusDate: t.statusDate ? { date: isoFromDay(t.statusDate.day), cell: t.statusDate.cell.address, title: t.statusDate.text } : null,
    hidden: t.hidden === true,
    fields: [...t.mapping]
      .sort((a, b) => a.column - b.column)
      .map((m) => ({
        field: m.field,
        column: columnLetters(range.left + m.column),
        header: m.header,
        matchedBy: m.by,
        confidence: m.confidence,
        ...(m.unit ? { unit: { multiplier: 10 ** m.unit.scale, currency: m.unit.currency ?? null, from: m.unit.from, text: m.unit.text } } : {}),
      })),
    unmapped: t.unmapped.map((u) => ({ column: columnLetters(range.left + u.column), header: u.header })),
    timeline: t.timeline
      ? { range: a1Range(t.headerRow, t.timeline.left, t.headerRow, t.timeline.right), first: t.timeline.first, last: t.timeline.last, readsDates: t.timeline.readsDates === true, readsStatus: t.timeline.readsStatus === true }
      : null,
    ignoredReason: t.kind === null ? (t.ignoredReason ?? fallbackIgnoredReason(t, options)) : null,
    initiatives: t.kind === 'initiatives' ? records.map((r) => recordJson(r, successorsOf)) : [],
  };
}

/** When ingest gave no reason for ignoring a table, say what is known: left out by choice, or not recognised. */
function fallbackIgnoredReason(t: DetectedTable, options: RunOptions): string {
  return savedMappingOf(options.mappings, t)?.kind === 'ignore'
    ? 'Left out, as chosen in the saved mapping.'
    : 'Not recognised as initiatives, dependencies or KPIs (no more specific reason was recorded).';
}

type ScalarField = Exclude<InitiativeField, 'dependsOn' | 'kpi' | 'providesTo' | 'successors' | 'duration' | 'externalDependsOn'>;

/** One initiative row: every initiative field under its registry JSON name, in the fields' order. */
function recordJson(r: InitiativeRecord, successorsOf?: (r: InitiativeRecord) => ReadonlyArray<{ id: string; type: string; lagDays: number }>): CheckJsonRecord {
  const out: Record<string, unknown> = { row: r.ref.row };
  for (const field of INITIATIVE_FIELDS) {
    const spec = INITIATIVE_FIELD_SPECS[field];
    if (field === 'dependsOn') out[spec.json] = r.dependsOn.map((l) => ({ id: l.id, type: l.type, lagDays: l.lagDays }));
    else if (field === 'kpi') out[spec.json] = [...r.kpis];
    else if (field === 'providesTo') out[spec.json] = (r.providesTo ?? []).map((d) => ({ id: d.name ?? d.id, by: iso(d.by) }));
    // A Successors cell is read as links from this row to others (read-successors.ts): listed where the table has that column.
    else if (field === 'successors') {
      if (successorsOf) out[spec.json] = successorsOf(r);
    } else if (field === 'externalDependsOn') {
      // Its links are the row's dependencies, listed under dependsOn with the others.
    } else if (field === 'duration') out[spec.json] = r.duration === undefined ? null : { days: r.duration, elapsed: r.durationElapsed === true };
    else {
      const value = r[field as ScalarField];
      out[spec.json] = spec.value === 'date' ? iso(value as DayNumber | undefined) : (value ?? null);
    }
    if (field === 'status') {
      out.statusText = r.statusText ?? null;
      out.statusFrom = r.statusFrom ?? (r.status === undefined ? null : 'text');
    }
    // Where the due came from: its cell, or Start + Duration (due-from-duration.ts); null when the row gives none.
    if (field === 'due') out.dueFrom = r.dueFrom ?? (r.due === undefined ? null : 'cell');
  }
  out.parent = r.parent ?? null;
  return out as unknown as CheckJsonRecord;
}
