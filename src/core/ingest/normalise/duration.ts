import type { CellValue } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { LAG_NUMBER, LAG_UNITS } from './lag-units';
import { BLANK, invalid, ok, type Parsed } from './result';

/**
 * A Duration cell as working days, as Microsoft Project reads durations with its default options
 * (Hours per day 8, Hours per week 40, Days per month 20: PROJ_OPT_MINUTES_PER_DAY 480,
 * PROJ_OPT_MINUTES_PER_WEEK 2400, PROJ_OPT_DAYS_PER_MONTH 20, learn.microsoft.com). A bare number
 * is days (GanttProject's "Duração"); d/day/days; w/wk/wks/week(s) = the week's working days (5 by
 * default); h/hr/hrs/hour(s) = 1/8 day; mo/mon/month(s) = 20 days; m/min/minute(s) = 1/480 day;
 * Project's "?" of an estimate is dropped. A part day takes the whole day it starts (4 hrs is 1 day).
 * Not yet wired into the reader (issue 13 item 1: a due from start + duration).
 */
const EXPECTED = 'a duration such as 10, 10d, 5 days, 3w, 2 wks, 16h or 1.5 months';
const DURATION_TEXT = new RegExp(`^(${LAG_NUMBER})\\s*(${LAG_UNITS})?\\s*\\??$`, 'i');

const HOURS_PER_DAY = 8;
const DAYS_PER_MONTH = 20;

function daysPerUnit(unit: string, workingDaysPerWeek: number): number | undefined {
  if (unit === '' || unit === 'd' || unit === 'wd' || unit.startsWith('day')) return 1;
  if (unit.startsWith('mo')) return DAYS_PER_MONTH;
  if (unit.startsWith('m')) return 1 / (HOURS_PER_DAY * 60);
  if (unit.startsWith('h')) return 1 / HOURS_PER_DAY;
  if (unit.startsWith('w')) return workingDaysPerWeek;
  return undefined; // elapsed units (ed, ew...) count calendar time: not a working-day duration
}

export function parseDuration(value: CellValue, workingDaysPerWeek = 5): Parsed<number> {
  if (value === null || isPlaceholder(value)) return BLANK;
  if (isCellError(value)) return { kind: 'error', error: value.error };
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? ok(wholeDays(value)) : invalid(EXPECTED);
  if (typeof value !== 'string') return invalid(EXPECTED);
  const text = cleanText(value);
  if (text === '') return BLANK;
  const m = DURATION_TEXT.exec(text);
  if (!m) return invalid(EXPECTED);
  const per = daysPerUnit((m[2] ?? '').toLowerCase(), workingDaysPerWeek);
  return per === undefined ? invalid(EXPECTED) : ok(wholeDays(Number(m[1]) * per));
}

function wholeDays(days: number): number {
  return Math.ceil(Math.round(days * 1e6) / 1e6);
}
