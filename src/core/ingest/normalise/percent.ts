import type { CellValue } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { BLANK, invalid, ok, type Parsed } from './result';

const EXPECTED = 'a percentage between 0% and 100% such as 50%, 0.5 or 50';
const PERCENT_TEXT = /^([-+]?\d+(?:[.,]\d+)?)\s*%$/;
/** Words before a figure that say it is an estimate ("c. 60%", "~60%", "about 60%"): the figure is read. */
const APPROXIMATE = /^(?:c\.|ca\.|circa|approx\.?|approximately|about|around|roughly|est\.?|estimated|~|≈|\+\/-|±)\s*/i;
/** A percent written out ("60 pct", "60 percent", "60 per cent", "60 Prozent", "60 por ciento"): as "60%". */
const PERCENT_WORD = /\s*(?:pct\.?|per\s?cent|percent|prozent|procent|por\s?ciento|pour\s?cent|por\s?cento|per\s?cento)$/i;
/** Progress as a count done of a whole: "3/5", "3 of 5", "3 out of 5 milestones". */
const RATIO = /^(\d+)\s*(?:\/|of|out\s+of)\s*(\d+)(?:\s+\p{L}[\p{L}\s]*)?$/iu;
/** Progress written in words an analyst reads as a figure. */
const PROGRESS_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 0.5],
  ['halfway', 0.5],
  ['half way', 0.5],
  ['half done', 0.5],
  ['not started', 0],
  ['done', 1],
  ['complete', 1],
  ['completed', 1],
  ['finished', 1],
]);
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
 * How a % complete column writes its bare numbers (numbers, or number text, not formatted as a
 * percent): 'fractions' (0.5 is 50%), 'percents' (50 is 50%), or 'mixed' when it cannot be told.
 */
export type PercentScale = 'fractions' | 'percents' | 'mixed';

/**
 * The scale of a column's bare numbers, from all of them at once. Numbers between 0 and 1 are
 * fractions unless they sit beside bare numbers above 1 or "60%" text: then 0.3 is 30% or 0.3%,
 * and the column is 'mixed'. A bare 1 is 100% among fractions and 1% beside numbers above 1; beside
 * "60%" text alone it too could be either ('mixed'). 0 reads the same both ways and says nothing.
 * Numbers formatted as percents are fractions whatever the column and say nothing either.
 * `formats[i]` is the number format of `values[i]` (null or missing for none).
 */
export function percentColumnScale(values: ReadonlyArray<CellValue | undefined>, formats: ReadonlyArray<string | null | undefined>): PercentScale {
  return percentColumnScaleOf(values.length, (i) => values[i], (i) => formats[i]);
}

/** percentColumnScale over `count` cells read through accessors (the reader's rows, with no copy of the column). */
export function percentColumnScaleOf(
  count: number,
  valueAt: (i: number) => CellValue | undefined,
  formatAt: (i: number) => string | null | undefined,
): PercentScale {
  let fractions = false;
  let ones = false;
  let aboveOne = false;
  let percentText = false;
  for (let i = 0; i < count; i++) {
    const value = valueAt(i) ?? null;
    if (typeof value === 'string' && isPercentText(value)) {
      percentText = true;
      continue;
    }
    const n = bareNumber(value, formatAt(i));
    if (n === undefined || n <= 0) continue;
    if (n < 1) fractions = true;
    else if (n === 1) ones = true;
    else aboveOne = true;
  }
  if (fractions) return aboveOne || percentText ? 'mixed' : 'fractions';
  if (aboveOne) return 'percents';
  if (ones && percentText) return 'mixed';
  return ones || !percentText ? 'fractions' : 'percents';
}

/**
 * True for a cell a 'mixed' column cannot read: a bare number above 0 and at most 1 (0.3 is 30% or
 * 0.3%; 1 is 100% or 1%). Bare numbers above 1 are percents in any column, and 0 is 0.
 */
export function isScaleAmbiguous(value: CellValue, format: string | null | undefined): boolean {
  const n = bareNumber(value, format);
  return n !== undefined && n > 0 && n <= 1;
}

/** True for a cell that shows its column writes percents: "60%" text or a bare number above 1. */
export function writesPercents(value: CellValue, format: string | null | undefined): boolean {
  if (typeof value === 'string' && isPercentText(value)) return true;
  const n = bareNumber(value, format);
  return n !== undefined && n > 1;
}

/** A bare number of a percent cell: not formatted as a percent, not "50%" text. */
function bareNumber(value: CellValue, format: string | null | undefined): number | undefined {
  if (typeof value === 'number' && isPercentFormat(format)) return undefined;
  return plainPercentNumber(value);
}

/** Text that writes a percent ("60%", "c. 60 %", "60 percent"); a ratio or words say nothing of the column's scale. */
function isPercentText(value: string): boolean {
  const text = cleanText(value);
  return (text.includes('%') || PERCENT_WORD.test(text)) && textFraction(text) !== undefined;
}

/**
 * A progress figure written as text -> a fraction (not yet range-checked): "60%", "62,5 %",
 * "c. 60%", "60 percent", "3/5 milestones", "about half"; undefined for a bare number (its scale
 * is the column's) or anything else.
 */
function textFraction(text: string): number | undefined {
  let figure = text.replace(APPROXIMATE, '');
  const words = PROGRESS_WORDS.get(figure.toLowerCase());
  if (words !== undefined) return words;
  const ratio = RATIO.exec(figure);
  if (ratio) {
    const done = Number(ratio[1]);
    const whole = Number(ratio[2]);
    return whole > 0 && done <= whole ? done / whole : undefined;
  }
  figure = figure.replace(PERCENT_WORD, '%');
  const m = PERCENT_TEXT.exec(figure);
  return m ? Number(m[1]!.replace(',', '.')) / 100 : undefined;
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
    fraction = textFraction(text);
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
