import type { CellValue, DateOrder, DateSystem, DayNumber, Finding, RawSheet, RunOptions } from '../types';
import { makeFinding } from '../types';
import { makeCalendar, rollBackward, rollForward, type WorkCalendar } from '../util/calendar';
import { shortText } from '../util/short-text';
import type { TableReader } from './cell-reader';
import type { Block } from './find-tables';
import { forcedDateOrder, isDateFormat, monthOfWord, parseDateValue } from './normalise/date';
import { bandColumnList, ratesPeriods, weekDayText } from './period-band';
import { dayFromParts, isoFromDay } from '../util/days';

/**
 * The start and due a hand-made Gantt draws rather than writes: a table with no start or no due
 * column, beside a timeline of week or month columns (period-band.ts) whose cells are marked
 * ("x", "■", a bar's fill colour) over the periods each task runs. A row's start is the first
 * working day of its first marked period, its due the last working day of its last, on the run's
 * working calendar. Only a band whose headers all give a day, or a period with its year (a month,
 * a quarter), is read, and only when its cells are marks: a band of other figures (hours, FTEs,
 * money phased by month) is no drawing of dates. Said once per table (ingest.dates-from-timeline).
 */

/** One period of the timeline: its first and last calendar day. */
export interface Period {
  readonly first: DayNumber;
  readonly last: DayNumber;
}

type Reading =
  | { kind: 'day'; day: DayNumber; ending: boolean }
  | { kind: 'period'; first: DayNumber; last: DayNumber }
  /** A day or a month the header names without its year ("w/c 02/11", "02-Nov", "Nov"): the band settles the year. */
  | { kind: 'yearless'; month: number; day?: number; ending: boolean };

/** "02/11", "2.11": a day and month in figures with no year (in the order tried). */
const NUMERIC_DAY_MONTH = /^(\d{1,2})[/.](\d{1,2})$/;
/** "Nov", "November", "Sept.": a word alone, for monthOfWord. */
const BARE_WORD = /^\p{L}+\.?$/u;

/**
 * A header cell's day, or the period it names ("Nov-26", "Q1 2027"), read as the cells of a date
 * column are (parseDateValue), a day that could be day-first or month-first in `order`; a day or
 * month with no year, for the band to date (yearsFor); undefined when it gives none of these, or
 * reads only in the other order.
 */
function readHeader(value: CellValue, format: string | null, order: DateOrder, system: DateSystem): Reading | undefined {
  // A figure is a day only in a date format; a day that reads only the other way breaks this order.
  if (typeof value === 'number' && !isDateFormat(format)) return undefined;
  const week = typeof value === 'string' ? weekDayText(value.trim()) : { text: value, ending: false };
  const cell = week.text;
  const forced = forcedDateOrder(cell);
  if (forced !== undefined && forced !== order) return undefined;
  const parsed = parseDateValue(cell, { dateSystem: system, dateOrder: order, numberFormat: format });
  if (parsed.kind !== 'value') return typeof cell === 'string' ? yearless(cell, order, week.ending, system) : undefined;
  const { day, period, ambiguous } = parsed.value;
  if (period !== undefined) return { kind: 'period', first: period.first, last: period.last };
  if (ambiguous !== undefined) return { kind: 'day', day: order === 'mdy' ? ambiguous.monthFirst : ambiguous.dayFirst, ending: week.ending };
  return { kind: 'day', day, ending: week.ending };
}

/** "02/11" (in `order`), "2-Nov", "Nov 2", "Nov": a day or month with no year. */
function yearless(text: string, order: DateOrder, ending: boolean, system: DateSystem): Reading | undefined {
  const numeric = NUMERIC_DAY_MONTH.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const [day, month] = order === 'mdy' ? [b, a] : [a, b];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { kind: 'yearless', month, day, ending } : undefined;
  }
  const month = BARE_WORD.test(text) ? monthOfWord(text) : undefined;
  if (month !== undefined) return { kind: 'yearless', month, ending };
  // A month named in words with its day ("2-Nov"): read in a leap year, so 29 Feb is a day too.
  const parsed = parseDateValue(text, { dateSystem: system, dateOrder: order, asOf: LEAP_YEAR_DAY });
  if (parsed.kind !== 'value' || parsed.value.yearless !== true || parsed.value.period !== undefined) return undefined;
  const date = new Date(parsed.value.day * 86_400_000);
  return { kind: 'yearless', month: date.getUTCMonth() + 1, day: date.getUTCDate(), ending };
}

