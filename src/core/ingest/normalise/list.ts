import type { CellValue } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';

const LIST_SEPARATORS = /[,;\n\r|]+/;

/** A cell listing names (KPIs, initiatives of a KPI) -> trimmed items; "NA" and blanks give none. */
export function parseListCell(value: CellValue): string[] {
  if (value === null || isCellError(value) || isPlaceholder(value)) return [];
  if (value instanceof Date) return [];
  const text = typeof value === 'string' ? cleanText(value) : String(value);
  const items: string[] = [];
  for (const part of text.split(LIST_SEPARATORS)) {
    const item = part.replace(/\s+/g, ' ').trim();
    if (item !== '' && !isPlaceholder(item)) items.push(item);
  }
  return items;
}
