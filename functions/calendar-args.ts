import { parseWeekdays } from '../src/core/ingest/normalise/weekdays';
import type { CellRef, DayNumber, Holiday, SourceCalendar } from '../src/core/types';
import { a1 } from '../src/core/util/a1';
import { dayFromSerial } from '../src/core/util/days';
import { errorArgument, errorCode, isBlankCell, isOmitted, type Matrix, readScalar } from './arguments';
import { ArgumentProblem } from './problem';

/**
 * The working calendar of a formula, given as Excel's own WORKDAY.INTL and NETWORKDAYS.INTL take
 * it, so a sheet's existing holiday range and weekend code work unchanged:
 * - weekend: a weekend number (1 or omitted Saturday and Sunday, 2 Sunday and Monday .. 7 Friday
 *   and Saturday; 11 Sunday only .. 17 Saturday only) or a seven-character string of 0 and 1 from
 *   Monday to Sunday, 1 a day off ("0000011"; "1111111" is no calendar);
 * - holidays: a range (or array constant) of dates, in any order; blank cells are skipped.
 * What Excel answers #NUM! or #VALUE! for is a #VALUE! here, with a message saying what is wrong.
 */
export interface FormulaCalendar {
  /** Working weekdays, 0 = Sunday .. 6 = Saturday (RunOptions.workingWeekdays). */
  readonly workingWeekdays: readonly number[];
  readonly holidays: readonly DayNumber[];
  /** The calendar as one string, for the run cache's key. */
  readonly key: string;
}

const WEEKEND_HELP = 'weekend must be a weekend number (1-7, 11-17) or seven 0s and 1s from Monday to Sunday (1 a day off, e.g. "0000011"), as in WORKDAY.INTL.';

/** The weekdays off (0 = Sunday) of Excel's weekend number or string; undefined when it is neither. */
export function weekendDays(value: unknown): number[] | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    // 1..7: two days, Saturday+Sunday, Sunday+Monday, .. Friday+Saturday; 11..17: Sunday .. Saturday alone.
    if (value >= 1 && value <= 7) return [(value + 5) % 7, (value + 6) % 7];
    if (value >= 11 && value <= 17) return [value - 11];
    return undefined;
  }
  if (typeof value === 'string' && /^[01]{7}$/.test(value.trim()) && value.trim() !== '1111111') {
    // The string's first character is Monday (weekday 1), its last Sunday (0).
    return [...value.trim()].flatMap((c, i) => (c === '1' ? [(i + 1) % 7] : []));
  }
  return undefined;
}

export function readFormulaCalendar(weekend: unknown, holidays: unknown): FormulaCalendar | ArgumentProblem {
  let workingWeekdays = [1, 2, 3, 4, 5];
  const w = readScalar(weekend);
  // A blank cell passed as the weekend arrives as 0 on the desktop: no weekend number, so omitted.
  if (!isOmitted(w) && !isBlankCell(w)) {
    const code = errorCode(w);
    if (code !== undefined) return errorArgument('weekend', code);
    const off = weekendDays(w);
    if (off === undefined) return new ArgumentProblem('invalidValue', WEEKEND_HELP);
    workingWeekdays = [0, 1, 2, 3, 4, 5, 6].filter((d) => !off.includes(d));
  }
  const days: DayNumber[] = [];
  if (!isOmitted(holidays)) {
    const cells: unknown[] = Array.isArray(holidays) ? (holidays as unknown[]).flatMap((row) => (Array.isArray(row) ? row : [row])) : [holidays];
    for (let k = 0; k < cells.length; k++) {
      const v = cells[k];
      // A blank cell arrives as null on the web and 0 on the desktop; serial 0 is no date.
      if (isBlankCell(v)) continue;
      const code = errorCode(v);
      if (code !== undefined) return errorArgument('holidays', code);
      const day = typeof v === 'number' ? dayFromSerial(v) : undefined;
      if (day === undefined) return new ArgumentProblem('invalidValue', `holidays must be dates; cell ${k + 1} of the range holds "${String(v)}".`);
      days.push(day);
    }
  }
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  return { workingWeekdays, holidays: sorted, key: `${workingWeekdays.join('')}|${sorted.join(',')}` };
}

/** The pseudo-sheet the calendars argument's cells are named in (findings point at its rows). */
export const CALENDARS_SHEET = 'calendars';

const CALENDARS_SHAPE =
  'calendars must be a range of 2 to 4 columns: Department, Working weekdays (Mon-Fri, Mon-Sun, Sun-Thu, or a WORKDAY.INTL weekend), and optionally Holiday (a date) and Working (TRUE when that date is worked).';

/**
 * Calendars by department, as a range of rows `Department | Working weekdays | [Holiday] | [Working]`
 * (the core's per-department calendars, SourceCalendar, as a Calendar sheet gives them):
 * - Department: as the departments column writes it (matched as department names are everywhere:
 *   case, "Dept", a code); required on every row that holds anything;
 * - Working weekdays: a list as people write it ("Mon-Fri", "Mon-Sun", "Sun-Thu", "Mon, Tue, Thu")
 *   or a WORKDAY.INTL weekend (a number, or seven 0s and 1s from Monday, 1 a day off); blank: the
 *   table's week (the weekend argument). One week per department: another row may repeat it or
 *   leave it blank;
 * - Holiday: a date the department does not work (one a row; blank for none);
 * - Working: TRUE (or yes, 1) when the Holiday date is a day worked instead, such as a Saturday.
 * Each department's calendar is based on the table's, as the core bases every calendar on the
 * run's: it keeps the holidays argument's days off. A first row of headers ("Department | Working
 * days | Holiday") is skipped, so Calendars[#All] works as well as Calendars.
 */