/** 2028-07-01, mid-way through a leap year: the nearest year of any day and month is 2028. */
const LEAP_YEAR_DAY = dayFromParts(2028, 7, 1)!;

/**
 * The periods of a band's header cells, left to right: each day runs to the day before the next
 * (the last as long as the one before it; a week-ending day from the day after the one before),
 * each month is itself. Undefined unless every cell gives one of the same kind and they rise.
 * Numeric days are read in the order that makes them rise ("02/11, 09/11, 16/11" only day-first);
 * the run's order when both do. Days and months with no year take, given `asOf`, the years that
 * make them rise with the band nearest the as-of day (`yearless` is then set); without it, nothing.
 */
export function bandPeriods(
  headers: ReadonlyArray<readonly [CellValue, (string | null)?]>,
  dateOrder: DateOrder,
  system: DateSystem = 1900,
  asOf?: DayNumber,
): (Period[] & { readonly yearless?: true }) | undefined {
  const orders: DateOrder[] = dateOrder === 'mdy' ? ['mdy', 'dmy'] : ['dmy', 'mdy'];
  for (const order of orders) {
    const periods = periodsIn(headers, order, system, asOf);
    if (periods !== undefined) return periods;
  }
  return undefined;
}

function periodsIn(headers: ReadonlyArray<readonly [CellValue, (string | null)?]>, order: DateOrder, system: DateSystem, asOf: DayNumber | undefined): (Period[] & { yearless?: true }) | undefined {
  let readings = headers.map(([value, format]) => readHeader(value, format ?? null, order, system));
  if (readings.length < 2 || readings.some((r) => r === undefined || r.kind !== readings[0]!.kind)) return undefined;
  const dated = readings[0]!.kind === 'yearless';
  if (dated) {
    if (asOf === undefined) return undefined;
    const resolved = yearsFor(readings as Array<Extract<Reading, { kind: 'yearless' }>>, asOf);
    if (resolved === undefined) return undefined;
    readings = resolved;
  }
  const read = readings as Array<Exclude<Reading, { kind: 'yearless' }>>;
  for (let k = 1; k < read.length; k++) if (firstDayOf(read[k]!) <= firstDayOf(read[k - 1]!)) return undefined;
  const periods: Period[] & { yearless?: true } = read.map((r, k) => {
    if (r.kind === 'period') return { first: r.first, last: r.last };
    if (r.ending) {
      const before = k > 0 ? firstDayOf(read[k - 1]!) : r.day - (firstDayOf(read[1]!) - r.day);
      return { first: before + 1, last: r.day };
    }
    const next = k + 1 < read.length ? firstDayOf(read[k + 1]!) : r.day + (r.day - firstDayOf(read[k - 1]!));
    return { first: r.day, last: next - 1 };
  });
  if (dated) periods.yearless = true;
  return periods;
}

/**
 * Years for a band's yearless days or months: each header in the year of the one before, or the
 * next when it would not rise (Dec, then Jan); the first header's year is the one of the three
 * around the as-of day that puts the band's middle nearest it. Undefined when no year makes every
 * header a day (31/11) and rise.
 */
function yearsFor(readings: ReadonlyArray<Extract<Reading, { kind: 'yearless' }>>, asOf: DayNumber): Reading[] | undefined {
  const asOfYear = new Date(asOf * 86_400_000).getUTCFullYear();
  let best: { readings: Reading[]; distance: number } | undefined;
  for (const first of [asOfYear - 1, asOfYear, asOfYear + 1]) {
    const out: Reading[] = [];
    let year = first;
    let previous: DayNumber | undefined;
    for (const r of readings) {
      const at = (y: number): DayNumber | undefined => dayFromParts(y, r.month, r.day ?? 1);
      let day = at(year);
      if (day !== undefined && previous !== undefined && day <= previous) day = at(++year);
      if (day === undefined || (previous !== undefined && day <= previous)) break;
      previous = day;
      out.push(r.day !== undefined ? { kind: 'day', day, ending: r.ending } : { kind: 'period', first: day, last: lastOfMonth(year, r.month) });
    }
    if (out.length !== readings.length) continue;
    const middle = (firstDayOf(out[0]!) + firstDayOf(out[out.length - 1]!)) / 2;
    const distance = Math.abs(middle - asOf);
    if (best === undefined || distance < best.distance) best = { readings: out, distance };
  }
  return best?.readings;
}

function lastOfMonth(year: number, month: number): DayNumber {
  return (month === 12 ? dayFromParts(year + 1, 1, 1)! : dayFromParts(year, month + 1, 1)!) - 1;
}

