import type { DayNumber, Initiative, Status } from '../types';
import { isoFromDay } from '../util/days';

/** Wording shared by rule messages, so every message names values the same way. */

/** `ENG-4 "Claims API"`, or just `ENG-4` without a name. */
export function label(i: Pick<Initiative, 'id' | 'name'>): string {
  return i.name !== undefined && i.name.trim() !== '' ? `${i.id} "${i.name}"` : i.id;
}

export function iso(day: DayNumber): string {
  return isoFromDay(day);
}

/** 0.6 -> "60%"; whole percents unless the value needs a decimal. */
export function percent(fraction: number): string {
  const p = Math.round(fraction * 1000) / 10;
  return `${p}%`;
}

/** 120000 -> "120,000"; at most two decimals. */
export function amount(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Done or cancelled: no further work expected. */
export function isClosed(status: Status): boolean {
  return status === 'done' || status === 'cancelled';
}
