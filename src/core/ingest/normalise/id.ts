import type { CellValue } from '../../types';
import { cleanText, isCellError } from './cell-text';

const SPACE_AROUND_SEPARATORS = /\s*([-_./])\s*/g;
const SPACES = /\s+/g;
/** Already canonical (the common case): no spaces, no lower case, no apostrophe. */
const CANONICAL = /^[A-Z0-9][A-Z0-9_.\-/#]*$/;

/**
 * An initiative id as typed -> its canonical form: trimmed, odd spaces removed, a leading
 * apostrophe (Excel's "store as text" marker) dropped, spaces around separators removed, upper case.
 * " fin - 2" -> "FIN-2", "'0042" -> "0042", 12 -> "12". Undefined when the cell holds no id.
 */
export function normaliseId(value: CellValue): string | undefined {
  if (value === null || typeof value === 'boolean' || value instanceof Date || isCellError(value)) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (CANONICAL.test(value)) return value;
  let text = cleanText(value);
  if (text.startsWith("'")) text = text.slice(1).trim();
  if (text === '') return undefined;
  return text.replace(SPACE_AROUND_SEPARATORS, '$1').replace(SPACES, ' ').toUpperCase();
}
