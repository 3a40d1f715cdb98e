/**
 * Lag units, as Microsoft Project writes durations: m/min/mins/minute(s), h/hr/hrs/hour(s),
 * d/day(s), w/wk(s)/week(s), mo/mon/mons/month(s), each with an "e" before it for elapsed time
 * (ed, eday, ehrs, ew...); wd for working days. German Project writes them as words of its own
 * (GERMAN_UNITS). One description for a lag written inside a dependency cell ("3FS+4 hrs",
 * "2EA+2 Tage") and for a register's own Lag column ("4 hrs").
 */
export const LAG_UNITS = 'e?(?:m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mons?|months?)|wd|tage?|tg|t|wochen?|std\\.?|stunden?|monate?|minuten?';

/** German Project's unit words (Tag/Tage, Woche/Wochen, Std./Stunde(n), Monat/Monate, Minute(n)) -> the English unit they are. */
const GERMAN_UNITS: ReadonlyMap<string, string> = new Map([
  ['t', 'd'],
  ['tg', 'd'],
  ['tag', 'd'],
  ['tage', 'd'],
  ['woche', 'w'],
  ['wochen', 'w'],
  ['std', 'h'],
  ['std.', 'h'],
  ['stunde', 'h'],
  ['stunden', 'h'],
  ['monat', 'mo'],
  ['monate', 'mo'],
  ['minute', 'min'],
  ['minuten', 'min'],
]);

/** A unit as LAG_UNITS matched it, lower case, in its English spelling ("tage" -> "d"). */
export function englishUnit(unit: string): string {
  return GERMAN_UNITS.get(unit) ?? unit;
}
export const LAG_NUMBER = '\\d+(?:\\.\\d+)?';

/** A lag or duration alone, its number with a decimal comma: "2,5 days", "0,5 wks", "2,5". */
const DECIMAL_COMMA_ALONE = /^([+-]?\s*\d+),(\d+)(?![\d,])(.*)$/;
const LETTER = /\p{L}/u;

/**
 * A lag or duration cell written with a decimal comma, as European locales of Microsoft Project
 * write "2,5 days", with a point ("2.5 days"). The comma is a decimal mark when a unit follows or
 * when it is not followed by exactly three digits ("1,000" with no unit is a thousands mark, left
 * as written).
 */
export function withDecimalPoint(text: string): string {
  if (!text.includes(',')) return text;
  const m = DECIMAL_COMMA_ALONE.exec(text);
  if (!m || (m[2]!.length === 3 && !LETTER.test(m[3]!))) return text;
  return `${m[1]!}.${m[2]!}${m[3]!}`;
}

/**
 * A lag with a decimal comma: after "+", after a "-" that ends no id ("FS-1,5", " -1,5", not
 * "OPS-2,5"), or after a link type standing alone or glued to an id ("3SS 1,5").
 */
const LAG_COMMA = '((?:\\+|(?<=FS|SS|FF|SF)-|(?<![\\p{L}\\p{N}])-|(?<=\\d|\\s|^)(?:FS|SS|FF|SF)\\s*)\\s*\\d+),(\\d+)';
const LAG_COMMA_BEFORE_UNIT = new RegExp(`${LAG_COMMA}(?=\\s*(?:${LAG_UNITS})(?![\\p{L}]))`, 'giu');
const LAG_COMMA_ANY = new RegExp(LAG_COMMA, 'giu');

/**
 * A dependency cell's lags written with a decimal comma ("2FS+2,5 days;3", "4FS+0,5 wks"), with a
 * point, so the comma is not read as a list separator. A comma inside a lag is a decimal mark when
 * a unit follows it, or when the cell separates its items with ";" (the list separator of the
 * locales that write decimal commas); elsewhere "2FS+2,5" is 2 FS+2 and 5.
 */
const DIGIT_COMMA_DIGIT = /\d,\d/;

export function withDecimalLagPoints(text: string): string {
  // A decimal comma sits between two digits ("2,5 days"); a list's ", " does not.
  if (!DIGIT_COMMA_DIGIT.test(text)) return text;
  return text.replace(text.includes(';') ? LAG_COMMA_ANY : LAG_COMMA_BEFORE_UNIT, '$1.$2');
}

/** Hours in a working day and working days in a month (Project's defaults), calendar days in an elapsed month. */
const HOURS_PER_DAY = 8;
const DAYS_PER_MONTH = 20;
const ELAPSED_DAYS_PER_MONTH = 30;

/**
 * Working days in one of a lag's unit (lower case, as LAG_UNITS matches it): minutes / 480, hours / 8,
 * weeks x working days per week, months x 20; elapsed units count calendar time (an elapsed day
 * is 24 hours, an elapsed month 30 days), of which workingDaysPerWeek in 7 are working days.
 */
function unitDays(written: string, workingDaysPerWeek: number): number {
  const unit = englishUnit(written);
  if (unit === 'd' || unit === 'wd') return 1;
  const elapsed = unit.charCodeAt(0) === 0x65; // e
  const base = elapsed ? unit.slice(1) : unit;
  let working: number;
  let calendar: number;
  if (base.startsWith('mo')) {
    working = DAYS_PER_MONTH;
    calendar = ELAPSED_DAYS_PER_MONTH;
  } else if (base.startsWith('m')) {
    working = 1 / (HOURS_PER_DAY * 60);
    calendar = 1 / (24 * 60);
  } else if (base.startsWith('h')) {
    working = 1 / HOURS_PER_DAY;
    calendar = 1 / 24;
  } else if (base.startsWith('w')) {
    working = workingDaysPerWeek;
    calendar = 7;
  } else {
    working = 1;
    calendar = 1;
  }
  return elapsed ? (calendar * workingDaysPerWeek) / 7 : working;
}

/**
 * A lag of `lag` in `unit` (lower case) in working days, never -0. A lag in working time keeps its
 * part day, to a hundredth ("4h": 0.5), for each link to round as its type asks
 * (model/link-constraint.ts wholeLag); one in elapsed time ("3 edays") is whole working days, to the
 * nearest: its share of working days is an average over the week, so no part of a day in it is real.
 */
export function lagInWorkingDays(lag: number, unit: string, workingDaysPerWeek: number): number {
  const raw = lag * unitDays(unit, workingDaysPerWeek);
  const days = isElapsed(unit) ? Math.round(raw) : Math.round(raw * 100) / 100;
  return days === 0 ? 0 : days;
}

function isElapsed(written: string): boolean {
  const unit = englishUnit(written);
  return unit !== 'd' && unit !== 'wd' && unit.charCodeAt(0) === 0x65; // e
}
