import type { CellValue, DateOrder, DateSystem, DayNumber } from '../../types';
import { dayFromDate, dayFromParts, dayFromSerial } from '../../util/days';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { BLANK, invalid, ok, type Parsed } from './result';

export interface DateContext {
  readonly dateSystem: DateSystem;
  readonly dateOrder: DateOrder;
  /** The cell's Excel number format, when the host reports it. */
  readonly numberFormat?: string | null;
}

/** 1900 date system, day-first text: Excel's defaults outside the US. */
export const DEFAULT_DATE_CONTEXT: DateContext = { dateSystem: 1900, dateOrder: 'dmy' };

/** A date read from a cell; `ambiguous` holds the other reading when day and month could swap. */
export interface DateReading {
  readonly day: DayNumber;
  readonly ambiguous?: { readonly dayFirst: DayNumber; readonly monthFirst: DayNumber };
}

/** Serials from 1927 to 2199: a bare number in this range in a date column is read as a serial. */
const PLAUSIBLE_SERIAL_MIN = 10_000;
const PLAUSIBLE_SERIAL_MAX = 109_574;
const EXPECTED = 'a date such as 2026-04-03, 3 Apr 2026 or an Excel date';

const MONTHS: ReadonlyMap<string, number> = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1] as const),
);

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.,]*([a-z]{3,9})\.?[\s\-/.,]*(\d{2}|\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]*(\d{2}|\d{4})$/i;
const WEEKDAY_PREFIX = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,?\s+/i;
const NUMBER_TEXT = /^\d+(?:\.\d+)?$/;
/** Date tokens in a number format, outside quoted text and [colour]/[$-locale] sections. */
const FORMAT_NOISE = /"[^"]*"|\[[^\]]*\]|\\./g;
const DATE_TOKENS = /[dmy]/i;

/** True when an Excel number format shows a date ("dd/mm/yyyy", "d-mmm-yy", "[$-409]mmmm d, yyyy"). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  // A column repeats one format down its rows: remember the last answer.
  if (format === lastFormat) return lastFormatIsDate;
  const bare = format.replace(FORMAT_NOISE, '');
  lastFormatIsDate = DATE_TOKENS.test(bare) && !/[#0?]/.test(bare);
  lastFormat = format;
  return lastFormatIsDate;
}

let lastFormat: string | undefined;
let lastFormatIsDate = false;

/**
 * A date cell -> a day number. Reads Excel serials (1900 or 1904 system; serial 60 of 1900 is
 * the nonexistent 29 Feb 1900 and is refused), Date objects, ISO text (with or without a time),
 * "3 Apr 2026", "April 3, 2026", "03-Apr-26", and d/m/y or m/d/y text: unambiguous when a part
 * is above 12, otherwise read by `dateOrder` and marked ambiguous.
 */
export function parseDateValue(value: CellValue, context: DateContext = DEFAULT_DATE_CONTEXT): Parsed<DateReading> {
  if (value === null || isPlaceholder(value)) return BLANK;
  if (isCellError(value)) return { kind: 'error', error: value.error };
  if (value instanceof Date) {
    const day = dayFromDate(value);
    return day === undefined ? invalid(EXPECTED) : ok({ day });
  }
  if (typeof value === 'number') return readSerial(value, context, isDateFormat(context.numberFormat));
  if (typeof value === 'boolean') return invalid(EXPECTED);
  const text = cleanText(value);
  if (text === '') return BLANK;
  if (NUMBER_TEXT.test(text)) return readSerial(Number(text), context, false);
  return readText(text.replace(WEEKDAY_PREFIX, ''), context.dateOrder);
}

/**
 * The day of a date cell in its two common clean forms, a Date and "2026-04-03" text, without the
 * intermediate objects of parseDateValue; undefined for anything else (then parseDateValue
 * decides: it gives the same day for these forms, and reads or reports all others).
 */
export function quickDay(value: CellValue): DayNumber | undefined {
  if (value instanceof Date) return dayFromDate(value);
  if (typeof value !== 'string' || value.length !== 10 || !isIsoDateShape(value)) return undefined;
  return dayFromParts(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
}

/** "dddd-dd-dd" with ASCII digits. */
function isIsoDateShape(text: string): boolean {
  for (let k = 0; k < 10; k++) {
    const ch = text.charCodeAt(k);
    if (k === 4 || k === 7 ? ch !== 0x2d : ch < 0x30 || ch > 0x39) return false;
  }
  return true;
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + (text.charCodeAt(k) - 0x30);
  return n;
}

function readSerial(serial: number, context: DateContext, formattedAsDate: boolean): Parsed<DateReading> {
  const plausible = serial >= PLAUSIBLE_SERIAL_MIN && serial <= PLAUSIBLE_SERIAL_MAX;
  if (!formattedAsDate && !plausible) return invalid(EXPECTED);
  const day = dayFromSerial(serial, context.dateSystem);
  return day === undefined ? invalid(EXPECTED) : ok({ day });
}

/**
 * The order a d/m/y or m/d/y text date can only be read in ("25/04/2026" is day first,
 * "04/25/2026" month first); undefined for other values and for dates that read both ways or
 * neither. Tells a column's convention from its unambiguous dates.
 */
export function forcedDateOrder(value: CellValue): DateOrder | undefined {
  if (typeof value !== 'string') return undefined;
  const m = NUMERIC.exec(cleanText(value).replace(WEEKDAY_PREFIX, ''));
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = Number(m[2]);
  const year = expandYear(m[3]!);
  const dayFirst = dayFromParts(year, second, first);
  const monthFirst = dayFromParts(year, first, second);
  if (dayFirst !== undefined && monthFirst === undefined) return 'dmy';
  if (monthFirst !== undefined && dayFirst === undefined) return 'mdy';
  return undefined;
}

function readText(text: string, order: DateOrder): Parsed<DateReading> {
  let m = ISO.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(text);
  if (m) return readNumericDate(Number(m[1]), Number(m[2]), expandYear(m[3]!), order);
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return fromNamedMonth(m[2]!, Number(m[1]), m[3]!);
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return fromNamedMonth(m[1]!, Number(m[2]), m[3]!);
  return invalid(EXPECTED);
}

function readNumericDate(first: number, second: number, year: number, order: DateOrder): Parsed<DateReading> {
  const dayFirst = dayFromParts(year, second, first);
  const monthFirst = dayFromParts(year, first, second);
  if (dayFirst === undefined && monthFirst === undefined) return invalid(EXPECTED);
  if (dayFirst === undefined) return ok({ day: monthFirst! });
  if (monthFirst === undefined || dayFirst === monthFirst) return ok({ day: dayFirst });
  return ok({ day: order === 'dmy' ? dayFirst : monthFirst, ambiguous: { dayFirst, monthFirst } });
}

function fromNamedMonth(monthName: string, day: number, yearText: string): Parsed<DateReading> {
  const lower = monthName.toLowerCase();
  const month = MONTHS.get(lower.slice(0, 3));
  if (month === undefined || !isMonthSpelling(lower)) return invalid(EXPECTED);
  return fromParts(expandYear(yearText), month, day);
}

/** "sept" and "april" are months; "apx" is not. */
function isMonthSpelling(word: string): boolean {
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  return full.some((m) => m.startsWith(word));
}

function fromParts(year: number, month: number, day: number): Parsed<DateReading> {
  const d = dayFromParts(year, month, day);
  return d === undefined ? invalid(EXPECTED) : ok({ day: d });
}

/** Two-digit years as Excel reads them: 00-29 -> 2000s, 30-99 -> 1900s. */
function expandYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}
