import type { AnyField, CellRef, CellValue, DateOrder, DetectedTable, Finding, RawSource, RowRef, RunOptions } from '../types';
import { shortText } from '../util/short-text';
import { fieldInSentence, fieldSpec, makeFinding } from '../types';
import { isoFromDay } from '../util/days';
import { AddressBook } from './address-book';
import type { Block } from './find-tables';
import { filledIn, isTotalsRow } from './find-tables';
import { cleanText, displayValue, isBlank, isCellError, isTidyAscii } from './normalise/cell-text';
import { forcedDateOrder, parseDateValue, quickDay, type DateContext, type DateReading } from './normalise/date';
import type { Parsed } from './normalise/result';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const RUNS_OF_SPACES_G = /[ \t]{2,}|\t/g;

/** A field's name as users read it in messages ("last updated"), from the field registry. */
export function fieldLabel(field: AnyField): string {
  return fieldInSentence(field);
}

/**
 * Everything a table reader needs to read one cell of a mapped field and to report it when it
 * cannot: the sheet column of each field, cell addresses, and the shared findings list.
 */
export class TableReader {
  private readonly columns = new Map<AnyField, number>();
  private readonly sourceName: string;
  private readonly sheetName: string;
  /** Data rows of the table: not the header, not blank, not a totals row. */
  readonly rows: readonly number[];
  /** Merges within the data rows over each mapped column, top first: a covered cell reads as its merge's master value. */
  private readonly mergedData?: ReadonlyMap<number, readonly MergedSpan[]>;
  readonly workingDaysPerWeek: number;
  /** Sheet position of each finding raised (row * MAX_COLUMNS + col), for findingsInReadingOrder. */
  private readonly findingPositions: number[] = [];
  /** Each date column's unambiguous dates by the order they force; counted only when an ambiguous date turns up. */
  private readonly columnOrders = new Map<number, ColumnForcing>();
  /** Ambiguous dates the column could not settle, by sheet column, reported once per column with the table's findings. */
  private readonly ambiguousByColumn = new Map<number, { field: AnyField; order: DateOrder; byTable: boolean; cells: AmbiguousCell[] }>();
  /** Dates written with no year, by sheet column, reported once per column. */
  private readonly yearlessByColumn = new Map<number, { field: AnyField; cells: Array<{ row: number; value: CellValue; day: number }> }>();
  private readonly fiscalByColumn = new Map<number, { field: AnyField; cells: Array<{ row: number; value: CellValue; first: number; last: number; startMonth: number; assumed: boolean; splitYear: boolean }> }>();

  constructor(
    readonly source: RawSource,
    readonly table: DetectedTable,
    readonly block: Block,
    readonly options: RunOptions,
    readonly findings: Finding[],
    rows?: readonly number[],
    private readonly addresses: AddressBook = new AddressBook(),
  ) {
    for (const m of table.mapping) this.columns.set(m.field, block.range.left + m.column);
    this.sourceName = source.name;
    this.sheetName = table.sheet;
    this.rows = rows ?? dataRows(block);
    this.mergedData = mergedDataSpans(block, [...this.columns.values()]);
    this.workingDaysPerWeek = options.workingWeekdays.length || 5;
  }

  /** Mapped fields with their sheet columns, in mapping order. */
  mapped(): ReadonlyArray<readonly [AnyField, number]> {
    return [...this.columns.entries()];
  }

  has(field: AnyField): boolean {
    return this.columns.has(field);
  }

  column(field: AnyField): number | undefined {
    return this.columns.get(field);
  }

  value(field: AnyField, row: number): CellValue {
    const col = this.columns.get(field);
    return col === undefined ? null : this.block.grid.value(row, col);
  }

  cell(row: number, col: number): CellRef {
    return { source: this.sourceName, sheet: this.sheetName, address: this.addresses.address(row, col) };
  }

  fieldCell(field: AnyField, row: number): CellRef | undefined {
    const col = this.columns.get(field);
    return col === undefined ? undefined : this.cell(row, col);
  }

  rowRef(row: number): RowRef {
    return { source: this.sourceName, sheet: this.sheetName, table: this.table.key, row: row + 1 };
  }

  /** Non-blank cells of a row (for rows without an id). */
  rowCells(row: number): CellRef[] {
    const cells: CellRef[] = [];
    for (let col = this.block.range.left; col <= this.block.range.right; col++) {
      if (!isBlank(this.block.grid.value(row, col))) cells.push(this.cell(row, col));
    }
    return cells;
  }

