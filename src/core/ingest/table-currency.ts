import type { AnyField, CellValue, ColumnMapping, ForeignAmount } from '../types';
import type { Block } from './find-tables';
import { currencyMark } from './normalise/number';

const MONEY_FIELDS: ReadonlySet<AnyField> = new Set<AnyField>(['budget', 'forecastCost', 'actualCost', 'benefit']);

export interface TableMoney {
  /** DetectedTable.currency. */
  readonly currency?: string;
  /** DetectedTable.foreignAmounts. */
  readonly foreign?: readonly ForeignAmount[];
}

/**
 * The currency an initiatives table's money is written in (DetectedTable.currency): the ISO code
 * most of its money cells naming a currency name, by their text ("£1,200", "EUR 1.2m") or, for a
 * number, its number format (`"£"#,##0`, `[$€-407] #,##0.00`); the first one written where two
 * are as many. A table is one department's, in one currency: cells naming another ("$65,000"
 * among pounds) are foreign amounts, not added to the table's money, as nothing here says their
 * rate (value.mixed-currency). Cells naming none (a General 1200 beside £-formatted cells, a whole
 * column left plain) do not disagree. A mark no code names ("kr" with no locale) leaves the
 * table with no currency and no foreign amounts: what it is written in cannot be told. A column's
 * unit (ColumnMapping.unit: "Budget (£k)", "All figures in £000") names its currency for all its
 * cells; its values are read in units.
 */
export function tableMoney(block: Block, rows: readonly number[], mapping: readonly ColumnMapping[]): TableMoney {
  const { grid } = block;
  // Money texts repeat down a column ("£1,200", "£5k"): each spelling is read once.
  const marks = new Map<string, string | undefined>();
  const textMark = (text: string): string | undefined => {
    if (marks.has(text)) return marks.get(text);
    const mark = currencyMark(text);
    if (marks.size < 10_000) marks.set(text, mark);
    return mark;
  };
  /** Cells naming each code, in the order the codes are first seen. */
  const named = new Map<string, ForeignAmount[]>();
  for (const m of mapping) {
    if (!MONEY_FIELDS.has(m.field)) continue;
    const column = block.range.left + m.column;
    const unitCurrency = m.unit?.currency;
    if (unitCurrency === '') return {};
    const index = column - grid.left;
    for (const row of rows) {
      const value: CellValue = grid.rowValues(row)[index] ?? null;
      if (typeof value !== 'number' && typeof value !== 'string') continue;
      let mark = unitCurrency;
      if (mark === undefined) {
        const format = typeof value === 'number' ? grid.rowFormats(row)?.[index] : undefined;
        // A plain number (no format, or General) names no currency: most money cells, spared the format parse.
        if (typeof value === 'number' && (format === undefined || format === null || format === 'General')) continue;
        mark = typeof value === 'string' ? textMark(value) : currencyMark(value, format);
      }
      if (mark === undefined) continue;
      if (mark === '') return {};
      let cells = named.get(mark);
      if (cells === undefined) named.set(mark, (cells = []));
      cells.push({ field: m.field as ForeignAmount['field'], row, column, currency: mark });
    }
  }
  let currency: string | undefined;
  for (const [code, cells] of named) if (currency === undefined || cells.length > named.get(currency)!.length) currency = code;
  if (currency === undefined) return {};
  if (named.size === 1) return { currency };
  const foreign = [...named].filter(([code]) => code !== currency).flatMap(([, cells]) => cells);
  foreign.sort((a, b) => a.row - b.row || a.column - b.column);
  return { currency, foreign };
}
