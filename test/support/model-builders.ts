/**
 * Compact builders for IngestResult, Model and Analysis in tests. Cells follow a fixed column
 * layout so tests can assert exact addresses: initiatives use the columns of INITIATIVE_COLUMNS
 * (id in A, status in E, due in G, depends-on in J ...) on the record's row.
 */
import { buildModel } from '../../src/core/model';
import type {
  Analysis,
  CellRef,
  DependencyField,
  DependencyRecord,
  DetectedTable,
  IngestResult,
  InitiativeAnalysis,
  InitiativeField,
  InitiativeRecord,
  KpiField,
  KpiRecord,
  KpiTrace,
  LinkType,
  Model,
  RunOptions,
  Status,
  TableColumns,
} from '../../src/core/types';
import { FIELD_BIT, makeOptions } from '../../src/core/types';
import { dayFromIso } from '../../src/core/util/days';

export const INITIATIVE_COLUMNS: Record<InitiativeField, string> = {
  id: 'A', name: 'B', department: 'C', owner: 'D', status: 'E', start: 'F', due: 'G',
  percentComplete: 'H', lastUpdated: 'I', dependsOn: 'J', kpi: 'K', pillar: 'L',
  budget: 'M', forecastCost: 'N', benefit: 'O', deadline: 'P', actualStart: 'Q', actualFinish: 'R', providesTo: 'S', reportedFinish: 'T', successors: 'U', actualCost: 'V', duration: 'W', externalDependsOn: 'X',
};
export const DEPENDENCY_COLUMNS: Record<DependencyField, string> = { from: 'A', to: 'B', type: 'C', lag: 'D', neededBy: 'E', note: 'F', agreed: 'G', acceptedBy: 'H', agreedDate: 'I' };
export const KPI_COLUMNS: Record<KpiField, string> = { kpi: 'A', name: 'B', target: 'C', actual: 'D', direction: 'E', initiatives: 'F', owner: 'G', unit: 'H' };

/** The INITIATIVE_COLUMNS layout of a sheet, as the records' RowCells point into it. */
const TABLE_COLUMNS = new Map<string, TableColumns>();
function tableColumns(source: string, sheet: string): TableColumns {
  const key = `${source}|${sheet}`;
  let found = TABLE_COLUMNS.get(key);
  if (!found) {
    const columns: Partial<Record<InitiativeField, number>> = {};
    for (const [field, letter] of Object.entries(INITIATIVE_COLUMNS)) columns[field as InitiativeField] = letter.charCodeAt(0) - 65;
    found = { source, sheet, columns };
    TABLE_COLUMNS.set(key, found);
  }
  return found;
}

/** ISO text -> day number (throws on a typo so a test cannot silently pass). */
export function day(iso: string): number {
  const d = dayFromIso(iso);
  if (d === undefined) throw new Error(`bad test date ${iso}`);
  return d;
}

export const AS_OF = '2026-03-16'; // a Monday
export function options(partial: Partial<RunOptions> = {}): RunOptions {
  return makeOptions(day(AS_OF), partial);
}

export function cell(source: string, sheet: string, address: string): CellRef {
  return { source, sheet, address };
}

export interface RecordSpec {
  id: string;
  source?: string;
  sheet?: string;
  /** 1-based Excel row; defaults to the next row in its sheet. */
  row?: number;
  name?: string;
  department?: string;
  /** A department ingest inferred (from the file or sheet name): set without a cell. */
  inferredDepartment?: string;
  owner?: string;
  status?: Status;
  statusText?: string;
  start?: string;
  due?: string;
  deadline?: string;
  actualStart?: string;
  actualFinish?: string;
  percentComplete?: number;
  lastUpdated?: string;
  /** "FIN-2", or [id, type, lagDays]. */
  /** Ids, [id, type, lag], or { name }: a link written in words (its id the name in capitals, as ingest keys it). */
  dependsOn?: ReadonlyArray<string | readonly [string, LinkType, number] | { readonly name: string }>;
  kpis?: readonly string[];
  pillar?: string;
  budget?: number;
  forecastCost?: number;
  benefit?: number;
  /** The Provides to cell (column S): "FIN-2", or [id or name, ISO date promised]. Maps the table's Provides to column. */
  providesTo?: ReadonlyArray<string | readonly [string, string]>;
}

