import type { CellValue, GridRange, RawSheet } from '../types';
import { isLabelRow } from './title-rows';
import { FIELD_SPECS } from '../types';
import { MIN_BAND, periodBandColumns, ratesPeriods, type HeaderCell } from './period-band';
import { bestHeaderField } from './match/header-fields';
import { cleanText, isBlank, isCellError } from './normalise/cell-text';
import { isIdWithDigit } from './normalise/id';
import { firstFilledFrom, makeGrid, rangeContains, type SheetGrid } from './sheet-grid';

/** A block of cells under one header row: an Excel table or a detected block. */
export interface Block {
  readonly grid: SheetGrid;
  /** Excel table name, when the block is one. */
  readonly tableName?: string;
  /** Header row + data rows, sheet coordinates. */
  readonly range: GridRange;
  readonly headerRow: number;
  /** Header text per column of the range (group label of a merged cell above + own text). */
  readonly headers: readonly string[];
  /** The header row's own text per column (for matching when a group label is prefixed). */
  readonly ownHeaders: readonly string[];
  /** True when a header row was recognised; false for a sheet of something else. */
  readonly recognised: boolean;
  /** Rows typed right under an Excel table's range, read as part of it (the last rows of `range`). */
  readonly rowsBelowTable?: number;
  /** Sheet columns of a timeline drawn beside the table (a hand-made Gantt's week or month columns: period-band.ts). */
  readonly periodBand?: { readonly left: number; readonly right: number };
}

/** How many non-blank rows follow an Excel table directly, inside its columns and outside any other table. */
function rowsTypedBelow(grid: SheetGrid, range: GridRange, tables: readonly GridRange[]): number {
  let count = 0;
  for (let row = range.bottom + 1; row <= grid.bottom; row++) {
    if (tables.some((t) => t !== range && rangeContains(t, row, range.left))) break;
    if (grid.isBlankRow(row, range.left, range.right)) break;
    if (isTotalsRow(grid, row, range.left, range.right)) break;
    count++;
  }
  return count;
}

/** How many non-blank rows at the top of a sheet, and after each blank row, may be a header row. */
const TOP_ROWS_SCANNED = 15;
const ROWS_SCANNED_AFTER_GAP = 3;
const NUMERIC_TEXT = /^[\s\d.,%+\-()£$€¥₹]*\d[\s\d.,%+\-()£$€¥₹kmbn]*$/i;
/** A cell that is a totals label and nothing else, in English and the European languages read. */
const TOTAL_LABEL_WHOLE = /^(?:(?:grand\s+)?(?:sub[\s-]?)?totals?|sum|summe|gesamt(?:summe)?|zwischensumme|totaal|totale|suma|somme)\s*[:.]?$/i;
/** A cell that starts like a totals label ("Total - Data", "Total (£k)", "Total Rewards review"). */
const TOTAL_LABEL_START = /^(?:grand\s+)?(?:sub[\s-]?)?totals?\b/i;
/** A cell that ends like a totals label: the group it sums, then the word ("Place Total", "Lending subtotal", "Programme total"). */
const TOTAL_LABEL_END = /\b(?:sub[\s-]?)?totals?\s*[:.]?$/i;
const NOTE_LABEL = /^(?:[*†‡]|(?:notes?|sources?|key|rag key|legend|comments?|nb)\s*[:\-])/i;

/**
 * Every table in a sheet: its Excel tables by their own range, then blocks found under header
 * rows (below title rows and notes, across blank rows, several per sheet, merged header cells,
 * totals rows left out). A sheet with content but no header row gives one unrecognised block.
 */
