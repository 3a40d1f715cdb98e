import type { CellValue } from '../../types';
import { cleanText, isCellError, isPlaceholder, isTidyAscii } from './cell-text';
import type { KnownNames } from './dependency';

const LIST_SEPARATORS = /[,;\n\r|]+/;

/**
 * A cell listing names (KPIs, initiatives of a KPI) -> trimmed items; "NA" and blanks give none.
 * With `names`, a cell that is one of those names whole is one item, separators and all.
 */
export function parseListCell(value: CellValue, names?: KnownNames): string[] {
  // One tidy item (the usual "KPI-38"): what the steps below would make of it, without them.
  if (typeof value === 'string' && isTidyAscii(value) && !hasListSeparator(value)) return isPlaceholder(value) ? [] : [value];
  if (value === null || isCellError(value) || isPlaceholder(value)) return [];
  if (value instanceof Date) return [];
  const text = typeof value === 'string' ? cleanText(value) : String(value);
  if (names?.has(text) === true) return [text.replace(/\s+/g, ' ').trim()];
  const items: string[] = [];
  for (const part of text.split(LIST_SEPARATORS)) {
    const item = part.replace(/\s+/g, ' ').trim();
    if (item !== '' && !isPlaceholder(item)) items.push(item);
  }
  return items;
}

/** True when the text holds a separator of LIST_SEPARATORS (tidy text has no newlines, so , ; and |). */
function hasListSeparator(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 0x2c || ch === 0x3b || ch === 0x7c) return true;
  }
  return false;
}
