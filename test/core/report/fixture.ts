import { sortFindings } from '../../../src/core/rules/sort-findings';
import { findingKey } from '../../../src/core/rules/finding-key';
import {
  makeFinding,
  makeOptions,
  type Analysis,
  type CellRef,
  type Dependency,
  type Finding,
  type Initiative,
  type InitiativeAnalysis,
  type Kpi,
  type RunResult,
  type SourceSummary,
  type Status,
  type ValueAtRiskRow,
} from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';

/**
 * A small believable programme built by hand (until runPipeline runs end to end): 8 initiatives
 * in 4 departments across two departmental files and this workbook, a critical chain
 * IT-1 -> FIN-2 -> OPS-1, a cycle SAL-1 <-> SAL-2, an off-target KPI blocked by IT-1, findings
 * of several codes and one waived finding.
 */
export const d = (iso: string): number => {
  const day = dayFromIso(iso);
  if (day === undefined) throw new Error(`bad fixture date ${iso}`);
  return day;
};

export const AS_OF = '2026-03-16';
export const FIN = 'Finance.xlsx';
export const ITP = 'IT Plan.xlsx';
export const WB = 'This workbook';

const at = (source: string, sheet: string, address: string): CellRef => ({ source, sheet, address });

interface Spec {
  id: string;
  name: string;
  department: string;
  owner: string;
  status: Status;
  effective: Status;
  reason?: string;
  start?: string;
  due?: string;
  forecast?: string;
  slip?: number;
  slack?: number;
  critical?: boolean;
  stale?: boolean;
  updated?: string;
  pct?: number;
  budget?: number;
  cost?: number;
  benefit?: number;
  kpis?: string[];
  source: string;
  sheet: string;
  row: number;
  upstream: string[];
  downstream: string[];
  inCycle?: boolean;
}

export const BASE_SPECS: readonly Spec[] = [
  { id: 'FIN-1', name: 'Chart of accounts redesign', department: 'Finance', owner: 'Ana Ruiz', status: 'green', effective: 'green', start: '2026-01-05', due: '2026-03-27', forecast: '2026-03-27', slip: 0, slack: 25, updated: '2026-03-12', pct: 0.6, budget: 250000, cost: 240000, benefit: 400000, source: FIN, sheet: 'Initiatives', row: 2, upstream: [], downstream: [] },
  { id: 'FIN-2', name: 'Rolling forecast', department: 'Finance', owner: 'Ana Ruiz', status: 'green', effective: 'red', reason: 'Upstream IT-1 is red and 10 working days late; own forecast finish 2026-05-14 passes due 2026-04-30.', start: '2026-03-09', due: '2026-04-30', forecast: '2026-05-14', slip: 10, slack: 0, critical: true, updated: '2026-03-13', pct: 0.1, budget: 120000, cost: 120000, benefit: 300000, kpis: ['K1'], source: FIN, sheet: 'Initiatives', row: 3, upstream: ['IT-1'], downstream: ['OPS-1'] },
  { id: 'IT-1', name: 'Data platform', department: 'IT', owner: 'Ben Okafor', status: 'red', effective: 'red', reason: undefined, start: '2026-01-12', due: '2026-03-06', forecast: '2026-03-20', slip: 10, slack: 0, critical: true, stale: true, updated: '2026-02-20', pct: 0.7, budget: 900000, cost: 1100000, benefit: 1500000, source: ITP, sheet: 'Plan', row: 2, upstream: [], downstream: ['IT-2', 'FIN-2'] },
  { id: 'IT-2', name: 'Single sign-on', department: 'IT', owner: 'Chen Li', status: 'amber', effective: 'amber', start: '2026-03-09', due: '2026-04-10', forecast: '2026-04-10', slip: 0, slack: 12, updated: '2026-03-11', pct: 0.2, budget: 200000, cost: 200000, benefit: 100000, source: ITP, sheet: 'Plan', row: 3, upstream: ['IT-1'], downstream: ['SAL-1'] },
  { id: 'OPS-1', name: 'Warehouse automation', department: 'Operations', owner: 'Dara Quinn', status: 'green', effective: 'amber', reason: 'Upstream FIN-2 is red.', start: '2026-05-01', due: '2026-07-31', forecast: '2026-07-31', slip: 0, slack: 0, critical: true, updated: '2026-03-14', pct: 0, budget: 450000, cost: 430000, benefit: 800000, source: WB, sheet: 'Ops', row: 3, upstream: ['FIN-2'], downstream: [] },
  { id: 'OPS-2', name: 'Supplier portal', department: 'Operations', owner: 'Dara Quinn', status: 'done', effective: 'done', start: '2025-11-03', due: '2026-02-27', forecast: '2026-02-27', slip: 0, slack: 60, updated: '2026-03-02', pct: 1, budget: 150000, cost: 145000, benefit: 200000, source: WB, sheet: 'Ops', row: 4, upstream: [], downstream: [] },
  { id: 'SAL-1', name: 'CRM migration', department: 'Sales', owner: 'Eve Marsh', status: 'amber', effective: 'amber', reason: undefined, start: '2026-04-13', due: '2026-06-26', forecast: '2026-06-26', slip: 0, updated: '2026-03-10', pct: 0, budget: 300000, cost: 310000, benefit: 600000, source: WB, sheet: 'Sales', row: 2, upstream: ['IT-2', 'SAL-2'], downstream: ['SAL-2'], inCycle: true },
  { id: 'SAL-2', name: 'Pricing engine', department: 'Sales', owner: 'Eve Marsh', status: 'green', effective: 'amber', reason: 'In a dependency cycle with SAL-1, which is amber.', start: '2026-05-04', due: '2026-08-28', forecast: '2026-08-28', slip: 0, budget: 180000, benefit: 400000, source: WB, sheet: 'Sales', row: 3, upstream: ['SAL-1'], downstream: ['SAL-1'], inCycle: true },
];

