import { analyseModel, computeImpact, UnknownInitiativeError } from '../../../src/core/analyse';
import { isoFromDay } from '../../../src/core/util/days';
import { options, portfolio } from './portfolio';

const analysis = analyseModel(portfolio, options);

describe('computeImpact', () => {
  it('lists every downstream initiative and KPI that moves, with slip, dates and path', () => {
    const impact = computeImpact(portfolio, analysis, 'FIN-1', 3, options);
    expect({
      ...impact,
      initiatives: impact.initiatives.map((m) => ({ ...m, oldFinish: isoFromDay(m.oldFinish!), newFinish: isoFromDay(m.newFinish!) })),
    }).toEqual({
      id: 'FIN-1',
      delayDays: 3,
      initiatives: [
        // FIN-1 now finishes Thu 03-19, so IT-2 starts Fri 03-20 and its 10 days end Thu 04-02.
        { id: 'IT-2', slipDays: 3, oldFinish: '2026-03-30', newFinish: '2026-04-02', via: ['FIN-1', 'IT-2'], becomesLate: true },
        // OPS-3 may start two days after IT-2 starts: Tue 03-24 instead of its planned Mon 03-23.
        { id: 'OPS-3', slipDays: 1, oldFinish: '2026-03-27', newFinish: '2026-03-30', via: ['FIN-1', 'IT-2', 'OPS-3'], becomesLate: true },
      ],
      kpis: [
        { kpi: 'Cash', slipDays: 3, through: ['FIN-1'] },
        { kpi: 'K-REV', slipDays: 1, through: ['OPS-3'] },
      ],
    });
  });

  it('absorbs a delay within the slack of the successor', () => {
    // One day more for FIN-1 moves IT-2 (no slack left in the forecast), but OPS-3 still fits its week.
    const impact = computeImpact(portfolio, analysis, 'FIN-1', 1, options);
    expect(impact.initiatives.map((m) => [m.id, m.slipDays])).toEqual([['IT-2', 1]]);
  });

  it('moves nothing for a zero delay, an undated initiative or done work', () => {
    expect(computeImpact(portfolio, analysis, 'FIN-1', 0, options).initiatives).toEqual([]);
    expect(computeImpact(portfolio, analysis, 'X-8', 5, options)).toEqual({ id: 'X-8', delayDays: 5, initiatives: [], kpis: [] });
    expect(computeImpact(portfolio, analysis, 'DONE-6', 5, options).initiatives).toEqual([]);
  });

  it('reports the delayed initiative own KPIs even when nothing downstream moves', () => {
    expect(computeImpact(portfolio, analysis, 'HR-5', 2, options)).toEqual({
      id: 'HR-5',
      delayDays: 2,
      initiatives: [],
      kpis: [{ kpi: 'K-NPS', slipDays: 2, through: ['HR-5'] }],
    });
  });

  it('rejects an unknown id and a negative or fractional delay', () => {
    expect(() => computeImpact(portfolio, analysis, 'NOPE', 1, options)).toThrow(UnknownInitiativeError);
    expect(() => computeImpact(portfolio, analysis, 'FIN-1', -1, options)).toThrow(RangeError);
    expect(() => computeImpact(portfolio, analysis, 'FIN-1', 1.5, options)).toThrow(RangeError);
  });

  it('gives the same answer for an analysis it did not compute itself', () => {
    const copy = { ...analysis };
    expect(computeImpact(portfolio, copy, 'FIN-1', 3, options)).toEqual(computeImpact(portfolio, analysis, 'FIN-1', 3, options));
  });
});
