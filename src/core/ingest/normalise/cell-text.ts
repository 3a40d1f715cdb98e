import type { CellErrorValue, CellValue } from '../../types';

/** Unicode spaces users paste from web pages and Word (NBSP, thin, narrow, ideographic, zero-width). */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const HAS_ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** Words that mean "no value here" rather than a value that cannot be read. */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['na', 'n/a', 'n.a.', 'n.a', '-', '--', '—', '–', 'tbc', 'tbd', 'none', 'nil', '?']);

export function isCellError(value: CellValue): value is CellErrorValue {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && typeof (value as CellErrorValue).error === 'string';
}

/** Replace odd spaces with plain ones and trim. */
export function cleanText(text: string): string {
  return HAS_ODD_SPACE.test(text) ? text.replace(ODD_SPACES, ' ').trim() : text.trim();
}

/** True for null, undefined and whitespace-only text. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return cleanText(value) === '';
  return false;
}

/** "NA", "N/A", "TBC", "-": an explicit "no value" that is not an error to report. */
export function isPlaceholder(value: CellValue | undefined): boolean {
  return typeof value === 'string' && PLACEHOLDERS.has(cleanText(value).toLowerCase());
}

/** A value as the user would read it, for messages (long text shortened). */
export function displayValue(value: CellValue): string {
  let text: string;
  if (value === null) text = '';
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  else if (isCellError(value)) text = value.error;
  else text = String(value);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
