import type { DetectedTable, RawSource } from '../../../src/core/types';
import { formatCell } from './format-cell';

/** The first data rows of a detected table, as text, one string per table column. */
export function previewRows(sources: readonly RawSource[], table: DetectedTable, max = 5): string[][] {
  const sheet = sources.find((s) => s.name === table.source)?.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return [];
  const rows: string[][] = [];
  for (let r = table.headerRow + 1; r <= table.range.bottom && rows.length < max; r++) {
    const values = sheet.values[r - sheet.origin.row] ?? [];
    const row: string[] = [];
    for (let c = table.range.left; c <= table.range.right; c++) row.push(formatCell(values[c - sheet.origin.col]));
    if (row.some((v) => v.trim() !== '')) rows.push(row);
  }
  return rows;
}
