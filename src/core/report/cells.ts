import type { DayNumber, ReportCell, ReportLink, Status, StyleName } from '../types';

/** Small constructors so sheet modules read as layouts, not object literals. */

export function text(v: string, style: StyleName = 'body', extra: { link?: ReportLink; note?: string } = {}): ReportCell {
  return { value: { t: 'text', v }, style, ...extra };
}

export function num(v: number | undefined, style: StyleName = 'integer'): ReportCell {
  return v === undefined ? blank(style) : { value: { t: 'number', v }, style };
}

export function pct(v: number | undefined): ReportCell {
  return v === undefined ? blank('percent') : { value: { t: 'percent', v }, style: 'percent' };
}

export function date(v: DayNumber | undefined, style: StyleName = 'date'): ReportCell {
  return v === undefined ? blank(style) : { value: { t: 'date', v }, style };
}

/** An empty cell that still carries a style (fills, borders). */
export function blank(style?: StyleName): ReportCell {
  return style ? { value: null, style } : { value: null };
}

export function yesNo(v: boolean): ReportCell {
  return text(v ? 'Yes' : 'No', 'body');
}

const STATUS_LABELS: Record<Status, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  done: 'Done',
  'not-started': 'Not started',
  'on-hold': 'On hold',
  cancelled: 'Cancelled',
  unknown: 'Unknown',
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

export function statusCell(s: Status): ReportCell {
  return text(statusLabel(s), statusStyle(s));
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
