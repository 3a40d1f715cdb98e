import { registerCell } from '../model';
import type { Analysis, CellRef, DayNumber, Dependency, DependencyRecord, Initiative, Model, RunOptions } from '../types';
import { a1 } from '../util/a1';
import { indexesOf } from './indexes';

/**
 * A cross-department dependency as a contract between the consumer (the successor, who counts on
 * it) and the provider (the predecessor): agreed when the provider has said yes in the dependency
 * register (Agreed / Accepted by / Agreed date), one-sided when its register row could say so and
 * does not, at risk when agreed but the dates or the provider's forecast do not meet the need,
 * broken when the provider cannot deliver (not defined, cancelled, on hold, said no, or the
 * needed-by date passed with the work not done). "not recorded": the sources have no column where
 * a provider could agree (a missing input is not read as "no"); "internal": one department.
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
  /** The date the provider agreed to: the register's agreed date. */
  readonly agreedDate?: DayNumber;
  /** Where to record the provider's agreement: the register row's Agreed (or Accepted by) cell, else where the link is written. */
  readonly cell: CellRef;
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

const cache = new WeakMap<Model, readonly Contract[]>();

/** Each dependency's contract (model.dependencies order), computed once per model. */
export function contractsOf(model: Model, analysis: Analysis, options: RunOptions): readonly Contract[] {
  let found = cache.get(model);
  if (!found) cache.set(model, (found = buildContracts(model, analysis, options)));
  return found;
}

function buildContracts(model: Model, analysis: Analysis, options: RunOptions): Contract[] {
  // Register tables that keep the provider's word: only there can a link be one-sided rather than not recorded.
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
  const { fromAt, toAt } = indexesOf(model);
  return model.dependencies.map((d, k) => contractOf(d, fromAt[k]!, toAt[k]!, registerRow.get(`${d.from}\u0000${d.to}`), agreeing, model, analysis, options));
}

function contractOf(
  d: Dependency,
  fromIndex: number,
  toIndex: number,
  record: DependencyRecord | undefined,
  agreeing: ReadonlySet<string>,
  model: Model,
  analysis: Analysis,
  options: RunOptions,
): Contract {
  const provider = fromIndex >= 0 ? model.initiatives[fromIndex] : model.byId.get(d.from);
  const consumer = toIndex >= 0 ? model.initiatives[toIndex] : model.byId.get(d.to);
  const neededBy = record?.neededBy ?? d.neededBy;
  const agreedDate = record?.agreedDate;
  const cell = record ? (record.cells.agreed ?? record.cells.acceptedBy ?? record.cells.agreedDate ?? agreementCell(record, model) ?? registerCell(record)) : d.cell;
  const { state, reason } = verdictOf(d, provider, consumer, record, neededBy, agreedDate, agreeing, analysis, options);
  // Set field by field, not spread from optional parts: a link each, 250,000 at 100,000 initiatives.
  const c: { -readonly [K in keyof Contract]: Contract[K] } = { state, reason, cell };
  if (consumer?.department !== undefined) c.consumerDepartment = consumer.department;
  if (provider?.department !== undefined) c.providerDepartment = provider.department;
  if (record) c.record = record;
  if (neededBy !== undefined) c.neededBy = neededBy;
  if (agreedDate !== undefined) c.agreedDate = agreedDate;
  return c;
}

function verdictOf(
  d: Dependency,
  provider: Initiative | undefined,
  consumer: Initiative | undefined,
  record: DependencyRecord | undefined,
  neededBy: DayNumber | undefined,
  agreedDate: DayNumber | undefined,
  agreeing: ReadonlySet<string>,
  analysis: Analysis,
  options: RunOptions,
): { readonly state: ContractState; readonly reason: string } {
  if (provider && consumer && (provider.department === undefined || consumer.department === undefined || provider.department === consumer.department)) {
    return { state: 'internal', reason: '' };
  }
  const word = agreementOf(record);
  const pa = provider ? analysis.byId.get(provider.id) : undefined;
  const finish = pa?.forecastFinish ?? provider?.due;
  if (!provider) return { state: 'broken', reason: `${d.from} is not defined in any source` };
  if (provider.status === 'cancelled') return { state: 'broken', reason: `${provider.id} is cancelled` };
  if (provider.status === 'on-hold') return { state: 'broken', reason: `${provider.id} is on hold` };
  if (word === 'refused') return { state: 'broken', reason: `the provider answered "${record!.agreed!.trim()}"` };
  if (neededBy !== undefined && neededBy < options.asOf && provider.status !== 'done') return { state: 'broken', reason: 'the needed-by date has passed' };
  // Only a register row that keeps the provider's word can be one-sided; a link written in a tracker's own column is not recorded.
  const recordable = record !== undefined && agreeing.has(record.ref.table);
  if (word === 'none') {
    return recordable
      ? { state: 'one-sided', reason: `${provider.department ?? 'the provider'} has not agreed to it` }
      : { state: 'not-recorded', reason: 'no dependency register row records the provider\'s agreement' };
  }
  if (agreedDate !== undefined && neededBy !== undefined && agreedDate > neededBy) return { state: 'at-risk', reason: 'agreed for a date after the one needed' };
  if (neededBy !== undefined && finish !== undefined && finish > neededBy) return { state: 'at-risk', reason: `${provider.id} is forecast to finish after the needed-by date` };
  const eff = pa?.effectiveStatus ?? provider.status;
  if (eff === 'red' || eff === 'amber') return { state: 'at-risk', reason: `${provider.id} is ${eff}` };
  return { state: 'agreed', reason: '' };
}

/** The empty cell of a register row where the provider would agree (its Accepted by, else Agreed, else Agreed date column). */
function agreementCell(r: DependencyRecord, model: Model): CellRef | undefined {
  const table = model.ingest.tables.find((t) => t.key === r.ref.table);
  const m = table && (['acceptedBy', 'agreed', 'agreedDate'] as const).map((f) => table.mapping.find((x) => x.field === f)).find((x) => x !== undefined);
  if (!table || !m) return undefined;
  return { source: r.ref.source, sheet: r.ref.sheet, address: a1(r.ref.row - 1, table.range.left + m.column) };
}
