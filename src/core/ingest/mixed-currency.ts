import type { CellRef, DetectedTable, Finding, InitiativeRecord } from '../types';
import { fieldSpec, makeFinding } from '../types';
import type { TableReader } from './cell-reader';
import { rowLabel } from './cell-reader';
import { displayValue } from './normalise/cell-text';
import { normaliseId } from './normalise/id';
import { currencySymbol } from './normalise/number';
import { a1 } from '../util/a1';

/** Foreign amounts a message names (all their cells are pointed at). */
const NAMED = 5;

/** "£ (GBP)"; a code alone where it is its own sign ("CHF"). */
function shown(code: string): string {
  const sign = currencySymbol(code);
  return sign === code ? code : `${sign} (${code})`;
}

/** The cells of a table's foreign amounts (DetectedTable.foreignAmounts) as keys readAmount looks up: row x 16384 + column. */
export function foreignAmountKeys(table: DetectedTable): ReadonlySet<number> | undefined {
  if (table.foreignAmounts === undefined) return undefined;
  return new Set(table.foreignAmounts.map((a) => a.row * 16384 + a.column));
}

/**
 * One value.mixed-currency for a table whose money cells name another currency than most of
 * them: the cells, by row, and what was done with them (not added: no rate is given).
 */
export function foreignAmountsFinding(reader: TableReader): void {
  const foreign = reader.table.foreignAmounts;
  const currency = reader.table.currency;
  if (foreign === undefined || foreign.length === 0 || currency === undefined) return;
  const idCol = reader.column('id');
  const { grid } = reader.block;
  const named = foreign.slice(0, NAMED).map((a) => {
    const id = idCol === undefined ? undefined : normaliseId(grid.value(a.row, idCol));
    return `${id ?? rowLabel(a.row)} ${fieldSpec('initiatives', a.field)?.inSentence ?? a.field} "${displayValue(grid.value(a.row, a.column))}"`;
  });
  const listed = foreign.length > NAMED ? `${named.join(', ')} and ${foreign.length - NAMED} more` : named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]!}`;
  const others = [...new Set(foreign.map((a) => a.currency))].map(shown).join(' and ');
  const first = foreign[0]!;
  reader.report(
    makeFinding(
      'value.mixed-currency',
      `${reader.source.name}, sheet "${reader.table.sheet}": the table's money is in ${shown(currency)}, but ${listed} ${foreign.length === 1 ? 'is' : 'are'} in ${others}; ` +
        `${foreign.length === 1 ? 'it was' : 'they were'} not added to the budgets and costs, as no exchange rate is given.`,
      foreign.map((a) => reader.cell(a.row, a.column)),
    ),
    first.row,
    first.column,
  );
}

/**
 * One value.mixed-currency for a run whose tables keep their money in different currencies (IT in
 * pounds, the US office in dollars): the report's totals add them as written, with no currency
 * shown. It points at each table's first money header, those of the currency most tables use last.
 */
export function mixedCurrencyTablesFinding(tables: readonly DetectedTable[], initiatives: readonly InitiativeRecord[]): Finding | undefined {
  const withMoney = new Set<string>();
  for (const r of initiatives) {
    if (r.budget !== undefined || r.forecastCost !== undefined || r.actualCost !== undefined || r.benefit !== undefined) withMoney.add(r.ref.table);
  }
  const byCurrency = new Map<string, DetectedTable[]>();
  for (const t of tables) {
    if (t.currency === undefined || !withMoney.has(t.key)) continue;
    let list = byCurrency.get(t.currency);
    if (list === undefined) byCurrency.set(t.currency, (list = []));
    list.push(t);
  }
  if (byCurrency.size < 2) return undefined;
  const groups = [...byCurrency].sort((a, b) => a[1].length - b[1].length);
  const where = (list: readonly DetectedTable[]): string => {
    const names = list.slice(0, 3).map((t) => `${t.source} "${t.sheet}"`);
    return list.length > 3 ? `${names.join(', ')} and ${list.length - 3} more` : names.join(', ');
  };
  const said = groups.map(([code, list]) => `${shown(code)} in ${where(list)}`);
  const cells = groups.flatMap(([, list]) => list.map(headerCell)).filter((c): c is CellRef => c !== undefined);
  return makeFinding(
    'value.mixed-currency',
    `Money is kept in more than one currency: ${said.slice(0, -1).join('; ')} and ${said[said.length - 1]!}. ` +
      'Totals across them (value at risk, budgets by department) add the amounts as written, with no currency shown, as no exchange rate is given.',
    cells,
  );
}

const MONEY: ReadonlySet<string> = new Set(['budget', 'forecastCost', 'actualCost', 'benefit']);

/** A table's first money header. */
function headerCell(table: DetectedTable): CellRef | undefined {
  const m = table.mapping.find((c) => MONEY.has(c.field));
  return m === undefined ? undefined : { source: table.source, sheet: table.sheet, address: a1(table.headerRow, table.range.left + m.column) };
}
