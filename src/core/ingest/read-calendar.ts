import type { CellRef, CellValue, DayNumber, Finding, Holiday, RawSheet, RawSource, RunOptions, SourceCalendar } from '../types';
import { makeFinding } from '../types';
import { a1 } from '../util/a1';
import { isoFromDay } from '../util/days';
import { normaliseCalendarHeader, recogniseCalendarTable, WORKING_DAYS_HEADER, type CalendarColumns, type CalendarColumnSample } from './match/other-kinds';
import { displayValue, isBlank } from './normalise/cell-text';
import { parseDateValue } from './normalise/date';
import { parseWeekdays } from './normalise/weekdays';
import { shortText } from '../util/short-text';

/** Rows sampled below a candidate header row to tell a calendar table. */
const SAMPLE_ROWS = 100;
/** A calendar's Working days row and header row are looked for among a sheet's first rows only: a big sheet of something else is not sampled row after row. */
const HEAD_ROWS = 50;
/** A From .. To row longer than this is not read as days off (a typo in a year, most likely). */
const MAX_RANGE_DAYS = 366;

/**
 * A Calendar/Holidays sheet of a source, told by its content (recogniseCalendarTable): a
 * "Working days" row ("Working days | Sun-Thu", or "Working days: Mon-Fri" in one cell) and a
 * table of days off (date, holiday name, maybe a department or calendar, maybe From .. To, maybe
 * Working yes/no) or of working days by department. One SourceCalendar per department it names,
 * and one for the rows that name none (the source's own, with the sheet's Working days row).
 * Undefined when the sheet is not a calendar. A date or weekday list that cannot be read is a
 * finding with its cell, and the rest of the sheet is read. `headRows`: how many first rows may
 * hold the Working days row and the header (fewer for a part of a tracker's sheet, calendar-part.ts).
 */
export function readCalendarSheet(
  source: RawSource,
  sheet: RawSheet,
  options: Pick<RunOptions, 'dateOrder'>,
  headRows = HEAD_ROWS,
): { calendars: SourceCalendar[]; findings: Finding[] } | undefined {
  const values = sheet.values;
  const findings: Finding[] = [];
  const cellAt = (r: number, c: number): CellRef => ({ source: source.name, sheet: sheet.name, address: a1(sheet.origin.row + r, sheet.origin.col + c) });
  const dayOf = (r: number, c: number): DayNumber | undefined => {
    const value = values[r]?.[c] ?? null;
    const parsed = parseDateValue(value, { dateSystem: source.dateSystem, dateOrder: options.dateOrder, numberFormat: sheet.numberFormats?.[r]?.[c] ?? null });
    return parsed.kind === 'value' ? parsed.value.day : undefined;
  };
  const unreadable = (r: number, c: number, what: string): void => {
    const cell = cellAt(r, c);
    findings.push(makeFinding('value.unparseable', `${source.name}, sheet "${sheet.name}" ${cell.address}: "${shortText(displayValue(values[r]![c]!))}" is not ${what}; the calendar is read without it.`, [cell]));
  };

  let weekdays: { days: number[]; cell: CellRef } | undefined;
  let table: { header: number; columns: CalendarColumns } | undefined;
  for (let r = 0; r < Math.min(values.length, headRows) && table === undefined; r++) {
    const label = workingDaysLabel(values[r]!);
    if (label !== undefined) {
      const days = parseWeekdays(label.text);
      if (days === undefined) unreadable(r, label.column, 'a list of weekdays (Mon-Fri, Sun-Thu)');
      else if (weekdays === undefined) weekdays = { days, cell: cellAt(r, label.column) };
      continue;
    }
    if (textCells(values[r]!) < 2) continue;
    const columns = recogniseCalendarTable(sampleBelow(values, r, dayOf));
    if (columns) table = { header: r, columns };
  }
  if (table === undefined && weekdays === undefined) return undefined;

  const byDepartment = new Map<string, { department?: string; departmentCell?: CellRef; weekdays?: number[]; weekdaysCell?: CellRef; holidays: Holiday[]; workdays: DayNumber[] }>();
  const group = (department: string | undefined, cell?: CellRef) => {
    const key = department === undefined ? '' : department.toLowerCase();
    let g = byDepartment.get(key);
    if (g === undefined) byDepartment.set(key, (g = { ...(department !== undefined ? { department, ...(cell ? { departmentCell: cell } : {}) } : {}), holidays: [], workdays: [] }));
    return g;
  };
  if (table !== undefined) {
    const { date, until, name, department, working } = table.columns;
    const text = (r: number, c: number | undefined): string | undefined => {
      if (c === undefined) return undefined;
      const v = values[r]?.[c] ?? null;
      return v === null || (typeof v === 'string' && isBlank(v)) ? undefined : displayValue(v).trim();
    };
    for (let r = table.header + 1; r < values.length; r++) {
      const row = values[r]!;
      if (row.every((v) => v === null || (typeof v === 'string' && isBlank(v)))) continue;
      const g = group(text(r, department), department === undefined ? undefined : cellAt(r, department));
      if (table.columns.weekdays !== undefined && text(r, table.columns.weekdays) !== undefined) {
        const days = parseWeekdays(text(r, table.columns.weekdays)!);
        if (days === undefined) unreadable(r, table.columns.weekdays, 'a list of weekdays (Mon-Fri, Sun-Thu)');
        else if (g.weekdays === undefined) {
          g.weekdays = days;
          g.weekdaysCell = cellAt(r, table.columns.weekdays);
        }
      }
      if (date === undefined || text(r, date) === undefined) continue;
      const first = dayOf(r, date);
      if (first === undefined) {
        unreadable(r, date, 'a date');
        continue;
      }
      let last = first;
      if (until !== undefined && text(r, until) !== undefined) {
        const end = dayOf(r, until);
        if (end === undefined || end < first || end - first >= MAX_RANGE_DAYS) {
          unreadable(r, until, `a date from ${isoFromDay(first)} to within a year after it`);
          continue;
        }
        last = end;
      }
      const isWorking = working !== undefined && /^(?:y|yes|true|1|working|work|workday|working day)$/i.test(text(r, working) ?? '');
      const holidayName = text(r, name);
      const cell = cellAt(r, date);
      for (let d = first; d <= last; d++) {
        if (isWorking) g.workdays.push(d);
        else g.holidays.push({ day: d, cell, ...(holidayName !== undefined ? { name: holidayName } : {}) });
      }
    }
  }
  // The sheet's Working days row is the week of every calendar of the sheet that names none.
  if (weekdays !== undefined && !byDepartment.has('')) group(undefined);
  // A department whose only row could not be read has no calendar.
  const given = [...byDepartment.values()].filter((g) => g.department === undefined || g.weekdays !== undefined || g.holidays.length > 0 || g.workdays.length > 0);
  const calendars: SourceCalendar[] = given.map((g) => {
    const week = g.weekdays !== undefined ? { weekdays: g.weekdays, weekdaysCell: g.weekdaysCell! } : weekdays !== undefined ? { weekdays: weekdays.days, weekdaysCell: weekdays.cell } : {};
    return { source: source.name, ...(g.department !== undefined ? { department: g.department, ...(g.departmentCell ? { departmentCell: g.departmentCell } : {}) } : {}), ...week, holidays: g.holidays, ...(g.workdays.length > 0 ? { workdays: g.workdays } : {}) };
  });
  return { calendars, findings };
}