const DEPENDENCIES: readonly Dependency[] = [
  { from: 'IT-1', to: 'FIN-2', type: 'FS', lagDays: 5, origin: 'column', cell: at(FIN, 'Initiatives', 'J3') },
  { from: 'IT-1', to: 'IT-2', type: 'FS', lagDays: 0, origin: 'column', cell: at(ITP, 'Plan', 'J3') },
  { from: 'FIN-2', to: 'OPS-1', type: 'FS', lagDays: 0, origin: 'column', cell: at(WB, 'Ops', 'H3') },
  { from: 'IT-2', to: 'SAL-1', type: 'SS', lagDays: 10, neededBy: d('2026-04-13'), origin: 'register', cell: at(WB, 'Dependencies', 'A2') },
  { from: 'SAL-2', to: 'SAL-1', type: 'FS', lagDays: 0, origin: 'column', cell: at(WB, 'Sales', 'H2') },
  { from: 'SAL-1', to: 'SAL-2', type: 'FS', lagDays: 0, origin: 'column', cell: at(WB, 'Sales', 'H3') },
];

const KPIS: readonly Kpi[] = [
  { id: 'K1', name: 'Forecast accuracy', target: 95, actual: 88, direction: 'higher', initiatives: ['FIN-2'], unit: '%', onTarget: false, home: at(WB, 'KPIs', 'A2') },
  { id: 'K2', name: 'Order cycle time', target: 2, actual: 1.8, direction: 'lower', initiatives: ['OPS-1'], unit: 'days', onTarget: true, home: at(WB, 'KPIs', 'A3') },
];

function baseFindings(): Finding[] {
  return [
    makeFinding('dependency.cycle', 'SAL-1 and SAL-2 depend on each other: SAL-1 → SAL-2 → SAL-1.', [at(WB, 'Sales', 'H2'), at(WB, 'Sales', 'H3')], { initiativeId: 'SAL-1', related: ['SAL-2'] }),
    makeFinding('status.green-over-risk', 'FIN-2 is reported green but upstream IT-1 is red and 10 working days late.', [at(FIN, 'Initiatives', 'E3')], { initiativeId: 'FIN-2', related: ['IT-1'] }),
    makeFinding('status.green-over-risk', 'OPS-1 is reported green but upstream FIN-2 is forecast 10 working days late.', [at(WB, 'Ops', 'E3')], { initiativeId: 'OPS-1', related: ['FIN-2'] }),
    makeFinding('schedule.forecast-slip', 'FIN-2 is forecast to finish on 2026-05-14, 10 working days after its due date 2026-04-30.', [at(FIN, 'Initiatives', 'G3')], { initiativeId: 'FIN-2', related: ['IT-1'] }),
    makeFinding('schedule.overdue', 'IT-1 was due on 2026-03-06 and is not done.', [at(ITP, 'Plan', 'G2')], { initiativeId: 'IT-1' }),
    makeFinding('status.stale', 'IT-1 was last updated on 2026-02-20, 24 days before the as-of date (cadence 7 days).', [at(ITP, 'Plan', 'I2')], { initiativeId: 'IT-1' }),
    makeFinding('finance.cost-overrun', 'IT-1 forecast cost 1,100,000 is 22% above its budget 900,000.', [at(ITP, 'Plan', 'M2')], { initiativeId: 'IT-1' }),
    makeFinding('kpi.off-target-blocked', 'KPI K1 (Forecast accuracy) is off target (88 against 95) and FIN-2 is blocked by IT-1.', [at(WB, 'KPIs', 'C2')], { initiativeId: 'FIN-2', related: ['IT-1'] }),
    makeFinding('status.missing-update-date', 'SAL-2 has no last-updated date.', [at(WB, 'Sales', 'I3')], { initiativeId: 'SAL-2' }),
  ];
}