export function findTables(sheet: RawSheet): Block[] {
  const grid = makeGrid(sheet);
  if (grid.bottom < grid.top) return [];
  const blocks: Block[] = [];
  const ownRanges = (sheet.tables ?? []).map((t) => t.range);
  const listRanges: GridRange[] = [];
  for (const table of sheet.tables ?? []) {
    const headers = readHeaders(grid, table.range.top, table.range.left, table.range.right);
    // Rows typed just under an Excel table belong to it in the user's eyes: read, and reported.
    const below = rowsTypedBelow(grid, table.range, ownRanges);
    const range = below > 0 ? { ...table.range, bottom: table.range.bottom + below } : table.range;
    listRanges.push(range);
    const band = bandOf(grid, table.range.top, table.range.left, table.range.right);
    blocks.push({ grid, tableName: table.name, range, headerRow: table.range.top, ...headers, recognised: true, ...(below > 0 ? { rowsBelowTable: below } : {}), ...(band ? { periodBand: band } : {}) });
  }
  // Most sheets have no Excel tables: then every cell is outside one, with no test per cell.
  const outside =
    listRanges.length === 0 ? grid.value : (row: number, col: number): CellValue => (listRanges.some((r) => rangeContains(r, row, col)) ? null : grid.value(row, col));
  const headerRows = findHeaderRows(grid, outside);
  for (let i = 0; i < headerRows.length; i++) {
    const header = headerRows[i]!;
    const nextHeader = headerRows[i + 1];
    const limit = nextHeader === undefined ? grid.bottom : lastRowBeforeTitles(grid, header.row, nextHeader.row);
    for (const [left, right] of header.segments) {
      const tableBelow = listRanges.filter((r) => r.top > header.row && r.left <= right && r.right >= left).map((r) => r.top - 1);
      const bottom = findBottom(grid, header.row, left, right, Math.min(limit, ...tableBelow));
      const band = bandOf(grid, header.row, left, right);
      blocks.push({ grid, range: { top: header.row, left, bottom, right }, headerRow: header.row, ...readHeaders(grid, header.row, left, right), recognised: true, ...(band ? { periodBand: band } : {}) });
    }
  }
  if (blocks.length === 0) {
    const first = firstNonBlankRow(grid, outside);
    if (first !== undefined) {
      blocks.push({
        grid,
        range: { top: first, left: grid.left, bottom: grid.bottom, right: grid.right },
        headerRow: first,
        ...readHeaders(grid, first, grid.left, grid.right),
        recognised: false,
      });
    }
  }
  return blocks;
}

/** The widest period band of a header row between two columns, as sheet columns; undefined when there is none. */
function bandOf(grid: SheetGrid, row: number, left: number, right: number): { left: number; right: number } | undefined {
  const cells: HeaderCell[] = [];
  for (let col = left; col <= right; col++) {
    const value = grid.value(row, col);
    if (!isBlank(value)) cells.push([col, value, grid.numberFormat(row, col)]);
  }
  if (cells.length < MIN_BAND) return undefined;
  const cols = [...periodBandColumns(cells)].sort((a, b) => a - b);
  let best: { left: number; right: number } | undefined;
  for (let k = 0; k < cols.length; ) {
    let end = k;
    while (end + 1 < cols.length && cols[end + 1] === cols[end]! + 1) end++;
    if (best === undefined || cols[end]! - cols[k]! > best.right - best.left) best = { left: cols[k]!, right: cols[end]! };
    k = end + 1;
  }
  return best;
}

/** Rows between the last blank row and the next header are that block's titles, not this block's data. */
function lastRowBeforeTitles(grid: SheetGrid, headerRow: number, nextHeaderRow: number): number {
  for (let row = nextHeaderRow - 1; row > headerRow; row--) if (grid.isBlankRow(row, grid.left, grid.right)) return row;
  return nextHeaderRow - 1;
}

interface HeaderRow {
  readonly row: number;
  readonly matched: number;
  /** Column spans of the row's header segments (split where two or more header cells are blank). */
  readonly segments: ReadonlyArray<readonly [number, number]>;
}

