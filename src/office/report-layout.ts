import type { DateSystem, ReportCell, ReportRow, ReportSheet, StyleName } from '../core/types';
import { a1, a1Range } from '../core/util/a1';
import { serialFromDay } from '../core/util/days';
import { STYLES } from '../core/report/styles';
import { fitCellText } from '../core/report/cell-text';
import { jsonBytes } from './payload-batcher';

/**
 * A report sheet turned into what Office.js takes: a rectangle of values and number formats, and
 * the styled cells grouped by style into as few rectangles as possible. Pure, so it is tested
 * without a host.
 */
export type OfficeValue = string | number | boolean;

/** Text cells get the Text number format before their value lands, so "=..." or "+1" stays text. */
export const TEXT_FORMAT = '@';
const GENERAL = 'General';

export interface CellPlan {
  readonly value: OfficeValue;
  readonly format: string;
}

export function planCell(cell: ReportCell | null | undefined, dateSystem: DateSystem): CellPlan {
  const numFmt = cell?.numFmt ?? (cell?.style ? STYLES[cell.style]?.numFmt : undefined);
  const v = cell?.value;
  if (!v) return { value: '', format: numFmt ?? GENERAL };
  switch (v.t) {
    case 'text':
      return { value: fitCellText(v.v), format: TEXT_FORMAT };
    case 'number':
      return { value: v.v, format: numFmt ?? GENERAL };
    case 'percent':
      return { value: v.v, format: numFmt ?? '0%' };
    case 'date':
      return { value: serialFromDay(v.v, dateSystem), format: numFmt ?? 'yyyy-mm-dd' };
    case 'bool':
      return { value: v.v, format: GENERAL };
    case 'formula':
      // Our own formula (never user text): the only cells written as a formula.
      return { value: v.f.startsWith('=') ? v.f : `=${v.f}`, format: numFmt ?? GENERAL };
  }
}

/** One of our own formulas, written once the report sheets have their names (it may refer to them). */
export interface FormulaCell {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

/**
 * One row as value and format arrays `width` wide (missing trailing cells are empty). With
 * `formulas`, formula cells are left empty in the values and listed there instead.
 */
export function planRow(row: ReportRow, width: number, dateSystem: DateSystem, formulas?: { row: number; list: FormulaCell[] }): { values: OfficeValue[]; formats: string[] } {
  const values: OfficeValue[] = new Array<OfficeValue>(width);
  const formats: string[] = new Array<string>(width);
  for (let c = 0; c < width; c++) {
    const plan = planCell(row[c], dateSystem);
    if (formulas && row[c]?.value?.t === 'formula') {
      formulas.list.push({ row: formulas.row, col: c, formula: String(plan.value) });
      values[c] = '';
    } else values[c] = plan.value;
    formats[c] = plan.format;
  }
  return { values, formats };
}

/** Rows [from, to) of the sheet as value and format matrices `width` wide. */
export function planRows(sheet: ReportSheet, from: number, to: number, width: number, dateSystem: DateSystem): { values: OfficeValue[][]; formats: string[][] } {
  const values: OfficeValue[][] = [];
  const formats: string[][] = [];
  for (let r = from; r < to; r++) {
    const plan = planRow(r < sheet.rows.count ? sheet.rows.row(r) : [], width, dateSystem);
    values.push(plan.values);
    formats.push(plan.formats);
  }
  return { values, formats };
}

/** Rows [from, to) planned for one values write, with their JSON size. */
export interface RowBlock {
  readonly from: number;
  readonly to: number;
  readonly bytes: number;
  readonly values: OfficeValue[][];
  readonly formats: string[][];
}

/**
 * Cuts rows, given in order, into blocks whose values+formats JSON stays under `maxBytes` (at
 * least one row each). Each row is planned once: the block keeps its plan for the write.
 */
export class RowBlockPlanner {
  private from = 0;
  private bytes = 0;
  private values: OfficeValue[][] = [];
  private formats: string[][] = [];
  /** Formula cells seen so far (left empty in the blocks). */
  readonly formulas: FormulaCell[] = [];

  constructor(
    private readonly width: number,
    private readonly dateSystem: DateSystem,
    private readonly maxBytes: number,
  ) {}

