import type { CellValue, GridRange, RawSheet, RawSource, RunOptions } from '../types';
import type { Block } from './find-tables';
import { firstFilledFrom, type SheetGrid } from './sheet-grid';
import { isBlank } from './normalise/cell-text';
import { readCalendarSheet } from './read-calendar';

/**
 * A Calendar/Holidays table that shares a sheet with a tracker: a holiday list to the right of the
 * plan, past a blank column, or below it, past a blank row (with its title). Told by content, as a
 * Calendar sheet is (readCalendarSheet), but only where the table's header (or its Working days
 * row) is among the first rows of the part: a tracker's data rows are never sampled as headers.
 * A part that is a calendar is cut off its block: the tracker is read without it, the calendar
 * from it alone, so neither's rows are taken for the other's.
 */
export interface CalendarSplit {
  /** The block without the calendar (undefined when the whole block is the calendar). */
  readonly rest?: Block;
  /** The calendar's cells, sheet coordinates. */
  readonly calendar: GridRange;
}

/** Rows of a part in which its calendar header or Working days row must be (a title row and the header, or the Working days row above a gap). */
const PART_HEAD_ROWS = 4;
/** Rows of a part read to tell it (readCalendarSheet samples 100 below a header). */
const PART_SAMPLE_ROWS = PART_HEAD_ROWS + 100;
/** Blank rows inside a block tried as the start of a calendar below it: a tracker with many gaps is not sampled at every one. */
const MAX_GAPS_TRIED = 20;

type CalendarOptions = Pick<RunOptions, 'dateOrder'>;

export function splitCalendar(source: RawSource, block: Block, options: CalendarOptions): CalendarSplit | undefined {
  const { grid, range, headerRow } = block;
  const isCalendar = (part: GridRange): boolean => readCalendarSheet(source, sheetPart(grid.sheet, { ...part, bottom: Math.min(part.bottom, part.top + PART_SAMPLE_ROWS) }), options, PART_HEAD_ROWS) !== undefined;
  // The whole block (an Excel table of holidays, a segment of its own beside the plan).
  if (isCalendar(range)) return { calendar: range };
  // To the right: a column blank from the header row down, then the calendar's columns.
  for (let col = range.left + 1; col < range.right; col++) {
    if (!isBlank(grid.value(headerRow, col)) || isBlank(grid.value(headerRow, col + 1)) || !isBlankColumn(grid.value, headerRow, range.bottom, col)) continue;
    const part = { top: headerRow, left: col + 1, bottom: range.bottom, right: range.right };
    if (!isCalendar(part)) continue;
    return { rest: narrowed(block, col - 1), calendar: part };
  }
  // Below: a blank row across the block, then the calendar (its title rows and header).
  let tried = 0;
  for (let row = headerRow + 1; row < range.bottom && tried < MAX_GAPS_TRIED; row++) {
    if (!grid.isBlankRow(row, range.left, range.right) || grid.isBlankRow(row + 1, range.left, range.right)) continue;
    tried++;
    const part = { top: row + 1, left: range.left, bottom: range.bottom, right: range.right };
    if (!isCalendar(part)) continue;
    let bottom = row - 1;
    while (bottom > headerRow && grid.isBlankRow(bottom, range.left, range.right)) bottom--;
    return { rest: { ...block, range: { ...range, bottom } }, calendar: part };
  }
  return undefined;
}

/** Rows at the top of a region right of every table in which a calendar's header may be (find-tables scans as many). */
const OUTSIDE_HEAD_ROWS = 15;

/**
 * A calendar to the right of every table of the sheet, in cells no table took (a holiday list
 * two or more columns past the plan whose header names too few of our fields to be a table).
 */
export function calendarRightOf(source: RawSource, grid: SheetGrid, blocks: readonly Block[], options: CalendarOptions): GridRange | undefined {
  if (blocks.length === 0) return undefined;
  let left = Math.max(...blocks.map((b) => b.range.right)) + 1;
  let top = grid.bottom + 1;
  let bottom = -1;
  let first = grid.right + 1;
  for (let row = grid.top; row <= grid.bottom; row++) {
    const k = firstFilledFrom(grid.rowValues(row), left - grid.left);
    if (k < 0) continue;
    if (row < top) top = row;
    bottom = row;
    if (grid.left + k < first) first = grid.left + k;
  }
  if (bottom < 0) return undefined;
  left = first;
  const part = { top, left, bottom, right: grid.right };
  const sample = sheetPart(grid.sheet, { ...part, bottom: Math.min(bottom, top + OUTSIDE_HEAD_ROWS + 100) });
  return readCalendarSheet(source, sample, options, OUTSIDE_HEAD_ROWS) === undefined ? undefined : part;
}


function isBlankColumn(value: (row: number, col: number) => CellValue, top: number, bottom: number, col: number): boolean {
  for (let row = top; row <= bottom; row++) if (!isBlank(value(row, col))) return false;
  return true;
}

/** The block up to column `right`, its headers cut to match. */
function narrowed(block: Block, right: number): Block {
  const width = right - block.range.left + 1;
  return { ...block, range: { ...block.range, right }, headers: block.headers.slice(0, width), ownHeaders: block.ownHeaders.slice(0, width) };
}

/** The cells of a range as a sheet of their own: addresses stay those of the sheet. */
export function sheetPart(sheet: RawSheet, range: GridRange): RawSheet {
  const { row: top, col: left } = sheet.origin;
  const rows: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = Math.max(range.top, top); r <= range.bottom; r++) {
    const values = sheet.values[r - top] ?? [];
    const f = sheet.numberFormats?.[r - top] ?? [];
    const row: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    for (let c = Math.max(range.left, left); c <= range.right; c++) {
      row.push(values[c - left] ?? null);
      rowFormats.push(f[c - left] ?? null);
    }
    rows.push(row);
    formats.push(rowFormats);
  }
  return { name: sheet.name, origin: { row: Math.max(range.top, top), col: Math.max(range.left, left) }, values: rows, numberFormats: formats };
}