export function readDepartmentCalendars(arg: unknown, source: string): { readonly calendars: SourceCalendar[]; readonly key: string } | ArgumentProblem {
  if (isOmitted(arg)) return { calendars: [], key: '' };
  if (!Array.isArray(arg) || !arg.every(Array.isArray)) return new ArgumentProblem('invalidValue', CALENDARS_SHAPE);
  const rows = arg as Matrix;
  const width = rows[0]?.length ?? 0;
  if (width < 2 || width > 4 || rows.some((r) => r.length !== width)) return new ArgumentProblem('invalidValue', CALENDARS_SHAPE);
  const cell = (r: number, c: number): CellRef => ({ source, sheet: CALENDARS_SHEET, address: a1(r, c) });
  const byKey = new Map<string, { department: string; departmentCell: CellRef; week?: { days: number[]; text: string; row: number; cell: CellRef }; holidays: Holiday[]; workdays: DayNumber[] }>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < width; c++) {
      const code = errorCode(row[c]);
      if (code !== undefined) return errorArgument(`calendars row ${r + 1}`, code);
    }
    const [name, week, date, working] = [row[0], row[1], width > 2 ? row[2] : undefined, width > 3 ? row[3] : undefined];
    if ([name, week, date, working].every((v) => isOmitted(v) || isBlankCell(v) || v === false)) continue;
    const weekText = typeof week === 'string' ? week.trim() : week;
    const days = isBlankCell(week) ? undefined : workingDaysOf(weekText);
    if (r === 0 && isHeaderRow(name, week, date)) continue;
    if (typeof name !== 'string' || name.trim() === '') {
      return new ArgumentProblem('invalidValue', `calendars row ${r + 1} names no department; the whole table's calendar is the weekend and holidays arguments.`);
    }
    if (!isBlankCell(week) && days === undefined) {
      return new ArgumentProblem('invalidValue', `calendars row ${r + 1}: "${String(week)}" is not a list of working weekdays (Mon-Fri, Mon-Sun, Sun-Thu) nor a WORKDAY.INTL weekend.`);
    }
    const department = name.trim();
    const key = department.toLowerCase();
    let g = byKey.get(key);
    if (g === undefined) byKey.set(key, (g = { department, departmentCell: cell(r, 0), holidays: [], workdays: [] }));
    if (days !== undefined) {
      if (g.week === undefined) g.week = { days, text: String(week), row: r, cell: cell(r, 1) };
      else if (g.week.days.join() !== days.join()) {
        return new ArgumentProblem('invalidValue', `calendars rows ${g.week.row + 1} and ${r + 1} give ${department} two weeks ("${g.week.text}", "${String(week)}"); one week per department.`);
      }
    }
    if (isOmitted(date) || isBlankCell(date)) continue;
    const day = typeof date === 'number' ? dayFromSerial(date) : undefined;
    if (day === undefined) return new ArgumentProblem('invalidValue', `calendars row ${r + 1}: the holiday "${String(date)}" is not a date.`);
    if (isWorking(working)) g.workdays.push(day);
    else g.holidays.push({ day, cell: cell(r, 2) });
  }
  const calendars: SourceCalendar[] = [...byKey.values()].map((g) => ({
    source,
    department: g.department,
    departmentCell: g.departmentCell,
    ...(g.week !== undefined ? { weekdays: g.week.days, weekdaysCell: g.week.cell } : {}),
    holidays: g.holidays,
    ...(g.workdays.length > 0 ? { workdays: g.workdays } : {}),
  }));
  const key = calendars.map((c) => `${c.department}:${c.weekdays?.join('') ?? ''}:${c.holidays.map((h) => h.day).join(',')}:${c.workdays?.join(',') ?? ''}`).join(';');
  return { calendars, key };
}

/** Working weekdays (0 = Sunday) of a list ("Mon-Fri") or of a WORKDAY.INTL weekend; undefined for neither. */
function workingDaysOf(value: unknown): number[] | undefined {
  if (typeof value === 'string') {
    const listed = parseWeekdays(value);
    if (listed !== undefined) return listed;
  }
  const off = weekendDays(value);
  return off === undefined ? undefined : [0, 1, 2, 3, 4, 5, 6].filter((d) => !off.includes(d));
}

/** A first row of headers: text beside a Working weekdays header, no date under Holiday. */
function isHeaderRow(name: unknown, week: unknown, date: unknown): boolean {
  return typeof name === 'string' && typeof week === 'string' && /\b(?:days?|weeks?|weekdays?|weekend|pattern|working)\b/i.test(week) && !(typeof date === 'number' && date > 0);
}

function isWorking(value: unknown): boolean {
  if (value === true || value === 1) return true;
  return typeof value === 'string' && /^(?:y|yes|true|1|working|work|workday|working day)$/i.test(value.trim());
}
