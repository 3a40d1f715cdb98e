import { cellOf, normaliseDepartment, registerCell } from '../model';
import type { Analysis, CellRef, DayNumber, Delivery, Dependency, DependencyRecord, Initiative, InitiativeRecord, Model, RunOptions } from '../types';
import { a1 } from '../util/a1';
import { indexesOf } from './indexes';

/**
 * A cross-department dependency as a contract between the consumer (the successor, who counts on
 * it) and the provider (the predecessor): agreed when the provider has said yes, in the dependency
 * register (Agreed / Accepted by / Agreed date) or on its own row (its Provides to cell names the
 * consumer, or the consumer's department); one-sided when a register row or the provider's row
 * could say so and does not; at risk when agreed but the dates or the provider's forecast do not
 * meet the need (its forecast start for a start-to-start or start-to-finish link, its finish for
 * the others), unless it has delivered (done, or finished by its actual finish); broken when the
 * provider cannot deliver (not defined, cancelled, on hold, said no, or the needed-by date passed
 * with the work not done). "not recorded": the sources have no
 * column where a provider could agree (a missing input is not read as "no"); "internal": one
 * department.
 */
export type ContractState = 'agreed' | 'one-sided' | 'at-risk' | 'broken' | 'not-recorded' | 'internal';

export const CONTRACT_LABELS: Record<ContractState, string> = {
  agreed: 'Agreed',
  'one-sided': 'One-sided',
  'at-risk': 'At risk',
  broken: 'Broken',
  'not-recorded': 'Not recorded',
  internal: 'Same department',
};

export interface Contract {
  readonly state: ContractState;
  /** Why, in a few words (empty for agreed and internal). */
  readonly reason: string;
  readonly consumerDepartment?: string;
  readonly providerDepartment?: string;
  /** The register row for the link, when there is one. */
  readonly record?: DependencyRecord;
  /** The date the consumer needs it by: the register's needed-by date. */
  readonly neededBy?: DayNumber;
  /** The date the provider agreed to: the register's agreed date, else the date beside the consumer in the provider's Provides to. */
  readonly agreedDate?: DayNumber;
  /** Where the provider said yes: the register, its own row's Provides to, or both; absent when it has not. */
  readonly agreedIn?: 'register' | 'provider' | 'both';
  /** The item of the provider's Provides to that names the consumer (or its department). */
  readonly delivery?: Delivery;
  /** The provider's Provides to cell, where its table has that column (empty or not). */
  readonly providerCell?: CellRef;
  /** Where to record the provider's agreement: the register row's Agreed (or Accepted by) cell, else the provider's Provides to cell, else where the link is written. */
  readonly cell: CellRef;
}

/** The two sides' dates that do not meet: the date promised, and the one needed (from the register, or the consumer's own plan). */
export interface DateConflict {
  readonly promised?: { readonly day: DayNumber; readonly cell: CellRef; readonly in: 'register' | 'provider' };
  readonly need: { readonly day: DayNumber; readonly cell: CellRef; readonly by: 'register' | 'start' | 'due' };
  /** With no promise: the register's needed-by date, later than the consumer's plan needs it. */
  readonly plan?: { readonly day: DayNumber; readonly cell: CellRef; readonly by: 'start' | 'due' };
}

const REFUSALS = new Set(['no', 'n', 'false', 'not agreed', 'rejected', 'declined', 'refused', 'pending', 'tbc', 'tbd', 'to be agreed', 'not yet', 'open', '-', '?', 'x no']);

/** The provider's word in the register: agreed, refused, or nothing said. */
export function agreementOf(r: DependencyRecord | undefined): 'agreed' | 'refused' | 'none' {
  if (!r) return 'none';
  const said = r.agreed?.trim().toLowerCase();
  if (said !== undefined && said !== '') return REFUSALS.has(said) ? 'refused' : 'agreed';
  if (r.acceptedBy !== undefined && r.acceptedBy.trim() !== '') return 'agreed';
  if (r.agreedDate !== undefined) return 'agreed';
  return 'none';
}

/** The item of a provider's Provides to that names the consumer: by its id, else by its department's name. */
export function deliveryTo(provider: Initiative | undefined, consumerId: string, consumerDepartment: string | undefined): Delivery | undefined {
  const list = provider?.providesTo;
  if (list === undefined) return undefined;
  const byId = list.find((x) => x.id === consumerId && x.ambiguous === undefined);
  if (byId || consumerDepartment === undefined) return byId;
  const dept = normaliseDepartment(consumerDepartment);
  return list.find((x) => x.name !== undefined && normaliseDepartment(x.name) === dept);
}

