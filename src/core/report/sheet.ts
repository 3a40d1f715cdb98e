import type { ReportRow, ReportRows, ReportSheet } from '../types';
import { parseA1 } from '../util/a1';
import { rowsFromArray } from './rows';
import { STYLES } from './styles';

/**
 * Common sheet defaults: report sheets have no gridlines, print landscape, fit to width, and
 * rows holding wrapped text are as tall as their lines (fitWrappedRows: writers measure each row
 * as they write it, so the build never walks every cell for it).
 */
export function makeSheet(name: string, rows: ReportRows | readonly ReportRow[], rest: Partial<ReportSheet> = {}): ReportSheet {
  return {
    name,
    rows: isRowArray(rows) ? rowsFromArray(rows) : rows,
    columnWidths: [],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    print: { orientation: 'landscape', fitToWidth: true },
    showGridLines: false,
    fitWrappedRows: true,
    ...rest,
  };
}

function isRowArray(rows: ReportRows | readonly ReportRow[]): rows is readonly ReportRow[] {
  return Array.isArray(rows);
}

const DEFAULT_WIDTH = 8.43;
const DEFAULT_SIZE = 10;
/** Merged cells are keyed by row * MAX_COLUMNS + column (a number: no key string per cell). */
const MAX_COLUMNS = 16_384;

/** How much wider bold type runs than regular: a bold header measured as regular wrapped to a line more than its row held. */
const BOLD_WIDTH = 1.12;
/** Font size of each style that wraps (a Map: looked up for every styled cell written). */
const WRAPPED_SIZE: ReadonlyMap<string, number> = new Map(
  Object.entries(STYLES)
    .filter(([, spec]) => spec.wrap)
    .map(([name, spec]) => [name, spec.size ?? DEFAULT_SIZE]),
);
/** Styles that wrap in bold type. */
const WRAPPED_BOLD: ReadonlySet<string> = new Set(
  Object.entries(STYLES)
    .filter(([, spec]) => spec.wrap && spec.bold)
    .map(([name]) => name),
);

/** What measuring a sheet's rows needs, prepared once per sheet: its column widths and merges. */
export interface RowFit {
  readonly columnWidths: readonly number[];
  /** Top-left cell of a merge -> its width in characters (Infinity for multi-row merges: left alone). */
  readonly spans: ReadonlyMap<number, number>;
  /** Cells inside a merge other than its top-left one. */
  readonly covered: ReadonlySet<number>;
}

export function prepareRowFit(sheet: Pick<ReportSheet, 'columnWidths' | 'merges'>): RowFit {
  const spans = new Map<number, number>();
  const covered = new Set<number>();
  for (const m of sheet.merges) {
    const [a, b] = m.split(':');
    const tl = parseA1(a ?? '');
    const br = parseA1(b ?? '');
    if (!tl || !br) continue;
    let width = 0;
    for (let c = tl.col; c <= br.col; c++) width += sheet.columnWidths[c] ?? DEFAULT_WIDTH;
    spans.set(tl.row * MAX_COLUMNS + tl.col, br.row > tl.row ? Infinity : width);
    for (let r = tl.row; r <= br.row; r++) for (let c = tl.col; c <= br.col; c++) if (r !== tl.row || c !== tl.col) covered.add(r * MAX_COLUMNS + c);
  }
  return { columnWidths: sheet.columnWidths, spans, covered };
}

/**
 * The height (points) a row needs for its wrapped text to show every line, 0 when one line is
 * enough. Pure: the writers call it for each row as they write it.
 */
export function fitRowHeight(row: ReportRow, index: number, fit: RowFit): number {
  const merged = fit.spans.size > 0;
  let height = 0;
  let lastStyle: string | undefined;
  let lastSize: number | undefined;
  let lastWidth = 1;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    // The style first: it is on the cell itself, so most cells are skipped without reading their value.
    const styleName = cell?.style;
    if (!styleName) continue;
    if (styleName !== lastStyle) {
      lastStyle = styleName;
      lastSize = WRAPPED_SIZE.get(styleName);
      lastWidth = WRAPPED_BOLD.has(styleName) ? BOLD_WIDTH : 1;
    }
    const size = lastSize;
    if (size === undefined) continue;
    const value = cell.value;
    if (value === null || value.t !== 'text') continue;
    const key = index * MAX_COLUMNS + c;
    if (merged && fit.covered.has(key)) continue;
    const width = (merged ? fit.spans.get(key) : undefined) ?? fit.columnWidths[c] ?? DEFAULT_WIDTH;
    if (!Number.isFinite(width)) continue;
    const perLine = Math.max(1, Math.floor((width * 1.3 * DEFAULT_SIZE) / (size * lastWidth)));
    const text = value.v;
    // Most cells are short: one line without measuring words.
    if (text.length <= perLine && !text.includes('\n')) continue;
    const lines = countLines(text, perLine);
    if (lines > 1) height = Math.max(height, Math.ceil(lines * size * 1.3 + 4));
  }
  return height;
}