function findHeaderRows(grid: SheetGrid, valueAt: (row: number, col: number) => CellValue): HeaderRow[] {
  const found: HeaderRow[] = [];
  let budget = TOP_ROWS_SCANNED;
  let previousBlank = false;
  let blankSinceHeader = false;
  for (let row = grid.top; row <= grid.bottom; row++) {
    if (isRowBlank(grid, row, valueAt)) {
      if (!previousBlank) budget = ROWS_SCANNED_AFTER_GAP;
      previousBlank = true;
      blankSinceHeader = true;
      continue;
    }
    previousBlank = false;
    const last = found[found.length - 1];
    // Under a header only a blank row can start the next block (data rows never become headers),
    // except the row right below it, which may be the column names under a group row.
    if (last && last.row < row - 1 && !blankSinceHeader) budget = 0;
    if (budget <= 0) continue;
    budget--;
    // Under a gap in a table, a new table's header must name fields in half its cells: a data row
    // past the gap names a couple by chance ("Done" reads as % done, "see notes" as a note), and
    // holds figures a header never does (a 1, "£1,200"; a year such as 2026 may head a column).
    const underGap = last !== undefined && blankSinceHeader;
    const candidate = scoreHeaderRow(grid, row, valueAt, underGap ? 0.5 : MIN_HEADER_SHARE, underGap);
    if (!candidate) continue;
    // After a blank row, a row that repeats the table's own values in their columns ("Done" under
    // Status, "FIN-1" under Ref) carries the table on; a new table's header names columns instead.
    if (last && blankSinceHeader && repeatsValuesAbove(grid, row, last.row, valueAt)) continue;
    if (last && last.row === row - 1) {
      // Two header-like rows in a row: a group row above its column names; keep the better one,
      // or the lower one when merged cells say the two rows are one header (see namesUnderGroups).
      if (candidate.matched >= last.matched || namesUnderGroups(grid, last.row, row)) found[found.length - 1] = candidate;
      continue;
    }
    found.push(candidate);
    blankSinceHeader = false;
  }
  return found;
}

/**
 * bestHeaderField with a bounded cache: rows after blank rows are scored too, and their cells
 * repeat (statuses, owners, departments), so most lookups are hits.
 */
const headerCache = new Map<string, string | undefined>();
const HEADER_CACHE_LIMIT = 10_000;

function fieldOfHeader(text: string): string | undefined {
  if (headerCache.has(text)) return headerCache.get(text);
  const field = bestHeaderField(text);
  if (headerCache.size >= HEADER_CACHE_LIMIT) headerCache.clear();
  headerCache.set(text, field);
  return field;
}

/**
 * Only the cells the row holds are looked at, never every column of the used range: one far cell
 * (XFD1048576) makes the range 16,384 columns wide for every row, while each row holds a few.
 */
function isRowBlank(grid: SheetGrid, row: number, valueAt: (row: number, col: number) => CellValue): boolean {
  const values = grid.rowValues(row);
  // By the cells the row holds (firstFilledFrom walks a holey row's entries), so a row reaching XFD costs its cells, not 16,384 slots.
  for (let k = firstFilledFrom(values, 0); k >= 0; k = firstFilledFrom(values, k + 1)) if (!isBlank(valueAt(row, grid.left + k))) return false;
  return true;
}

/** The last column a header row can have a value in: its last stored cell, or a merge across the row reaching further. */
function lastColumnOf(grid: SheetGrid, row: number): number {
  let right = grid.left + grid.rowValues(row).length - 1;
  for (const m of grid.sheet.merges ?? []) if (m.top <= row && m.bottom >= row && m.right > right) right = m.right;
  return Math.min(right, grid.right);
}

/**
 * Whether `row` holds the column names under group labels in `upper`: a cell of `upper` merged
 * across columns ("Dates" over Start | End) has text under it, or a cell of `upper` is merged down
 * into `row` ("Project" standing for both rows). Then readHeaders joins the two ("Dates End").
 */
function namesUnderGroups(grid: SheetGrid, upper: number, row: number): boolean {
  for (const m of grid.sheet.merges ?? []) {
    if (m.top > upper || m.bottom < upper) continue;
    if (m.bottom >= row) return true;
    if (m.bottom === upper && m.right > m.left) {
      for (let col = m.left; col <= m.right; col++) {
        const v = grid.value(row, col);
        if (typeof v === 'string' && !isBlank(v)) return true;
      }
    }
  }
  return false;
}

/** How far above a header-like row its cells are looked for among the rows of the table above. */
const LOOK_BACK_ROWS = 100;

