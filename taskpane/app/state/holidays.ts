import { readHolidayList } from '../../../src/core/ingest';
import type { DateOrder, DayNumber, RawSheet, RawSource } from '../../../src/core/types';
import type { HolidaySettings } from '../../../src/port/workbook-port';

/** The Report step's days off, read: the days, and every entry that is not a date, said where it is. */
export interface TaskpaneHolidays {
  readonly days: readonly DayNumber[];
  /** "Holidays!A3 "Easter?"", "line 2 "Easter?"": what could not be read, never dropped silently. */
  readonly unread: readonly string[];
  /** The chosen sheet or table is not in the workbook (renamed or deleted since it was chosen). */
  readonly missing?: string;
}

export const NO_HOLIDAYS: TaskpaneHolidays = { days: [], unread: [] };

/**
 * The days off of the Report step, read as --holidays reads its file (readHolidayList: the first
 * date column, a name beside it): from the chosen sheet or Excel table of the workbook, and from
 * the pasted lines (cells split at tabs, as Excel copies them, or at commas and semicolons).
 */
export function readTaskpaneHolidays(given: HolidaySettings | undefined, workbook: RawSource | undefined, dateOrder: DateOrder): TaskpaneHolidays {
  if (given === undefined) return NO_HOLIDAYS;
  const days: DayNumber[] = [];
  const unread: string[] = [];
  let missing: string | undefined;
  const pick = given.table ?? given.sheet;
  if (pick !== undefined && workbook !== undefined) {
    const sheet = given.table !== undefined ? tableSheet(workbook, given.table) : workbook.sheets.find((s) => s.name === given.sheet);
    if (sheet === undefined) missing = pick;
    else {
      const read = readHolidayList({ ...workbook, sheets: [sheet] }, dateOrder);
      for (const h of read.holidays) days.push(h.day);
      for (const u of read.unread) unread.push(`${u.cell.sheet}!${u.cell.address} "${u.value}"`);
    }
  }
  if (given.pasted !== undefined && given.pasted.trim() !== '') {
    const lines = given.pasted.split(/\r?\n/);
    const values = lines.map((line) => pastedCells(line).map((cell) => (cell.trim() === '' ? null : cell.trim())));
    const pasted: RawSource = { name: 'Pasted', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Pasted', origin: { row: 0, col: 0 }, values }] };
    const read = readHolidayList(pasted, dateOrder);
    for (const h of read.holidays) days.push(h.day);
    // A1-style rows of the pasted text are its line numbers.
    for (const u of read.unread) unread.push(`line ${u.cell.address.replace(/^[A-Z]+/, '')} "${u.value}"`);
  }
  return { days, unread, ...(missing !== undefined ? { missing } : {}) };
}

/**
 * A pasted line's cells: at tabs (cells copied from Excel); else a numeric date and the rest
 * ("2026-04-03 Good Friday", "03/04/2026, Good Friday"); else at semicolons ("3 April 2026; Good
 * Friday"), not at commas, which text dates hold ("April 3, 2026").
 */
function pastedCells(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  const numeric = /^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})(?:\s*[,;]\s*|\s+)(.*)$/.exec(line.trim());
  if (numeric) return [numeric[1]!, numeric[2]!];
  return line.split(';');
}

/** An Excel table of the workbook as a sheet of its own cells (its sheet's addresses kept). */
function tableSheet(workbook: RawSource, name: string): RawSheet | undefined {
  for (const sheet of workbook.sheets) {
    const table = sheet.tables?.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (table === undefined) continue;
    const { top, left, bottom, right } = table.range;
    const rows = <T>(grid: readonly (readonly T[])[]): T[][] => {
      const out: T[][] = [];
      for (let r = top; r <= bottom; r++) out.push((grid[r - sheet.origin.row] ?? []).slice(left - sheet.origin.col, right - sheet.origin.col + 1));
      return out;
    };
    // The number formats too: a date cell is a number formatted as a date.
    return { name: sheet.name, origin: { row: top, col: left }, values: rows(sheet.values), ...(sheet.numberFormats ? { numberFormats: rows(sheet.numberFormats) } : {}) };
  }
  return undefined;
}