  /** The result of a normaliser: its value, or a finding for an unreadable value or an Excel error. */
  take<T>(field: AnyField, row: number, parsed: Parsed<T>, who: string, initiativeId?: string): T | undefined {
    switch (parsed.kind) {
      case 'value':
        return parsed.value;
      case 'blank':
        return undefined;
      case 'error':
        this.reportError(field, row, parsed.error, who, initiativeId);
        return undefined;
      case 'invalid':
        this.reportInvalid(field, row, parsed.expected, who, initiativeId);
        return undefined;
    }
  }

  /**
   * A text field: strings cleaned, numbers and dates as written; Excel errors reported. A cell
   * covered by a merge down the data rows (a department merged over its initiatives) reads as
   * the merged value, as Excel shows it.
   */
  text(field: AnyField, row: number, who: string, initiativeId?: string): string | undefined {
    return this.textOf(this.value(field, row), field, row, who, initiativeId);
  }

  /** text() for a value already read from the row. */
  textOf(cellValue: CellValue, field: AnyField, row: number, who: string, initiativeId?: string): string | undefined {
    // Most text cells are tidy ASCII, which every step below would leave as it is.
    if (typeof cellValue === 'string' && isTidyAscii(cellValue)) return cellValue;
    let value = cellValue;
    if (value === null && this.mergedData !== undefined) value = mergedValueAt(this.mergedData.get(this.columns.get(field)!), row);
    if (value === null) return undefined;
    if (isCellError(value)) {
      this.reportError(field, row, value.error, who, initiativeId);
      return undefined;
    }
    if (value instanceof Date) return displayValue(value) || undefined;
    const cleaned = cleanText(typeof value === 'string' ? value : String(value));
    if (cleaned === '') return undefined;
    // includes() rather than RUNS_OF_SPACES.test: the same answer, without a regex run per text cell.
    return cleaned.includes('\t') || cleaned.includes('  ') ? cleaned.replace(RUNS_OF_SPACES_G, ' ') : cleaned;
  }

  /** A date field, with the ambiguous-date finding when day and month could swap. */
  date(field: AnyField, row: number, who: string, initiativeId?: string): number | undefined {
    const col = this.columns.get(field);
    if (col === undefined) return undefined;
    return this.dateOf(this.block.grid.value(row, col), field, row, col, who, initiativeId);
  }

  /** How a date cell of the table at (row, col) is read: the source's date system, the run's day/month order, the cell's format. */
  dateContext(row: number, col: number): DateContext {
    const fiscal = this.options.fiscalYearStart;
    return { dateSystem: this.source.dateSystem, dateOrder: this.options.dateOrder, numberFormat: this.block.grid.numberFormat(row, col), asOf: this.options.asOf, ...(fiscal !== undefined ? { fiscalYearStart: fiscal } : {}) };
  }

  /** date() for a value already read from the row at sheet column `col`. */
  dateOf(value: CellValue, field: AnyField, row: number, col: number, who: string, initiativeId?: string): number | undefined {
    const day = quickDay(value);
    if (day !== undefined) return day;
    const parsed = parseDateValue(value, this.dateContext(row, col));
    const reading: DateReading | undefined = this.take(field, row, parsed, who, initiativeId);
    if (reading?.yearless) this.noteYearless(field, row, col, value, reading.period?.last ?? reading.day);
    if (reading?.fiscal && reading.period) this.noteFiscal(field, row, col, value, reading.period, reading.fiscal);
    // "Q3 2026" starts on its first day and is due by its last.
    if (reading?.period) return field === 'start' || field === 'actualStart' ? reading.period.first : reading.period.last;
    if (!reading?.ambiguous) return reading?.day;
    const { dayFirst, monthFirst } = reading.ambiguous;
    // The column's other dates settle it, as an analyst reads it: "25/04/2026" beside "03/04/2026" says day first.
    const column = this.columnForcing(col);
    const columnOrder = orderOfCounts(column);
    if (columnOrder !== null) return columnOrder === 'dmy' ? dayFirst : monthFirst;
    // Else the table's other date columns (one sheet keeps one convention), else the setting; said once per column, when the table is read.
    const tableOrder = this.tableDateOrder();
    const order = tableOrder ?? this.options.dateOrder;
    const chosen = order === 'dmy' ? dayFirst : monthFirst;
    let pending = this.ambiguousByColumn.get(col);
    if (pending === undefined) {
      pending = { field, order, byTable: tableOrder !== undefined, cells: [] };
      this.ambiguousByColumn.set(col, pending);
    }
    pending.cells.push({ row, value, who, dayFirst, monthFirst, ...extra(initiativeId) });
    return chosen;
  }