/** Whether two or more of a row's text cells are written, in the same column, in the rows under the header above it. */
function repeatsValuesAbove(grid: SheetGrid, row: number, headerRow: number, valueAt: (row: number, col: number) => CellValue): boolean {
  const top = Math.max(headerRow + 1, row - LOOK_BACK_ROWS);
  let repeated = 0;
  const right = lastColumnOf(grid, row);
  for (let col = grid.left; col <= right; col++) {
    const value = valueAt(row, col);
    if (typeof value !== 'string' || isBlank(value)) continue;
    const key = value.trim().toLowerCase();
    for (let r = row - 1; r >= top; r--) {
      const above = valueAt(r, col);
      if (typeof above === 'string' && above.trim().toLowerCase() === key) {
        if (++repeated >= 2) return true;
        break;
      }
    }
  }
  return false;
}

/** A year written as text ("2026", "FY2027" is not numeric text), the one figure a header row holds. */
const YEAR_TEXT = /^\s*(?:19|20)\d\d\s*$/;

/** Share of a header row's cells that must name a field (wide exports aside). */
const MIN_HEADER_SHARE = 0.3;

function scoreHeaderRow(
  grid: SheetGrid,
  row: number,
  valueAt: (row: number, col: number) => CellValue,
  share: number,
  figuresAreData = false,
): HeaderRow | undefined {
  let nonEmpty = 0;
  let numbers = 0;
  let matched = 0;
  const matchedCols: number[] = [];
  const filled: number[] = [];
  const fields = new Set<string>();
  const texts: Array<readonly [number, string]> = [];
  const right = lastColumnOf(grid, row);
  const cells: HeaderCell[] = [];
  for (let col = grid.left; col <= right; col++) {
    const value = valueAt(row, col) ?? mergedValue(grid, row, col);
    if (!isBlank(value)) cells.push([col, value, typeof value === 'number' ? grid.numberFormat(row, col) : null]);
  }
  // A timeline's week or month columns are column names, not the dates or figures of a data row.
  const band = cells.length >= MIN_BAND + 2 ? periodBandColumns(cells) : undefined;
  for (const [col, value] of cells) {
    filled.push(col);
    if (band?.has(col)) continue;
    nonEmpty++;
    // Text that is a number, percent or amount ("50%", "£1,200", "(300)") is a value, not a column name.
    if (typeof value === 'string') {
      if (NUMERIC_TEXT.test(value)) {
        if (figuresAreData && !YEAR_TEXT.test(value)) return undefined;
        numbers++;
      } else texts.push([col, value]);
    }
    // Year columns (2025, 2026) are fine in a header; dates, booleans and errors are data.
    else if (typeof value === 'number') {
      if (figuresAreData && !(Number.isInteger(value) && value >= 1900 && value <= 2100)) return undefined;
      numbers++;
    } else return undefined;
  }
  if (texts.length < 2 || numbers > nonEmpty * 0.6) return undefined;
  for (const [col, value] of texts) {
    const best = fieldOfHeader(value);
    if (best !== undefined) {
      matched++;
      matchedCols.push(col);
      fields.add(best);
    }
  }
  // Two distinct fields at least: a data row repeating one phrase across cells is not a header.
  // A wide export (hundreds of columns, many repeated) names few of them: five distinct fields
  // in a row of text is a header however wide it is.
  if (fields.size < 2 || matched < 2) return undefined;
  if (matched < nonEmpty * share && !(fields.size >= 5 && texts.length >= nonEmpty * 0.9)) return undefined;
  // A row that is a header only once its period columns are left out must name work on its own:
  // a Gantt names its tasks and their dates or status; a resource plan (Resource, Role, Team,
  // Nov-26, Dec-26...) names people, and is no list of initiatives.
  // A band of RAG letters under the period headers is a status history: the row names work's status (status-history.ts).
  if (band !== undefined && band.size > 0 && matched < (nonEmpty + band.size) * share && !namesWork(fields) && !(namesItem(fields) && ratesBelow(grid, row, band, valueAt))) return undefined;
  const segments = splitSegments(filled).filter(([l, r]) => matchedCols.filter((c) => c >= l && c <= r).length >= 2);
  if (segments.length === 0) return undefined;
  return { row, matched, segments: segments.map(([l, r]) => [l, extendRight(grid, row, r)] as const) };
}

