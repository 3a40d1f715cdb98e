import { runPipeline } from '../../../src/core/pipeline';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { addWorkingDays, dayAtWorkingIndex, isWorkingDay, makeCalendar, rollBackward, rollForward, workingDaysInclusive, workingIndex } from '../../../src/core/util/calendar';
import { dayFromIso, isoFromDay } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/**
 * Holidays in the working calendar, worked by hand. Easter 2026 in England: Good Friday Fri
 * 2026-04-03 and Easter Monday Mon 2026-04-06 are bank holidays. Around them:
 * Mon 03-30, Tue 03-31, Wed 04-01, Thu 04-02 | Fri 3 off, Sat 4, Sun 5, Mon 6 off | Tue 04-07, Wed 04-08 ...
 */
const d = (iso: string): number => dayFromIso(iso)!;
const EASTER = [d('2026-04-03'), d('2026-04-06')];
const cal = makeCalendar([1, 2, 3, 4, 5], EASTER);
const plain = makeCalendar([1, 2, 3, 4, 5]);

describe('a calendar with holidays', () => {
  it('counts, steps and rolls over them', () => {
    // Wed 04-01 .. Wed 04-08: Wed 1, Thu 2, Tue 7, Wed 8 = 4 working days (6 without the holidays).
    expect(workingDaysInclusive(cal, d('2026-04-01'), d('2026-04-08'))).toBe(4);
    expect(workingDaysInclusive(plain, d('2026-04-01'), d('2026-04-08'))).toBe(6);
    // One working day after Thu 04-02 is Tue 04-07.
    expect(isoFromDay(addWorkingDays(cal, d('2026-04-02'), 1))).toBe('2026-04-07');
    expect(isoFromDay(rollForward(cal, d('2026-04-03')))).toBe('2026-04-07');
    expect(isoFromDay(rollBackward(cal, d('2026-04-06')))).toBe('2026-04-02');
    expect([isWorkingDay(cal, d('2026-04-03')), isWorkingDay(cal, d('2026-04-07'))]).toEqual([false, true]);
  });

  it('agrees with counting day by day, before, inside and long after the holidays', () => {
    // Naive: step through every day from a fixed origin and count the working ones.
    const from = d('2025-12-01');
    let index = workingIndex(plain, from); // no holiday before 2026-04-03: the weekly count
    for (let day = from; day < d('2027-02-01'); day++) {
      expect(workingIndex(cal, day)).toBe(index);
      const works = day !== EASTER[0] && day !== EASTER[1] && ![0, 6].includes(new Date(day * 86_400_000).getUTCDay());
      expect(isWorkingDay(cal, day)).toBe(works);
      if (works) {
        expect(dayAtWorkingIndex(cal, index)).toBe(day);
        index++;
      }
    }
  });

  it('drops holidays on days off and keeps working days given on a weekend', () => {
    // Sat 04-04 is off anyway; Sat 04-11 made a working day (a calendar exception).
    const withSaturday = makeCalendar([1, 2, 3, 4, 5], [d('2026-04-04')], [d('2026-04-11')]);
    expect(withSaturday.exceptions?.holidays).toEqual([]);
    // Fri 04-10 .. Mon 04-13: Fri 10, Sat 11, Mon 13 = 3.
    expect(workingDaysInclusive(withSaturday, d('2026-04-10'), d('2026-04-13'))).toBe(3);
  });
});

describe('holidays in the schedule and forecast', () => {
  // A-2 is planned to start before its predecessor A-1 finishes (Thu 04-02): the link moves it.
  const rows: CellValue[][] = [
    ['ID', 'Name', 'Status', 'Start', 'Due', 'Depends On'],
    ['A-1', 'Order parts', 'Green', '2026-03-30', '2026-04-02', null],
    ['A-2', 'Fit parts', 'Green', '2026-03-30', '2026-03-31', 'A-1'],
  ];
  const run = (holidays: number[]) => runPipeline([sheetSource(rows)], makeOptions(d('2026-03-16'), { holidays })).analysis.byId.get('A-2')!;

  it('starts the successor after the bank holidays, not on them', () => {
    // Without holidays: the next working day after Thu 04-02 is Fri 04-03; 2 days to Mon 04-06.
    expect([isoFromDay(run([]).earlyStart!), isoFromDay(run([]).earlyFinish!)]).toEqual(['2026-04-03', '2026-04-06']);
    // With Easter: Fri 04-03 and Mon 04-06 are off, so Tue 04-07 .. Wed 04-08.
    const a2 = run(EASTER);
    expect([isoFromDay(a2.earlyStart!), isoFromDay(a2.earlyFinish!), isoFromDay(a2.forecastFinish!)]).toEqual(['2026-04-07', '2026-04-08', '2026-04-08']);
    // Slip after the due Tue 03-31: Wed 04-01, Thu 04-02, Tue 04-07, Wed 04-08 = 4 working days.
    expect(a2.slipDays).toBe(4);
  });
});