function firstDayOf(r: Reading): DayNumber {
  return r.kind === 'day' ? r.day : r.kind === 'period' ? r.first : 0;
}

/** A number as text, with a sign, currency, thousands separators, decimals or a percent. */
const FIGURE_TEXT = /^[-+(]?[£$€]?\s*\d[\d,.\s]*%?\)?$/;

/** Text that marks nothing in a drawn timeline. */
const NO_MARK = new Set(['-', '–', '—', '0', '.']);

/**
 * Whether a band cell's value marks its period: any text but a dash or a zero ("x", "■", "●",
 * "Design"), true, or 1. Undefined for a value no drawing holds (another number, a date): the
 * band is figures, not a drawing.
 */
function markOf(value: CellValue | undefined): boolean | undefined {
  if (value === null || value === undefined || value === false) return false;
  if (value === true) return true;
  if (typeof value === 'string') {
    const text = value.trim();
    // A figure written as text (a CSV's "3000", "0.5", "£1,200", "40%") is a figure.
    if (FIGURE_TEXT.test(text)) return text === '1' ? true : text === '0' ? false : undefined;
    return text !== '' && !NO_MARK.has(text);
  }
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  return undefined;
}

/** A fill colour too pale or grey to be a bar (white, the faint greys of a grid). */
function isPale(colour: string): boolean {
  const n = Number.parseInt(colour, 16);
  if (!Number.isFinite(n)) return true;
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  return max - min < 20 && min > 200;
}

/** The span of one row: indexes of its first and last marked period. */
export interface MarkedSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * Each row's marked span over the band's columns (sheet columns `cols`), by value or by fill;
 * undefined when the band holds figures (markOf) or no row is marked. A pale fill (grid lines,
 * banding) or the grid's background colour (commonFill) is no bar.
 */
export function markedSpans(sheet: RawSheet, rows: readonly number[], cols: readonly number[], valueAt: (row: number, col: number) => CellValue): Array<MarkedSpan | undefined> | undefined {
  const fillAt = (row: number, col: number): string | undefined => sheet.fills?.[row - sheet.origin.row]?.[col - sheet.origin.col];
  const background = commonFill(rows, cols, fillAt);
  let any = false;
  const spans: Array<MarkedSpan | undefined> = [];
  for (const row of rows) {
    let first = -1;
    let last = -1;
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k]!;
      const byValue = markOf(valueAt(row, col));
      if (byValue === undefined) return undefined;
      const fill = fillAt(row, col);
      const byFill = fill !== undefined && fill !== background && !isPale(fill);
      if (byValue || byFill) {
        if (first < 0) first = k;
        last = k;
      }
    }
    spans.push(first < 0 ? undefined : { first, last });
    if (first >= 0) any = true;
  }
  return any ? spans : undefined;
}

/**
 * A fill the whole grid is painted in, bars drawn over it in another colour: one on nine in ten
 * of the band's cells or more, when some other colour fills cells too. A single colour is the bars,
 * however long they run.
 */
function commonFill(rows: readonly number[], cols: readonly number[], fillAt: (row: number, col: number) => string | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (const row of rows) for (const col of cols) {
    const fill = fillAt(row, col);
    if (fill !== undefined && !isPale(fill)) counts.set(fill, (counts.get(fill) ?? 0) + 1);
  }
  if (counts.size < 2) return undefined;
  const most = rows.length * cols.length * 0.9;
  for (const [fill, n] of counts) if (n >= most) return fill;
  return undefined;
}

/** A block's timeline read as periods, with each marked row's span. */
export interface DrawnTimeline {
  readonly cols: readonly number[];
  readonly periods: readonly Period[];
  readonly spans: ReadonlyMap<number, MarkedSpan>;
  /** The headers give no year: the band was dated nearest the as-of day (bandPeriods). */
  readonly yearless?: true;
}

/**
 * The timeline of a block whose table lacks a start or a due column (`lacking`), read as periods
 * and marked spans; undefined when there is none, the table has both columns, its headers give no
 * days or months, or its cells are no marks.
 */