const WAIVED_FINDING = makeFinding('value.ambiguous-date', 'Ops!F4 "03/04/2026" reads as 3 April or 4 March; read as 3 April.', [at(WB, 'Ops', 'F4')], { initiativeId: 'OPS-2' });

export interface FixtureChanges {
  specs?: (specs: readonly Spec[]) => Spec[];
  findings?: (findings: Finding[]) => Finding[];
}

export function makeFixture(changes: FixtureChanges = {}): RunResult {
  const specs = changes.specs ? changes.specs(BASE_SPECS) : [...BASE_SPECS];
  const options = makeOptions(d(AS_OF), {
    waivers: [{ key: findingKey(WAIVED_FINDING), reason: 'Confirmed with the Ops PMO: 3 April.', by: 'J. Smith', on: '2026-03-10' }],
  });
  const initiatives: Initiative[] = specs.map((s) => ({
    id: s.id,
    name: s.name,
    department: s.department,
    owner: s.owner,
    status: s.status,
    ...(s.start ? { start: d(s.start) } : {}),
    ...(s.due ? { due: d(s.due) } : {}),
    ...(s.pct !== undefined ? { percentComplete: s.pct } : {}),
    ...(s.updated ? { lastUpdated: d(s.updated) } : {}),
    kpis: s.kpis ?? [],
    ...(s.budget !== undefined ? { budget: s.budget } : {}),
    ...(s.cost !== undefined ? { forecastCost: s.cost } : {}),
    ...(s.benefit !== undefined ? { benefit: s.benefit } : {}),
    sources: [s.source],
    cells: { byField: { id: at(s.source, s.sheet, `A${s.row}`), status: at(s.source, s.sheet, `E${s.row}`) } },
    home: at(s.source, s.sheet, `A${s.row}`),
  }));
  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const analyses: InitiativeAnalysis[] = specs.map((s) => ({
    id: s.id,
    effectiveStatus: s.effective,
    ...(s.reason ? { effectiveReason: s.reason } : {}),
    ...(s.start ? { forecastStart: d(s.start) } : {}),
    ...(s.forecast ? { forecastFinish: d(s.forecast) } : {}),
    slipDays: s.slip ?? 0,
    ...(s.slack !== undefined ? { totalSlackDays: s.slack } : {}),
    critical: s.critical ?? false,
    stale: s.stale ?? false,
    ...(s.updated ? { daysSinceUpdate: d(AS_OF) - d(s.updated) } : {}),
    inCycle: s.inCycle ?? false,
    upstream: s.upstream,
    downstream: s.downstream,
  }));
  const sources: SourceSummary[] = [FIN, ITP, WB].map((name) => {
    const mine = specs.filter((s) => s.source === name);
    const updates = mine.flatMap((s) => (s.updated ? [d(s.updated)] : []));
    return {
      name,
      origin: name === WB ? 'workbook' : 'file',
      sheets: [...new Set(mine.map((s) => s.sheet))],
      tables: [],
      ...(name === FIN ? { department: 'Finance' } : name === ITP ? { department: 'IT' } : {}),
      initiativeCount: mine.length,
      ...(updates.length > 0 ? { latestUpdate: Math.max(...updates) } : {}),
    };
  });
  const atRisk = (s: Status): boolean => s === 'amber' || s === 'red';
  const varRow = (key: string, members: Spec[]): ValueAtRiskRow => ({
    key,
    budgetAtRisk: sum(members.filter((s) => atRisk(s.effective)).map((s) => s.budget ?? 0)),
    benefitAtRisk: sum(members.filter((s) => atRisk(s.effective)).map((s) => s.benefit ?? 0)),
    reportedBudgetAtRisk: sum(members.filter((s) => atRisk(s.status)).map((s) => s.budget ?? 0)),
    reportedBenefitAtRisk: sum(members.filter((s) => atRisk(s.status)).map((s) => s.benefit ?? 0)),
    initiativesAtRisk: members.filter((s) => atRisk(s.effective)).length,
  });
  const departments = ['Finance', 'IT', 'Operations', 'Sales'];
  const analysis: Analysis = {
    byId: new Map(analyses.map((a) => [a.id, a])),
    cycles: [['SAL-1', 'SAL-2']],
    criticalPath: ['IT-1', 'FIN-2', 'OPS-1'],
    bottlenecks: [
      { id: 'IT-1', downstreamIds: ['IT-2', 'FIN-2', 'SAL-1', 'OPS-1', 'SAL-2'], departmentsWaiting: ['Finance', 'Sales', 'Operations'], downstreamWorkDays: 246 },
      { id: 'IT-2', downstreamIds: ['SAL-1', 'SAL-2'], departmentsWaiting: ['Sales'], downstreamWorkDays: 139 },
      { id: 'FIN-2', downstreamIds: ['OPS-1'], departmentsWaiting: ['Operations'], downstreamWorkDays: 66 },
    ],
    departmentMatrix: {
      departments,
      counts: [
        [0, 1, 0, 0],
        [0, 1, 0, 0],
        [1, 0, 0, 0],
        [0, 1, 0, 2],
      ],
    },
    kpiTraces: [
      { kpi: 'K1', offTarget: true, chains: [{ initiativeId: 'FIN-2', chain: ['FIN-2', 'IT-1'] }] },
      { kpi: 'K2', offTarget: false, chains: [] },
    ],
    valueAtRisk: {
      total: varRow('Total', specs),
      byDepartment: departments.map((dep) => varRow(dep, specs.filter((s) => s.department === dep))),
      byPillar: [],
      byKpi: [],
    },
  };
  const all = changes.findings ? changes.findings(baseFindings()) : baseFindings();
  return {
    options,
    model: {
      initiatives,
      byId,
      dependencies: DEPENDENCIES.filter((x) => byId.has(x.from) || byId.has(x.to)),
      kpis: KPIS,
      sources,
      records: [],
      ingest: { tables: [], initiatives: [], rowsWithoutId: [], dependencies: [], kpis: [], findings: [] },
    },
    analysis,
    findings: sortFindings(all),
    waived: [{ finding: WAIVED_FINDING, waiver: options.waivers[0]! }],
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/**
 * The same programme a week later: FIN-1 turned red (a surprise), IT-1's owner now reports
 * amber, IT-2's due date moved two weeks, OPS-2 left the sources, SAL-3 is new, IT-1's stale
 * finding is resolved and SAL-1 has a new cost overrun.
 */
export function makeModifiedFixture(): RunResult {
  return makeFixture({
    specs: (specs) => [
      ...specs
        .filter((s) => s.id !== 'OPS-2')
        .map((s): Spec => {
          if (s.id === 'FIN-1') return { ...s, effective: 'red', forecast: '2026-04-10', slip: 10, reason: 'Own forecast finish 10 Apr 2026 passes due 27 Mar 2026.' };
          if (s.id === 'IT-1') return { ...s, status: 'amber' };
          if (s.id === 'IT-2') return { ...s, due: '2026-04-24', forecast: '2026-04-24' };
          return s;
        }),
      { id: 'SAL-3', name: 'Partner pricing', department: 'Sales', owner: 'Eve Marsh', status: 'green', effective: 'green', start: '2026-04-01', due: '2026-06-30', forecast: '2026-06-30', slip: 0, slack: 40, updated: '2026-03-15', budget: 90000, benefit: 150000, source: WB, sheet: 'Sales', row: 4, upstream: [], downstream: [] },
    ],
    findings: (fs) => [
      ...fs.filter((f) => f.code !== 'status.stale'),
      makeFinding('finance.cost-overrun', 'SAL-1 forecast cost 330,000 is 10% above its budget 300,000.', [at(WB, 'Sales', 'M2')], { initiativeId: 'SAL-1' }),
    ],
  });
}
