import { analyseModel } from '../../../src/core/analyse';
import { buildTradeOffs } from '../../../src/core/govern/trade-offs';
import type { Decision, TradeOff } from '../../../src/core/types';
import { day, makeModel, options, type RecordSpec } from '../../support/model-builders';

/**
 * A small chain worked out by hand, as of Monday 2026-03-16, Mon-Fri, no holidays. Working days
 * are counted on the calendar below; "finish" is the last working day of the work.
 *
 *         March 2026                April 2026               May 2026
 *   Mo Tu We Th Fr            Mo Tu We Th Fr            Mo Tu We Th Fr
 *    2  3  4  5  6                  1  2  3                         1
 *    9 10 11 12 13             6  7  8  9 10             4  5  6  7  8
 *   16 17 18 19 20            13 14 15 16 17            11 12 13 14 15
 *   23 24 25 26 27            20 21 22 23 24            18 19 20 21 22
 *   30 31                     27 28 29 30               25 26 27 28 29
 *
 * A  (red) started 03-02, 20% done, planned 03-02..03-20 = 15 working days: 12 remain
 *    (round(15 x 0.8)), counted from the as-of day: 03-16..03-31. Due 03-20: slip 7
 *    (23 24 25 26 27 30 31). It cannot finish before the as-of day: at best 03-16, so it can
 *    recover at most 11 (17 18 19 20 23 24 25 26 27 30 31).
 * E2 (red) started 03-02, 50% done, planned 03-02..03-18 = 13: 7 remain (round(6.5)):
 *    03-16..03-24. Due 03-18: slip 4 (19 20 23 24); at best 03-16, so 4 is recoverable.
 * B  after A, planned 03-23..04-03 (10). Forecast: the day after A, 04-01, 10 days: 04-14.
 *    Slip 7 (6 7 8 9 10 13 14). With A at best (03-16) B keeps its planned 03-23..04-03.
 *    B is late, so it is red too (its own trade-off).
 * F  after A and E2, planned 03-25..03-31 (5). Forecast: after A, 04-01..04-07: slip 5
 *    (1 2 3 6 7). With A at best, E2 (03-24) holds it to 03-25..03-31: kept by 5 days on A.
 *    With E2 at best, A still holds it to 04-07: E2 alone cannot keep F's date.
 * C  after B, planned 04-20..05-08 (15). B's 04-14 leaves it alone: it holds. Each day A slips
 *    moves B, then C once B passes 04-17: A far late finishes B 10 days after A and C 15 after
 *    that, 25 working days after A. A at 03-31 + 25 = 05-05, three days before C's 05-08: 3 to spare.
 * D  after C, planned 05-11..05-22 (10), deadline 05-29. A + 35 = 05-19: 3 to spare before its
 *    due (20 21 22), 8 before its deadline (and 25 26 27 28 29).
 * G  (red) due 03-13, not done: it finishes no earlier than the as-of day, 03-16, slip 1; it
 *    cannot finish earlier, so nothing is recoverable and its date can only be re-baselined.
 */
const ROWS: RecordSpec[] = [
  { id: 'A', department: 'Engineering', status: 'red', start: '2026-03-02', due: '2026-03-20', actualStart: '2026-03-02', percentComplete: 0.2, pillar: 'Growth', budget: 100, lastUpdated: '2026-03-13' },
  { id: 'B', department: 'Finance', status: 'green', start: '2026-03-23', due: '2026-04-03', dependsOn: ['A'], kpis: ['K-REV'], pillar: 'Growth', budget: 200, benefit: 500, lastUpdated: '2026-03-13' },
  { id: 'C', department: 'Finance', status: 'green', start: '2026-04-20', due: '2026-05-08', dependsOn: ['B'], budget: 50, lastUpdated: '2026-03-13' },
  { id: 'D', department: 'Marketing', status: 'green', start: '2026-05-11', due: '2026-05-22', deadline: '2026-05-29', dependsOn: ['C'], budget: 80, benefit: 300, lastUpdated: '2026-03-13' },
  { id: 'E2', department: 'Engineering', status: 'red', start: '2026-03-02', due: '2026-03-18', actualStart: '2026-03-02', percentComplete: 0.5, lastUpdated: '2026-03-13' },
  { id: 'F', department: 'Finance', status: 'green', start: '2026-03-25', due: '2026-03-31', dependsOn: ['A', 'E2'], kpis: ['K-COST'], pillar: 'Efficiency', budget: 30, lastUpdated: '2026-03-13' },
  { id: 'G', department: 'Operations', status: 'red', start: '2026-03-02', due: '2026-03-13', kpis: ['K-OPS'], lastUpdated: '2026-03-13' },
];

function run(decisions: readonly Decision[] = []) {
  const opts = options({ decisions });
  const model = makeModel({ initiatives: ROWS }, opts);
  return buildTradeOffs(model, analyseModel(model, opts), opts);
}

const byId = (list: readonly TradeOff[], id: string): TradeOff => list.find((t) => t.initiativeId === id)!;

