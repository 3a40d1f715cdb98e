import { syntheticModel } from '../../../bench/analyse';
import { analyseModel } from '../../../src/core/analyse';
import { makeOptions } from '../../../src/core/types/options';
import { day } from './build';

/**
 * The benchmark's synthetic portfolio at full size (100,000 initiatives, about 250,000 links):
 * exact results, so the fast paths for large portfolios stay correct. How long it takes is
 * measured by the benchmark (bench/analyse.ts, bench/core-stages.ts), not here.
 */
describe('analyseModel on 100,000 initiatives', () => {
  it('gives the exact analysis of the synthetic benchmark portfolio', () => {
    const model = syntheticModel(100_000);
    const analysis = analyseModel(model, makeOptions(day('2026-06-15')));
    const rows = [...analysis.byId.values()];
    expect(model.dependencies).toHaveLength(249_992);
    expect(analysis.byId.size).toBe(100_000);
    // Closed work is held at its dates and holds nothing up: none of it is on the path.
    expect(analysis.criticalPath).toHaveLength(223);
    expect(analysis.criticalPath.filter((id) => model.byId.get(id)!.status === 'done')).toEqual([]);
    expect(analysis.cycles).toEqual([]);
    expect(analysis.bottlenecks.slice(0, 3).map((b) => [b.id, b.downstreamIds.length, b.downstreamWorkDays, b.departmentsWaiting.length])).toEqual([
      ['I-1', 86_613, 2_191_701, 11],
      ['I-2', 86_606, 2_191_541, 11],
      ['I-4', 86_601, 2_191_422, 11],
    ]);
    expect(rows.filter((r) => r.effectiveReason !== undefined)).toHaveLength(62_244);
    expect(rows.filter((r) => r.effectiveStatus === 'red')).toHaveLength(74_643);
    expect(rows.filter((r) => r.effectiveStatus === 'amber')).toHaveLength(76);
    expect(rows.filter((r) => r.stale)).toHaveLength(43_739);
    expect(rows.reduce((sum, r) => sum + r.slipDays, 0)).toBe(275_589_936);
    expect(analysis.kpiTraces).toHaveLength(67);
    expect(analysis.kpiTraces.reduce((sum, t) => sum + t.chains.length, 0)).toBe(7_468);
    expect(analysis.departmentMatrix.departments).toHaveLength(12);
    expect(analysis.valueAtRisk.total).toEqual({
      key: 'Total',
      budgetAtRisk: 37_349_448_792,
      benefitAtRisk: 74_628_366_361,
      reportedBudgetAtRisk: 12_491_884_571,
      reportedBenefitAtRisk: 24_974_262_353,
      initiativesAtRisk: 74_719,
    });
  });
});
