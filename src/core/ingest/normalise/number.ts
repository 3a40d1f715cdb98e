import type { CellValue } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { BLANK, invalid, ok, type Parsed } from './result';

const EXPECTED = 'a number or an amount such as 1200, £1,200, 1.2m or (300)';
const AMOUNT = /^([-+])?(\d+(?:\.\d*)?|\.\d+)\s*(k|m|mn|bn|b)?$/i;
const CURRENCY = /[£$€¥]|\b(?:gbp|usd|eur|chf|jpy|aud|cad)\b/gi;
const THOUSANDS = /(\d),(?=\d{3}(?:\D|$))/g;
const SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9 };

/**
 * A number or money cell -> a number, in the unit the column is written in ("£m" columns stay in
 * millions). "£1,200" -> 1200, "1.2m" -> 1200000, "(300)" -> -300, "-£5k" -> -5000.
 * "Exempt" or "1-2m" cannot be read; "NA" and "TBC" are no value.
 */
export function parseNumberValue(value: CellValue): Parsed<number> {
  if (value === null || isPlaceholder(value)) return BLANK;
  if (isCellError(value)) return { kind: 'error', error: value.error };
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : invalid(EXPECTED);
  if (typeof value !== 'string') return invalid(EXPECTED);
  let text = cleanText(value);
  if (text === '') return BLANK;
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  text = text.replace(CURRENCY, '').replace(THOUSANDS, '$1').replace(/\s+/g, '');
  if (text.startsWith('-') && !negative) {
    negative = true;
    text = text.slice(1);
  }
  const m = AMOUNT.exec(text);
  if (!m) return invalid(EXPECTED);
  const n = Number(m[2]) * (m[3] ? SCALE[m[3].toLowerCase()]! : 1);
  const signed = negative || m[1] === '-' ? -n : n;
  return ok(signed === 0 ? 0 : signed);
}