  /** A day and month with no year, given the as-of day's nearest year: said once per column (value.date-without-year). */
  private noteYearless(field: AnyField, row: number, col: number, value: CellValue, day: number): void {
    let pending = this.yearlessByColumn.get(col);
    if (pending === undefined) {
      pending = { field, cells: [] };
      this.yearlessByColumn.set(col, pending);
    }
    pending.cells.push({ row, value, day });
  }

  /** A fiscal period ("Q2 FY27"), read with a fiscal year start the user gave or one assumed: said once per column (value.fiscal-period). */
  private noteFiscal(field: AnyField, row: number, col: number, value: CellValue, period: { first: number; last: number }, fiscal: { startMonth: number; assumed: boolean; splitYear: boolean }): void {
    let pending = this.fiscalByColumn.get(col);
    if (pending === undefined) {
      pending = { field, cells: [] };
      this.fiscalByColumn.set(col, pending);
    }
    pending.cells.push({ row, value, first: period.first, last: period.last, ...fiscal });
  }

  private reportFiscalPeriods(): void {
    for (const [col, { field, cells }] of this.fiscalByColumn) {
      const first = cells[0]!;
      const header = this.table.headers[col - this.block.range.left] ?? '';
      const column = `${this.sourceName}, sheet "${this.sheetName}": the ${fieldLabel(field)} column${header === '' ? '' : ` "${header}"`}`;
      const cell = `${this.cell(first.row, col).address} "${displayValue(first.value)}"`;
      const what = cells.length === 1 ? `has a fiscal period, ${cell}, read as` : `has ${cells.length} fiscal periods, the first ${cell} read as`;
      const month = MONTH_NAMES[first.startMonth - 1]!;
      // "FY27" names the year it ends in; a split year "2026/27" names both.
      const naming = first.splitYear || first.startMonth === 1 ? '' : ', and "FY27" as the year ending in 2027';
      const basis = first.assumed
        ? `fiscal years taken to start in ${month}${first.startMonth === 1 ? ' (the calendar year)' : ' (as a split year such as 2026/27 is counted in the UK, India and Japan)'}${naming}; if yours start in another month, say so (the CLI's --fiscal-year-start MONTH)`
        : `fiscal years starting in ${month}, as set${naming}`;
      const message = `${column} ${what} ${isoDate(first.first)} to ${isoDate(first.last)}: ${basis}.`;
      this.push(makeFinding('value.fiscal-period', message, cells.map((c) => this.cell(c.row, col))), first.row, col);
    }
    this.fiscalByColumn.clear();
  }

  private reportYearlessDates(): void {
    for (const [col, { field, cells }] of this.yearlessByColumn) {
      const first = cells[0]!;
      const header = this.table.headers[col - this.block.range.left] ?? '';
      const column = `${this.sourceName}, sheet "${this.sheetName}": the ${fieldLabel(field)} column${header === '' ? '' : ` "${header}"`}`;
      const cell = `${this.cell(first.row, col).address} "${displayValue(first.value)}"`;
      const what = cells.length === 1 ? `has a date written with no year, ${cell}, read as ${isoDate(first.day)}` : `has ${cells.length} dates written with no year, the first ${cell} read as ${isoDate(first.day)}`;
      const message = `${column} ${what}: the year nearest the as-of date ${isoDate(this.options.asOf)}, as Excel reads a date typed without a year.`;
      this.push(makeFinding('value.date-without-year', message, cells.map((c) => this.cell(c.row, col))), first.row, col);
    }
    this.yearlessByColumn.clear();
  }

