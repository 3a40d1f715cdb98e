import { scheduleTasks, type ScheduleTask } from '../../../src/core/analyse/schedule';
import { makeCalendar } from '../../../src/core/util/calendar';
import { isoFromDay } from '../../../src/core/util/days';
import { day, parseLink } from './build';

/**
 * Deadlines and constraint dates in the CPM engine, worked by hand on a Mon-Fri calendar.
 * March 2026: Mon 2, Tue 3, Wed 4, Thu 5, Fri 6; Mon 9 .. Fri 13; Mon 16 .. Fri 20.
 * A runs Mon 03-02 to Wed 03-04 (3 working days), then A>B FS: B (5 days) runs Thu 03-05 to
 * Wed 03-11. The project finish is B's early finish, Wed 03-11.
 */
const MON_FRI = makeCalendar();

function rows(tasks: ScheduleTask[], links: string[]): Record<string, [string, string, string, number, boolean]> {
  const s = scheduleTasks(tasks, links.map(parseLink), MON_FRI);
  return Object.fromEntries(
    [...s.tasks].map(([id, t]) => [id, [isoFromDay(t.earlyStart), isoFromDay(t.earlyFinish), isoFromDay(t.lateFinish), t.totalSlackDays, t.critical]]),
  );
}

const A: ScheduleTask = { id: 'A', start: day('2026-03-02'), finish: day('2026-03-04') };
const B: ScheduleTask = { id: 'B', start: day('2026-03-02'), finish: day('2026-03-06') };
const C: ScheduleTask = { id: 'C', start: day('2026-03-02'), finish: day('2026-03-03') };

describe('scheduleTasks: deadlines give negative slack', () => {
  it('a deadline before the early finish makes the chain behind it late by the same days', () => {
    // B must finish by Fri 03-06 but finishes Wed 03-11: 3 working days late (Mon 9, Tue 10, Wed 11).
    // Its late finish is the deadline, Fri 03-06; A's late finish is B's late start less nothing:
    // B's late start = Fri 03-06 minus 5 working days + 1 = Mon 03-02, so A must finish by Fri 02-27.
    // A finishes Wed 03-04: 3 working days past (Mon 2, Tue 3, Wed 4). Both have slack -3.
    expect(rows([A, { ...B, deadline: day('2026-03-06') }], ['A>B'])).toEqual({
      A: ['2026-03-02', '2026-03-04', '2026-02-27', -3, true],
      B: ['2026-03-05', '2026-03-11', '2026-03-06', -3, true],
    });
  });

  it('a deadline after the project finish changes nothing; Finish No Later Than acts as a deadline', () => {
    const free = rows([A, B, C], ['A>B']);
    // C (2 days, no links) can finish as late as the project finish, Wed 03-11: slack 6 (Wed 4 .. Wed 11).
    expect(free['C']).toEqual(['2026-03-02', '2026-03-03', '2026-03-11', 6, false]);
    expect(rows([A, B, { ...C, deadline: day('2026-03-20') }], ['A>B'])).toEqual(free);
    // FNLT Thu 03-05 caps C's late finish: slack 2 (Wed 4, Thu 5).
    expect(rows([A, B, { ...C, finishNoLaterThan: day('2026-03-05') }], ['A>B'])['C']).toEqual(['2026-03-02', '2026-03-03', '2026-03-05', 2, false]);
  });

  it('a deadline on a weekend means the Friday before', () => {
    // Sat 03-07 rolls back to Fri 03-06: the same as the first case.
    expect(rows([A, { ...B, deadline: day('2026-03-07') }], ['A>B'])['B']![3]).toBe(-3);
  });

  it('Start No Later Than caps the late start', () => {
    // B may start no later than Tue 03-03: late finish = Tue 03-03 + 4 working days = Mon 03-09.
    // Early finish Wed 03-11: slack -2.
    expect(rows([A, { ...B, startNoLaterThan: day('2026-03-03') }], ['A>B'])['B']).toEqual(['2026-03-05', '2026-03-11', '2026-03-09', -2, true]);
  });

  it('Finish No Earlier Than holds the early finish back', () => {
    // C (2 days) may not finish before Wed 03-11: it moves to Tue 03-10 .. Wed 03-11, keeping its length.
    expect(rows([{ ...C, finishNoEarlierThan: day('2026-03-11') }], [])['C']).toEqual(['2026-03-10', '2026-03-11', '2026-03-11', 0, true]);
  });
});

describe('scheduleTasks: Must Start On and Must Finish On hold a task on its date', () => {
  it('Must Finish On puts the finish on the date whatever the predecessors say, and is past by the overlap', () => {
    // B must finish Mon 03-09: it runs Tue 03-03 .. Mon 03-09 (5 working days), though A>B asks for Thu 03-05.
    // B's late finish is Mon 03-09 (slack 0). A must finish before B's late start Tue 03-03: by Mon 03-02.
    // A finishes Wed 03-04: slack -2 (Tue 3, Wed 4).
    expect(rows([A, { ...B, mustFinishOn: day('2026-03-09') }], ['A>B'])).toEqual({
      A: ['2026-03-02', '2026-03-04', '2026-03-02', -2, true],
      B: ['2026-03-03', '2026-03-09', '2026-03-09', 0, true],
    });
  });

  it('Must Start On puts the start on the date and caps the late start', () => {
    // B must start Mon 03-16: it runs Mon 03-16 .. Fri 03-20, the project finish; A has slack up to Fri 03-13: 7 days.
    expect(rows([A, { ...B, mustStartOn: day('2026-03-16') }], ['A>B'])).toEqual({
      A: ['2026-03-02', '2026-03-04', '2026-03-13', 7, false],
      B: ['2026-03-16', '2026-03-20', '2026-03-20', 0, true],
    });
  });
});
