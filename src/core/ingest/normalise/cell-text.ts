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
  // Most cells are plain ASCII: a scan of char codes is far cheaper than a regex test per cell.
  for (let k = 0; k < text.length; k++) {
    if (text.charCodeAt(k) >= 0xa0) return HAS_ODD_SPACE.test(text) ? text.replace(ODD_SPACES, ' ').trim() : text.trim();
  }
  return text.trim();
}

/**
 * True for printable ASCII text with no space at either end and no run of spaces (most cells):
 * cleanText leaves it as it is, and so does every later fold of spaces, so readers can take it
 * without those passes. False for the empty string.
 */
export function isTidyAscii(text: string): boolean {
  const length = text.length;
  if (length === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(length - 1) === 32) return false;
  for (let k = 0; k < length; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 32) {
      if (text.charCodeAt(k + 1) === 32) return false;
    } else if (ch < 33 || ch > 126) return false;
  }
  return true;
}

/** True for null, undefined and whitespace-only text. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    // Blank unless a character survives cleanText: stop at the first plain ASCII non-space.
    for (let k = 0; k < value.length; k++) {
      const ch = value.charCodeAt(k);
      if (ch > 32 && ch < 0x7f) return false;
      if (ch >= 0x7f) return cleanText(value) === '';
      if (ch !== 32 && (ch < 9 || ch > 13)) return false; // control characters other than spaces are kept by trim
    }
    return true;
  }
  return false;
}

/** The longest placeholder: longer cleaned text is never one. */
const PLACEHOLDER_MAX = Math.max(...[...PLACEHOLDERS].map((p) => p.length));

/** "NA", "N/A", "TBC", "-": an explicit "no value" that is not an error to report. */
export function isPlaceholder(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  const cleaned = cleanText(value);
  return cleaned.length <= PLACEHOLDER_MAX && PLACEHOLDERS.has(cleaned.toLowerCase());
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
