import { runPipeline } from '../../../src/core/pipeline';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso, isoFromDay } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/**
 * Deadlines and actual dates through the whole pipeline, from a tracker's own headers, worked by
 * hand on the default Mon-Fri calendar. March 2026: Mon 2 .. Fri 6, Mon 9 .. Fri 13, Mon 16 ..
 * Fri 20, Mon 23 .. Fri 27.
 */
const asOf = dayFromIso('2026-03-16')!; // a Monday

function run(rows: CellValue[][]) {
  return runPipeline([sheetSource(rows)], makeOptions(asOf));
}

describe('a deadline gives negative slack and picks the critical path', () => {
  const rows = (deadline: string | null): CellValue[][] => [
    ['ID', 'Name', 'Status', 'Start', 'Due', 'Deadline', 'Depends On'],
    ['A-1', 'Design', 'Green', '2026-03-02', '2026-03-06', null, null],
    ['A-2', 'Build', 'Green', '2026-03-09', '2026-03-13', deadline, 'A-1'],
    ['B-1', 'Survey', 'Green', '2026-03-02', '2026-03-20', null, null],
  ];

  it('without a deadline: slack to the portfolio finish, B-1 the critical path', () => {
    const { analysis } = run(rows(null));
    // B-1 ends last (Fri 03-20): the A chain can slip 5 working days (Mon 16 .. Fri 20).
    expect(['A-1', 'A-2', 'B-1'].map((id) => analysis.byId.get(id)!.totalSlackDays)).toEqual([5, 5, 0]);
    expect(analysis.criticalPath).toEqual(['B-1']);
  });

  it('a deadline two days before the planned finish: the chain is 2 days past it', () => {
    const { model, analysis } = run(rows('2026-03-11'));
    expect(model.byId.get('A-2')!.deadline).toBe(dayFromIso('2026-03-11'));
    // A-2 must finish by Wed 03-11 but finishes Fri 03-13: slack -2 (Thu 12, Fri 13). Its late
    // start is Thu 03-05 (5 days ending Wed 03-11), so A-1 must finish by Wed 03-04 and finishes
    // Fri 03-06: slack -2 as well. B-1 keeps slack 0, but the chain with the least slack is A-1,
    // the critical path, and the only ones flagged critical (flags and path agree).
    const a2 = analysis.byId.get('A-2')!;
    expect([isoFromDay(a2.lateStart!), isoFromDay(a2.lateFinish!)]).toEqual(['2026-03-05', '2026-03-11']);
    expect(isoFromDay(analysis.byId.get('A-1')!.lateFinish!)).toBe('2026-03-04');
    expect(['A-1', 'A-2', 'B-1'].map((id) => [analysis.byId.get(id)!.totalSlackDays, analysis.byId.get(id)!.critical])).toEqual([
      [-2, true],
      [-2, true],
      [0, false],
    ]);
    expect(analysis.criticalPath).toEqual(['A-1', 'A-2']);
  });
});

