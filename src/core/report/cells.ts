import type { DayNumber, ReportCell, ReportLink, Status, StyleName } from '../types';
import { isoFromDay } from '../util/days';

/**
 * Small constructors so sheet modules read as layouts, not object literals.
 * Cells are immutable, so the common ones are shared rather than rebuilt: a report of 100,000
 * initiatives holds millions of cells, and each one kept alive costs garbage-collector time.
 */

const EMPTY_TEXT = new Map<StyleName, ReportCell>();

export function text(v: string, style: StyleName = 'body', extra?: { link?: ReportLink; note?: string }): ReportCell {
  if (extra !== undefined && ('link' in extra || 'note' in extra)) {
    // Same keys as spreading `extra` (a key given as undefined is kept), without the spread.
    if (!('note' in extra)) return { value: { t: 'text', v }, style, link: extra.link };
    if (!('link' in extra)) return { value: { t: 'text', v }, style, note: extra.note };
    return { value: { t: 'text', v }, style, link: extra.link, note: extra.note };
  }
  if (v === '') {
    let cell = EMPTY_TEXT.get(style);
    if (!cell) EMPTY_TEXT.set(style, (cell = { value: { t: 'text', v: '' }, style }));
    return cell;
  }
  return { value: { t: 'text', v }, style };
}

/** Shared cells for small whole numbers and repeated days, per style (bounded, so a long session cannot grow them without end). */
const SHARED_LIMIT = 50_000;
const NUMBERS = new Map<StyleName, Map<number, ReportCell>>();
const DATES = new Map<StyleName, Map<number, ReportCell>>();

function sharedIn(caches: Map<StyleName, Map<number, ReportCell>>, t: 'number' | 'date', style: StyleName, v: number): ReportCell {
  let byValue = caches.get(style);
  if (!byValue) caches.set(style, (byValue = new Map()));
  let cell = byValue.get(v);
  if (!cell) {
    cell = { value: { t, v }, style };
    if (byValue.size < SHARED_LIMIT) byValue.set(v, cell);
  }
  return cell;
}

export function num(v: number | undefined, style: StyleName = 'integer'): ReportCell {
  if (v === undefined) return blank(style);
  // -0 and NaN stay their own cells (a Map key would fold -0 into 0).
  if (Number.isInteger(v) && !Object.is(v, -0) && v >= -1000 && v <= 100_000) return sharedIn(NUMBERS, 'number', style, v);
  return { value: { t: 'number', v }, style };
}

const PERCENTS = new Map<number, ReportCell>();

export function pct(v: number | undefined): ReportCell {
  if (v === undefined) return blank('percent');
  if (Object.is(v, -0) || Number.isNaN(v)) return { value: { t: 'percent', v }, style: 'percent' };
  let cell = PERCENTS.get(v);
  if (!cell) {
    cell = { value: { t: 'percent', v }, style: 'percent' };
    if (PERCENTS.size < SHARED_LIMIT) PERCENTS.set(v, cell);
  }
  return cell;
}

export function date(v: DayNumber | undefined, style: StyleName = 'date'): ReportCell {
  if (v === undefined) return blank(style);
  if (Object.is(v, -0) || Number.isNaN(v)) return { value: { t: 'date', v }, style };
  return sharedIn(DATES, 'date', style, v);
}

const BLANKS = new Map<StyleName, ReportCell>();
const BLANK: ReportCell = { value: null };

/** An empty cell that still carries a style (fills, borders). */
export function blank(style?: StyleName): ReportCell {
  if (!style) return BLANK;
  let cell = BLANKS.get(style);
  if (!cell) BLANKS.set(style, (cell = { value: null, style }));
  return cell;
}

const YES: ReportCell = { value: { t: 'text', v: 'Yes' }, style: 'body' };
const NO: ReportCell = { value: { t: 'text', v: 'No' }, style: 'body' };

export function yesNo(v: boolean): ReportCell {
  return v ? YES : NO;
}

const STATUS_LABELS: Record<Status, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  done: 'Done',
  'not-started': 'Not started',
  'on-hold': 'On hold',
  cancelled: 'Cancelled',
  // No status given (or none readable, which a finding names): said as the report says every missing input.
  unknown: 'Not given',
};

/** Statuses in reading order (live RAG first). */
export const STATUS_ORDER: readonly Status[] = ['green', 'amber', 'red', 'done', 'not-started', 'on-hold', 'cancelled', 'unknown'];

export function statusLabel(s: Status): string {
  return STATUS_LABELS[s];
}

export function statusStyle(s: Status): StyleName {
  if (s === 'green' || s === 'amber' || s === 'red') return `rag-${s}`;
  if (s === 'done') return 'rag-done';
  return 'rag-grey';
}

const STATUS_CELLS = new Map<Status, ReportCell>();

export function statusCell(s: Status): ReportCell {
  let cell = STATUS_CELLS.get(s);
  if (!cell) STATUS_CELLS.set(s, (cell = text(statusLabel(s), statusStyle(s))));
  return cell;
}

/** RAG conditional formats for a status column (so re-sorting or editing keeps the colours). */
export const RAG_TEXT_STYLES: ReadonlyArray<{ text: string; style: StyleName }> = [
  { text: 'Green', style: 'rag-green' },
  { text: 'Amber', style: 'rag-amber' },
  { text: 'Red', style: 'rag-red' },
  { text: 'Done', style: 'rag-done' },
];

/** 1250000 -> "1.25m", 85000 -> "85k", 950 -> "950": compact amounts for sentences. */
export function compactAmount(v: number): string {
  const abs = Math.abs(v);
  const trim = (x: number): string => String(Number(x.toFixed(2)));
  if (abs >= 1e9) return `${trim(v / 1e9)}bn`;
  if (abs >= 1e6) return `${trim(v / 1e6)}m`;
  if (abs >= 1e4) return `${trim(v / 1e3)}k`;
  return String(Math.round(v));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "16 Nov 2026": the one display form of a date in the report's sentences, as date cells show it ('d mmm yyyy'). */
export function displayDate(day: DayNumber): string {
  const [y, m, d] = isoFromDay(day).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Our own sentences (analysis reasons) name dates as ISO; the report shows them as its date cells do. */
export function displayDates(sentence: string): string {
  return sentence.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (iso, y: string, m: string, d: string) => {
    const month = Number(m);
    const day = Number(d);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${day} ${MONTHS[month - 1]} ${y}` : iso;
  });
}
