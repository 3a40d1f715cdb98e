import type { CellValue } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { englishUnit, LAG_NUMBER, LAG_UNITS, withDecimalPoint } from './lag-units';
import { BLANK, invalid, ok, type Parsed } from './result';

/**
 * A Duration cell as working days, as Microsoft Project reads durations with its default options
 * (Hours per day 8, Hours per week 40, Days per month 20: PROJ_OPT_MINUTES_PER_DAY 480,
 * PROJ_OPT_MINUTES_PER_WEEK 2400, PROJ_OPT_DAYS_PER_MONTH 20, learn.microsoft.com). A bare number
 * is days (GanttProject's "Duração"); d/day/days; w/wk/wks/week(s) = the week's working days (5 by
 * default); h/hr/hrs/hour(s) = 1/8 day; mo/mon/month(s) = 20 days; m/min/minute(s) = 1/480 day;
 * German Project's "10 Tage", "2 Wochen", "4 Std." the same (englishUnit); Project's "?" of an estimate is dropped; a decimal comma ("2,5 days", European locales) is a
 * decimal point (withDecimalPoint). A part day takes the whole day it starts (4 hrs is 1 day).
 * Elapsed units ("5 edays", "1 ew", "36 ehrs") are calendar time, 24 hours a day, 7 days a week,
 * through weekends and holidays: parseTaskDuration reads them as calendar days; parseDuration,
 * which gives working days only, refuses them.
 */
const EXPECTED = 'a duration such as 10, 10d, 5 days, 3w, 2 wks, 16h, 1.5 months or 5 edays';
const DURATION_TEXT = new RegExp(`^(${LAG_NUMBER})\\s*(${LAG_UNITS})?\\s*\\??$`, 'i');

const HOURS_PER_DAY = 8;
const DAYS_PER_MONTH = 20;
/** Project's elapsed month (emo) is 30 calendar days. */
const ELAPSED_DAYS_PER_MONTH = 30;

/** A task's length: whole working days of its calendar, or, `elapsed`, whole calendar days. */
export interface TaskDuration {
  readonly days: number;
  readonly elapsed: boolean;
}

function daysPerUnit(unit: string, workingDaysPerWeek: number): number | undefined {
  if (unit === '' || unit === 'd' || unit === 'wd' || unit.startsWith('day')) return 1;
  if (unit.startsWith('mo')) return DAYS_PER_MONTH;
  if (unit.startsWith('m')) return 1 / (HOURS_PER_DAY * 60);
  if (unit.startsWith('h')) return 1 / HOURS_PER_DAY;
  if (unit.startsWith('w')) return workingDaysPerWeek;
  return undefined; // elapsed units (ed, ew...) count calendar time: not a working-day duration
}

/** Calendar days in one elapsed unit (ed, eday, ew, ehrs, emo, emin...), lower case. */
function calendarDaysPerUnit(unit: string): number {
  const base = unit.slice(1);
  if (base.startsWith('mo')) return ELAPSED_DAYS_PER_MONTH;
  if (base.startsWith('m')) return 1 / (24 * 60);
  if (base.startsWith('h')) return 1 / 24;
  if (base.startsWith('w')) return 7;
  return 1;
}

/**
 * The unit a Duration column's header gives its bare numbers, as LAG_UNITS spells it: "Original
 * Duration(h)" and Primavera P6's field target_drtn_hr_cnt are hours, "Duration (weeks)", "Dauer
 * (Tage)" and "Duration in days" their unit; undefined when the header names none (days).
 */
export function durationUnitOfHeader(header: string): string | undefined {
  const text = header.toLowerCase();
  const m = HEADER_UNIT.exec(text) ?? HEADER_UNIT_IN.exec(text);
  if (m) return englishUnit(m[1]!);
  return /\bhr_cnt\b|_hr_cnt\b/.test(text) ? 'h' : undefined;
}

const HEADER_UNIT = new RegExp(`\\(\\s*(${LAG_UNITS})\\s*\\)`, 'i');
const HEADER_UNIT_IN = new RegExp(`\\bin\\s+(${LAG_UNITS})$`, 'i');

/** A Duration cell in working days; elapsed durations are refused (they are not working days). */
export function parseDuration(value: CellValue, workingDaysPerWeek = 5): Parsed<number> {
  const parsed = parseTaskDuration(value, workingDaysPerWeek);
  if (parsed.kind !== 'value') return parsed;
  return parsed.value.elapsed ? invalid(EXPECTED) : ok(parsed.value.days);
}

/**
 * A Duration cell as a task's length: working days, or calendar days for an elapsed duration
 * ("5 edays"). A bare number is in `bareUnit` (the column header's, durationUnitOfHeader), else days.
 */
export function parseTaskDuration(value: CellValue, workingDaysPerWeek = 5, bareUnit?: string): Parsed<TaskDuration> {
  if (value === null || isPlaceholder(value)) return BLANK;
  if (isCellError(value)) return { kind: 'error', error: value.error };
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return invalid(EXPECTED);
    if (bareUnit === undefined) return ok(working(wholeDays(value)));
    value = `${value}${bareUnit}`;
  }
  if (typeof value !== 'string') return invalid(EXPECTED);
  const text = cleanText(value);
  if (text === '') return BLANK;
  const m = DURATION_TEXT.exec(withDecimalPoint(text));
  if (!m) return invalid(EXPECTED);
  const unit = englishUnit((m[2] ?? bareUnit ?? '').toLowerCase());
  const amount = Number(m[1]);
  if (unit.charCodeAt(0) === 0x65) return ok({ days: wholeDays(amount * calendarDaysPerUnit(unit)), elapsed: true }); // e: elapsed
  const per = daysPerUnit(unit, workingDaysPerWeek);
  return per === undefined ? invalid(EXPECTED) : ok(working(wholeDays(amount * per)));
}

function working(days: number): TaskDuration {
  return { days, elapsed: false };
}

function wholeDays(days: number): number {
  return Math.ceil(Math.round(days * 1e6) / 1e6);
}
