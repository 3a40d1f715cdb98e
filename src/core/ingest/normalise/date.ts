import type { CellValue, DateOrder, DateSystem, DayNumber } from '../../types';
import { dayFromDate, dayFromParts, dayFromSerial, weekdayOf } from '../../util/days';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { BLANK, invalid, ok, type Parsed } from './result';

export interface DateContext {
  readonly dateSystem: DateSystem;
  readonly dateOrder: DateOrder;
  /** The cell's Excel number format, when the host reports it. */
  readonly numberFormat?: string | null;
  /** The run's as-of day: a day and month written without a year ("12-Nov") take the year that puts them nearest it. */
  readonly asOf?: DayNumber;
  /** The month (1-12) a fiscal year starts in, for "Q2 FY27"; absent when the user gave none (fiscalPeriod says what is assumed). */
  readonly fiscalYearStart?: number;
}

/** 1900 date system, day-first text: Excel's defaults outside the US. */
export const DEFAULT_DATE_CONTEXT: DateContext = { dateSystem: 1900, dateOrder: 'dmy' };

/** A date read from a cell; `ambiguous` holds the other reading when day and month could swap. */
export interface DateReading {
  readonly day: DayNumber;
  readonly ambiguous?: { readonly dayFirst: DayNumber; readonly monthFirst: DayNumber };
  /**
   * A period rather than a day ("Q3 2026", "Dec 2026", "H1 2027", "end Jan 2027"): its first and
   * last days. `day` is the last (a due date "Q3 2026" means by its end); a start field reads `first`.
   */
  readonly period?: { readonly first: DayNumber; readonly last: DayNumber };
  /** Set when the period was written as a range of two dates ("2026-09-01 - 2026-10-15"): its first day is a start (rangeStart). */
  readonly range?: true;
  /** Set when the text gave a day and month but no year ("12-Nov", "Nov 12", "end of Jan"): the year was the as-of day's nearest. */
  readonly yearless?: true;
  /** Set for a fiscal period ("Q2 FY27", "FY2026/27 H1"): the month its fiscal year was taken to start in, and whether the user set it. */
  readonly fiscal?: { readonly startMonth: number; readonly assumed: boolean; readonly splitYear: boolean };
}

/** Serials from 1927 to 2199: a bare number in this range in a date column is read as a serial. */
const PLAUSIBLE_SERIAL_MIN = 10_000;
const PLAUSIBLE_SERIAL_MAX = 109_574;
const EXPECTED = 'a date such as 2026-04-03, 3 Apr 2026 or an Excel date';
/** The longest text read as a date: "Thu Jun 04 2026 10:00:00 GMT+0100 (British Summer Time)" is 56, a range of two such about 120. */
const MAX_DATE_TEXT = 160;

/**
 * Month names, January first, in English, French, German, Spanish, Italian, Portuguese and Dutch
 * (with common variants and abbreviations that are no prefix of a name), written without accents:
 * words are compared lower case with accents folded. A word names a month when it is one of these
 * or a prefix of at least three letters that only one month's names share: "sept", "févr", "juil",
 * "okt", "dez" (not "jui": juin or juillet).
 */
