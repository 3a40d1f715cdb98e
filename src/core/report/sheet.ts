import type { ReportCell, ReportSheet } from '../types';
import { parseA1 } from '../util/a1';
import { STYLES } from './styles';

/**
 * Common sheet defaults: report sheets have no gridlines and print landscape, fit to width.
 * Rows holding wrapped text get a height that shows every line: neither Excel nor LibreOffice
 * re-measures row heights when opening a file, so the writer must say how tall a row is.
 */
export function makeSheet(name: string, rows: (ReportCell | null)[][], rest: Partial<ReportSheet> = {}): ReportSheet {
  const base: ReportSheet = {
    name,
    rows,
    columnWidths: [],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    print: { orientation: 'landscape', fitToWidth: true },
    showGridLines: false,
    ...rest,
  };
  return { ...base, rowHeights: { ...fitRowHeights(base), ...(rest.rowHeights ?? {}) } };
}

const DEFAULT_WIDTH = 8.43;
const DEFAULT_SIZE = 10;

/** Font size of each style that wraps (a Map: looked up for every cell of every sheet). */
const WRAPPED_SIZE: ReadonlyMap<string, number> = new Map(
  Object.entries(STYLES)
    .filter(([, spec]) => spec.wrap)
    .map(([name, spec]) => [name, spec.size ?? DEFAULT_SIZE]),
);

/** Heights (points) for rows whose wrapped text needs more than one line. */
export function fitRowHeights(sheet: Pick<ReportSheet, 'rows' | 'columnWidths' | 'merges'>): Record<number, number> {
  const spans = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const [a, b] = m.split(':');
    const tl = parseA1(a ?? '');
    const br = parseA1(b ?? '');
    if (!tl || !br) continue;
    let width = 0;
    for (let c = tl.col; c <= br.col; c++) width += sheet.columnWidths[c] ?? DEFAULT_WIDTH;
    spans.set(`${tl.row},${tl.col}`, width);
    if (br.row > tl.row) spans.set(`${tl.row},${tl.col}`, Infinity); // multi-row merges: leave alone
    for (let r = tl.row; r <= br.row; r++) for (let c = tl.col; c <= br.col; c++) if (r !== tl.row || c !== tl.col) covered.add(`${r},${c}`);
  }
  const merged = spans.size > 0;
  const heights: Record<number, number> = {};
  const rows = sheet.rows;
  let lastStyle: string | undefined;
  let lastSize: number | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let height = 0;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      // The style first: it is on the cell itself, so most cells are skipped without reading their value.
      const styleName = cell?.style;
      if (!styleName) continue;
      if (styleName !== lastStyle) {
        lastStyle = styleName;
        lastSize = WRAPPED_SIZE.get(styleName);
      }
      const size = lastSize;
      if (size === undefined) continue;
      const value = cell.value;
      if (value === null || value.t !== 'text') continue;
      const key = merged ? `${r},${c}` : '';
      if (merged && covered.has(key)) continue;
      const width = (merged ? spans.get(key) : undefined) ?? sheet.columnWidths[c] ?? DEFAULT_WIDTH;
      if (!Number.isFinite(width)) continue;
      const perLine = Math.max(1, Math.floor((width * 1.3 * DEFAULT_SIZE) / size));
      const text = value.v;
      // Most cells are short: one line without measuring words.
      if (text.length <= perLine && !text.includes('\n')) continue;
      const lines = countLines(text, perLine);
      if (lines > 1) height = Math.max(height, Math.ceil(lines * size * 1.3 + 4));
    }
    if (height > 0) heights[r] = height;
  }
  return heights;
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