export interface DependencySpec {
  from: string;
  to: string;
  type?: LinkType;
  lagDays?: number;
  neededBy?: string;
  /** The provider's side; any of them, or recordsAgreement, maps the register's Agreed / Accepted by / Agreed date columns (G, H, I). */
  agreed?: string;
  acceptedBy?: string;
  agreedDate?: string;
  recordsAgreement?: boolean;
  source?: string;
  sheet?: string;
  row?: number;
}

export interface KpiSpec {
  kpi: string;
  name?: string;
  target?: number;
  actual?: number;
  /** Written in the row's Direction cell (without it, the model reads the KPI's words). */
  direction?: 'higher' | 'lower';
  initiatives?: readonly string[];
  owner?: string;
  unit?: string;
  source?: string;
  sheet?: string;
  row?: number;
}

export interface IngestSpec {
  initiatives?: readonly RecordSpec[];
  dependencies?: readonly DependencySpec[];
  kpis?: readonly KpiSpec[];
  /** Department per source name (becomes DetectedTable.department of its tables). */
  departments?: Readonly<Record<string, string>>;
  rowsWithoutId?: IngestResult['rowsWithoutId'];
}

const DEFAULT_SOURCE = 'Eng.xlsx';

function tableKey(source: string, sheet: string): string {
  return `${source}|${sheet}|0`;
}