const INITIATIVE_FIELD_LIST = FIELD_SPECS.initiatives;

/** The fields that say what an item of work is, and those that say when, how far or what it costs (the field registry's key and work kinds). */
const ITEM_FIELDS = new Set(INITIATIVE_FIELD_LIST.filter((s) => s.role === 'key').map((s) => `initiatives:${s.field}`));
const WORK_KINDS: ReadonlySet<string> = new Set(['date', 'status', 'percent', 'links', 'money']);
const WORK_FIELDS = new Set(INITIATIVE_FIELD_LIST.filter((s) => WORK_KINDS.has(s.value)).map((s) => `initiatives:${s.field}`));

/** A header's fields name what items of work are (an id or a name). */
function namesItem(fields: ReadonlySet<string>): boolean {
  return [...fields].some((f) => ITEM_FIELDS.has(f));
}

/** Rows under a header row that are looked at for ratings under its period band. */
const RATED_ROWS = 20;

/** Whether the cells under a band of period headers are RAG ratings ("G", "A", "R"), a weekly status history (ratesPeriods). */
function ratesBelow(grid: SheetGrid, row: number, band: ReadonlySet<number>, valueAt: (row: number, col: number) => CellValue): boolean {
  const rows: number[] = [];
  for (let r = row + 1; r <= Math.min(grid.bottom, row + RATED_ROWS); r++) rows.push(r);
  return ratesPeriods(rows, [...band], valueAt);
}

/** A header's fields ("initiatives:name", as bestHeaderField gives them) name items of work: what they are, and when, how far or what they cost. */
function namesWork(fields: ReadonlySet<string>): boolean {
  return [...fields].some((f) => ITEM_FIELDS.has(f)) && [...fields].some((f) => WORK_FIELDS.has(f));
}

/** Split filled header columns where two or more columns in a row are blank (side-by-side tables). */
function splitSegments(filled: readonly number[]): Array<[number, number]> {
  const segments: Array<[number, number]> = [];
  for (const col of filled) {
    const last = segments[segments.length - 1];
    if (last && col - last[1] <= 2) last[1] = col;
    else segments.push([col, col]);
  }
  return segments;
}

/** A merged header cell spanning to the right widens its segment. */
function extendRight(grid: SheetGrid, row: number, right: number): number {
  let r = right;
  for (const m of grid.sheet.merges ?? []) if (rangeContains(m, row, right) && m.right > r) r = m.right;
  return r;
}

/** The text of a merged cell for a covered (empty) cell, as Excel shows it. */
function mergedValue(grid: SheetGrid, row: number, col: number): CellValue {
  for (const m of grid.sheet.merges ?? []) {
    if (rangeContains(m, row, col) && (m.top !== row || m.left !== col)) return grid.value(m.top, m.left);
  }
  return null;
}

function readHeaders(grid: SheetGrid, headerRow: number, left: number, right: number): { headers: string[]; ownHeaders: string[] } {
  const headers: string[] = [];
  const ownHeaders: string[] = [];
  const labelled = isLabelRow(grid, headerRow, left, right);
  for (let col = left; col <= right; col++) {
    const raw = grid.value(headerRow, col);
    const own = headerText(isBlank(raw) ? mergedValue(grid, headerRow, col) : raw);
    const group = groupLabel(grid, headerRow, col) || (labelled ? headerText(grid.value(headerRow - 1, col)) : '');
    ownHeaders.push(own);
    headers.push(group && own && group !== own ? `${group} ${own}` : own || group);
  }
  return { headers, ownHeaders };
}

/** A merged cell spanning several columns in the row above the header ("Dates" over Start | Due). */
function groupLabel(grid: SheetGrid, headerRow: number, col: number): string {
  for (const m of grid.sheet.merges ?? []) {
    if (m.bottom === headerRow - 1 && m.left <= col && m.right >= col && m.right > m.left) return headerText(grid.value(m.top, m.left));
  }
  return '';
}

