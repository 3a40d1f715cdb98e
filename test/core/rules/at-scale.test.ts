import { buildModel } from '../../../src/core/model';
import { checkRules } from '../../../src/core/rules';
import type { IngestResult, Status } from '../../../src/core/types';
import { isoFromDay } from '../../../src/core/util/days';
import { day, makeAnalysis, makeIngest, options, type RecordSpec } from '../../support/model-builders';

const STATUSES: Status[] = ['green', 'amber', 'red', 'done', 'not-started', 'on-hold', 'cancelled', 'unknown'];

/** A portfolio of n initiatives in 10 sources: chains of links, register rows, KPIs and some problems of every kind. */
function portfolio(n: number) {
  const base = day('2026-01-05');
  const initiatives: RecordSpec[] = [];
  for (let i = 0; i < n; i++) {
    const start = base + (i % 200);
    const deps: Array<readonly [string, 'FS' | 'SS', number]> = [];
    if (i % 50 !== 0) deps.push([`I${i - 1}`, 'FS', 0]);
    if (i > 100 && i % 7 === 0) deps.push([`I${i - 97}`, 'SS', 2]);
    if (i % 997 === 0) deps.push([`GHOST${i}`, 'FS', 0]);
    initiatives.push({
      id: `I${i}`,
      source: `Dept${i % 10}.xlsx`,
      name: `Initiative ${i}`,
      department: `Dept${i % 10}`,
      status: STATUSES[i % STATUSES.length]!,
      start: isoFromDay(start),
      due: isoFromDay(start + (i % 3 === 0 ? -3 : 20)),
      percentComplete: (i % 11) / 10,
      lastUpdated: isoFromDay(base + (i % 90)),
      dependsOn: deps,
      kpis: [`K${i % 100}`],
      budget: 1000,
      forecastCost: 900 + (i % 300),
    });
    if (i % 500 === 0) initiatives.push({ id: `I${i}`, source: `Dept${(i + 1) % 10}.xlsx`, status: 'red' });
  }
  const dependencies = Array.from({ length: n / 10 }, (_, k) => ({ from: `I${k * 10}`, to: `I${k * 10 + 5}`, neededBy: isoFromDay(base + 30) }));
  const kpis = Array.from({ length: 100 }, (_, k) => ({ kpi: `K${k}`, target: 10, actual: k % 20, initiatives: [`I${k}`] }));
  return makeIngest({ initiatives, dependencies, kpis });
}

function findingsByCode(ingest: IngestResult): { total: number; byCode: Record<string, number> } {
  const opts = options();
  const model = buildModel(ingest, opts);
  const findings = checkRules(model, makeAnalysis(model, {}, { cycles: [] }), opts);
  const byCode: Record<string, number> = {};
  for (const f of findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  return { total: findings.length, byCode };
}

// Exact results at scale (speed is measured by bench/core-stages.ts, not by tests): the shared
// lookups, the one-pass checks and the upstream walk must give every finding at 100,000 as at 10.
describe('checkRules at scale', () => {
  it('finds exactly the problems of portfolios of 25,000 and 100,000 initiatives', () => {
    expect(findingsByCode(portfolio(25_000))).toEqual({
      total: 55_435,
      byCode: {
        'dates.finish-before-start': 8_334,
        'dependency.needed-by-missed': 2_167,
        'dependency.on-cancelled': 3_570,
        'dependency.unknown': 26,
        'finance.cost-overrun': 12_367,
        'schedule.overdue': 5_458,
        'schedule.successor-before-predecessor': 14_793,
        'source.conflict': 50,
        'status.complete-mismatch': 4_545,
        'status.done-with-open-upstream': 3_125,
        'status.green-over-risk': 1_000,
      },
    });
    expect(findingsByCode(portfolio(100_000))).toEqual({
      total: 221_922,
      byCode: {
        'dates.finish-before-start': 33_334,
        'dependency.needed-by-missed': 8_667,
        'dependency.on-cancelled': 14_284,
        'dependency.unknown': 101,
        'finance.cost-overrun': 49_617,
        'schedule.overdue': 21_833,
        'schedule.successor-before-predecessor': 59_203,
        'source.conflict': 200,
        'status.complete-mismatch': 18_182,
        'status.done-with-open-upstream': 12_500,
        'status.green-over-risk': 4_001,
      },
    });
  });

  it('builds the model of 100,000 initiatives with every link', () => {
    const model = buildModel(portfolio(100_000), options());
    expect(model.initiatives).toHaveLength(100_000);
    expect(model.records).toHaveLength(100_200);
    expect(model.dependencies).toHaveLength(122_271);
  });

  it('walks a hub once: one green initiative waiting on 100,000 red ones, listed in one source twice', () => {
    const n = 100_000;
    const preds: RecordSpec[] = Array.from({ length: n }, (_, i) => ({ id: `P${i}`, status: 'red' as const, due: '2026-04-01' }));
    const hubLinks = preds.map((p) => p.id);
    const ingest = makeIngest({
      initiatives: [...preds, { id: 'HUB', status: 'green', dependsOn: hubLinks }, { id: 'HUB', status: 'done', dependsOn: hubLinks }],
    });
    const opts = options();
    const model = buildModel(ingest, opts);
    const findings = checkRules(model, makeAnalysis(model), opts);
    const risk = findings.filter((f) => f.code === 'status.green-over-risk');
    expect(risk).toHaveLength(1);
    expect(risk[0]!.related).toHaveLength(n);
    expect(risk[0]!.cells).toHaveLength(2); // the status cell and the one depends-on cell
    expect(risk[0]!.message).toBe('HUB is reported green but depends on P0 (red), P1 (red), P2 (red), P3 (red), P4 (red) and 99,995 more.');
    expect(findings).toHaveLength(100_004); // and id.duplicate, dates.missing, 100,001 status.missing-update-date
  });
});