/**
 * Whether this is the first of a pair's links to be told at this cell (marking it in `seen`):
 * two links of one pair (a tracker's Depends on and a register row, of different types) share
 * the register row and the provider's word, so a finding on the contract is made once, and its
 * key (code, provider, first cell) stays one finding's.
 */
export function firstOfPair(seen: Set<string>, d: Dependency, cell: CellRef): boolean {
  const key = `${d.from}\u0000${d.to}\u0000${cell.source}\u0000${cell.sheet}\u0000${cell.address}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

const cache = new WeakMap<Model, readonly Contract[]>();

/** Each dependency's contract (model.dependencies order), computed once per model. */
export function contractsOf(model: Model, analysis: Analysis, options: RunOptions): readonly Contract[] {
  let found = cache.get(model);
  if (!found) cache.set(model, (found = buildContracts(model, analysis, options)));
  return found;
}

/** What every contract of a model reads: which tables can record the provider's word, the register rows and the providers' rows. */
interface ContractSources {
  /** Register tables that keep the provider's word: only there can a register row be one-sided rather than not recorded. */
  readonly agreeing: ReadonlySet<string>;
  /** Per provider id, its row in an initiatives table with a Provides to column (its own department's first). */
  readonly delivering: ReadonlyMap<string, InitiativeRecord>;
}

function buildContracts(model: Model, analysis: Analysis, options: RunOptions): Contract[] {
  const agreeing = new Set(
    model.ingest.tables
      .filter((t) => t.kind === 'dependencies' && t.mapping.some((m) => m.field === 'agreed' || m.field === 'acceptedBy' || m.field === 'agreedDate'))
      .map((t) => t.key),
  );
  const registerRow = new Map<string, DependencyRecord>();
  for (const r of model.ingest.dependencies) {
    if (r.via !== undefined) continue; // a tool's link column, not a register
    const key = `${r.from}\u0000${r.to}`;
    const kept = registerRow.get(key);
    // A row of a register that records agreement wins over one that cannot.
    if (!kept || (!agreeing.has(kept.ref.table) && agreeing.has(r.ref.table))) registerRow.set(key, r);
  }
  const sources: ContractSources = { agreeing, delivering: deliveringRows(model) };
  const { fromAt, toAt } = indexesOf(model);
  return model.dependencies.map((d, k) => contractOf(d, fromAt[k]!, toAt[k]!, registerRow.get(`${d.from}\u0000${d.to}`), sources, model, analysis, options));
}

/** Initiatives tables with a Provides to column, and each id's row in one of them (the row of its own department first). */
function deliveringRows(model: Model): Map<string, InitiativeRecord> {
  const rows = new Map<string, InitiativeRecord>();
  const tables = new Set(model.ingest.tables.filter((t) => t.kind === 'initiatives' && t.mapping.some((m) => m.field === 'providesTo')).map((t) => t.key));
  if (tables.size === 0) return rows;
  for (const r of model.records) {
    if (!tables.has(r.ref.table)) continue;
    const kept = rows.get(r.id);
    // A later row wins only when it is the initiative's own department's and the kept one is not.
    const own = model.byId.get(r.id)?.department;
    if (!kept || (kept.department !== own && r.department === own)) rows.set(r.id, r);
  }
  return rows;
}

/** The Provides to cell of a row whose table has the column, empty or not. */
function providesToCell(r: InitiativeRecord): CellRef | undefined {
  const filled = cellOf(r.cells, 'providesTo');
  if (filled) return filled;
  const col = r.cells.table.columns.providesTo;
  return col === undefined ? undefined : { source: r.ref.source, sheet: r.ref.sheet, address: a1(r.cells.row, col) };
}

function contractOf(
  d: Dependency,
  fromIndex: number,
  toIndex: number,
  record: DependencyRecord | undefined,
  sources: ContractSources,
  model: Model,
  analysis: Analysis,
  options: RunOptions,
): Contract {
  const provider = fromIndex >= 0 ? model.initiatives[fromIndex] : model.byId.get(d.from);
  const consumer = toIndex >= 0 ? model.initiatives[toIndex] : model.byId.get(d.to);
  const neededBy = record?.neededBy ?? d.neededBy;
  const row = provider ? sources.delivering.get(provider.id) : undefined;
  const providerCell = row ? providesToCell(row) : undefined;
  const delivery = row ? deliveryTo(provider, d.to, consumer?.department) : undefined;
  const inRegister = agreementOf(record) === 'agreed';
  const agreedDate = record?.agreedDate ?? delivery?.by;
  const recordable = record !== undefined && sources.agreeing.has(record.ref.table);
  const cell = recordable
    ? (record.cells.agreed ?? record.cells.acceptedBy ?? record.cells.agreedDate ?? agreementCell(record, model) ?? registerCell(record))
    : (providerCell ?? (record ? registerCell(record) : d.cell));
  const { state, reason } = verdictOf(d, provider, consumer, record, neededBy, agreedDate, recordable || providerCell !== undefined, inRegister || delivery !== undefined, analysis, options);
  // Set field by field, not spread from optional parts: a link each, 250,000 at 100,000 initiatives.
  const c: { -readonly [K in keyof Contract]: Contract[K] } = { state, reason, cell };
  if (consumer?.department !== undefined) c.consumerDepartment = consumer.department;
  if (provider?.department !== undefined) c.providerDepartment = provider.department;
  if (record) c.record = record;
  if (neededBy !== undefined) c.neededBy = neededBy;
  if (agreedDate !== undefined) c.agreedDate = agreedDate;
  if (inRegister || delivery) c.agreedIn = inRegister && delivery ? 'both' : inRegister ? 'register' : 'provider';
  if (delivery) c.delivery = delivery;
  if (providerCell) c.providerCell = providerCell;
  return c;
}

function verdictOf(
  d: Dependency,
  provider: Initiative | undefined,
  consumer: Initiative | undefined,
  record: DependencyRecord | undefined,
  neededBy: DayNumber | undefined,
  agreedDate: DayNumber | undefined,
  recordable: boolean,
  agreed: boolean,
  analysis: Analysis,
  options: RunOptions,
): { readonly state: ContractState; readonly reason: string } {
  if (provider && consumer && (provider.department === undefined || consumer.department === undefined || provider.department === consumer.department)) {
    return { state: 'internal', reason: '' };
  }
  const word = agreementOf(record);
  const pa = provider ? analysis.byId.get(provider.id) : undefined;
  if (!provider) return { state: 'broken', reason: `${d.from} is not defined in any source` };
  if (provider.status === 'cancelled') return { state: 'broken', reason: `${provider.id} is cancelled` };
  if (provider.status === 'on-hold') return { state: 'broken', reason: `${provider.id} is on hold` };
  if (word === 'refused') return { state: 'broken', reason: `the provider answered "${record!.agreed!.trim()}"` };
  // Delivered: done, or finished by its actual finish. What it promised, and when, is history then, not a risk.
  const delivered = provider.status === 'done' || provider.actualFinish !== undefined;
  if (neededBy !== undefined && neededBy < options.asOf && !delivered) return { state: 'broken', reason: 'the needed-by date has passed' };
  // Only a register row that keeps the provider's word, or a provider's row with a Provides to column, can be one-sided; a link written in a tracker's own column is not recorded.
  if (!agreed) {
    return recordable
      ? { state: 'one-sided', reason: `${provider.department ?? 'the provider'} has not agreed to it` }
      : { state: 'not-recorded', reason: "neither a dependency register row nor the provider's Provides to records the provider's agreement" };
  }
  if (delivered) return { state: 'agreed', reason: '' };
  if (agreedDate !== undefined && neededBy !== undefined && agreedDate > neededBy) return { state: 'at-risk', reason: 'agreed for a date after the one needed' };
  const plan = consumer ? planNeed(d, consumer) : undefined;
  // A start-to-start or start-to-finish link needs the provider started, the others finished.
  const byStart = d.type === 'SS' || d.type === 'SF';
  const delivers = byStart ? (pa?.forecastStart ?? provider.actualStart ?? provider.start) : (pa?.forecastFinish ?? provider.due);
  const forecast = `${provider.id} is forecast to ${byStart ? 'start' : 'finish'} after`;
  if (plan && consumer) {
    const planned = `${consumer.id} ${plan.by === 'start' ? 'plans to start' : 'is due'}`;
    if (agreedDate !== undefined && neededBy === undefined && isLate(agreedDate, plan)) return { state: 'at-risk', reason: `agreed for a date after ${planned}` };
    if (agreedDate === undefined && neededBy !== undefined && isLate(neededBy, plan)) return { state: 'at-risk', reason: `needed by a date after ${planned}` };
  }
  if (neededBy !== undefined && delivers !== undefined && delivers > neededBy) return { state: 'at-risk', reason: `${forecast} the needed-by date` };
  // With no needed-by date, the consumer's plan is the need (as for the date agreed).
  if (neededBy === undefined && plan && consumer && delivers !== undefined && delivers > plan.day) {
    return { state: 'at-risk', reason: `${forecast} ${consumer.id} ${plan.by === 'start' ? 'plans to start' : 'is due'}` };
  }
  const eff = pa?.effectiveStatus ?? provider.status;
  if (eff === 'red' || eff === 'amber') return { state: 'at-risk', reason: `${provider.id} is ${eff}` };
  return { state: 'agreed', reason: '' };
}

/**
 * When the consumer's own plan needs the provider's work: by its start for a finish-to-start or
 * start-to-start link (it cannot start before), by its due date for finish-to-finish and
 * start-to-finish. Undefined when the consumer gives no such date.
 */
function planNeed(d: Dependency, consumer: Initiative): { readonly day: DayNumber; readonly by: 'start' | 'due' } | undefined {
  const byDue = d.type === 'FF' || d.type === 'SF';
  const day = byDue ? consumer.due : consumer.start;
  return day === undefined ? undefined : { day, by: byDue ? 'due' : 'start' };
}

/**
 * A delivery on day `promised` is too late for a need on `need`: after it. A delivery on the
 * consumer's start day counts as in time, as registers write a needed-by date: the day work
 * that waits for it begins.
 */
function isLate(promised: DayNumber, need: { readonly day: DayNumber }): boolean {
  return promised > need.day;
}

/**
 * Where the dates of an agreed cross-department contract do not meet: the date the provider
 * promised (the register's agreed date, else the date in its Provides to) after the date needed
 * (the register's needed-by date, else the consumer's start or due by its link type); with no
 * promised date, the register's needed-by date after the consumer's plan needs it. Undefined
 * when they meet or a side gives no date.
 */
export function dateConflictOf(d: Dependency, c: Contract, model: Model): DateConflict | undefined {
  if (c.state === 'internal' || c.agreedIn === undefined) return undefined;
  const consumer = model.byId.get(d.to);
  const plan = consumer ? planNeed(d, consumer) : undefined;
  const planCell = plan && consumer ? cellOf(consumer.cells, plan.by) : undefined;
  const needCell = c.record?.cells.neededBy ?? d.cell;
  const promised =
    c.record?.agreedDate !== undefined
      ? { day: c.record.agreedDate, cell: c.record.cells.agreedDate ?? c.cell, in: 'register' as const }
      : c.delivery?.by !== undefined
        ? { day: c.delivery.by, cell: c.delivery.cell, in: 'provider' as const }
        : undefined;
  if (promised) {
    const need =
      c.neededBy !== undefined
        ? { day: c.neededBy, cell: needCell, by: 'register' as const }
        : plan && planCell
          ? { day: plan.day, cell: planCell, by: plan.by }
          : undefined;
    return need && isLate(promised.day, need) ? { promised, need } : undefined;
  }
  if (c.neededBy !== undefined && plan && planCell && isLate(c.neededBy, plan)) {
    return { need: { day: c.neededBy, cell: needCell, by: 'register' }, plan: { day: plan.day, cell: planCell, by: plan.by } };
  }
  return undefined;
}

/** The empty cell of a register row where the provider would agree (its Accepted by, else Agreed, else Agreed date column). */
function agreementCell(r: DependencyRecord, model: Model): CellRef | undefined {
  const table = model.ingest.tables.find((t) => t.key === r.ref.table);
  const m = table && (['acceptedBy', 'agreed', 'agreedDate'] as const).map((f) => table.mapping.find((x) => x.field === f)).find((x) => x !== undefined);
  if (!table || !m) return undefined;
  return { source: r.ref.source, sheet: r.ref.sheet, address: a1(r.ref.row - 1, table.range.left + m.column) };
}