/** A table's header row (row 1 of its sheet): at least `least` points, or as tall as its longest header's lines. */
export function headerRowHeight(header: ReportRow, columnWidths: readonly number[], least: number): number {
  return Math.max(least, fitRowHeight(header, 0, prepareRowFit({ columnWidths, merges: [] })));
}

/**
 * Each row's height as the writers write it: the sheet's explicit rowHeights first, else the
 * fitted height when the sheet asks for fitting (fitWrappedRows), else undefined (the default).
 */
export function rowHeightOf(
  sheet: Pick<ReportSheet, 'columnWidths' | 'merges' | 'rowHeights' | 'fitWrappedRows'>,
): (index: number, row: ReportRow | undefined) => number | undefined {
  const explicit = sheet.rowHeights ?? {};
  const fit = sheet.fitWrappedRows ? prepareRowFit(sheet) : undefined;
  return (index, row) => {
    const given = explicit[index];
    if (given !== undefined) return given;
    if (!fit || !row) return undefined;
    const fitted = fitRowHeight(row, index, fit);
    return fitted > 0 ? fitted : undefined;
  };
}

/** Greedy word wrap: how many lines a text takes at a given number of characters per line. */
export function countLines(text: string, perLine: number): number {
  // One scan, no split arrays: paragraphs end at '\n', words are runs of non-space (as /\s+/ splits).
  let lines = 1;
  let used = 0;
  let k = 0;
  const n = text.length;
  while (k < n) {
    const ch = text.charCodeAt(k);
    if (ch === 10) {
      lines++;
      used = 0;
      k++;
      continue;
    }
    if (isSpace(ch)) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < n && !isSpace(text.charCodeAt(end))) end++;
    const len = end - k;
    if (used === 0) {
      used = len;
    } else if (used + 1 + len <= perLine) {
      used += 1 + len;
    } else {
      lines++;
      used = len;
    }
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
    k = end;
  }
  return lines;
}

/** The characters /\s/ matches (line feed, 10, is handled by the caller as a paragraph break). */
function isSpace(ch: number): boolean {
  if (ch <= 32) return ch === 32 || (ch >= 9 && ch <= 13);
  if (ch < 160) return false;
  return (
    ch === 0xa0 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch === 0xfeff
  );
}

/**
 * What repeats on every printed page, read by both writers: the frozen header rows (unless the
 * sheet is fitted to a set number of pages tall, as the Summary is) and the sheet's repeated
 * columns. Counts from the top and from the left; 0 for none.
 */
export function printTitles(sheet: Pick<ReportSheet, 'print' | 'freeze'>): { readonly rows: number; readonly cols: number } {
  if (!sheet.print) return { rows: 0, cols: 0 };
  return { rows: sheet.print.fitToHeight === undefined ? (sheet.freeze?.rows ?? 0) : 0, cols: sheet.print.repeatCols ?? 0 };
}

/**
 * The page every printed report sheet is laid out on, read by both writers: centred across the
 * page, margins in inches (narrow at the sides: the Summary's two panels want the width).
 */
export const PAGE_SETUP = {
  centerHorizontally: true,
  marginsInches: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
} as const;

/** The widest an ID column grows to hold a key (a name keying a table with no id column); a longer key wraps in it. */
export const ID_WIDTH_CAP = 24;

/**
 * An ID column's width (Initiatives, Timeline): its usual width, or as wide as the longest key
 * and a character to spare, at most ID_WIDTH_CAP; a longer key wraps (the row is fitted to its
 * lines), never running into the Name column.
 */
export function idColumnWidth(initiatives: Iterable<{ readonly id: string }>, base: number): number {
  let longest = 0;
  for (const i of initiatives) if (i.id.length > longest) longest = i.id.length;
  return Math.min(ID_WIDTH_CAP, Math.max(base, longest + 1));
}

/** Printable width of an A4 landscape page (297 mm) inside PAGE_SETUP's side margins, in points. */
export const PRINTABLE_WIDTH_PT = (297 / 25.4 - PAGE_SETUP.marginsInches.left - PAGE_SETUP.marginsInches.right) * 72;

/**
 * A column's width on paper at 100%, in points, as the widest-measuring program prints it. Widths
 * are in characters of the default font's widest digit (ECMA-376 Part 1, 18.3.1.13, col): Excel's
 * Calibri 11 digit is 7 px, about 5.25 pt a character; LibreOffice without Calibri or its metric
 * twin Carlito measures in DejaVu Sans, 7 pt a character, a third wider. A sheet that places its
 * own page breaks measures with the wider, so that no program adds a break of its own.
 */
export function columnPoints(width: number): number {
  return width * 7;
}