export function makeIngest(spec: IngestSpec): IngestResult {
  const nextRow = new Map<string, number>();
  const rowFor = (source: string, sheet: string, row: number | undefined): number => {
    const k = tableKey(source, sheet);
    const r = row ?? nextRow.get(k) ?? 2;
    nextRow.set(k, r + 1);
    return r;
  };
  const tables = new Map<string, DetectedTable>();
  const addTable = (source: string, sheet: string, kind: DetectedTable['kind']): string => {
    const key = tableKey(source, sheet);
    if (!tables.has(key)) {
      const dept = spec.departments?.[source];
      tables.set(key, {
        key, source, sheet, kind,
        range: { top: 0, left: 0, bottom: 0, right: 0 },
        headerRow: 0, headers: [], mapping: [], unmapped: [], rowCount: 0, confidence: 1,
        ...(dept !== undefined ? { department: dept } : {}),
      });
    }
    return key;
  };

  const initiatives = (spec.initiatives ?? []).map((s): InitiativeRecord => {
    const source = s.source ?? DEFAULT_SOURCE;
    const sheet = s.sheet ?? 'Initiatives';
    const row = rowFor(source, sheet, s.row);
    const table = addTable(source, sheet, 'initiatives');
    const at = (f: InitiativeField): CellRef => cell(source, sheet, `${INITIATIVE_COLUMNS[f]}${row}`);
    let filled = FIELD_BIT.id;
    const rec: Record<string, unknown> = { ref: { source, sheet, table, row }, id: s.id };
    const put = (f: InitiativeField, v: unknown): void => {
      if (v === undefined) return;
      rec[f] = v;
      filled |= FIELD_BIT[f];
    };
    put('name', s.name);
    put('department', s.department);
    if (s.department === undefined && s.inferredDepartment !== undefined) rec.department = s.inferredDepartment;
    put('owner', s.owner);
    put('status', s.status);
    if (s.statusText !== undefined) rec.statusText = s.statusText;
    put('start', s.start === undefined ? undefined : day(s.start));
    put('due', s.due === undefined ? undefined : day(s.due));
    put('deadline', s.deadline === undefined ? undefined : day(s.deadline));
    put('actualStart', s.actualStart === undefined ? undefined : day(s.actualStart));
    put('actualFinish', s.actualFinish === undefined ? undefined : day(s.actualFinish));
    put('percentComplete', s.percentComplete);
    put('lastUpdated', s.lastUpdated === undefined ? undefined : day(s.lastUpdated));
    put('pillar', s.pillar);
    put('budget', s.budget);
    put('forecastCost', s.forecastCost);
    put('benefit', s.benefit);
    rec.dependsOn = (s.dependsOn ?? []).map((d) => {
      if (typeof d === 'object' && 'name' in d) return { id: d.name.toUpperCase(), name: d.name, type: 'FS' as LinkType, lagDays: 0, cell: at('dependsOn') };
      const [id, type, lagDays] = typeof d === 'string' ? [d, 'FS' as LinkType, 0] : d;
      return { id, type, lagDays, cell: at('dependsOn') };
    });
    if (s.dependsOn && s.dependsOn.length > 0) filled |= FIELD_BIT.dependsOn;
    if (s.providesTo !== undefined) {
      rec.providesTo = s.providesTo.map((p) => {
        const [written, by] = typeof p === 'string' ? [p, undefined] : p;
        const named = !/\d/.test(written);
        return { id: named ? written.toUpperCase() : written, ...(named ? { name: written } : {}), ...(by !== undefined ? { by: day(by) } : {}), cell: at('providesTo') };
      });
      if (s.providesTo.length > 0) filled |= FIELD_BIT.providesTo;
      const t = tables.get(table)!;
      if (!t.mapping.some((m) => m.field === 'providesTo')) {
        tables.set(table, { ...t, mapping: [...t.mapping, { field: 'providesTo', column: INITIATIVE_COLUMNS.providesTo.charCodeAt(0) - 65, header: 'Provides to', confidence: 1, by: 'header' }] });
      }
    }
    rec.kpis = s.kpis ?? [];
    if (s.kpis && s.kpis.length > 0) filled |= FIELD_BIT.kpi;
    rec.cells = { table: tableColumns(source, sheet), row: row - 1, filled };
    return rec as unknown as InitiativeRecord;
  });

  const dependencies = (spec.dependencies ?? []).map((s): DependencyRecord => {
    const source = s.source ?? 'Deps.xlsx';
    const sheet = s.sheet ?? 'Dependencies';
    const row = rowFor(source, sheet, s.row);
    const table = addTable(source, sheet, 'dependencies');
    const at = (f: DependencyField): CellRef => cell(source, sheet, `${DEPENDENCY_COLUMNS[f]}${row}`);
    const cells: Partial<Record<DependencyField, CellRef>> = { from: at('from'), to: at('to') };
    if (s.type !== undefined) cells.type = at('type');
    if (s.lagDays !== undefined) cells.lag = at('lag');
    if (s.neededBy !== undefined) cells.neededBy = at('neededBy');
    if (s.agreed !== undefined) cells.agreed = at('agreed');
    if (s.acceptedBy !== undefined) cells.acceptedBy = at('acceptedBy');
    if (s.agreedDate !== undefined) cells.agreedDate = at('agreedDate');
    if (s.recordsAgreement || s.agreed !== undefined || s.acceptedBy !== undefined || s.agreedDate !== undefined) {
      const t = tables.get(table)!;
      if (!t.mapping.some((m) => m.field === 'acceptedBy')) {
        const col = (f: DependencyField): number => DEPENDENCY_COLUMNS[f].charCodeAt(0) - 65;
        tables.set(table, {
          ...t,
          mapping: [...t.mapping, ...(['agreed', 'acceptedBy', 'agreedDate'] as const).map((field) => ({ field, column: col(field), header: field, confidence: 1, by: 'header' as const }))],
        });
      }
    }
    return {
      ref: { source, sheet, table, row },
      from: s.from,
      to: s.to,
      type: s.type ?? 'FS',
      lagDays: s.lagDays ?? 0,
      ...(s.neededBy !== undefined ? { neededBy: day(s.neededBy) } : {}),
      ...(s.agreed !== undefined ? { agreed: s.agreed } : {}),
      ...(s.acceptedBy !== undefined ? { acceptedBy: s.acceptedBy } : {}),
      ...(s.agreedDate !== undefined ? { agreedDate: day(s.agreedDate) } : {}),
      cells,
    };
  });

  const kpis = (spec.kpis ?? []).map((s): KpiRecord => {
    const source = s.source ?? 'KPIs.xlsx';
    const sheet = s.sheet ?? 'KPIs';
    const row = rowFor(source, sheet, s.row);
    const table = addTable(source, sheet, 'kpis');
    const at = (f: KpiField): CellRef => cell(source, sheet, `${KPI_COLUMNS[f]}${row}`);
    const cells: Partial<Record<KpiField, CellRef>> = { kpi: at('kpi') };
    if (s.name !== undefined) cells.name = at('name');
    if (s.target !== undefined) cells.target = at('target');
    if (s.actual !== undefined) cells.actual = at('actual');
    if (s.direction !== undefined) cells.direction = at('direction');
    if (s.initiatives && s.initiatives.length > 0) cells.initiatives = at('initiatives');
    if (s.owner !== undefined) cells.owner = at('owner');
    if (s.unit !== undefined) cells.unit = at('unit');
    return {
      ref: { source, sheet, table, row },
      kpi: s.kpi,
      ...(s.name !== undefined ? { name: s.name } : {}),
      ...(s.target !== undefined ? { target: s.target } : {}),
      ...(s.actual !== undefined ? { actual: s.actual } : {}),
      direction: s.direction ?? 'higher',
      initiatives: s.initiatives ?? [],
      ...(s.owner !== undefined ? { owner: s.owner } : {}),
      ...(s.unit !== undefined ? { unit: s.unit } : {}),
      cells,
    };
  });

  return {
    tables: [...tables.values()],
    initiatives,
    rowsWithoutId: spec.rowsWithoutId ?? [],
    dependencies,
    kpis,
    findings: [],
  };
}

