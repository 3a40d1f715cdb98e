import type { DayNumber } from '../core/types';
import { dayFromParts, weekdayOf } from '../core/util/days';

/**
 * The days a calendar exception of a Microsoft Project XML file covers. Since Project 2007 an
 * exception (Calendars/Calendar/Exceptions/Exception) may recur: its TimePeriod bounds the
 * recurrence and its Type says which days inside it are meant (MSPDI schema, Exception element):
 *   1 daily, 7 daily by count     every Period-th day from FromDate
 *   6 weekly                      every Period-th week (weeks start on Sunday), on the DaysOfWeek
 *                                 bitmask (1 Sun, 2 Mon, 4 Tue, 8 Wed, 16 Thu, 32 Fri, 64 Sat)
 *   4 monthly by day              MonthDay of every Period-th month
 *   5 monthly by position         the MonthPosition-th (0 first .. 3 fourth, 4 last) MonthItem
 *                                 (0 day, 1 weekday, 2 weekend day, 3 Sunday .. 9 Saturday)
 *   2 yearly by day               MonthDay of Month (0 January .. 11 December) each year
 *   3 yearly by position          MonthPosition-th MonthItem of Month each year
 * Occurrences, when given, caps the count (Project writes both it and ToDate); a day of the month
 * past its end is its last day.
 * No Type (Project 2003's WeekDay DayType 0, other writers) or another one: every day from
 * FromDate to ToDate, as a one-off exception is written.
 */
export interface MspdiExceptionRule extends MspdiRecurrence {
  readonly from: DayNumber;
  readonly to: DayNumber;
}

/** An MSPDI calendar Exception's recurrence fields, as its element names them. */
export interface MspdiRecurrence {
  readonly type?: number;
  readonly occurrences?: number;
  readonly period?: number;
  readonly daysOfWeek?: number;
  readonly month?: number;
  readonly monthDay?: number;
  readonly monthItem?: number;
  readonly monthPosition?: number;
}

/** A one-off range longer than this (ten years) is not a holiday list: left out. */
const MAX_RANGE_DAYS = 3660;
/** Recurrences stop here whatever Occurrences says (a hostile file cannot make a huge list). */
const MAX_OCCURRENCES = 2000;

export function exceptionDays(rule: MspdiExceptionRule): DayNumber[] {
  const { from, to } = rule;
  if (to < from) return [];
  const limit = Math.min(rule.occurrences !== undefined && rule.occurrences > 0 ? rule.occurrences : MAX_OCCURRENCES, MAX_OCCURRENCES);
  const every = rule.period !== undefined && rule.period > 1 ? rule.period : 1;
  const out: DayNumber[] = [];
  const take = (day: DayNumber | undefined): boolean => {
    if (day === undefined || day < from) return true;
    if (day > to || out.length >= limit) return false;
    out.push(day);
    return out.length < limit;
  };
  const start = partsOf(from);
  switch (rule.type) {
    case 1:
    case 7:
      for (let d = from; take(d); d += every);
      return out;
    case 6: {
      const mask = rule.daysOfWeek !== undefined && rule.daysOfWeek > 0 ? rule.daysOfWeek : 1 << weekdayOf(from);
      for (let sunday = from - weekdayOf(from); sunday <= to; sunday += 7 * every) {
        for (let w = 0; w < 7; w++) if ((mask & (1 << w)) !== 0 && !take(sunday + w)) return out;
      }
      return out;
    }
    case 4:
    case 5:
      for (let m = start.year * 12 + start.month - 1; monthStart(Math.floor(m / 12), (m % 12) + 1) <= to; m += every) {
        const year = Math.floor(m / 12);
        const month = (m % 12) + 1;
        if (!take(rule.type === 4 ? dayOfMonth(year, month, rule.monthDay ?? start.day) : positional(year, month, rule))) return out;
      }
      return out;
    case 2:
    case 3: {
      const month = rule.month !== undefined && rule.month >= 0 && rule.month <= 11 ? rule.month + 1 : start.month;
      for (let year = start.year; monthStart(year, month) <= to; year++) {
        if (!take(rule.type === 2 ? dayOfMonth(year, month, rule.monthDay ?? start.day) : positional(year, month, rule))) return out;
      }
      return out;
    }
  }
  if (to - from > MAX_RANGE_DAYS) return [];
  for (let d = from; d <= to; d++) out.push(d);
  return out;
}

function monthStart(year: number, month: number): DayNumber {
  return dayFromParts(year, month, 1)!;
}

function partsOf(day: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Day `n` of the month, or its last day when the month is shorter (the 31st in April is the 30th). */
function dayOfMonth(year: number, month: number, n: number): DayNumber | undefined {
  if (n < 1) return undefined;
  for (let d = Math.min(n, 31); d >= 28; d--) {
    const day = dayFromParts(year, month, d);
    if (day !== undefined) return day;
  }
  return dayFromParts(year, month, n);
}

/** The MonthPosition-th MonthItem of the month (see the module comment). */
function positional(year: number, month: number, rule: MspdiExceptionRule): DayNumber | undefined {
  const item = rule.monthItem ?? 0;
  const matches = (day: DayNumber): boolean => {
    const w = weekdayOf(day);
    if (item === 0) return true;
    if (item === 1) return w >= 1 && w <= 5;
    if (item === 2) return w === 0 || w === 6;
    return w === item - 3;
  };
  if (item < 0 || item > 9) return undefined;
  const first = dayFromParts(year, month, 1)!;
  const last = dayOfMonth(year, month, 31)!;
  const position = rule.monthPosition ?? 0;
  if (position >= 4) {
    for (let d = last; d >= first; d--) if (matches(d)) return d;
    return undefined;
  }
  let seen = 0;
  for (let d = first; d <= last; d++) if (matches(d) && seen++ === Math.max(position, 0)) return d;
  return undefined;
}
