import { currencySymbol } from '../ingest/normalise/number';
import { runCurrency } from '../model/currency';
import type { ReportCell, RunResult } from '../types';
import { blank, num } from './cells';

/**
 * Money in the report: in the sources' currency when they agree on one (runCurrency), else plain
 * numbers in the 'money' style, as before.
 */

/** The number format of the run's money cells (`"£"#,##0`), or undefined for plain numbers. */
export function moneyFormatOf(result: RunResult): string | undefined {
  const code = runCurrency(result.model.ingest);
  return code === undefined ? undefined : currencyFormat(code);
}

/** `"£"#,##0`, `"CHF "#,##0`: the currency's symbol before whole amounts (a space after one written in letters). */
export function currencyFormat(code: string): string {
  const symbol = currencySymbol(code);
  const spaced = /\p{L}$/u.test(symbol) ? `${symbol} ` : symbol;
  return `"${spaced}"#,##0`;
}

/** The symbol to put before amounts in sentences ("£" in "£1.2m of budget"); '' for plain numbers. */
export function moneyPrefixOf(result: RunResult): string {
  const code = runCurrency(result.model.ingest);
  if (code === undefined) return '';
  const symbol = currencySymbol(code);
  return /\p{L}$/u.test(symbol) ? `${symbol} ` : symbol;
}

/** A money cell: the 'money' style, with the run's currency format when there is one. */
export function money(v: number | undefined, numFmt: string | undefined): ReportCell {
  if (numFmt === undefined) return num(v, 'money');
  if (v === undefined) return blank('money');
  return { value: { t: 'number', v }, style: 'money', numFmt };
}

/** Money in a chart's labels and axis: `[>=1000000]"£"0.0,,"m";[>=1000]"£"0,"k";"£"0` (thousands and millions as sentences write them). */
export function compactMoneyFormatOf(result: RunResult): string {
  const prefix = moneyPrefixOf(result).replace(/"/g, '""');
  const p = prefix ? `"${prefix}"` : '';
  return `[>=1000000]${p}0.0,,"m";[>=1000]${p}0,"k";${p}0`;
}
