import type { DayNumber } from '../types';
import { weekdayOf } from './days';

/**
 * A working-day calendar (Mon-Fri by default) with O(1) arithmetic: the weekly pattern repeats,
 * so the n-th working day is found by week division, not by stepping day by day. That keeps the
 * schedule engine linear in links even for 100,000 initiatives. Holidays (and working days on a
 * day off, as Project's calendar exceptions allow) are looked up in a table over the weeks they
 * span; before that span the weekly pattern holds, after it the pattern shifted by the span's
 * net days off.
 */
export interface WorkCalendar {
  /** Working weekdays, 0 = Sunday .. 6 = Saturday. */
  readonly weekdays: readonly number[];
  /** working[w] for weekday w. */
  readonly working: readonly boolean[];
  /** Working days in one week. */
  readonly perWeek: number;
  /** Present when the calendar has exceptions to its weekly pattern. */
  readonly exceptions?: CalendarExceptions;
}

export interface CalendarExceptions {
  /** Holidays that fall on working weekdays, sorted, each once. */
  readonly holidays: readonly DayNumber[];
  /** Working days on days off of the weekly pattern, sorted, each once. */
  readonly workdays: readonly DayNumber[];
  /** The table's span [first, end): whole weeks (multiples of 7) around every exception. */
  readonly first: DayNumber;
  readonly end: DayNumber;
  /** isWorking[d - first]. */
  readonly isWorking: Uint8Array;
  /** before[d - first]: working days strictly before d, for first <= d <= end. */
  readonly before: Int32Array;
  /** The span's working days in order. */
  readonly days: Int32Array;
  /** Working days added (negative: removed) by the exceptions: the shift after the span. */
  readonly shift: number;
}

/** Exceptions further apart than this many days (about 400 years) are not tabled: the table would be huge. */
const MAX_SPAN_DAYS = 146_097;

/**
 * A calendar of working weekdays, with holidays (days off that would be working days) and extra
 * working days (days worked that would be days off). Exceptions that change nothing are dropped.
 */
export function makeCalendar(weekdays: readonly number[] = [1, 2, 3, 4, 5], holidays: readonly DayNumber[] = [], workdays: readonly DayNumber[] = []): WorkCalendar {
  const working = [0, 1, 2, 3, 4, 5, 6].map((w) => weekdays.includes(w));
  const perWeek = working.filter(Boolean).length;
  if (perWeek === 0) throw new Error('makeCalendar: a calendar needs at least one working weekday');
  const base: WorkCalendar = { weekdays: [...weekdays].sort(), working, perWeek };
  const off = distinctDays(holidays).filter((d) => working[weekdayOf(d)] === true);
  const on = distinctDays(workdays).filter((d) => working[weekdayOf(d)] !== true && !off.includes(d));
  if (off.length === 0 && on.length === 0) return base;
  const all = [...off, ...on];
  const first = Math.floor(Math.min(...all) / 7) * 7;
  const end = (Math.floor(Math.max(...all) / 7) + 1) * 7;
  if (end - first > MAX_SPAN_DAYS) throw new RangeError('makeCalendar: calendar exceptions span more than 400 years');
  const span = end - first;
  const isWorking = new Uint8Array(span);
  for (let k = 0; k < span; k++) isWorking[k] = working[weekdayOf(first + k)] === true ? 1 : 0;
  for (const d of off) isWorking[d - first] = 0;
  for (const d of on) isWorking[d - first] = 1;
  const before = new Int32Array(span + 1);
  before[0] = workingIndex(base, first);
  const days: number[] = [];
  for (let k = 0; k < span; k++) {
    before[k + 1] = before[k]! + isWorking[k]!;
    if (isWorking[k] === 1) days.push(first + k);
  }
  const shift = before[span]! - workingIndex(base, end);
  return { ...base, exceptions: { holidays: off, workdays: on, first, end, isWorking, before, days: Int32Array.from(days), shift } };
}

function distinctDays(days: readonly DayNumber[]): DayNumber[] {
  return [...new Set(days.filter((d) => Number.isInteger(d)))].sort((a, b) => a - b);
}

export function isWorkingDay(cal: WorkCalendar, day: DayNumber): boolean {
  const x = cal.exceptions;
  if (x !== undefined && day >= x.first && day < x.end) return x.isWorking[day - x.first] === 1;
  return cal.working[weekdayOf(day)] === true;
}

/**
 * Number of working days strictly before `day`, counted from day 0 (negative before it).
 * Weeks are aligned on day 0 (1970-01-01, a Thursday); the pattern repeats every 7 days.
 */
export function workingIndex(cal: WorkCalendar, day: DayNumber): number {
  const x = cal.exceptions;
  if (x !== undefined && day > x.first) {
    if (day <= x.end) return x.before[day - x.first]!;
    return weeklyIndex(cal, day) + x.shift;
  }
  return weeklyIndex(cal, day);
}

function weeklyIndex(cal: WorkCalendar, day: DayNumber): number {
  const week = Math.floor(day / 7);
  const rest = day - week * 7;
  let count = week * cal.perWeek;
  for (let d = 0; d < rest; d++) if (cal.working[weekdayOf(d)]) count++;
  return count;
}

/** The working day with the given working index (inverse of workingIndex on working days). */
export function dayAtWorkingIndex(cal: WorkCalendar, index: number): DayNumber {
  const x = cal.exceptions;
  if (x !== undefined && index >= x.before[0]!) {
    const k = index - x.before[0]!;
    if (k < x.days.length) return x.days[k]!;
    return weeklyDayAt(cal, index - x.shift);
  }
  return weeklyDayAt(cal, index);
}

function weeklyDayAt(cal: WorkCalendar, index: number): DayNumber {
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
  return dayAtWorkingIndex(cal, workingIndex(cal, day));
}

/** The day itself when it is a working day, else the previous working day. */
export function rollBackward(cal: WorkCalendar, day: DayNumber): DayNumber {
  return dayAtWorkingIndex(cal, workingIndex(cal, day + 1) - 1);
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
