import type { DayNumber, Initiative, Status } from '../types';
import { isoFromDay } from '../util/days';

/** Wording shared by rule messages, so every message names values the same way. */

/** `ENG-4 "Claims API"`, or just `ENG-4` without a name. */
export function label(i: Pick<Initiative, 'id' | 'name'>): string {
  return i.name !== undefined && !isBlank(i.name) ? `${i.id} "${i.name}"` : i.id;
}

/** s.trim() === '', without trimming when s starts with a visible ASCII character (names nearly always do). */
function isBlank(s: string): boolean {
  const first = s.charCodeAt(0);
  return first > 32 && first < 127 ? false : s.trim() === '';
}

const isoCache = new Map<DayNumber, string>();

/** ISO date text; memoised, since a portfolio's dates repeat and messages are built by the hundred thousand. */
export function iso(day: DayNumber): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = isoFromDay(day);
    if (isoCache.size < 50_000) isoCache.set(day, text);
  }
  return text;
}

/** 0.6 -> "60%"; whole percents unless the value needs a decimal. */
export function percent(fraction: number): string {
  const p = Math.round(fraction * 1000) / 10;
  return `${p}%`;
}

/** 120000 -> "120,000", 2500.5 -> "2,500.5": at most two decimals, the same in every locale. */
export function amount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const cents = Math.round(Math.abs(n) * 100);
  const whole = Math.floor(cents / 100);
  const fraction = cents % 100;
  const decimals = fraction === 0 ? '' : fraction < 10 ? `.0${fraction}` : `.${fraction % 10 === 0 ? fraction / 10 : fraction}`;
  return `${n < 0 && cents !== 0 ? '-' : ''}${grouped(whole)}${decimals}`;
}

/** A whole number with thousands separators: 1234567 -> "1,234,567" (sliced, not matched: amounts are written by the ten thousand). */
function grouped(whole: number): string {
  const digits = String(whole);
  if (whole < 1000) return digits;
  if (whole >= 1e21) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ','); // exponent notation
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let k = out.length; k < digits.length; k += 3) out += `,${digits.slice(k, k + 3)}`;
  return out;
}

/** "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Like listing, naming at most `max` items: "a, b, c, d, e and 12 more". */
export function listingAtMost(items: readonly string[], max = 5): string {
  if (items.length <= max) return listing(items);
  return `${items.slice(0, max).join(', ')} and ${amount(items.length - max)} more`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A status as words in a sentence: "not started", "on hold", "amber". */
export function statusWord(status: Status): string {
  switch (status) {
    case 'not-started':
      return 'not started';
    case 'on-hold':
      return 'on hold';
    case 'unknown':
      return 'without a status';
    default:
      return status;
  }
}

/** Done or cancelled: no further work expected. */
export function isClosed(status: Status): boolean {
  return status === 'done' || status === 'cancelled';
}
