import type { CellRef, Delivery, DetectedTable, Initiative, InitiativeField, InitiativeRecord } from '../types';
import { INITIATIVE_FIELDS, INITIATIVE_FIELD_SPECS } from '../types';
import { cellOf, hasCell, homeCell } from './cells';
import { departmentKey } from './department-names';
import { userDepartment } from '../ingest/department';

/** Initiative fields whose values are merged across sources: the registry's 'owner' policy (lists such as dependsOn, kpis and providesTo are unioned). */
export type MergedField = Exclude<InitiativeField, 'id' | 'dependsOn' | 'kpi' | 'providesTo' | 'parent' | 'successors' | 'duration' | 'externalDependsOn'>;
export const MERGED_FIELDS: readonly MergedField[] = INITIATIVE_FIELDS.filter((f): f is MergedField => INITIATIVE_FIELD_SPECS[f].merge === 'owner');

/** Records grouped by id, groups in order of first appearance and records in input order. */
export function groupRecordsById(records: readonly InitiativeRecord[]): Map<string, InitiativeRecord[]> {
  const groups = new Map<string, InitiativeRecord[]>();
  for (const r of records) {
    const group = groups.get(r.id);
    if (group) group.push(r);
    else groups.set(r.id, [r]);
  }
  return groups;
}

/** Department each table speaks for, by DetectedTable.key (the user's name for the table, else for its sheet, else for its source, wins). */
export function tableDepartments(
  tables: readonly DetectedTable[],
  sourceDepartments: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const byTable = new Map<string, string>();
  for (const t of tables) {
    const dept = (t.departmentFrom === 'mapping' ? t.department : undefined) ?? userDepartment(sourceDepartments, t.source, t.sheet) ?? t.department;
    if (dept !== undefined && dept.trim() !== '') byTable.set(t.key, dept);
  }
  return byTable;
}

export interface OwnerChoice {
  readonly owner: InitiativeRecord;
  /** True when the owner was chosen because its source speaks for the initiative's department. */
  readonly byDepartment: boolean;
}

/**
 * The record that speaks for an initiative: the first whose table's department is the
 * department the records give the initiative (the owning department's own sheet). A department
 * written in a department cell counts before one ingest inferred from a file or sheet name, so
 * a tracker that merely lists another department's initiative does not claim it. Otherwise the
 * first record.
 */
export function chooseOwner(group: readonly InitiativeRecord[], departments: ReadonlyMap<string, string>): OwnerChoice {
  const first = group[0];
  if (!first) throw new Error('chooseOwner: empty group'); // our bug
  if (group.length === 1) return { owner: first, byDepartment: false };
  const written = new Set<string>();
  const inferred = new Set<string>();
  for (const r of group) {
    if (r.department === undefined) continue;
    (hasCell(r.cells, 'department') ? written : inferred).add(normaliseDepartment(r.department));
  }
  for (const claimed of [written, inferred]) {
    if (claimed.size === 0) continue;
    for (const r of group) {
      const dept = departments.get(r.ref.table);
      if (dept !== undefined && claimed.has(normaliseDepartment(dept))) return { owner: r, byDepartment: true };
    }
  }
  return { owner: first, byDepartment: false };
}

/** The key department names compare by (departmentKey: "Finance Dept" is Finance). */
export function normaliseDepartment(d: string): string {
  return departmentKey(d);
}

/**
 * Records grouped by id without an array per group: each id gets a position (its initiative's
 * place in the model, in order of first appearance) and its records are chained in input order.
 */
export interface RecordGroups {
  /** Id -> position. */
  readonly positions: Map<string, number>;
  /** Number of distinct ids. */
  readonly count: number;
  /** Position of each record's id. */
  readonly groupOf: Int32Array;
  /** First record of each position, and for each record the next one with the same id (-1: none). */
  readonly first: Int32Array;
  readonly next: Int32Array;
}

export function indexRecordsById(records: readonly InitiativeRecord[]): RecordGroups {
  const positions = new Map<string, number>();
  const n = records.length;
  const groupOf = new Int32Array(n);
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const next = new Int32Array(n).fill(-1);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const id = records[k]!.id;
    const g = positions.get(id);
    if (g === undefined) {
      positions.set(id, count);
      groupOf[k] = count;
      first[count] = k;
      last[count] = k;
      count++;
    } else {
      groupOf[k] = g;
      next[last[g]!] = k;
      last[g] = k;
    }
  }
  return { positions, count, groupOf, first, next };
}

