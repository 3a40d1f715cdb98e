import type { CellRef, Dependency, Initiative, Kpi, LinkType, Model, Status } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';

/**
 * A compact Model builder for analysis tests (the model stage has its own tests). Dates are ISO
 * text, links are "FROM>TO" with an optional type and lag: "A>B", "A>B SS+2", "A>B FF-1".
 */
export interface TestInitiative {
  readonly id: string;
  readonly dept?: string;
  readonly status?: Status;
  readonly start?: string;
  readonly due?: string;
  readonly lastUpdated?: string;
  readonly kpis?: readonly string[];
  readonly pillar?: string;
  readonly budget?: number;
  readonly benefit?: number;
}

export interface TestKpi {
  readonly id: string;
  readonly name?: string;
  readonly onTarget?: boolean;
  readonly initiatives: readonly string[];
}

export const CELL: CellRef = { source: 'test.xlsx', sheet: 'Initiatives', address: 'A1' };

export function day(iso: string): number {
  const d = dayFromIso(iso);
  if (d === undefined) throw new Error(`bad test date ${iso}`);
  return d;
}

export function parseLink(text: string): Dependency {
  const m = /^(\S+)>(\S+)(?:\s+(FS|SS|FF|SF)([+-]\d+)?)?$/.exec(text);
  if (!m) throw new Error(`bad test link ${text}`);
  return {
    from: m[1]!,
    to: m[2]!,
    type: (m[3] ?? 'FS') as LinkType,
    lagDays: m[4] === undefined ? 0 : Number(m[4]),
    origin: 'column',
    cell: CELL,
  };
}

export function initiative(spec: TestInitiative): Initiative {
  return {
    id: spec.id,
    status: spec.status ?? 'green',
    kpis: spec.kpis ?? [],
    sources: ['test.xlsx'],
    cells: { byField: {} },
    home: CELL,
    ...(spec.dept !== undefined ? { department: spec.dept } : {}),
    ...(spec.start !== undefined ? { start: day(spec.start) } : {}),
    ...(spec.due !== undefined ? { due: day(spec.due) } : {}),
    ...(spec.lastUpdated !== undefined ? { lastUpdated: day(spec.lastUpdated) } : {}),
    ...(spec.pillar !== undefined ? { pillar: spec.pillar } : {}),
    ...(spec.budget !== undefined ? { budget: spec.budget } : {}),
    ...(spec.benefit !== undefined ? { benefit: spec.benefit } : {}),
  };
}

export function buildTestModel(spec: {
  initiatives: readonly TestInitiative[];
  links?: readonly string[];
  kpis?: readonly TestKpi[];
}): Model {
  return modelOf(spec.initiatives.map(initiative), (spec.links ?? []).map(parseLink), spec.kpis ?? []);
}

/** A Model from ready-made parts (used by the benchmark and property tests too). */
export function modelOf(initiatives: readonly Initiative[], dependencies: readonly Dependency[], kpis: readonly TestKpi[] = []): Model {
  return {
    initiatives,
    byId: new Map(initiatives.map((i) => [i.id, i])),
    dependencies,
    kpis: kpis.map(
      (k): Kpi => ({
        id: k.id,
        direction: 'higher',
        initiatives: k.initiatives,
        ...(k.name !== undefined ? { name: k.name } : {}),
        ...(k.onTarget !== undefined ? { onTarget: k.onTarget } : {}),
      }),
    ),
    sources: [],
    records: [],
    ingest: { tables: [], initiatives: [], rowsWithoutId: [], dependencies: [], kpis: [], findings: [] },
  };
}
