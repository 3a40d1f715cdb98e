import type { DayNumber } from '../types';
import { weekdayOf } from './days';

/**
 * A working-day calendar (Mon-Fri by default) with O(1) arithmetic: the weekly pattern repeats,
 * so the n-th working day is found by week division, not by stepping day by day. That keeps the
 * schedule engine linear in links even for 100,000 initiatives.
 */
export interface WorkCalendar {
  /** Working weekdays, 0 = Sunday .. 6 = Saturday. */
  readonly weekdays: readonly number[];
  /** working[w] for weekday w. */
  readonly working: readonly boolean[];
  /** Working days in one week. */
  readonly perWeek: number;
}

export function makeCalendar(weekdays: readonly number[] = [1, 2, 3, 4, 5]): WorkCalendar {
  const working = [0, 1, 2, 3, 4, 5, 6].map((w) => weekdays.includes(w));
  const perWeek = working.filter(Boolean).length;
  if (perWeek === 0) throw new Error('makeCalendar: a calendar needs at least one working weekday');
  return { weekdays: [...weekdays].sort(), working, perWeek };
}

export function isWorkingDay(cal: WorkCalendar, day: DayNumber): boolean {
  return cal.working[weekdayOf(day)] === true;
}

/**
 * Number of working days strictly before `day`, counted from day 0 (negative before it).
 * Weeks are aligned on day 0 (1970-01-01, a Thursday); the pattern repeats every 7 days.
 */
export function workingIndex(cal: WorkCalendar, day: DayNumber): number {
  const week = Math.floor(day / 7);
  const rest = day - week * 7;
  let count = week * cal.perWeek;
  for (let d = 0; d < rest; d++) if (cal.working[weekdayOf(d)]) count++;
  return count;
}

/** The working day with the given working index (inverse of workingIndex on working days). */
export function dayAtWorkingIndex(cal: WorkCalendar, index: number): DayNumber {
  const week = Math.floor(index / cal.perWeek);
  let remaining = index - week * cal.perWeek;
  let day = week * 7;
  for (;;) {
    if (cal.working[weekdayOf(day)]) {
      if (remaining === 0) return day;
      remaining--;
    }
    day++;
  }
}

/** The day itself when it is a working day, else the next working day. */
export function rollForward(cal: WorkCalendar, day: DayNumber): DayNumber {
  let d = day;
  while (!isWorkingDay(cal, d)) d++;
  return d;
}

/** The day itself when it is a working day, else the previous working day. */
export function rollBackward(cal: WorkCalendar, day: DayNumber): DayNumber {
  let d = day;
  while (!isWorkingDay(cal, d)) d--;
  return d;
}

/** Move n working days from a day (rolled forward first when it is not a working day). n may be negative. */
export function addWorkingDays(cal: WorkCalendar, day: DayNumber, n: number): DayNumber {
  return dayAtWorkingIndex(cal, workingIndex(cal, rollForward(cal, day)) + n);
}

/** Working days from a to b: positive when b is later (b's working index minus a's). */
export function workingDaysBetween(cal: WorkCalendar, a: DayNumber, b: DayNumber): number {
  return workingIndex(cal, b) - workingIndex(cal, a);
}

/** Working days in [start, finish] inclusive (a one-day task has 1); 0 when finish < start. */
export function workingDaysInclusive(cal: WorkCalendar, start: DayNumber, finish: DayNumber): number {
  if (finish < start) return 0;
  return workingIndex(cal, finish + 1) - workingIndex(cal, start);
}