  /**
   * The findings for the ambiguous dates of the table: none where the column settled the order;
   * value.mixed-date-order where the column's own dates are written both ways; else one
   * value.ambiguous-date per column (naming the cell when it is the only one).
   */
  private reportAmbiguousDates(): void {
    for (const [col, { field, order, byTable, cells }] of this.ambiguousByColumn) {
      const first = cells[0]!;
      const lead = order === 'dmy' ? 'day' : 'month';
      const because = byTable ? `as the table's other date columns are written ${lead} first` : `by the ${order === 'dmy' ? 'day/month/year' : 'month/day/year'} setting`;
      const both = (c: AmbiguousCell): string => `${isoDate(c.dayFirst)} (day first) or ${isoDate(c.monthFirst)} (month first)`;
      const one = (c: AmbiguousCell): string => `${c.who} "${displayValue(c.value)}" reads as ${both(c)}`;
      const refs = cells.map((c) => this.cell(c.row, col));
      const header = this.table.headers[col - this.block.range.left] ?? '';
      const column = `${this.sourceName}, sheet "${this.sheetName}": the ${fieldLabel(field)} column${header === '' ? '' : ` "${header}"`}`;
      const read = cells.length === 1 ? `read as ${isoDate(order === 'dmy' ? first.dayFirst : first.monthFirst)} ${because}` : `all read ${lead} first ${because}`;
      const forcing = this.columnForcing(col);
      let finding: Finding;
      if (forcing.dmyRow !== undefined && forcing.mdyRow !== undefined) {
        const example = (row: number): string => `${this.cell(row, col).address} "${displayValue(this.block.grid.value(row, col))}"`;
        const unsettled = cells.length === 1 ? one(first) : `${cells.length} dates read two ways, the first ${one(first)}`;
        finding = makeFinding(
          'value.mixed-date-order',
          `${column} holds day-first dates (${example(forcing.dmyRow)}) and month-first dates (${example(forcing.mdyRow)}), so it does not settle the rest: ${unsettled}; ${read}.`,
          [...refs, this.cell(forcing.dmyRow, col), this.cell(forcing.mdyRow, col)],
          cells.length === 1 ? extra(first.initiativeId) : {},
        );
      } else if (cells.length === 1) {
        finding = makeFinding('value.ambiguous-date', `${first.who}: ${fieldLabel(field)} "${displayValue(first.value)}" reads as ${both(first)}; ${read}.`, refs, extra(first.initiativeId));
      } else {
        finding = makeFinding(
          'value.ambiguous-date',
          `${column} has ${cells.length} dates that read two ways and none that settles the order, the first ${one(first)}; ${read}.`,
          refs,
        );
      }
      this.push(finding, first.row, col);
    }
    this.ambiguousByColumn.clear();
  }

  /** How many of the column's unambiguous text dates force each order, and the first row of each. */
  private columnForcing(col: number): ColumnForcing {
    let forcing = this.columnOrders.get(col);
    if (forcing === undefined) {
      const counts: ColumnForcing = { dmy: 0, mdy: 0 };
      this.countForcedOrders(col, counts);
      forcing = counts;
      this.columnOrders.set(col, forcing);
    }
    return forcing;
  }

  /** The order every date column of the table that settles one agrees on; undefined when none does or two disagree. Asked only for a column that settles nothing. */
  private tableDateOrder(): DateOrder | undefined {
    if (this.tableOrder === undefined) {
      const counts = { dmy: 0, mdy: 0 };
      for (const [field, col] of this.columns) {
        if (fieldSpec(this.table.kind ?? 'initiatives', field)?.value !== 'date') continue;
        const forcing = this.columnForcing(col);
        counts.dmy += forcing.dmy;
        counts.mdy += forcing.mdy;
      }
      this.tableOrder = orderOfCounts(counts);
    }
    return this.tableOrder ?? undefined;
  }

  private tableOrder: DateOrder | null | undefined;

  private countForcedOrders(col: number, counts: ColumnForcing): void {
    for (const row of this.rows) {
      const forced = forcedDateOrder(this.block.grid.value(row, col));
      if (forced === undefined) continue;
      counts[forced]++;
      if (forced === 'dmy') counts.dmyRow ??= row;
      else counts.mdyRow ??= row;
    }
  }

  reportInvalid(field: AnyField, row: number, expected: string, who: string, initiativeId?: string, shown?: string): void {
    const col = this.columns.get(field)!;
    const value = shortText(shown ?? displayValue(this.block.grid.value(row, col)));
    this.push(
      makeFinding('value.unparseable', `${shortText(who, 60)}: ${fieldLabel(field)} "${value}" cannot be read; expected ${expected}.`, [this.cell(row, col)], extra(initiativeId)),
      row,
      col,
    );
  }

  reportError(field: AnyField, row: number, error: string, who: string, initiativeId?: string): void {
    const col = this.columns.get(field)!;
    this.push(
      makeFinding('value.excel-error', `${who}: ${fieldLabel(field)} is the Excel error ${error}.`, [this.cell(row, col)], extra(initiativeId)),
      row,
      col,
    );
  }