describe('trade-offs: the options for red items on a KPI chain or the critical path', () => {
  const { tradeOffs } = run();

  it('lists every red item feeding a KPI, most late first (B and F are red because they are forecast late)', () => {
    expect(tradeOffs.map((t) => `${t.initiativeId} ${t.slipDays}`)).toEqual(['A 7', 'B 7', 'F 5', 'E2 4', 'G 1']);
  });

  it('A: what slips, the recovery that keeps each date, what absorbs it, and what it takes down', () => {
    const a = byId(tradeOffs, 'A');
    expect(a.onKpiChain).toBe(true);
    expect(a.forecastFinish).toBe(day('2026-03-31'));
    expect(a.maxRecoveryDays).toBe(11);
    expect(a.dates.map((d) => [d.initiativeId, d.kind, d.slipDays, d.recoveryDays, d.spareDays])).toEqual([
      ['A', 'due', 7, 7, 0],
      ['B', 'due', 7, 7, 0],
      ['F', 'due', 5, 5, 0],
      ['C', 'due', 0, 0, 3],
      ['D', 'due', 0, 0, 3],
      ['D', 'deadline', 0, 0, 8],
    ]);
    expect(byId(tradeOffs, 'A').dates.find((d) => d.initiativeId === 'B')!.forecastFinish).toBe(day('2026-04-14'));
    // Recovering 7 working days on A keeps every date it breaks.
    expect(a.recoveryDays).toBe(7);
    expect(a.drives).toBe(4); // B, C, D, F
    expect(a.kpis).toEqual(['K-REV', 'K-COST']);
    expect(a.pillars).toEqual(['Growth', 'Efficiency']);
    expect(a.budgetAtStake).toBe(100 + 200 + 50 + 80 + 30);
    expect(a.benefitAtStake).toBe(500 + 300);
  });

  it('E2: its own date is recoverable, F is not by E2 alone (A holds it late)', () => {
    const e = byId(tradeOffs, 'E2');
    expect(e.dates.map((d) => [d.initiativeId, d.slipDays, d.recoveryDays])).toEqual([
      ['F', 5, undefined],
      ['E2', 4, 4],
    ]);
    expect(e.recoveryDays).toBeUndefined();
    expect(e.kpis).toEqual(['K-COST']);
  });

  it('G: overdue and not done, it cannot finish before the as-of day: only a re-baseline is left', () => {
    const g = byId(tradeOffs, 'G');
    expect(g.maxRecoveryDays).toBe(0);
    expect(g.dates).toEqual([{ initiativeId: 'G', kind: 'due', date: day('2026-03-13'), forecastFinish: day('2026-03-16'), slipDays: 1, spareDays: 0 }]);
    expect(g.recoveryDays).toBeUndefined();
  });

  it('attaches a recorded decision to its item, and keeps one whose item needs none any more', () => {
    const decided = run([
      { initiativeId: 'A', decision: 'Recover: add two engineers', by: 'Steering committee', on: day('2026-03-16') },
      { initiativeId: 'C', decision: 'Re-baseline to June' },
    ]);
    expect(byId(decided.tradeOffs, 'A').decision).toEqual({ initiativeId: 'A', decision: 'Recover: add two engineers', by: 'Steering committee', on: day('2026-03-16') });
    expect(byId(decided.tradeOffs, 'B').decision).toBeUndefined();
    expect(decided.settled).toEqual([{ initiativeId: 'C', decision: 'Re-baseline to June' }]);
  });
});

describe('trade-offs: a KPI fed only through done or started work is not at stake', () => {
  // As of Mon 03-16. Z (Mon 03-02 .. Fri 05-29) ends last, so none of the red items below is on
  // the critical path; each is red and due Fri 03-20, before the KPI work that follows it.
  //   R -> S: S is done. It waits on nothing, so R feeds no KPI through it.
  //   P -> U: U started Mon 03-09; started work does not wait for its predecessors either.
  //   Q -> T: T is open and not started: Q's finish drives it, so Q feeds K-LIVE.
  const opts = options();
  const model = makeModel(
    {
      initiatives: [
        { id: 'Z', status: 'green', start: '2026-03-02', due: '2026-05-29', lastUpdated: '2026-03-13' },
        { id: 'R', status: 'red', start: '2026-03-02', due: '2026-03-20', lastUpdated: '2026-03-13' },
        { id: 'S', status: 'done', start: '2026-03-23', due: '2026-04-03', dependsOn: ['R'], kpis: ['K-DONE'], lastUpdated: '2026-03-13' },
        { id: 'P', status: 'red', start: '2026-03-02', due: '2026-03-20', lastUpdated: '2026-03-13' },
        { id: 'U', status: 'green', start: '2026-03-09', due: '2026-04-03', actualStart: '2026-03-09', dependsOn: ['P'], kpis: ['K-START'], lastUpdated: '2026-03-13' },
        { id: 'Q', status: 'red', start: '2026-03-02', due: '2026-03-20', lastUpdated: '2026-03-13' },
        { id: 'T', status: 'green', start: '2026-03-23', due: '2026-04-03', dependsOn: ['Q'], kpis: ['K-LIVE'], lastUpdated: '2026-03-13' },
      ],
    },
    opts,
  );
  const { tradeOffs } = buildTradeOffs(model, analyseModel(model, opts), opts);

  it('lists Q alone, feeding the KPI of the work it drives', () => {
    expect(tradeOffs.map((t) => [t.initiativeId, t.onKpiChain, t.onCriticalPath, t.kpis, t.drives])).toEqual([['Q', true, false, ['K-LIVE'], 1]]);
  });
});
