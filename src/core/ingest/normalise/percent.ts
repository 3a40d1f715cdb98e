import type { CellValue } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { BLANK, invalid, ok, type Parsed } from './result';

const EXPECTED = 'a percentage between 0% and 100% such as 50%, 0.5 or 50';
const PERCENT_TEXT = /^([-+]?\d+(?:\.\d+)?)\s*%$/;
const NUMBER_TEXT = /^[-+]?\d+(?:\.\d+)?$/;

export interface PercentContext {
  /** True when the column's plain numbers are all <= 1, so 0.5 means 50% and 1 means 100%. */
  readonly fractions: boolean;
  readonly numberFormat?: string | null;
}

/** A bare number in a percent cell (number or numeric text), for the column-wide fraction test. */
export function plainPercentNumber(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  // "50%" (the usual text in a percent column) is no plain number: spare the clean and the regex.
  if (value.charCodeAt(value.length - 1) === 0x25) return undefined;
  const text = cleanText(value);
  return NUMBER_TEXT.test(text) ? Number(text) : undefined;
}

/**
 * A progress cell -> a fraction 0..1. "50%", "50 %" -> 0.5; a number formatted with '%' is already
 * a fraction; other numbers are fractions when the whole column is <= 1, else percents (50 -> 0.5).
 */
export function parsePercent(value: CellValue, context: PercentContext = { fractions: false }): Parsed<number> {
  if (value === null || isPlaceholder(value)) return BLANK;
  if (isCellError(value)) return { kind: 'error', error: value.error };
  let fraction: number | undefined;
  if (typeof value === 'string') {
    const text = cleanText(value);
    if (text === '') return BLANK;
    const m = PERCENT_TEXT.exec(text);
    if (m) fraction = Number(m[1]) / 100;
  }
  if (fraction === undefined) {
    const n = plainPercentNumber(value);
    if (n === undefined) return invalid(EXPECTED);
    const formattedAsPercent = typeof value === 'number' && isPercentFormat(context.numberFormat);
    fraction = formattedAsPercent || context.fractions ? n : n / 100;
  }
  const rounded = roundedFraction(fraction);
  return rounded === undefined ? invalid(EXPECTED) : ok(rounded);
}

/** True when a number format shows a percent ("0%"): its numbers are already fractions. */
export function isPercentFormat(format: string | null | undefined): boolean {
  return format !== null && format !== undefined && format.includes('%');
}

/**
 * A number cell of a percent column as parsePercent reads it (asFraction: formatted as a
 * percent, or the column holds fractions), without the Parsed wrapper; undefined when it is not
 * a finite number between 0% and 100% (parsePercent then says why).
 */
export function percentOfNumber(n: number, asFraction: boolean): number | undefined {
  if (!Number.isFinite(n)) return undefined;
  return roundedFraction(asFraction ? n : n / 100);
}

function roundedFraction(fraction: number): number | undefined {
  if (fraction < 0 || fraction > 1) return undefined;
  return Math.round(fraction * 1e9) / 1e9;
}