function headerText(value: CellValue): string {
  if (value === null || isCellError(value)) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return cleanText(String(value)).replace(/\s+/g, ' ');
}

/**
 * Last row of a block: notes at the bottom after a blank row ("Source: ...", "* dates are
 * indicative") are left out, and so are trailing blank rows. A note-like row followed by more
 * data stays in the table, so no data row is ever cut off.
 */
function findBottom(grid: SheetGrid, headerRow: number, left: number, right: number, limit: number): number {
  let lastData = headerRow;
  let afterBlank = false;
  let inNotes = false;
  // The last blank row before the last data row: where a block of another kind may begin (withoutForeignTail).
  let lastGap = -1;
  let blank = -1;
  for (let row = headerRow + 1; row <= limit; row++) {
    if (grid.isBlankRow(row, left, right)) {
      afterBlank = true;
      blank = row;
      continue;
    }
    if ((afterBlank || inNotes) && isNoteRow(grid, row, left, right)) {
      inNotes = true;
      afterBlank = false;
      continue;
    }
    inNotes = false;
    afterBlank = false;
    lastData = row;
    lastGap = blank;
  }
  return lastGap > headerRow && lastGap < lastData ? withoutForeignTail(grid, headerRow, lastData, left, right, lastGap) : lastData;
}

/**
 * A block of another kind under the table after a blank row: a sign-off block ("Sign-off" then
 * "Prepared by | name | date"), a footer line ("Status as of 13/11/2026"). Cut off when it opens
 * with a line of its own (one cell) and none of its rows fills the table's first column, which the
 * rows above fill nearly always (their ids). Rows typed below without ids but shaped like the
 * table's stay in it, and are reported as rows without an id.
 */
function withoutForeignTail(grid: SheetGrid, headerRow: number, bottom: number, left: number, right: number, lastGap: number): number {
  let end = bottom;
  for (let first = true; ; first = false) {
    let gap = first ? lastGap : end;
    if (!first) while (gap > headerRow && !grid.isBlankRow(gap, left, right)) gap--;
    if (gap <= headerRow + 1) return end;
    const above = gap - 1;
    let lastAbove = above;
    while (lastAbove > headerRow && grid.isBlankRow(lastAbove, left, right)) lastAbove--;
    if (lastAbove <= headerRow) return end;
    // The tail: gap+1..end; it opens with a line of its own in the first column (no id), and never fills the first column beside other cells.
    const opening = grid.value(gap + 1, left);
    if (filledIn(grid, gap + 1, left, right) !== 1 || typeof opening !== 'string' || !isTailTitle(cleanText(opening))) return end;
    // Beside its title, a block has rows of its own ("Prepared by | name | date"); lone lines are cut only as notes about the sheet, not items written with a name only.
    let content = false;
    let notes = true;
    for (let row = gap + 1; row <= end; row++) {
      if (grid.isBlankRow(row, left, right)) continue;
      const filled = filledIn(grid, row, left, right);
      if (filled > 1 && !isBlank(grid.value(row, left))) return end;
      if (filled > 1) content = true;
      else if (row !== gap + 1 || !FOOTER_LINE.test(cleanText(opening))) notes = notes && isFooterLine(grid, row, left, right);
    }
    if (!content && !notes) return end;
    let rows = 0;
    let keyed = 0;
    for (let row = headerRow + 1; row <= lastAbove; row++) {
      if (grid.isBlankRow(row, left, right)) continue;
      rows++;
      if (!isBlank(grid.value(row, left))) keyed++;
    }
    if (rows < 3 || keyed < 0.8 * rows) return end;
    end = lastAbove;
  }
}

