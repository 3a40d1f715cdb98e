import type { DayNumber, Initiative, Status } from '../types';
import { isoFromDay } from '../util/days';
import { shortText } from '../util/short-text';

/** Wording shared by rule messages, so every message names values the same way. */

/**
 * `ENG-4 "Claims API"`, or just `ENG-4` without a name, or when the name is the key (a table with no
 * id column is keyed by its names: `Brand refresh "Brand refresh"` says nothing twice).
 */
export function label(i: Pick<Initiative, 'id' | 'name'>): string {
  const id = shortText(i.id, 40);
  if (i.name === undefined || isBlank(i.name) || i.name.trim() === i.id.trim()) return id;
  return `${id} "${shortText(i.name)}"`;
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

/** Done or cancelled: no further work expected (the analyses' definition, shared). */
export { isClosed } from '../analyse/status-sets';

/**
 * A template tag for finding messages: the same text as the untagged template, built as one flat
 * string. An untagged template joins its pieces pairwise into a tree of strings (in V8, one small
 * "cons string" object per join); a finding keeps its message for the rest of the run, so at
 * 100,000 findings the young-generation collector copied a dozen objects per message, twice. A
 * flat string is one object (the rules stage spent about half as long collecting garbage).
 */
/** Characters of one value a message quotes (names are cut at 80 by label; lists of ids run longer). */
const FLAT_MAX = 500;

export function flat(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  const parts = new Array<string>(strings.length + values.length);
  parts[0] = strings[0]!;
  for (let k = 0; k < values.length; k++) {
    // As an untagged template converts a value, cut at FLAT_MAX: an id or name of megabytes stays a sentence.
    parts[2 * k + 1] = shortText(String(values[k]), FLAT_MAX);
    parts[2 * k + 2] = strings[k + 1]!;
  }
  return parts.join('');
}
