import type { CellValue } from '../../../src/core/types';

/** A raw cell as the user would read it in a preview (dates as ISO, errors as Excel shows them). */
export function formatCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