  /** Plan row `r` (the next one); returns the block it closes when it does not fit that block. */
  add(r: number, row: ReportRow): RowBlock | undefined {
    const plan = planRow(row, this.width, this.dateSystem, { row: r, list: this.formulas });
    const rowBytes = jsonBytes(plan.values) + jsonBytes(plan.formats) + 2;
    let closed: RowBlock | undefined;
    if (r > this.from && this.bytes + rowBytes > this.maxBytes) {
      closed = this.take(r);
      this.from = r;
    }
    this.values.push(plan.values);
    this.formats.push(plan.formats);
    this.bytes += rowBytes;
    return closed;
  }

  /** The last block (rows up to `to`), if it holds any. */
  finish(to: number): RowBlock | undefined {
    return to > this.from ? this.take(to) : undefined;
  }

  private take(to: number): RowBlock {
    const block = { from: this.from, to, bytes: this.bytes, values: this.values, formats: this.formats };
    this.bytes = 0;
    this.values = [];
    this.formats = [];
    return block;
  }
}

/** Split the rows into blocks whose values+formats JSON stays under `maxBytes` (at least one row each). */
export function rowBlocks(sheet: ReportSheet, width: number, dateSystem: DateSystem, maxBytes: number): Array<{ from: number; to: number; bytes: number }> {
  const blocks: Array<{ from: number; to: number; bytes: number }> = [];
  const planner = new RowBlockPlanner(width, dateSystem, maxBytes);
  const keep = (b: RowBlock | undefined): void => {
    if (b) blocks.push({ from: b.from, to: b.to, bytes: b.bytes });
  };
  for (let r = 0; r < sheet.rows.count; r++) keep(planner.add(r, sheet.rows.row(r)));
  keep(planner.finish(sheet.rows.count));
  return blocks;
}

export interface StyleArea {
  readonly style: StyleName;
  /** A1 rectangles, e.g. ["A2:F40", "H2:H40"]. */
  readonly addresses: readonly string[];
}

interface Rect {
  style: StyleName;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Styled cells grouped by style, fed one row at a time: runs along a row, then runs stacked over
 * consecutive rows with the same columns merged into one rectangle. A 10,000-row table with a
 * style per column gives one rectangle per column, not 10,000.
 */
export class StyleAreaCollector {
  private readonly closed: Rect[] = [];
  private open = new Map<string, Rect>();

  /** Row `r` (rows come in order, none skipped). */
  add(r: number, row: ReportRow): void {
    const next = new Map<string, Rect>();
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      if (!style) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1]?.style === style) end++;
      const key = `${style}|${c}|${end}`;
      const above = this.open.get(key);
      if (above && above.bottom === r - 1) {
        above.bottom = r;
        this.open.delete(key);
        next.set(key, above);
      } else {
        next.set(key, { style, top: r, bottom: r, left: c, right: end });
      }
      c = end + 1;
    }
    for (const rect of this.open.values()) this.closed.push(rect);
    this.open = next;
  }

  /** The areas of every row added, by style in order of first appearance. */
  areas(): StyleArea[] {
    const rects = [...this.closed, ...this.open.values()];
    const byStyle = new Map<StyleName, string[]>();
    for (const rect of rects.sort((a, b) => a.top - b.top || a.left - b.left)) {
      const address = rect.top === rect.bottom && rect.left === rect.right ? a1(rect.top, rect.left) : a1Range(rect.top, rect.left, rect.bottom, rect.right);
      const list = byStyle.get(rect.style) ?? [];
      list.push(address);
      byStyle.set(rect.style, list);
    }
    return [...byStyle.entries()].map(([style, addresses]) => ({ style, addresses }));
  }
}

/** styleAreas of a whole sheet (StyleAreaCollector over every row). */
export function styleAreas(sheet: ReportSheet): StyleArea[] {
  const collector = new StyleAreaCollector();
  for (let r = 0; r < sheet.rows.count; r++) collector.add(r, sheet.rows.row(r));
  return collector.areas();
}

/** Address lists cut so each joined string stays short enough for one getRanges call. */
export function chunkAddresses(addresses: readonly string[], maxChars = 2000): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const address of addresses) {
    if (current.length > 0 && length + address.length + 1 > maxChars) {
      chunks.push(current.join(','));
      current = [];
      length = 0;
    }
    current.push(address);
    length += address.length + 1;
  }
  if (current.length > 0) chunks.push(current.join(','));
  return chunks;
}

/** Excel column width (points) for a width in characters of the default font. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** The cell `widthCols` right and `heightRows` down from an anchor, for a chart's bottom-right corner. */
export function chartEndCell(anchorRow: number, anchorCol: number, widthCols: number, heightRows: number): string {
  return a1(anchorRow + Math.max(1, heightRows) - 1, anchorCol + Math.max(1, widthCols) - 1);
}
