import type { CellValue } from '../../types';
import { cleanText, isCellError } from './cell-text';

/** A short token that may be an id: a letter or digit, then up to 24 letters, digits or _ . - / # ("FIN-2", "7", "1.2", "TES-25"). */
export const ID_TOKEN = /^[\p{L}\p{N}][\p{L}\p{N}_.\-/#]{0,24}$/u;

/** An id token holding a digit ("FIN-2", "7"): text of that shape is a key, not words. */
export function isIdWithDigit(text: string): boolean {
  return ID_TOKEN.test(text) && /\d/.test(text);
}

const SPACE_AROUND_SEPARATORS = /\s*([-_./])\s*/g;
const SPACES = /\s+/g;

/**
 * An initiative id as typed -> its canonical form: trimmed, odd spaces removed, a leading
 * apostrophe (Excel's "store as text" marker) dropped, spaces around separators removed, upper case.
 * " fin - 2" -> "FIN-2", "'0042" -> "0042", 12 -> "12". Undefined when the cell holds no id.
 */
export function normaliseId(value: CellValue): string | undefined {
  if (typeof value === 'string' && isCanonicalId(value)) return value;
  if (value === null || typeof value === 'boolean' || value instanceof Date || isCellError(value)) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  let text = cleanText(value);
  if (text.startsWith("'")) text = text.slice(1).trim();
  if (text === '') return undefined;
  return text.replace(SPACE_AROUND_SEPARATORS, '$1').replace(SPACES, ' ').toUpperCase();
}

/**
 * Already canonical (the common case): an upper-case letter or digit, then upper-case letters,
 * digits and _ . - / # (no spaces, no lower case, no apostrophe). A character scan, not a regex
 * run, because every id cell and every id in a dependency cell comes through here.
 */
export function isCanonicalId(text: string): boolean {
  if (text.length === 0 || !isUpperOrDigit(text.charCodeAt(0))) return false;
  for (let k = 1; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    // _ . - / #
    if (!isUpperOrDigit(ch) && ch !== 0x5f && ch !== 0x2e && ch !== 0x2d && ch !== 0x2f && ch !== 0x23) return false;
  }
  return true;
}

function isUpperOrDigit(ch: number): boolean {
  return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x30 && ch <= 0x39);
}