  /** A finding about a whole row, placed on the given field's cell (or the row's first cell). */
  reportRow(field: AnyField, row: number, message: string): void {
    const col = this.columns.get(field) ?? this.block.range.left;
    this.push(makeFinding('value.unparseable', message, [this.cell(row, col)]), row, col);
  }

  /** A finding made elsewhere (a whole column's, such as value.unknown-status), placed at a cell for reading order. */
  report(finding: Finding, row: number, col: number): void {
    this.push(finding, row, col);
  }

  /**
   * This table's findings row by row, left to right, as a reader scans the sheet; findings on one
   * cell in the order raised. Rows are read top to bottom, so this is mostly the order raised.
   */
  findingsInReadingOrder(): Finding[] {
    this.reportAmbiguousDates();
    this.reportYearlessDates();
    this.reportFiscalPeriods();
    const positions = this.findingPositions;
    let inOrder = true;
    for (let i = 1; i < positions.length && inOrder; i++) inOrder = positions[i - 1]! <= positions[i]!;
    if (inOrder) return this.findings.slice();
    const order = positions.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]! || a - b);
    return order.map((i) => this.findings[i]!);
  }

  private push(finding: Finding, row: number, col: number): void {
    this.findings.push(finding);
    this.findingPositions.push(row * MAX_COLUMNS + col);
  }
}