/** A block's title, not an id: words, not a short token with a digit ("FIN-9"). */
function isTailTitle(text: string): boolean {
  const token = text.replace(/^['’]+/, '');
  return token !== '' && !isIdWithDigit(token);
}

function isFooterLine(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) {
    const v = grid.value(row, col);
    if (!isBlank(v)) return typeof v === 'string' && FOOTER_LINE.test(cleanText(v));
  }
  return false;
}

/** A line about the sheet itself: when it was updated, who prepared or signed it, where it came from. */
const FOOTER_LINE = /\b(?:as of|as at|status|updated|printed|prepared|generated|source|sign[\s-]?off|signed|approved|reviewed|page|confidential)\b/i;

/** Non-blank cells of a row between two columns. */
export function filledIn(grid: SheetGrid, row: number, left: number, right: number): number {
  let count = 0;
  for (let col = left; col <= right; col++) if (!isBlank(grid.value(row, col))) count++;
  return count;
}

function isNoteRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  let only: CellValue = null;
  let count = 0;
  for (let col = left; col <= right; col++) {
    const v = grid.value(row, col);
    if (isBlank(v)) continue;
    if (++count > 1) return false;
    only = v;
  }
  return typeof only === 'string' && NOTE_LABEL.test(cleanText(only));
}

/**
 * A totals row is a summary, not a record: a whole totals label ("Total", "Grand total",
 * "Subtotal", "Summe") among its first three cells, or a cell that starts like one ("Total (£k)",
 * "Total - Data") or ends like one ("Place Total", "Lending subtotal") anywhere in a row whose
 * other cells are all numbers. "Total Rewards review" beside an id and an owner is an
 * initiative's name, so that row stays a record.
 */
export function isTotalsRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  const values = grid.rowValues(row);
  let seen = 0;
  let label = false;
  let otherText = false;
  const visit = (v: CellValue | undefined): boolean => {
    if (isBlank(v)) return false;
    seen++;
    if (typeof v !== 'string') return false;
    if (mayBeTotalLabel(v)) {
      const text = cleanText(v);
      if (seen <= 3 && TOTAL_LABEL_WHOLE.test(text)) return true;
      if (TOTAL_LABEL_START.test(text)) {
        label = true;
        return false;
      }
    }
    if (mayEndAsTotalLabel(v) && TOTAL_LABEL_END.test(cleanText(v))) {
      label = true;
      return false;
    }
    if (!NUMERIC_TEXT.test(v) && !NO_VALUE_TEXT.test(v)) otherText = true;
    return false;
  };
  const from = Math.max(0, left - grid.left);
  const to = right - grid.left;
  if (values.length - from <= 64) {
    for (let k = from; k <= to && k < values.length; k++) if (visit(values[k])) return true;
  } else {
    // A row reaching far right is walked by the entries it holds (see firstFilledFrom).
    for (const key in values) {
      const k = Number(key);
      if (!Number.isInteger(k) || k < from) continue;
      if (k > to) break;
      if (visit(values[k])) return true;
    }
  }
  return label && !otherText;
}

/** Cells a totals row may hold beside its numbers: dashes and "n/a". */
const NO_VALUE_TEXT = /^\s*(?:[-\u2013\u2014]+|n\/?a)\s*$/i;

/**
 * False when the text cannot be a totals label: it starts with a plain ASCII character other
 * than g, s or t ("Grand total", "Subtotal", "Total", "Sum"). Spares a cleanText and a regex run
 * for the first cells of every data row; anything else (a space, a non-ASCII character) is left
 * to the totals patterns.
 */
export function mayBeTotalLabel(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first <= 32 || first >= 127) return true;
  const lower = first | 0x20; // ASCII letters to lower case; no other character becomes g, s or t
  return lower === 0x67 /* g */ || lower === 0x73 /* s */ || lower === 0x74 /* t */;
}

/** False when the text's last letters cannot end "total" or "totals": spares the pattern on every other cell. */
function mayEndAsTotalLabel(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && (text.charCodeAt(end) <= 32 || text[end] === ':' || text[end] === '.')) end--;
  const last = text.charCodeAt(end) | 0x20; // ASCII letters to lower case
  if (last !== 0x6c /* l */ && last !== 0x73 /* s */) return false;
  return text.slice(Math.max(0, end - 6), end + 1).toLowerCase().includes('total');
}

function firstNonBlankRow(grid: SheetGrid, valueAt: (row: number, col: number) => CellValue): number | undefined {
  for (let row = grid.top; row <= grid.bottom; row++) if (!isRowBlank(grid, row, valueAt)) return row;
  return undefined;
}
