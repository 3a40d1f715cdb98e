import type { AnyField, CellValue, ColumnMapping } from '../types';
import type { Block } from './find-tables';
import { currencyMark } from './normalise/number';

const MONEY_FIELDS: ReadonlySet<AnyField> = new Set<AnyField>(['budget', 'forecastCost', 'actualCost', 'benefit']);

/**
 * The currency an initiatives table's money is written in (DetectedTable.currency): the ISO code
 * that every money cell naming a currency names, by its text ("£1,200", "EUR 1.2m") or, for a
 * number, its number format (`"£"#,##0`, `[$€-407] #,##0.00`). Undefined when no cell names one,
 * or cells name different ones, or one that no code names ("kr" with no locale). Cells naming none
 * (a General 1200 beside £-formatted cells, a whole column left plain) do not disagree: a table is
 * one department's, in one currency. A column's unit (ColumnMapping.unit: "Budget (£k)", "All
 * figures in £000") names its currency like a cell does; its values are read in units.
 */
export function tableCurrency(block: Block, rows: readonly number[], mapping: readonly ColumnMapping[]): string | undefined {
  const { grid } = block;
  let found: string | undefined;
  // Money texts repeat down a column ("£1,200", "£5k"): each spelling is read once.
  const marks = new Map<string, string | undefined>();
  const textMark = (text: string): string | undefined => {
    if (marks.has(text)) return marks.get(text);
    const mark = currencyMark(text);
    if (marks.size < 10_000) marks.set(text, mark);
    return mark;
  };
  for (const m of mapping) {
    if (!MONEY_FIELDS.has(m.field)) continue;
    const unitCurrency = m.unit?.currency;
    if (unitCurrency !== undefined) {
      if (found !== undefined && unitCurrency !== found) return undefined;
      found = unitCurrency;
    }
    const index = block.range.left + m.column - grid.left;
    for (const row of rows) {
      const value: CellValue = grid.rowValues(row)[index] ?? null;
      if (typeof value !== 'number' && typeof value !== 'string') continue;
      const format = typeof value === 'number' ? grid.rowFormats(row)?.[index] : undefined;
      // A plain number (no format, or General) names no currency: most money cells, spared the format parse.
      if (typeof value === 'number' && (format === undefined || format === null || format === 'General')) continue;
      const mark = typeof value === 'string' ? textMark(value) : currencyMark(value, format);
      if (mark === undefined) continue;
      if (mark === '' || (found !== undefined && mark !== found)) return undefined;
      found = mark;
    }
  }
  return found;
}