/**
 * One Initiative per id, in the order of `groups`. The owner's values win; a field the owner
 * leaves empty is taken from the next record that has it (with that record's cell), and so is the
 * parent in a tool's hierarchy. dependsOn, kpis and providesTo are unioned. Initiatives named as a parent are
 * marked isParent.
 */
export function mergeInitiatives(
  records: readonly InitiativeRecord[],
  departments: ReadonlyMap<string, string>,
  groups: RecordGroups = indexRecordsById(records),
): Initiative[] {
  const { count, first, next } = groups;
  const out = new Array<Initiative>(count);
  for (let g = 0; g < count; g++) {
    const k = first[g]!;
    if (next[k] === -1) {
      out[g] = fromSingle(records[k]!);
      continue;
    }
    const group: InitiativeRecord[] = [];
    for (let r = k; r !== -1; r = next[r]!) group.push(records[r]!);
    const { owner } = chooseOwner(group, departments);
    out[g] = mergeGroup(records[k]!.id, [owner, ...group.filter((r) => r !== owner)]);
  }
  markParents(out, groups.positions);
  return out;
}

/**
 * A tool's hierarchy (Initiative.parent): each initiative some other one names as its parent is
 * marked isParent. One pass that reads a field; nothing is allocated when no initiative has a parent.
 */
function markParents(initiatives: Initiative[], positions: ReadonlyMap<string, number>): void {
  for (let v = 0; v < initiatives.length; v++) {
    const parent = initiatives[v]!.parent;
    if (parent === undefined) continue;
    const p = positions.get(parent);
    if (p !== undefined && p !== v) (initiatives[p] as { isParent?: true }).isParent = true;
  }
}

/**
 * The common case, one record: its values as they are (kept apart because it is most of a
 * portfolio). Fields are copied by name, in MERGED_FIELDS order, so every such initiative gets
 * the same property order as the general merge gives it.
 */
function fromSingle(r: InitiativeRecord): Initiative {
  const kpis = r.kpis.length < 2 ? r.kpis : [...new Set(r.kpis)];
  const home = homeCell(r.cells, r.ref);
  if (hasEveryField(r) && r.parent === undefined && r.providesTo === undefined && !hasScheduleExtras(r)) {
    // A complete row (the usual case) in one literal: one allocation with every property in the
    // object itself, where adding them one by one would grow a separate property store.
    return {
      id: r.id,
      name: r.name,
      department: r.department,
      owner: r.owner,
      status: r.status,
      start: r.start,
      due: r.due,
      percentComplete: r.percentComplete,
      lastUpdated: r.lastUpdated,
      pillar: r.pillar,
      budget: r.budget,
      forecastCost: r.forecastCost,
      actualCost: r.actualCost,
      benefit: r.benefit,
      statusText: r.statusText,
      kpis,
      sources: [r.ref.source],
      cells: r.cells,
      home,
    };
  }
  const out: Record<string, unknown> = { id: r.id };
  if (r.name !== undefined) out.name = r.name;
  if (r.department !== undefined) out.department = r.department;
  if (r.owner !== undefined) out.owner = r.owner;
  if (r.status !== undefined) out.status = r.status;
  if (r.start !== undefined) out.start = r.start;
  if (r.due !== undefined) out.due = r.due;
  if (r.deadline !== undefined) out.deadline = r.deadline;
  if (r.actualStart !== undefined) out.actualStart = r.actualStart;
  if (r.actualFinish !== undefined) out.actualFinish = r.actualFinish;
  if (r.percentComplete !== undefined) out.percentComplete = r.percentComplete;
  if (r.lastUpdated !== undefined) out.lastUpdated = r.lastUpdated;
  if (r.pillar !== undefined) out.pillar = r.pillar;
  if (r.budget !== undefined) out.budget = r.budget;
  if (r.forecastCost !== undefined) out.forecastCost = r.forecastCost;
  if (r.actualCost !== undefined) out.actualCost = r.actualCost;
  if (r.benefit !== undefined) out.benefit = r.benefit;
  if (r.reportedFinish !== undefined) out.reportedFinish = r.reportedFinish;
  if (r.milestone !== undefined) out.milestone = r.milestone;
  if (r.statusText !== undefined) out.statusText = r.statusText;
  if (r.statusFrom !== undefined) out.statusFrom = r.statusFrom;
  if (r.parent !== undefined) out.parent = r.parent;
  if (r.providesTo !== undefined) out.providesTo = r.providesTo;
  if (r.status === undefined) out.status = 'unknown';
  out.kpis = kpis;
  out.sources = [r.ref.source];
  out.cells = r.cells;
  out.home = home;
  return out as unknown as Initiative;
}

