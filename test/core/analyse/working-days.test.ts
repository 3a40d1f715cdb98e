import { WorkingDays } from '../../../src/core/analyse/working-days';
import { finishMomentOf, startIndexOf } from '../../../src/core/analyse/schedule';
import { dayAtWorkingIndex, makeCalendar, workingIndex } from '../../../src/core/util/calendar';
import { dayFromIso } from '../../../src/core/util/days';

describe('WorkingDays', () => {
  const calendars = [[1, 2, 3, 4, 5], [0, 1, 2, 3, 4], [3], [0, 1, 2, 3, 4, 5, 6], [2, 6]];

  it.each(calendars)('gives the calendar functions\' answers for every day and index (weekdays %p ...)', (...weekdays) => {
    const calendar = makeCalendar(weekdays);
    const days = new WorkingDays(calendar);
    for (let day = -30; day < 60; day++) {
      expect([day, days.indexOf(day), days.startIndex(day), days.finishMoment(day)]).toEqual([
        day,
        workingIndex(calendar, day),
        startIndexOf(calendar, day),
        finishMomentOf(calendar, day),
      ]);
    }
    for (let index = -20; index < 40; index++) expect([index, days.dayAt(index)]).toEqual([index, dayAtWorkingIndex(calendar, index)]);
  });

  it('names the days of a Mon-Fri week', () => {
    const days = new WorkingDays(makeCalendar());
    const monday = dayFromIso('2026-03-02')!;
    const friday = dayFromIso('2026-03-06')!;
    expect(days.dayAt(days.indexOf(monday) + 4)).toBe(friday);
    expect(days.dayAt(days.indexOf(monday) + 5)).toBe(dayFromIso('2026-03-09'));
    expect(days.startIndex(dayFromIso('2026-03-07')!)).toBe(days.indexOf(monday) + 5); // Saturday starts Monday
    expect(days.finishMoment(dayFromIso('2026-03-08')!)).toBe(days.indexOf(friday) + 1); // Sunday finished Friday
  });

  it('falls back to the calendar for a day that is not whole', () => {
    const calendar = makeCalendar();
    expect(new WorkingDays(calendar).indexOf(10.5)).toBe(workingIndex(calendar, 10.5));
  });
});