describe('actual dates drive the forecast', () => {
  const { analysis } = run([
    ['ID', 'Name', 'Status', 'Start', 'Due', 'Actual Start', 'Actual Finish', '% Complete', 'Depends On'],
    // Planned Mon 03-02 .. Fri 03-06, finished three working days late on Wed 03-11.
    ['P-1', 'Contract', 'Done', '2026-03-02', '2026-03-06', null, '2026-03-11', '100%', null],
    // Two working days after P-1: planned Wed 03-11 .. Tue 03-17 (5 days).
    ['P-2', 'Mobilise', 'Green', '2026-03-11', '2026-03-17', null, null, null, 'P-1FS+2d'],
    // Planned Mon 03-02 .. Fri 03-13 (10 days), started two days late on Wed 03-04, no % complete.
    ['Q-1', 'Survey', 'Green', '2026-03-02', '2026-03-13', '2026-03-04', null, null, null],
    // The same plan, started on time but only 20% done by the as-of date.
    ['Q-2', 'Fit-out', 'Green', '2026-03-02', '2026-03-13', '2026-03-02', null, '20%', null],
    // R-2 waits on R-1 (due Fri 03-20) by plan, but started early on Mon 03-16 all the same.
    ['R-1', 'Permits', 'Green', '2026-03-02', '2026-03-20', null, null, null, null],
    ['R-2', 'Groundwork', 'Green', '2026-03-23', '2026-03-27', '2026-03-16', null, null, 'R-1'],
  ]);
  const forecast = (id: string): [string, string, number] => {
    const a = analysis.byId.get(id)!;
    return [isoFromDay(a.forecastStart!), isoFromDay(a.forecastFinish!), a.slipDays];
  };

  it('finished work ends on its actual finish, and its lag counts from it', () => {
    // P-1 keeps its planned length (5 days) ending on its actual finish: Thu 03-05 .. Wed 03-11;
    // done work does not slip.
    expect(forecast('P-1')).toEqual(['2026-03-05', '2026-03-11', 0]);
    // FS+2 from Wed 03-11: the next working day Thu 03-12, plus 2: Mon 03-16; 5 days to Fri 03-20,
    // 3 working days after its due Tue 03-17 (Wed 18, Thu 19, Fri 20).
    expect(forecast('P-2')).toEqual(['2026-03-16', '2026-03-20', 3]);
  });

  it('started work keeps its actual start and finishes with what remains', () => {
    // 10 days from Wed 03-04 (Wed 4 .. Fri 6 is 3, Mon 9 .. Fri 13 is 5, Mon 16, Tue 17):
    // Tue 03-17, 2 working days after its due Fri 03-13.
    expect(forecast('Q-1')).toEqual(['2026-03-04', '2026-03-17', 2]);
    // 80% of 10 days = 8 remain from the as-of date Mon 03-16 (Mon 16 .. Fri 20 is 5, Mon 23,
    // Tue 24, Wed 25): Wed 03-25, 8 working days after Fri 03-13.
    expect(forecast('Q-2')).toEqual(['2026-03-02', '2026-03-25', 8]);
  });

  it('work that has started does not wait for its predecessors', () => {
    // R-2 started Mon 03-16: 5 days to Fri 03-20, though R-1 runs to Fri 03-20 by plan.
    expect(forecast('R-2')).toEqual(['2026-03-16', '2026-03-20', 0]);
  });
});

describe('done work neither moves nor holds its predecessors', () => {
  // depend on A-1 by plan, but are done already (A-2 by its actual dates, A-4 by its
  // status alone), both before A-1 even starts. No deadline anywhere.
  const { analysis } = run([
    ['ID', 'Name', 'Status', 'Start', 'Due', 'Actual Start', 'Actual Finish', 'Depends On'],
    // Mon 03-16 .. Fri 03-27: 10 working days.
    ['A-1', 'Telephony', 'Amber', '2026-03-16', '2026-03-27', null, null, null],
    // Finished Mon 03-02 .. Fri 03-13 (10 days), longer than A-3.
    ['A-2', 'Debt advice', 'Complete', '2026-03-02', '2026-03-13', '2026-03-02', '2026-03-13', 'A-1'],
    // Mon 03-30 .. Fri 04-03: 5 days, right after A-1.
    ['A-3', 'Reporting', 'Green', '2026-03-30', '2026-04-03', null, null, 'A-1'],
    ['A-4', 'Scripts', 'Done', '2026-03-02', '2026-03-06', null, null, 'A-1'],
  ]);
  const row = (id: string) => {
    const a = analysis.byId.get(id)!;
    return [isoFromDay(a.earlyStart!), isoFromDay(a.earlyFinish!), isoFromDay(a.lateFinish!), a.totalSlackDays, a.critical];
  };

  it('gives no negative slack without a deadline: the chain A-1, A-3 ends last and is the critical path', () => {
    // The portfolio ends with A-3 on Fri 04-03, so A-1 must finish by Fri 03-27 and does: slack 0.
    // Had A-2's 10 days counted back from 04-03 (late start Mon 03-23), A-1 would have had to
    // finish by Fri 03-20: slack -5.
    expect(row('A-1')).toEqual(['2026-03-16', '2026-03-27', '2026-03-27', 0, true]);
    expect(row('A-3')).toEqual(['2026-03-30', '2026-04-03', '2026-04-03', 0, true]);
    expect(analysis.criticalPath).toEqual(['A-1', 'A-3']);
  });

  it('keeps done work at its dates, with slack to the portfolio finish', () => {
    // A-2 ends Fri 03-13, 15 working days before Fri 04-03 (Mon 16 .. Fri 20, 23 .. 27, 30 .. Apr 3).
    expect(row('A-2')).toEqual(['2026-03-02', '2026-03-13', '2026-04-03', 15, false]);
    // A-4 is not pushed after A-1 (Mon 03-30 .. Fri 04-03): it stays Mon 03-02 .. Fri 03-06, 20 days before 04-03.
    expect(row('A-4')).toEqual(['2026-03-02', '2026-03-06', '2026-04-03', 20, false]);
  });
});