/** The schedule fields most rows leave out (a deadline, actual dates, a milestone): such a row takes the general path. */
function hasScheduleExtras(r: InitiativeRecord): boolean {
  return r.deadline !== undefined || r.actualStart !== undefined || r.actualFinish !== undefined || r.reportedFinish !== undefined || r.milestone !== undefined;
}

/** Every merged field and the status text are there (the schedule extras aside: see hasScheduleExtras). */
function hasEveryField(
  r: InitiativeRecord,
): r is InitiativeRecord & Required<Pick<InitiativeRecord, Exclude<MergedField, 'deadline' | 'actualStart' | 'actualFinish' | 'reportedFinish'> | 'statusText'>> {
  return (
    r.name !== undefined &&
    r.department !== undefined &&
    r.owner !== undefined &&
    r.status !== undefined &&
    r.start !== undefined &&
    r.due !== undefined &&
    r.percentComplete !== undefined &&
    r.lastUpdated !== undefined &&
    r.pillar !== undefined &&
    r.budget !== undefined &&
    r.forecastCost !== undefined &&
    r.actualCost !== undefined &&
    r.benefit !== undefined &&
    r.statusText !== undefined
  );
}

function mergeGroup(id: string, ordered: readonly InitiativeRecord[]): Initiative {
  const owner = ordered[0]!;
  const values: Record<string, unknown> = {};
  const byField: Partial<Record<InitiativeField, CellRef>> = {};
  const take = (field: InitiativeField, from: InitiativeRecord): void => {
    const cell = cellOf(from.cells, field);
    if (cell) byField[field] = cell;
  };
  take('id', owner);
  for (const field of MERGED_FIELDS) {
    const from = ordered.find((r) => r[field] !== undefined);
    if (!from) {
      take(field, owner);
      continue;
    }
    values[field] = from[field];
    if (field === 'status' && from.statusText !== undefined) values.statusText = from.statusText;
    if (field === 'status' && from.statusFrom !== undefined) values.statusFrom = from.statusFrom;
    take(field, from);
  }
  for (const field of ['dependsOn', 'kpi', 'providesTo'] as const) {
    const from = ordered.find((r) => hasCell(r.cells, field));
    if (from) take(field, from);
  }
  const kpis: string[] = [];
  const seenKpi = new Set<string>();
  for (const r of ordered) {
    for (const k of r.kpis) {
      if (!seenKpi.has(k)) {
        seenKpi.add(k);
        kpis.push(k);
      }
    }
  }
  const sources = [...new Set(ordered.map((r) => r.ref.source))];
  const home = homeCell(owner.cells, owner.ref);
  // The owner's parent, else the first other record's (as for the fields above).
  const parent = ordered.find((r) => r.parent !== undefined)?.parent;
  if (parent !== undefined) values.parent = parent;
  const providesTo = unionDeliveries(ordered);
  if (providesTo !== undefined) values.providesTo = providesTo;
  // A milestone when a record with the winning due says so and the winning start does not contradict it (as readRecord decides).
  const milestone = values.start === undefined || values.start === values.due ? ordered.find((r) => r.milestone !== undefined && r.due === values.due)?.milestone : undefined;
  if (milestone !== undefined) values.milestone = milestone;
  return {
    ...(values as Partial<Initiative>),
    id,
    status: (values.status as Initiative['status'] | undefined) ?? 'unknown',
    kpis,
    sources,
    cells: { byField },
    home,
  };
}

/** The consumers every record names, once per id, the owner's first (with its date and cell); undefined when none does. */
function unionDeliveries(ordered: readonly InitiativeRecord[]): readonly Delivery[] | undefined {
  const lists = ordered.filter((r) => r.providesTo !== undefined);
  if (lists.length === 0) return undefined;
  if (lists.length === 1) return lists[0]!.providesTo;
  const seen = new Set<string>();
  const out: Delivery[] = [];
  for (const r of lists) {
    for (const d of r.providesTo!) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      out.push(d);
    }
  }
  return out;
}
