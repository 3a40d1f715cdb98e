import { analyseModel } from '../../../src/core/analyse';
import type { InitiativeAnalysis } from '../../../src/core/types';
import { isoFromDay } from '../../../src/core/util/days';
import { options, portfolio } from './portfolio';

const analysis = analyseModel(portfolio, options);

function iso(day: number | undefined): string | undefined {
  return day === undefined ? undefined : isoFromDay(day);
}

function row(id: string): InitiativeAnalysis {
  const a = analysis.byId.get(id);
  if (a === undefined) throw new Error(`no analysis for ${id}`);
  return a;
}

describe('analyseModel on a hand-worked portfolio', () => {
  it('forecasts overdue work to the as-of date and moves successors by link logic', () => {
    const forecast = Object.fromEntries(
      portfolio.initiatives.map((i) => [i.id, [iso(row(i.id).forecastStart), iso(row(i.id).forecastFinish), row(i.id).slipDays]]),
    );
    expect(forecast).toEqual({
      'FIN-1': ['2026-03-02', '2026-03-16', 6],
      'IT-2': ['2026-03-17', '2026-03-30', 6],
      'OPS-3': ['2026-03-23', '2026-03-27', 0],
      'HR-4': ['2026-03-02', '2026-04-10', 0],
      'HR-5': ['2026-04-13', '2026-04-24', 0],
      'DONE-6': ['2026-03-02', '2026-03-04', 0],
      'OPS-7': ['2026-03-30', '2026-04-03', 0],
      'X-8': [undefined, undefined, 0],
      'C-1': [undefined, undefined, 0],
      'C-2': [undefined, undefined, 0],
    });
  });

  it('raises effective status from upstream risk and own lateness, with a plain reason', () => {
    const effective = Object.fromEntries(
      portfolio.initiatives.map((i) => [i.id, [row(i.id).effectiveStatus, row(i.id).effectiveReason]]),
    );
    expect(effective).toEqual({
      'FIN-1': ['red', 'Forecast finish 2026-03-16 is 6 working days after due 2026-03-06.'],
      'IT-2': ['red', 'Forecast finish 2026-03-30 is 6 working days after due 2026-03-20.'],
      'OPS-3': ['amber', 'Upstream FIN-1 is forecast 6 working days late (via IT-2).'],
      'HR-4': ['amber', undefined],
      'HR-5': ['amber', 'Upstream HR-4 is amber.'],
      'DONE-6': ['done', undefined],
      'OPS-7': ['not-started', undefined],
      'X-8': ['amber', 'Upstream FIN-1 is forecast 6 working days late.'],
      'C-1': ['green', undefined],
      'C-2': ['green', undefined],
    });
  });

  it('computes early/late dates, slack and the critical path over planned dates', () => {
    const cpm = Object.fromEntries(
      portfolio.initiatives.map((i) => {
        const a = row(i.id);
        return [i.id, [iso(a.earlyStart), iso(a.earlyFinish), iso(a.lateStart), iso(a.lateFinish), a.totalSlackDays, a.critical]];
      }),
    );
    expect(cpm).toEqual({
      'FIN-1': ['2026-03-02', '2026-03-06', '2026-04-06', '2026-04-10', 25, false],
      'IT-2': ['2026-03-09', '2026-03-20', '2026-04-13', '2026-04-24', 25, false],
      'OPS-3': ['2026-03-23', '2026-03-27', '2026-04-20', '2026-04-24', 20, false],
      'HR-4': ['2026-03-02', '2026-04-10', '2026-03-02', '2026-04-10', 0, true],
      'HR-5': ['2026-04-13', '2026-04-24', '2026-04-13', '2026-04-24', 0, true],
      'DONE-6': ['2026-03-02', '2026-03-04', '2026-04-15', '2026-04-17', 32, false],
      'OPS-7': ['2026-03-30', '2026-04-03', '2026-04-20', '2026-04-24', 15, false],
      'X-8': [undefined, undefined, undefined, undefined, undefined, false],
      'C-1': [undefined, undefined, undefined, undefined, undefined, false],
      'C-2': [undefined, undefined, undefined, undefined, undefined, false],
    });
    expect(analysis.criticalPath).toEqual(['HR-4', 'HR-5']);
  });

  it('reports the loop once and marks its members', () => {
    expect(analysis.cycles).toEqual([['C-1', 'C-2']]);
    expect(portfolio.initiatives.filter((i) => row(i.id).inCycle).map((i) => i.id)).toEqual(['C-1', 'C-2']);
  });

  it('marks open initiatives stale after the cadence, with days since the update', () => {
    const stale = Object.fromEntries(portfolio.initiatives.map((i) => [i.id, [row(i.id).stale, row(i.id).daysSinceUpdate]]));
    expect(stale['FIN-1']).toEqual([true, 14]);
    expect(stale['IT-2']).toEqual([false, 3]);
    expect(stale['DONE-6']).toEqual([false, 70]); // done work is never stale
    expect(stale['HR-4']).toEqual([false, undefined]); // no date: status.missing-update-date instead
  });

  it('lists direct neighbours', () => {
    expect([row('FIN-1').upstream, row('FIN-1').downstream]).toEqual([[], ['IT-2', 'X-8']]);
    expect([row('OPS-3').upstream, row('OPS-3').downstream]).toEqual([['IT-2'], []]);
  });

  it('ranks bottlenecks by downstream work, then departments waiting, then id', () => {
    expect(analysis.bottlenecks).toEqual([
      { id: 'FIN-1', downstreamIds: ['IT-2', 'OPS-3', 'X-8'], departmentsWaiting: ['IT', 'Ops'], downstreamWorkDays: 15 },
      { id: 'HR-4', downstreamIds: ['HR-5'], departmentsWaiting: [], downstreamWorkDays: 10 },
      { id: 'IT-2', downstreamIds: ['OPS-3'], departmentsWaiting: ['Ops'], downstreamWorkDays: 5 },
      { id: 'C-1', downstreamIds: ['C-2'], departmentsWaiting: [], downstreamWorkDays: 0 },
      { id: 'C-2', downstreamIds: ['C-1'], departmentsWaiting: [], downstreamWorkDays: 0 },
    ]);
  });

  it('counts who waits on whom in the department matrix', () => {
    expect(analysis.departmentMatrix).toEqual({
      departments: ['Finance', 'HR', 'IT', 'Ops'],
      counts: [
        [1, 0, 0, 0],
        [0, 1, 0, 0],
        [1, 0, 2, 0],
        [0, 0, 2, 0],
      ],
    });
  });

  it('traces each off-target KPI to the root blockers of its blocked initiatives', () => {
    expect(analysis.kpiTraces).toEqual([
      {
        kpi: 'K-REV',
        offTarget: true,
        chains: [
          { initiativeId: 'OPS-3', chain: ['OPS-3', 'IT-2', 'FIN-1'] },
          { initiativeId: 'X-8', chain: ['X-8', 'FIN-1'] },
        ],
      },
    ]);
  });

  it('sums value at risk by department, pillar and KPI beside what departments report', () => {
    const row = (key: string, b: number, e: number, rb: number, re: number, n: number) => ({
      key,
      budgetAtRisk: b,
      benefitAtRisk: e,
      reportedBudgetAtRisk: rb,
      reportedBenefitAtRisk: re,
      initiativesAtRisk: n,
    });
    expect(analysis.valueAtRisk).toEqual({
      total: row('Total', 1130, 11300, 400, 4000, 6),
      byDepartment: [
        row('Finance', 180, 1800, 0, 0, 2),
        row('HR', 450, 4500, 400, 4000, 2),
        row('IT', 200, 2000, 0, 0, 1),
        row('Ops', 300, 3000, 0, 0, 1),
      ],
      byPillar: [row('Growth', 300, 3000, 0, 0, 2), row('People', 450, 4500, 400, 4000, 2), row('(no pillar)', 380, 3800, 0, 0, 2)],
      byKpi: [row('Cash', 100, 1000, 0, 0, 1), row('K-NPS', 50, 500, 0, 0, 1), row('K-REV', 780, 7800, 400, 4000, 3)],
    });
  });

  it('is deterministic', () => {
    const again = analyseModel(portfolio, options);
    expect([...again.byId.values()]).toEqual([...analysis.byId.values()]);
    expect(again.bottlenecks).toEqual(analysis.bottlenecks);
  });
});