/** isoFromDay, memoised: a sheet of ambiguous dates repeats the same few hundred days. */
const isoCache = new Map<number, string>();
function isoDate(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = isoFromDay(day);
    if (isoCache.size > 50_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

/** Excel's column limit (XFD), to key a cell by one number. */
const MAX_COLUMNS = 16_384;

interface MergedSpan {
  readonly top: number;
  readonly bottom: number;
  readonly master: CellValue;
}

/**
 * The merges within a block's data rows, per mapped column, as row spans sorted by top: kept as
 * spans, not one entry per covered cell, so a merge over D3:XFD2001 costs one span per mapped
 * column it crosses rather than millions of cells.
 */
function mergedDataSpans(block: Block, columns: readonly number[]): Map<number, MergedSpan[]> | undefined {
  const merges = (block.grid.sheet.merges ?? []).filter(
    (m) => m.top > block.headerRow && m.top <= block.range.bottom && m.left >= block.range.left && m.right <= block.range.right,
  );
  if (merges.length === 0) return undefined;
  const spans = new Map<number, MergedSpan[]>();
  for (const col of new Set(columns)) {
    const list: MergedSpan[] = [];
    for (const m of merges) {
      if (col < m.left || col > m.right) continue;
      // The master cell itself holds the value; below it, the covered rows read it.
      const top = col === m.left ? m.top + 1 : m.top;
      const bottom = Math.min(m.bottom, block.range.bottom);
      if (top <= bottom) list.push({ top, bottom, master: block.grid.value(m.top, m.left) });
    }
    if (list.length > 0) spans.set(col, list.sort((x, y) => x.top - y.top));
  }
  return spans.size === 0 ? undefined : spans;
}

/** The master value of the span covering `row` (merges do not overlap), or null. */
function mergedValueAt(spans: readonly MergedSpan[] | undefined, row: number): CellValue {
  if (spans === undefined) return null;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (row < span.top) hi = mid - 1;
    else if (row > span.bottom) lo = mid + 1;
    else return span.master;
  }
  return null;
}

/**
 * Data rows of a block: not the header, not blank, not a totals row, and not a row that repeats
 * the header row's texts (exports that repeat their header per group, as monday.com's board
 * export does, or pasted sheets carrying stray header rows). A one-cell row just above such a
 * repeat is the title of the group it opens, not data either.
 */
export function dataRows(block: Block): number[] {
  const { range, grid } = block;
  const repeat = headerRepeat(block);
  const rows: number[] = [];
  for (let row = block.headerRow + 1; row <= range.bottom; row++) {
    if (grid.isBlankRow(row, range.left, range.right) || isTotalsRow(grid, row, range.left, range.right)) continue;
    if (repeat !== undefined && repeat(row)) {
      const above = rows[rows.length - 1];
      if (above === row - 1 && filledCells(block, above) === 1) rows.pop();
      continue;
    }
    rows.push(row);
  }
  if (isUnlabelledSumRow(block, rows)) rows.pop();
  return rows;
}

/**
 * True when the last data row holds only numbers, each the sum of its column over the rows above
 * (at least two of them, in a column of figures): a SUM row at the foot of a finance table, written
 * with no "Total" label.
 */
function isUnlabelledSumRow(block: Block, rows: readonly number[]): boolean {
  if (rows.length < 3) return false;
  const { range, grid } = block;
  const last = rows[rows.length - 1]!;
  const values = grid.rowValues(last);
  let numbers = 0;
  for (let col = range.left; col <= range.right; col++) {
    const v = values[col - grid.left];
    if (isBlank(v)) continue;
    if (typeof v !== 'number') return false;
    let sum = 0;
    let terms = 0;
    let filled = 0;
    for (let k = 0; k < rows.length - 1; k++) {
      const above = grid.value(rows[k]!, col);
      if (!isBlank(above)) filled++;
      if (typeof above === 'number') {
        sum += above;
        terms++;
      }
    }
    // A column of figures (a word or two among them, "TBC"): names with two numbers in them sum to nothing.
    if (terms < 2 || terms < filled * 0.8 || Math.abs(sum - v) > 1e-6 * Math.max(1, Math.abs(v))) return false;
    numbers++;
  }
  return numbers > 0;
}

/**
 * A test for rows repeating the header row's own texts (case and spacing aside, blank under
 * blank), or undefined when the header names fewer than two columns. Most rows fail on the
 * first named column, so the test costs one comparison per row.
 */
function headerRepeat(block: Block): ((row: number) => boolean) | undefined {
  const { range, grid } = block;
  const texts = block.ownHeaders.map((h) => h.toLowerCase());
  const named = texts.flatMap((t, k) => (t === '' ? [] : [k]));
  if (named.length < 2) return undefined;
  const first = named[0]!;
  const firstText = texts[first]!;
  const firstChar = firstText.charCodeAt(0);
  return (row) => {
    const lead = grid.value(row, range.left + first);
    if (typeof lead !== 'string' || lead.length > firstText.length * 2 + 8) return false;
    // One character first: nearly every data row differs from the header there, with no text cleaned.
    if (!startsLike(lead, firstChar) || repeatText(lead) !== firstText) return false;
    for (let k = 0; k < texts.length; k++) if (k !== first && repeatText(grid.value(row, range.left + k)) !== texts[k]) return false;
    return true;
  };
}

/** True when the text's first non-space character is `lower` in either case (ASCII), or is not ASCII (left to repeatText). */
function startsLike(text: string, lower: number): boolean {
  let k = 0;
  while (k < text.length && text.charCodeAt(k) <= 32) k++;
  const ch = text.charCodeAt(k);
  if (ch >= 128 || lower >= 128) return true;
  return (ch >= 0x41 && ch <= 0x5a ? ch | 0x20 : ch) === lower;
}

/** A cell's text as a header row's own text is kept (find-tables' headerText), lower case. */
function repeatText(value: CellValue): string {
  if (value === null || isCellError(value)) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return cleanText(String(value)).replace(/\s+/g, ' ').toLowerCase();
}

function filledCells(block: Block, row: number): number {
  return filledIn(block.grid, row, block.range.left, block.range.right);
}

function extra(initiativeId: string | undefined): { initiativeId?: string } {
  return initiativeId === undefined ? {} : { initiativeId };
}

/**
 * The pieces of a cell that could not be read, as a finding quotes them: the first five, each cut
 * short, "and N more" after; `note` adds what is known of a piece ("+50%", a percent lag).
 */
export function unreadPieces(pieces: readonly string[], note?: (piece: string) => string | undefined): string {
  const shown = pieces.slice(0, 5).map((p) => {
    const said = note?.(p);
    return said === undefined ? `"${shortText(p, 40)}"` : `"${shortText(p, 40)}", ${said}`;
  });
  const more = pieces.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** "Row 7" for messages about rows that have no id yet. */
export function rowLabel(row: number): string {
  return `Row ${row + 1}`;
}

interface ColumnForcing {
  dmy: number;
  mdy: number;
  dmyRow?: number;
  mdyRow?: number;
}

interface AmbiguousCell {
  readonly row: number;
  readonly value: CellValue;
  readonly who: string;
  readonly dayFirst: number;
  readonly monthFirst: number;
  readonly initiativeId?: string;
}

function orderOfCounts(counts: { readonly dmy: number; readonly mdy: number }): DateOrder | null {
  return counts.dmy > 0 && counts.mdy === 0 ? 'dmy' : counts.mdy > 0 && counts.dmy === 0 ? 'mdy' : null;
}