export function makeModel(spec: IngestSpec, opts: RunOptions = options()): Model {
  return buildModel(makeIngest(spec), opts);
}

/**
 * A hand-made Analysis for rule tests: every initiative of the model gets neutral values
 * (its reported status, no slip, not stale), overridden per id.
 */
export function makeAnalysis(
  model: Model,
  overrides: Readonly<Record<string, Partial<InitiativeAnalysis>>> = {},
  extra: { cycles?: readonly (readonly string[])[]; kpiTraces?: readonly KpiTrace[] } = {},
): Analysis {
  const upstream = new Map<string, string[]>();
  const downstream = new Map<string, string[]>();
  for (const d of model.dependencies) {
    (upstream.get(d.to) ?? upstream.set(d.to, []).get(d.to)!).push(d.from);
    (downstream.get(d.from) ?? downstream.set(d.from, []).get(d.from)!).push(d.to);
  }
  const byId = new Map<string, InitiativeAnalysis>();
  for (const i of model.initiatives) {
    byId.set(i.id, {
      id: i.id,
      effectiveStatus: i.status,
      ...(i.start !== undefined ? { forecastStart: i.start } : {}),
      ...(i.due !== undefined ? { forecastFinish: i.due } : {}),
      slipDays: 0,
      critical: false,
      stale: false,
      inCycle: false,
      upstream: upstream.get(i.id) ?? [],
      downstream: downstream.get(i.id) ?? [],
      ...overrides[i.id],
    });
  }
  const none = { key: 'Total', budgetAtRisk: 0, benefitAtRisk: 0, reportedBudgetAtRisk: 0, reportedBenefitAtRisk: 0, initiativesAtRisk: 0 };
  return {
    byId,
    cycles: extra.cycles ?? [],
    criticalPath: [],
    bottlenecks: [],
    departmentMatrix: { departments: [], counts: [] },
    kpiTraces: extra.kpiTraces ?? [],
    valueAtRisk: { total: none, byDepartment: [], byPillar: [], byKpi: [] },
  };
}

/** Model, hand-made analysis and options together: what a rule reads. */
export function makeContext(
  spec: IngestSpec,
  overrides: Readonly<Record<string, Partial<InitiativeAnalysis>>> = {},
  extra: { cycles?: readonly (readonly string[])[]; kpiTraces?: readonly KpiTrace[] } = {},
  opts: RunOptions = options(),
): { model: Model; analysis: Analysis; options: RunOptions } {
  const model = makeModel(spec, opts);
  return { model, analysis: makeAnalysis(model, overrides, extra), options: opts };
}