/** "Working days | Mon-Fri" (the list in the next filled cell) or "Working days: Mon-Fri" in one cell. */
function workingDaysLabel(row: readonly CellValue[]): { text: string; column: number } | undefined {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string' || isBlank(v)) continue;
    const colon = /^([^:]+):\s*(.+)$/.exec(v.trim());
    if (colon && WORKING_DAYS_HEADER.test(normaliseCalendarHeader(colon[1]!))) return { text: colon[2]!, column: c };
    if (!WORKING_DAYS_HEADER.test(normaliseCalendarHeader(v))) return undefined;
    for (let k = c + 1; k < row.length; k++) {
      const next = row[k];
      if (next === null || next === undefined || (typeof next === 'string' && isBlank(next))) continue;
      // A header row with a Working days column has more headers after it, not a weekday list.
      return typeof next === 'string' && parseWeekdays(next) !== undefined && row.slice(k + 1).every((x) => x === null || (typeof x === 'string' && isBlank(x))) ? { text: next, column: k } : undefined;
    }
    return undefined;
  }
  return undefined;
}

function textCells(row: readonly CellValue[]): number {
  return row.filter((v) => typeof v === 'string' && !isBlank(v)).length;
}

/** Each column of a candidate header row with a sample of the rows under it. */
function sampleBelow(values: readonly (readonly CellValue[])[], header: number, dayOf: (r: number, c: number) => DayNumber | undefined): CalendarColumnSample[] {
  const width = values[header]!.length;
  const out: CalendarColumnSample[] = [];
  for (let c = 0; c < width; c++) {
    const h = values[header]![c];
    let filled = 0;
    let dates = 0;
    let weekdays = 0;
    const texts: string[] = [];
    for (let r = header + 1; r < values.length && r <= header + SAMPLE_ROWS; r++) {
      const v = values[r]![c] ?? null;
      if (v === null || (typeof v === 'string' && isBlank(v))) continue;
      filled++;
      if (dayOf(r, c) !== undefined) dates++;
      else if (typeof v === 'string') {
        texts.push(v.trim());
        if (parseWeekdays(v) !== undefined) weekdays++;
      }
    }
    out.push({ header: typeof h === 'string' ? h : h === null || h === undefined ? '' : String(h), filled, dates, weekdays, texts });
  }
  return out;
}