const MONTH_WORDS: ReadonlyArray<readonly string[]> = [
  ['january', 'janvier', 'januar', 'janner', 'enero', 'gennaio', 'janeiro', 'januari'],
  ['february', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['march', 'mars', 'marz', 'mrz', 'marzo', 'marco', 'maart', 'mrt'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'juin', 'juni', 'junio', 'giugno', 'junho'],
  ['july', 'juillet', 'juli', 'julio', 'luglio', 'julho'],
  ['august', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro'],
];

/** Weekday names, Sunday first (weekdayOf's numbering), in the same languages; prefixes of two letters or more count. */
const WEEKDAY_WORDS: ReadonlyArray<readonly string[]> = [
  ['sunday', 'dimanche', 'sonntag', 'domingo', 'domenica', 'zondag'],
  ['monday', 'lundi', 'montag', 'lunes', 'lunedi', 'segunda', 'maandag'],
  ['tuesday', 'mardi', 'dienstag', 'martes', 'martedi', 'terca', 'dinsdag'],
  ['wednesday', 'mercredi', 'mittwoch', 'miercoles', 'mercoledi', 'quarta', 'woensdag'],
  ['thursday', 'jeudi', 'donnerstag', 'jueves', 'giovedi', 'quinta', 'donderdag'],
  ['friday', 'vendredi', 'freitag', 'viernes', 'venerdi', 'sexta', 'vrijdag'],
  ['saturday', 'samedi', 'samstag', 'sonnabend', 'sabado', 'sabato', 'zaterdag'],
];

/** Month word (and every prefix of 3+ letters naming one month only) -> month 1..12. */
const MONTHS: ReadonlyMap<string, number> = prefixTable(MONTH_WORDS, 3, (m) => m + 1);
/** The month (1..12) a word names in any of MONTH_WORDS' languages ("Nov", "Sept.", "Okt"), else undefined. */
export function monthOfWord(word: string): number | undefined {
  return MONTHS.get(fold(word.trim().replace(/\.$/, '')));
}

/** Weekday word or prefix of 2+ letters -> the weekdays it can name ("ma": maandag or martes). */
const WEEKDAYS: ReadonlyMap<string, ReadonlySet<number>> = weekdayTable();

function prefixTable(words: ReadonlyArray<readonly string[]>, shortest: number, value: (index: number) => number): Map<string, number> {
  const table = new Map<string, number>();
  const clashes = new Set<string>();
  words.forEach((names, index) => {
    for (const name of names) {
      for (let n = Math.min(shortest, name.length); n <= name.length; n++) {
        const prefix = name.slice(0, n);
        const known = table.get(prefix);
        if (known !== undefined && known !== value(index)) clashes.add(prefix);
        table.set(prefix, value(index));
      }
    }
  });
  for (const prefix of clashes) table.delete(prefix);
  return table;
}

function weekdayTable(): Map<string, Set<number>> {
  const table = new Map<string, Set<number>>();
  WEEKDAY_WORDS.forEach((names, weekday) => {
    for (const name of names) {
      for (let n = 2; n <= name.length; n++) {
        const prefix = name.slice(0, n);
        let days = table.get(prefix);
        if (!days) table.set(prefix, (days = new Set()));
        days.add(weekday);
      }
    }
  });
  return table;
}

/** Lower case, accents folded ("Févr" -> "fevr", "März" -> "marz"). */
function fold(word: string): string {
  const lower = word.toLowerCase();
  for (let k = 0; k < lower.length; k++) {
    if (lower.charCodeAt(k) >= 0x80) return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return lower;
}

/** A date alone, the common forms: "2026-04-03" (or with / or .), and d/m/y or m/d/y. */
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/;
/** Dots between the numbers are Central and Northern Europe's way (13.11.2026, 02.03.26): day first, never month first. */
const DOTTED = /^\d{1,2}\.\d{1,2}\.\d/;
/**
 * A time of day after a date: "T10:00:00Z", " 9:26 AM", " 14:30:00", " 20:08:19 +0000 UTC",
 * ", 3:05 p.m.", " 10:00:00 GMT+0100 (British Summer Time)". Read to be checked, then dropped:
 * the date is the calendar date as written, never shifted by the zone.
 */
const TIME_TAIL =
  /(?:t|,?\s+(?:at\s+)?)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:\s*([ap])\.?\s?m\.?)?(?:\s*(?:z|[+-]\d{2}(?::?\d{2})?))?(?:\s*(?:utc|gmt)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|\s+(?:bst|cet|cest|eet|eest|wet|west|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|jst|aest|aedt))?(?:\s*\([^()]*\))?$/i;
/** A leading weekday word: "Thu ", "Thursday, ", "jeu. ", "Do., ", "segunda-feira, ". */
const WEEKDAY_LEAD = /^(\p{L}+)(?:-feira)?\.?(?:\s*,\s*|\s+)/u;
/** Dates with a month word: "3 Apr 2026", "3rd of April 2026", "03-Apr-26", "3. März 2026", "12 de marzo de 2026", "1er janvier 2026", "03APR2026". */
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|e|[º°ª])?`;
const SEP = String.raw`[\s\-/.,]*`;
const OF = String.raw`(?:(?:de|del|of)\s+)?`;
const NAMED_DMY = new RegExp(`^${DAY}${SEP}${OF}(\\p{L}{3,})${SEP}${OF}(\\d{4}|\\d{2})$`, 'iu');
/** "April 3, 2026", "Apr 3 2026", "Sept. 3rd, 2026": a separator is needed before the year ("April 2026" is no day). */
const NAMED_MDY = new RegExp(`^(\\p{L}{3,})${SEP}${DAY}[\\s\\-/.,]+${OF}(\\d{4}|\\d{2})$`, 'iu');
/** "2026-Apr-03", "2026 April 3". */
const NAMED_YMD = new RegExp(`^(\\d{4})${SEP}(\\p{L}{3,})${SEP}${DAY}$`, 'iu');
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
 * the nonexistent 29 Feb 1900 and is refused), Date objects, ISO text, month names in English,
 * French, German, Spanish, Italian, Portuguese and Dutch ("3 Apr 2026", "April 3, 2026",
 * "03-Apr-26", "3 févr. 2026", "12 de marzo de 2026"), and d/m/y or m/d/y text: unambiguous when a
 * part is above 12 or only one reading falls on the weekday written before it ("Thu 6/08/00"),
 * otherwise read by `dateOrder` and marked ambiguous. Any of these may lead with a weekday and end
 * with a time of day and zone ("18/Sep/25 12:00 AM", "2024-01-01T10:00:00.000+02:00"): the time is
 * checked and dropped, and the day is the calendar date as written (no shift for the zone).
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
  // No date is written in more than a few dozen characters; a 4 MB name must not reach the patterns (their backtracking overflows the stack).
  if (text.length > MAX_DATE_TEXT) return invalid(EXPECTED);
  if (NUMBER_TEXT.test(text)) return readSerial(Number(text), context, false);
  const read = readText(text, context.dateOrder, context.fiscalYearStart);
  if (read.kind === 'invalid') {
    // "15/09/2026 (A)", "30/06/2027 (TBC)", "Mar-27 (revised)": a short note after the date says how sure it is, not when.
    const noted = TRAILING_NOTE.exec(text);
    if (noted && noted.index > 0) {
      const bare = parseDateValue(text.slice(0, noted.index), context);
      if (bare.kind === 'value') return bare;
    }
  }
  return read.kind === 'invalid' && context.asOf !== undefined ? (readYearless(text, context.asOf) ?? read) : read;
}

const TRAILING_NOTE = /\s*[([][^()[\]\d]{1,16}[)\]]$/;

/** "12-Nov", "12 Nov", "12th November", "Nov 12", "Nov-12" (as a US day), and "end (of) Jan": a month named in words, no year. */
const YEARLESS_DM = /^(\d{1,2})(?:st|nd|rd|th)?[\s./-]*(\p{L}{3,9})\.?$/u;
const YEARLESS_MD = /^(\p{L}{3,9})\.?[\s./-]*(\d{1,2})(?:st|nd|rd|th)?$/u;
const YEARLESS_END = /^(?:by\s+)?(?:the\s+)?end\s+(?:of\s+)?(\p{L}{3,9})\.?$/iu;

/**
 * A day and month written with no year, read as Excel reads "12-Nov" typed into a cell (a date of
 * the current year), with the as-of day standing for today: of the year before, the same year and
 * the year after, the date nearest the as-of day, so "20-Dec" seen on 5 Jan is last December.
 * The cell reader says once per column that the year was supplied.
 */
function readYearless(text: string, asOf: DayNumber): Parsed<DateReading> | undefined {
  if (text.length > 24) return undefined;
  const end = YEARLESS_END.exec(text);
  if (end) {
    const month = MONTHS.get(fold(end[1]!));
    if (month === undefined) return undefined;
    const lastOf = (year: number): DayNumber => (month === 12 ? dayFromParts(year + 1, 1, 1)! : dayFromParts(year, month + 1, 1)!) - 1;
    const last = nearest(asOf, lastOf);
    return ok({ day: last, period: { first: dayFromParts(new Date(last * 86_400_000).getUTCFullYear(), month, 1)!, last }, yearless: true });
  }
  let m = YEARLESS_DM.exec(text);
  let month: number | undefined;
  let day: number;
  if (m) {
    month = MONTHS.get(fold(m[2]!));
    day = Number(m[1]);
  } else {
    m = YEARLESS_MD.exec(text);
    if (!m) return undefined;
    month = MONTHS.get(fold(m[1]!));
    day = Number(m[2]);
  }
  if (month === undefined || day < 1 || day > 31) return undefined;
  const m2 = month;
  // 29 Feb takes a leap year among the three; no year at all means no date.
  const found = nearest(asOf, (year) => dayFromParts(year, m2, day));
  return found === undefined ? undefined : ok({ day: found, yearless: true });
}

/** Of the as-of year and the years either side, the day `dayIn` gives nearest the as-of day. */
function nearest(asOf: DayNumber, dayIn: (year: number) => DayNumber | undefined): DayNumber {
  const year = new Date(asOf * 86_400_000).getUTCFullYear();
  let best: DayNumber | undefined;
  for (const y of [year - 1, year, year + 1]) {
    const d = dayIn(y);
    if (d !== undefined && (best === undefined || Math.abs(d - asOf) < Math.abs(best - asOf))) best = d;
  }
  return best!;
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
 * "04/25/2026" month first, "Thu 6/08/00" month first as 8 June 2000 was a Thursday and 6 August
 * a Sunday), with or without a time after it; undefined for other values and for dates that read
 * both ways or neither. Tells a column's convention from its unambiguous dates.
 */
export function forcedDateOrder(value: CellValue): DateOrder | undefined {
  if (typeof value !== 'string') return undefined;
  const text = cleanText(value);
  if (text.length > MAX_DATE_TEXT) return undefined;
  let m = NUMERIC.exec(text);
  let weekdays: ReadonlySet<number> | undefined;
  if (!m) {
    const parts = splitDateText(text);
    if (parts === undefined) return undefined;
    m = NUMERIC.exec(parts.date);
    if (!m) return undefined;
    weekdays = parts.weekdays;
  }
  const year = expandYear(m[3]!);
  const dayFirst = dayFromParts(year, Number(m[2]), Number(m[1]));
  const monthFirst = dayFromParts(year, Number(m[1]), Number(m[2]));
  if (dayFirst !== undefined && (monthFirst === undefined || DOTTED.test(m[0]))) return 'dmy';
  if (monthFirst !== undefined && dayFirst === undefined) return 'mdy';
  if (dayFirst === undefined || monthFirst === undefined || dayFirst === monthFirst) return undefined;
  const settled = byWeekday(dayFirst, monthFirst, weekdays);
  if (settled === undefined) return undefined;
  return settled === dayFirst ? 'dmy' : 'mdy';
}

function readText(text: string, order: DateOrder, fiscalYearStart?: number): Parsed<DateReading> {
  // The common forms first: a date alone, as most cells of a date column hold it.
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    let m = ISO.exec(text);
    if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    m = NUMERIC.exec(text);
    if (m) return readNumericDate(Number(m[1]), Number(m[2]), expandYear(m[3]!), order, undefined, DOTTED.test(text));
  }
  const single = readSingle(text, order, fiscalYearStart);
  return single.kind === 'invalid' ? readRange(text, order, single, fiscalYearStart) : single;
}

/** One date or period (no range). */
function readSingle(text: string, order: DateOrder, fiscalYearStart?: number): Parsed<DateReading> {
  const parts = splitDateText(text);
  if (parts === undefined) return readPeriod(text, order, fiscalYearStart);
  const read = readDate(parts.date, order, parts.weekdays);
  // "Mar 3 2026": "Mar" reads as a weekday (mardi, martes) and as a month; the weekday reading leaves no date.
  const whole = read.kind === 'invalid' && parts.whole !== undefined ? readDate(parts.whole, order, undefined) : read;
  return whole.kind === 'invalid' ? readPeriod(text, order, fiscalYearStart) : whole;
}

/**
 * A range in one cell, as a Timeline or Dates column writes it (monday.com's Timeline
 * "2026-09-01 - 2026-10-15"; by hand "1 Sep – 15 Oct 2026", "Sep 1 to Oct 15, 2026", "from
 * 01/09/2026 until 15/10/2026", "Q3 2026 - Q1 2027"): a period from the first day of its start
 * to the last day of its end, so a due field reads the end and a start field the start
 * (rangeStart). A start written without its year takes the end's ("1 Sep – 15 Oct 2026"), the
 * year before when that would put it after the end ("Dec – Feb 2027"). Where day and month
 * could swap, an order under which either side cannot be read, or the range would run
 * backwards, is ruled out; if both remain and give different ends, the end is ambiguous like a
 * single date.
 */
const RANGE_LEAD = /^(?:from|between)\s+/i;
const RANGE_SEPARATOR = /\s+(?:-|–|—|to|until|till|thru|through|and|->|→)\s+|\s*[–—→]\s*/i;
const YEAR_TAIL = /(\d{4})$/;

function readRange(text: string, order: DateOrder, failed: Parsed<DateReading>, fiscalYearStart?: number): Parsed<DateReading> {
  const sides = rangeSides(text);
  if (sides === undefined) return failed;
  const { left, right } = sides;
  const readings = (['dmy', 'mdy'] as const).map((o) => rangeUnder(left, right, o, fiscalYearStart));
  const mine = readings[order === 'dmy' ? 0 : 1];
  const other = readings[order === 'dmy' ? 1 : 0];
  if (mine === undefined) return other === undefined ? failed : ok(other);
  if (other === undefined) return ok(mine);
  const dayFirst = readings[0]!.period.last;
  const monthFirst = readings[1]!.period.last;
  // Only the end is a due date; a start that could swap is left to rangeStart, which then reads none.
  return dayFirst === monthFirst ? ok(mine) : ok({ ...mine, ambiguous: { dayFirst, monthFirst } });
}

/** The two sides of a range ("from 1 Sep until 15 Oct 2026" -> "1 Sep", "15 Oct 2026"); undefined for a text with no separator or an empty side. */
function rangeSides(text: string): { readonly left: string; readonly right: string } | undefined {
  // Asked of every text that is no date: one search for a separator spares the rest.
  const sep = RANGE_SEPARATOR.exec(text);
  if (sep === null || text.length > 60) return undefined;
  const left = text.slice(0, sep.index).replace(RANGE_LEAD, '').trim();
  const right = text.slice(sep.index + sep[0].length).trim();
  return left === '' || right === '' ? undefined : { left, right };
}

function rangeUnder(leftText: string, rightText: string, order: DateOrder, fiscalYearStart: number | undefined): (DateReading & { readonly period: { readonly first: DayNumber; readonly last: DayNumber } }) | undefined {
  // One cell keeps one convention: "01/09/2026 - 15/10/2026" is day first throughout.
  for (const side of [leftText, rightText]) {
    const forced = forcedDateOrder(side);
    if (forced !== undefined && forced !== order) return undefined;
  }
  const right = readSingle(rightText, order, fiscalYearStart);
  if (right.kind !== 'value') return undefined;
  const last = right.value.period?.last ?? right.value.day;
  let left = readSingle(leftText, order, fiscalYearStart);
  let borrowed: number | undefined;
  if (left.kind !== 'value') {
    const year = YEAR_TAIL.exec(rightText);
    if (year === null || /\d{4}/.test(leftText)) return undefined;
    borrowed = Number(year[1]);
    left = readSingle(`${leftText} ${borrowed}`, order);
    if (left.kind !== 'value') return undefined;
  }
  let first = left.value.period?.first ?? left.value.day;
  if (first > last && borrowed !== undefined) {
    const earlier = readSingle(`${leftText} ${borrowed - 1}`, order);
    if (earlier.kind !== 'value') return undefined;
    first = earlier.value.period?.first ?? earlier.value.day;
  }
  if (first > last) return undefined;
  const fiscal = right.value.fiscal ?? left.value.fiscal;
  return { day: last, period: { first, last }, range: true, ...(fiscal ? { fiscal } : {}) };
}

/**
 * The first day of a range written in one cell ("2026-09-01 - 2026-10-15"), for a start field
 * that has no column of its own; undefined for anything else, a single period ("Q3 2026" is a
 * due date, not a start) and a range whose start reads as two days with day and month swapped.
 */
export function rangeStart(value: CellValue, context: DateContext = DEFAULT_DATE_CONTEXT): DayNumber | undefined {
  if (typeof value !== 'string') return undefined;
  const text = cleanText(value);
  const sides = rangeSides(text);
  if (sides === undefined || readSingle(text, context.dateOrder, context.fiscalYearStart).kind === 'value') return undefined;
  const { left, right } = sides;
  const dayFirst = rangeUnder(left, right, 'dmy', context.fiscalYearStart)?.period.first;
  const monthFirst = rangeUnder(left, right, 'mdy', context.fiscalYearStart)?.period.first;
  return dayFirst === undefined ? monthFirst : monthFirst === undefined || monthFirst === dayFirst ? dayFirst : undefined;
}

/** "w/c 12 Oct 2026", "week commencing 12/10/2026", "w/b ...": the week's first day, as written. */
const WEEK_OF = /^(?:w\/?[cb]|week\s+(?:commencing|beginning|starting))\.?\s+(.+)$/i;
/** "end Jan 2027", "end of Q3 2026", "by end of March 2027": the period's last day (a period's `day` already is). */
const END_OF = /^(?:by\s+)?(?:the\s+)?end\s+(?:of\s+)?(.+)$/i;
/** "Jan-27", "Sept-27", "Jan '27": a month of 20YY, as Excel shows mmm-yy. */
const MONTH_SHORT_YEAR = /^(\p{L}{3,9})\.?(?:-|\s?')(\d{2})$/u;
/** A week by its ISO number: "Wk 6 2027", "W06 2027", "Week 6, 2027", "2027-W06", "2027 wk 6". */
const WEEK_NUMBER = /^(?:wk|week|w)\.?\s*(\d{1,2})\s*(?:[,/-]|of)?\s*(\d{4})$|^(\d{4})\s*-?\s*(?:wk|week|w)\.?\s*(\d{1,2})$/i;
const QUARTER = /^(?:q([1-4])\s*[-/ ]?\s*(\d{4})|(\d{4})\s*[-/ ]?\s*q([1-4]))$/i;
const HALF = /^(?:h([12])\s*[-/ ]?\s*(\d{4})|(\d{4})\s*[-/ ]?\s*h([12]))$/i;
const MONTH_YEAR = /^(\p{L}{3,})\.?\s*[-/ ]?\s*(\d{4})$/u;
/** A quarter or half before or after a fiscal year: "Q2 FY27", "FY27-Q2", "H1 2026/27". */
const PART_FIRST = /^([qh])\s*([1-4])\s*[-/ ]?\s*(.+)$/;
const PART_LAST = /^(.+?)\s*[-/ ]?\s*([qh])\s*([1-4])$/;
/** "FY27", "FY 2027", "FY'27", "FY26/27", "FY2026-27". */
const FY_YEAR = /^fy\s*'?(\d{2}|\d{4})(?:\s*[-/]\s*(\d{2}|\d{4}))?$/;
/** "2026/27", "2026-2027": a split year, read as fiscal only beside a quarter or half. */
const SPLIT_YEAR = /^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/;
/**
 * The fiscal year's first month when the user gave none: January for a single year ("FY27" is
 * 2027), April for a split year ("2026/27"), which no calendar year can be, as the UK, India,
 * Japan and Canada count; the finding says so and how to set it.
 */
const ASSUMED_SPLIT_YEAR_START = 4;

/**
 * Dates as plans write them when the day is not settled: a quarter, a half year, a month ("Q3
 * 2026", "2026 Q3", "H1 2027", "Dec 2026", "December 2026"), optionally "end (of)" before it, and
 * the week of a day ("w/c 12 Oct 2026"), an ISO week ("Wk 6 2027"), and a month with a two-digit
 * year after a hyphen or apostrophe ("Jan-27", "Jan '27"), as Excel shows a date formatted mmm-yy
 * and exports it to CSV. Not "Nov 26" with a space: in US writing that is 26 November.
 */
function readPeriod(text: string, order: DateOrder, fiscalYearStart?: number): Parsed<DateReading> {
  // Asked of every text that is no date (ids, names with numbers): a few character tests spare the patterns.
  if (!mayBePeriod(text)) return invalid(EXPECTED);
  const numbered = WEEK_NUMBER.exec(text);
  if (numbered) return isoWeek(Number(numbered[2] ?? numbered[3]), Number(numbered[1] ?? numbered[4]));
  const week = WEEK_OF.exec(text);
  if (week) {
    const read = readText(week[1]!.trim(), order);
    return read.kind === 'value' && read.value.period === undefined ? read : invalid(EXPECTED);
  }
  const end = END_OF.exec(text);
  const rest = end ? end[1]!.trim() : text;
  let m = QUARTER.exec(rest);
  if (m) return period(Number(m[2] ?? m[3]), (Number(m[1] ?? m[4]) - 1) * 3 + 1, 3);
  const fiscal = fiscalPeriod(rest, fiscalYearStart);
  if (fiscal !== undefined) return fiscal;
  m = HALF.exec(rest);
  if (m) return period(Number(m[2] ?? m[3]), (Number(m[1] ?? m[4]) - 1) * 6 + 1, 6);
  m = MONTH_YEAR.exec(rest);
  if (m) {
    const month = MONTHS.get(fold(m[1]!));
    if (month !== undefined) return period(Number(m[2]), month, 1);
  }
  m = MONTH_SHORT_YEAR.exec(rest);
  // In capitals ("MAR-27") it is a key (a Jira project MAR), not Excel's "Mar-27".
  if (m && m[1] !== m[1]!.toUpperCase()) {
    const month = MONTHS.get(fold(m[1]!));
    if (month !== undefined) return period(2000 + Number(m[2]), month, 1);
  }
  return invalid(EXPECTED);
}

/**
 * A fiscal quarter, half or year ("Q2 FY27", "FY2026/27 H1", "FY27") -> its first and last days.
 * "FY27" is the fiscal year that ends in 2027 (it starts in 2026 unless the year starts in
 * January), as most companies and governments name it; "2026/27" starts in 2026.
 */
function fiscalPeriod(text: string, fiscalYearStart: number | undefined): Parsed<DateReading> | undefined {
  const lower = text.toLowerCase();
  let part: string | undefined;
  let index = 0;
  let year = lower;
  const first = PART_FIRST.exec(lower);
  const last = first ? null : PART_LAST.exec(lower);
  if (first) [part, index, year] = [first[1]!, Number(first[2]), first[3]!];
  else if (last) [year, part, index] = [last[1]!, last[2]!, Number(last[3])];
  if (part === 'h' && index > 2) return undefined;
  const fy = FY_YEAR.exec(year);
  const split = fy ? null : part !== undefined ? SPLIT_YEAR.exec(year) : null;
  const written = fy ?? split;
  if (!written) return undefined;
  const y1 = fullYear(written[1]!);
  const y2 = written[2] !== undefined ? fullYear(written[2], y1) : undefined;
  if (y2 !== undefined && y2 !== y1 + 1) return undefined;
  const isSplit = y2 !== undefined;
  const startMonth = fiscalYearStart ?? (isSplit ? ASSUMED_SPLIT_YEAR_START : 1);
  // A split year starts in its first year; "FY27" ends in 2027.
  const startYear = isSplit || startMonth === 1 ? y1 : y1 - 1;
  const offset = part === undefined ? 0 : (index - 1) * (part === 'q' ? 3 : 6);
  const months = part === undefined ? 12 : part === 'q' ? 3 : 6;
  const m0 = startMonth - 1 + offset;
  const read = period(startYear + Math.floor(m0 / 12), (m0 % 12) + 1, months);
  if (read.kind !== 'value') return read;
  return ok({ ...read.value, fiscal: { startMonth, assumed: fiscalYearStart === undefined, splitYear: isSplit } });
}

/** "27" -> 2027, "2027" -> 2027; a two-digit second year of a split takes the first's century ("2099/00" aside). */
function fullYear(text: string, after?: number): number {
  if (text.length === 4) return Number(text);
  const century = after !== undefined ? Math.floor(after / 100) * 100 : 2000;
  const y = century + Number(text);
  return after !== undefined && y <= after - 1 ? y + 100 : y;
}

/** A week ("w/c ...", "Wk 6 2027", "2027-W06") or text ending in " 2026" or "q3" / "h1": the only shapes readPeriod reads. */
function mayBePeriod(text: string): boolean {
  const n = text.length;
  if (n < 4 || n > 40) return false;
  // "FY27", "Q2 FY27", "2026/27 Q3".
  if (text.includes('FY') || text.includes('fy') || text.includes('Fy') || text.charCodeAt(4) === 0x2f) return true;
  if (n < 5) return false;
  const lead = text.charCodeAt(0) | 0x20;
  // "Q3 2026/27", "H1 2026-27".
  if ((lead === 0x71 || lead === 0x68) && isAsciiDigit(text.charCodeAt(1))) return true;
  const first = text.charCodeAt(0) | 0x20;
  if (first === 0x77 /* w */) return true;
  if (isAsciiDigit(text.charCodeAt(0)) && /w/i.test(text)) return true;
  // "Jan-27", "Jan '27".
  const mark = text.charCodeAt(n - 3);
  if ((mark === 0x2d || mark === 0x27) && isAsciiDigit(text.charCodeAt(n - 1)) && isAsciiDigit(text.charCodeAt(n - 2))) return true;
  const last = text.charCodeAt(n - 1);
  const before = text.charCodeAt(n - 2) | 0x20;
  if (last >= 0x31 && last <= 0x34 && (before === 0x71 /* q */ || before === 0x68 /* h */)) return true;
  const beforeYear = text.charCodeAt(n - 5);
  if (beforeYear !== 0x20 && beforeYear !== 0x2d && beforeYear !== 0x2f) return false;
  for (let k = n - 4; k < n; k++) if (!isAsciiDigit(text.charCodeAt(k))) return false;
  return true;
}

function isAsciiDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

/** ISO week `week` of `year`, Monday to Sunday: week 1 holds 4 January; week 53 only in a year that has one. */
function isoWeek(year: number, week: number): Parsed<DateReading> {
  const jan4 = dayFromParts(year, 1, 4);
  const nextJan4 = dayFromParts(year + 1, 1, 4);
  if (jan4 === undefined || nextJan4 === undefined || week < 1) return invalid(EXPECTED);
  const monday = (day: number): number => day - ((weekdayOf(day) + 6) % 7);
  const first = monday(jan4) + 7 * (week - 1);
  if (first >= monday(nextJan4)) return invalid(EXPECTED);
  return ok({ day: first + 6, period: { first, last: first + 6 } });
}

/** `months` months from the first day of `month` of `year`. */
function period(year: number, month: number, months: number): Parsed<DateReading> {
  const first = dayFromParts(year, month, 1);
  const next = month + months > 12 ? dayFromParts(year + 1, month + months - 12, 1) : dayFromParts(year, month + months, 1);
  if (first === undefined || next === undefined) return invalid(EXPECTED);
  return ok({ day: next - 1, period: { first, last: next - 1 } });
}

interface DateText {
  /** The date without its time of day and leading weekday. */
  readonly date: string;
  /** The weekdays the leading word can name, when there is one. */
  readonly weekdays?: ReadonlySet<number>;
  /** The date with its leading word, to read when the word was no weekday after all. */
  readonly whole?: string;
}

/** A date text split from its time of day and leading weekday; undefined when the time is no time ("25:00") or nothing else is left ("12:00 AM"). */
function splitDateText(text: string): DateText | undefined {
  let date = text;
  if (text.includes(':')) {
    const t = TIME_TAIL.exec(text);
    if (t) {
      if (!isTimeOfDay(Number(t[1]), Number(t[2]), t[3] === undefined ? 0 : Number(t[3]), t[4] !== undefined)) return undefined;
      date = text.slice(0, t.index).trimEnd();
      if (date === '') return undefined;
    }
  }
  const first = date.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return { date };
  const w = WEEKDAY_LEAD.exec(date);
  const weekdays = w ? WEEKDAYS.get(fold(w[1]!)) : undefined;
  return weekdays === undefined ? { date } : { date: date.slice(w![0].length), weekdays, whole: date };
}

function isTimeOfDay(hours: number, minutes: number, seconds: number, twelveHour: boolean): boolean {
  return hours <= (twelveHour ? 12 : 23) && minutes <= 59 && seconds <= 59;
}

function readDate(text: string, order: DateOrder, weekdays: ReadonlySet<number> | undefined): Parsed<DateReading> {
  let m = ISO.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(text);
  if (m) return readNumericDate(Number(m[1]), Number(m[2]), expandYear(m[3]!), order, weekdays, DOTTED.test(text));
  m = NAMED_DMY.exec(text);
  if (m) return fromNamedMonth(m[2]!, Number(m[1]), m[3]!);
  m = NAMED_MDY.exec(text);
  if (m) return fromNamedMonth(m[1]!, Number(m[2]), m[3]!);
  m = NAMED_YMD.exec(text);
  if (m) return fromNamedMonth(m[2]!, Number(m[3]), m[1]!);
  return invalid(EXPECTED);
}

function readNumericDate(first: number, second: number, year: number, order: DateOrder, weekdays: ReadonlySet<number> | undefined, dayFirstOnly = false): Parsed<DateReading> {
  const dayFirst = dayFromParts(year, second, first);
  const monthFirst = dayFromParts(year, first, second);
  if (dayFirst === undefined && monthFirst === undefined) return invalid(EXPECTED);
  if (dayFirstOnly && dayFirst !== undefined) return ok({ day: dayFirst });
  if (dayFirst === undefined) return ok({ day: monthFirst! });
  if (monthFirst === undefined || dayFirst === monthFirst) return ok({ day: dayFirst });
  const settled = byWeekday(dayFirst, monthFirst, weekdays);
  if (settled !== undefined) return ok({ day: settled });
  return ok({ day: order === 'dmy' ? dayFirst : monthFirst, ambiguous: { dayFirst, monthFirst } });
}

/** The one of two readings that falls on the weekday written before the date, if only one does. */
function byWeekday(dayFirst: DayNumber, monthFirst: DayNumber, weekdays: ReadonlySet<number> | undefined): DayNumber | undefined {
  if (weekdays === undefined) return undefined;
  const dayFirstFits = weekdays.has(weekdayOf(dayFirst));
  if (dayFirstFits === weekdays.has(weekdayOf(monthFirst))) return undefined;
  return dayFirstFits ? dayFirst : monthFirst;
}

function fromNamedMonth(monthName: string, day: number, yearText: string): Parsed<DateReading> {
  const month = MONTHS.get(fold(monthName));
  if (month === undefined) return invalid(EXPECTED);
  return fromParts(expandYear(yearText), month, day);
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