export function drawnTimeline(block: Block, rows: readonly number[], lacking: { readonly start: boolean; readonly due: boolean }, options: Pick<RunOptions, 'dateOrder' | 'asOf'>, system: DateSystem): DrawnTimeline | undefined {
  const band = block.periodBand;
  if (band === undefined || (!lacking.start && !lacking.due)) return undefined;
  const { grid, headerRow } = block;
  const cols = bandColumnList(band);
  const periods = bandPeriods(cols.map((col) => [grid.value(headerRow, col), grid.numberFormat(headerRow, col)] as const), options.dateOrder, system, options.asOf);
  if (periods === undefined) return undefined;
  // A band of RAG letters or status words is each period's rating (a weekly status history), not bars of work.
  if (ratesPeriods(rows, cols, (row, col) => grid.value(row, col))) return undefined;
  const marked = markedSpans(grid.sheet, rows, cols, (row, col) => grid.value(row, col));
  if (marked === undefined) return undefined;
  const spans = new Map<number, MarkedSpan>();
  rows.forEach((row, k) => {
    const span = marked[k];
    if (span !== undefined) spans.set(row, span);
  });
  return { cols, periods, spans, ...(periods.yearless ? { yearless: true as const } : {}) };
}

/** Start and due of a row read from the timeline, each only where the table has no column for it. */
export interface TimelineDates {
  readonly start?: DayNumber;
  readonly due?: DayNumber;
}

/**
 * The dates a table's timeline gives its rows, for a table with no start or no due column and a
 * band of marks under day or month headers (module comment); undefined otherwise. Counts the rows
 * it dates for its notice.
 */
export class TimelineReader {
  private readonly dated: number[] = [];

  private constructor(
    private readonly reader: TableReader,
    private readonly cols: readonly number[],
    private readonly periods: readonly Period[],
    private readonly spans: ReadonlyMap<number, MarkedSpan>,
    private readonly calendar: WorkCalendar,
    private readonly fields: { readonly start: boolean; readonly due: boolean },
    private readonly yearless: boolean,
  ) {}

  static of(reader: TableReader): TimelineReader | undefined {
    const fields = { start: !reader.has('start'), due: !reader.has('due') };
    const drawn = drawnTimeline(reader.block, reader.rows, fields, reader.options, reader.source.dateSystem);
    if (drawn === undefined) return undefined;
    const calendar = makeCalendar(reader.options.workingWeekdays, reader.options.holidays);
    return new TimelineReader(reader, drawn.cols, drawn.periods, drawn.spans, calendar, fields, drawn.yearless === true);
  }

  /** The sheet column the dates it gives point at: the timeline's first. */
  get column(): number {
    return this.cols[0]!;
  }

  /** The row's start and due from its marks, each for a field the table has no column for. */
  datesOf(row: number): TimelineDates {
    const span = this.spans.get(row);
    if (span === undefined) return {};
    this.dated.push(row);
    const start = rollForward(this.calendar, this.periods[span.first]!.first);
    const lastDay = rollBackward(this.calendar, this.periods[span.last]!.last);
    const due = Math.max(start, lastDay);
    return { ...(this.fields.start ? { start } : {}), ...(this.fields.due ? { due } : {}) };
  }

  /** ingest.dates-from-timeline for the table; undefined when no row was dated. */
  notice(): Finding | undefined {
    const n = this.dated.length;
    if (n === 0) return undefined;
    const { reader, cols } = this;
    const { headerRow } = reader.block;
    const first = reader.cell(headerRow, cols[0]!);
    const last = reader.cell(headerRow, cols[cols.length - 1]!);
    const which = this.fields.start && this.fields.due ? 'start and due' : this.fields.start ? 'start' : 'due';
    const headers = reader.table.headers;
    const firstHeader = shortText(headers[cols[0]! - reader.block.range.left] ?? '', 20);
    const lastHeader = shortText(headers[cols[cols.length - 1]! - reader.block.range.left] ?? '', 20);
    return makeFinding(
      'ingest.dates-from-timeline',
      `${reader.source.name}, sheet "${reader.table.sheet}": the table has no ${this.fields.start && this.fields.due ? 'start or due' : which} column, so the ${which} of ${n === 1 ? '1 row was' : `${n} rows were`} read from the timeline ${first.address}:${last.address} ("${firstHeader}" to "${lastHeader}"): each row's first and last marked period, from its first working day to its last.${this.yearless ? ` The headers give no year: the timeline was read as ${isoFromDay(this.periods[0]!.first)} to ${isoFromDay(this.periods[this.periods.length - 1]!.last)}, the years nearest the as-of date; write the year in the first header if that is wrong.` : ''}`,
      [first, ...this.dated.slice(0, 30).map((row) => reader.cell(row, this.markColumn(row)))],
    );
  }

  /** The sheet column of a dated row's first mark. */
  private markColumn(row: number): number {
    return this.cols[this.spans.get(row)!.first]!;
  }

  /** Raise notice() in the table's reading order (at the timeline's header). */
  reportNotice(): void {
    const finding = this.notice();
    if (finding) this.reader.report(finding, this.reader.block.headerRow, this.cols[0]!);
  }
}
