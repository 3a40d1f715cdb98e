import type { CellValue } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { BLANK, invalid, ok, type Parsed } from './result';
import { ownValue } from '../../util/own';

const EXPECTED = 'a number or an amount such as 1200, £1,200, 1.2m or (300)';

/**
 * Currencies with their own symbols: ISO 4217 code, the symbol the report shows, and every symbol
 * or abbreviation written for it. "$", "¥" and "£" read as USD, JPY and GBP, as Excel's own
 * currency lists put them first; symbols several currencies share are in SHARED_SYMBOLS.
 */
const CURRENCIES: ReadonlyArray<readonly [code: string, shown: string, symbols: readonly string[]]> = [
  ['GBP', '£', ['£', 'GB£', 'UK£']],
  ['USD', '$', ['$', 'US$', 'U$S']],
  ['EUR', '€', ['€']],
  ['JPY', '¥', ['¥', 'JP¥', '円']],
  ['CNY', 'CN¥', ['CN¥', '元', 'RMB']],
  ['INR', '₹', ['₹']],
  ['KRW', '₩', ['₩']],
  ['RUB', '₽', ['₽', 'руб', 'руб.']],
  ['TRY', '₺', ['₺', 'TL']],
  ['ILS', '₪', ['₪', 'NIS']],
  ['VND', '₫', ['₫']],
  ['THB', '฿', ['฿']],
  ['UAH', '₴', ['₴', 'грн']],
  ['NGN', '₦', ['₦']],
  ['PHP', '₱', ['₱']],
  ['KZT', '₸', ['₸']],
  ['AZN', '₼', ['₼']],
  ['GEL', '₾', ['₾']],
  ['BDT', '৳', ['৳']],
  ['CRC', '₡', ['₡']],
  ['PYG', '₲', ['₲']],
  ['GHS', '₵', ['₵']],
  ['LAK', '₭', ['₭']],
  ['MNT', '₮', ['₮']],
  ['KHR', '៛', ['៛']],
  ['BRL', 'R$', ['R$']],
  ['CAD', 'CA$', ['CA$', 'C$', 'Can$']],
  ['AUD', 'A$', ['A$', 'AU$']],
  ['NZD', 'NZ$', ['NZ$']],
  ['HKD', 'HK$', ['HK$']],
  ['SGD', 'S$', ['S$']],
  ['MXN', 'MX$', ['MX$', 'Mex$']],
  ['TWD', 'NT$', ['NT$']],
  ['EGP', 'E£', ['E£']],
  ['ZAR', 'R', ['R']],
  ['CHF', 'CHF', ['Fr.', 'SFr.']],
  ['PLN', 'zł', ['zł']],
  ['CZK', 'Kč', ['Kč']],
  ['HUF', 'Ft', ['Ft']],
  ['RON', 'lei', ['lei']],
  ['BGN', 'лв', ['лв', 'лв.']],
  ['IDR', 'Rp', ['Rp']],
  ['MYR', 'RM', ['RM']],
];

/** Written for several currencies (krona and krone; rupees; rial): money, but of no one code. */
const SHARED_SYMBOLS: readonly string[] = ['kr', 'kr.', 'Rs', 'Rs.', '﷼', '¤'];

/** Active ISO 4217 codes: written before or after an amount ("EUR 1.2m", "1 200 CHF", "USD1,200"). */
const ISO_CODES =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY ' +
  'COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD ' +
  'IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK ' +
  'MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS ' +
  'SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ' +
  'ZMW ZWG';

/** Currencies with thousandths (Bahraini, Iraqi, Jordanian, Kuwaiti, Libyan, Omani and Tunisian dinar or rial). */
const THREE_DECIMALS: ReadonlySet<string> = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

/** No code: a currency mark that names no one currency ("kr"). */
const UNKNOWN = '';

/** Every currency mark, lower case -> its code (UNKNOWN for shared symbols). */
const MARKS: ReadonlyMap<string, string> = new Map<string, string>([
  ...ISO_CODES.split(' ').map((code) => [code.toLowerCase(), code] as const),
  ...CURRENCIES.flatMap(([code, , symbols]) => symbols.map((s) => [s.toLowerCase(), code] as const)),
  ...SHARED_SYMBOLS.map((s) => [s.toLowerCase(), UNKNOWN] as const),
]);
/** The longest mark, to bound the look-ups at one place of a text. */
const LONGEST_MARK = Math.max(...[...MARKS.keys()].map((k) => k.length));
const SHOWN: ReadonlyMap<string, string> = new Map(CURRENCIES.map(([code, shown]) => [code, shown] as const));

/**
 * Locales (the hex LCID of an Excel `[$kr-41D]` section) that tell which currency a shared symbol
 * means: Swedish, Norwegian, Danish and Icelandic krona; dollars beyond the US; yuan.
 */
const LOCALE_CURRENCIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  kr: { '41d': 'SEK', '81d': 'SEK', '414': 'NOK', '814': 'NOK', '406': 'DKK', '40f': 'ISK' },
  'kr.': { '406': 'DKK', '41d': 'SEK', '414': 'NOK', '40f': 'ISK' },
  $: { '1009': 'CAD', c09: 'AUD', '1409': 'NZD', '80a': 'MXN', '1004': 'SGD', c04: 'HKD', '2c0a': 'ARS' },
  '¥': { '804': 'CNY', '411': 'JPY' },
};

const SCALE: Readonly<Record<string, number>> = {
  k: 3, thousand: 3, m: 6, mn: 6, mio: 6, million: 6, millions: 6, b: 9, bn: 9, mrd: 9, billion: 9, billions: 9,
};
const SCALE_WORD = /^(k|mn|mio|mrd|bn|m|b|thousand|millions?|billions?)\.?(?!\p{L})/iu;

/** Most number text: digits with an optional sign and decimal point. */
const PLAIN = /^-?\d+(?:\.\d+)?$/;
/** Text around the digits of an amount, and the digits with their group and decimal marks. */
const AMOUNT_SHAPE = /^(\D*?)(\d(?:[\d.,'’ ]*\d)?)(\D*)$/;
const LETTER = /\p{L}/u;
const CURRENCY_SIGN = /\p{Sc}/u;

/**
 * A number or money cell -> a number, in the unit the column is written in ("£m" columns stay in
 * millions). "£1,200" -> 1200, "1.2m" -> 1200000, "(300)" -> -300, "-£5k" -> -5000, "EUR 1.2m",
 * "1 200 CHF", "USD1,200", "1.234.567,89 €", "1 234,5", "12,34,567" (Indian grouping), "1'234.50".
 * A comma followed by exactly three digits groups thousands ("1,200" is 1200); so does a point in
 * money ("€1.234", "20.000 ₫": no currency is written to thousandths, bar a few dinars), while in a
 * bare number it is a decimal point ("1.234" is 1.234: a "£m" column); with both marks the last is
 * the decimal one. "Exempt" or "1-2m" cannot be read; "NA" and "TBC" are no value.
 */
export function parseNumberValue(value: CellValue): Parsed<number> {
  if (value === null || isPlaceholder(value)) return BLANK;
  if (isCellError(value)) return { kind: 'error', error: value.error };
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : invalid(EXPECTED);
  if (typeof value !== 'string') return invalid(EXPECTED);
  const text = cleanText(value);
  if (text === '') return BLANK;
  if (PLAIN.test(text)) return ok(Number(text) === 0 ? 0 : Number(text));
  const amount = readAmountText(text);
  return amount === undefined ? invalid(EXPECTED) : ok(amount.value);
}

/**
 * A money cell of a column written in a unit (MoneyUnit: "Budget (£k)" is in thousands) -> an
 * amount in units: 120 in a £k column is 120000. A text with its own scale word ("£1.2m") says its
 * amount itself and is read as written. A scale of 0 reads as parseNumberValue.
 */
export function parseMoneyValue(value: CellValue, scale: number): Parsed<number> {
  if (scale === 0) return parseNumberValue(value);
  if (typeof value === 'number') return Number.isFinite(value) ? ok(timesTenTo(value, scale)) : invalid(EXPECTED);
  if (typeof value !== 'string' || isPlaceholder(value)) return parseNumberValue(value);
  const text = cleanText(value);
  if (text === '') return BLANK;
  if (PLAIN.test(text)) return ok(timesTenTo(Number(text), scale));
  const amount = readAmountText(text);
  if (amount === undefined) return invalid(EXPECTED);
  return ok(amount.scaled ? amount.value : timesTenTo(amount.value, scale));
}

/**
 * Whether a money text groups thousands with dots, as Germany, Spain, Italy and the Netherlands
 * write amounts: two dot groups ("1.250.000") or a dot group before a decimal comma ("4.800,50").
 * Seen in one cell, it settles a column where "1.250" alone reads two ways.
 */
export function groupsWithDots(text: string): boolean {
  return DOT_GROUPS.test(text);
}

const DOT_GROUPS = /\d\.\d{3}(?:\.\d{3}|,\d)/;

/** A money text of a column that groups with dots, in the form readAmountText reads: "1.250" -> "1250", "4.800,5" -> "4800.5". */
export function withDotsAsGroups(text: string): string {
  return text.replace(/(\d)\.(?=\d{3}(?!\d))/g, '$1').replace(/(\d),(\d{1,2})(?!\d)/, '$1.$2');
}

/** n x 10^power without binary rounding (1.2 x 10^3 is 1200, not 1200.0000000000002). */
export function timesTenTo(n: number, power: number): number {
  if (n === 0) return 0;
  const text = String(n);
  return /e/i.test(text) ? n * 10 ** power : Number(`${text}e${power}`);
}

/**
 * A currency named by one word of a header or note ("£", "US$", "EUR", "kr"): its code, UNKNOWN
 * ('') for a sign of no one currency, or undefined. ISO codes count only in capitals, so the words
 * "all" or "top" of a header name no currency.
 */
export function headerCurrencyMark(word: string): string | undefined {
  if (/^\p{L}+$/u.test(word)) {
    if (/^[A-Z]{3}$/.test(word) && ISO_CODE_SET.has(word)) return word;
    return LETTER_SYMBOLS.get(word);
  }
  return markOf(word);
}

const ISO_CODE_SET: ReadonlySet<string> = new Set(ISO_CODES.split(' '));
/** Symbols written in letters ("RMB", "kr", "zł"), as written; not "R" (rand), a single letter a header uses for much else. */
const LETTER_SYMBOLS: ReadonlyMap<string, string> = new Map<string, string>([
  ...CURRENCIES.flatMap(([code, , symbols]) => symbols.filter((s) => /^\p{L}{2,}$/u.test(s)).map((s) => [s, code] as const)),
  ...SHARED_SYMBOLS.filter((s) => /^\p{L}+$/u.test(s)).map((s) => [s, UNKNOWN] as const),
]);

/**
 * The ISO 4217 code of the currency a cell is written in: from its text when it is text ("£1,200",
 * "1 200 CHF", "EUR 1.2m"), else from its number format (`"£"#,##0`, `[$€-407] #,##0.00`,
 * `[$USD] #,##0`, `#,##0 "zł"`); undefined when neither names a currency, or names one several
 * currencies share ("kr" without a locale: Swedish, Norwegian or Danish).
 */
export function currencyOf(value: CellValue, numberFormat?: string | null): string | undefined {
  return currencyMark(value, numberFormat) || undefined;
}

/**
 * What a cell says of its currency: a code, UNKNOWN ('') for a currency no code names, or
 * undefined when it names none. For the column-wide decision, where "kr" beside "£" disagrees.
 */
export function currencyMark(value: CellValue, numberFormat?: string | null): string | undefined {
  if (typeof value === 'string') return textCurrency(cleanText(value));
  return typeof value === 'number' || value === null ? formatCurrency(numberFormat) : undefined;
}

/** The symbol the report shows for a code ("£" for GBP), or the code itself for one with no symbol of its own. */
export function currencySymbol(code: string): string {
  return SHOWN.get(code) ?? code;
}

/** The currency mark of a text amount (undefined: none, or the text is no amount). */
function textCurrency(text: string): string | undefined {
  return readAmountText(text)?.currency;
}

interface AmountText {
  readonly value: number;
  /** Code, UNKNOWN, or undefined when the text names no currency. */
  readonly currency?: string;
  /** Set when the text carries its own scale word ("1.2m"). */
  readonly scaled?: true;
}

function readAmountText(text: string): AmountText | undefined {
  const shape = AMOUNT_SHAPE.exec(text);
  if (!shape) return undefined;
  let prefix = shape[1]!;
  let digits = shape[2]!;
  let suffix = shape[3]!;
  // ".5", "£.5": a decimal point before the first digit belongs to the number.
  if (prefix.endsWith('.') || prefix.endsWith(',')) {
    digits = `${prefix.slice(-1)}${digits}`;
    prefix = prefix.slice(0, -1);
  }
  // "1200.": a decimal point with no decimals.
  if (suffix.startsWith('.') && !LETTER.test(suffix.charAt(1))) suffix = suffix.slice(1);
  const before = readAffix(prefix, false);
  const after = readAffix(suffix, true);
  if (before === undefined || after === undefined) return undefined;
  if (before.currency !== undefined && after.currency !== undefined) return undefined;
  if (before.open !== after.close || (before.open && (before.minus || after.minus))) return undefined;
  if (before.minus && after.minus) return undefined;
  const currency = before.currency ?? after.currency;
  // Money has no thousandths (bar a few dinars): "20.000 ₫" and "€1.234" group thousands; "€1.234m" is a decimal.
  const pointGroups = currency !== undefined && after.scale === undefined && !THREE_DECIMALS.has(currency);
  const number = groupedNumber(digits, pointGroups);
  if (number === undefined) return undefined;
  const scaled = after.scale ? Number(`${number}e${after.scale}`) : Number(number);
  const negative = before.open || before.minus || after.minus;
  const signed = negative && scaled !== 0 ? -scaled : scaled;
  return { value: signed, ...(currency !== undefined ? { currency } : {}), ...(after.scale !== undefined ? { scaled: true as const } : {}) };
}

interface Affix {
  readonly minus: boolean;
  /** "(" before the digits, or ")" after them. */
  readonly open: boolean;
  readonly close: boolean;
  readonly currency?: string;
  /** Power of ten of a scale word after the digits ("m": 6). */
  readonly scale?: number;
}

/**
 * The text before or after an amount's digits: spaces, a sign, parentheses, one currency mark, and
 * after the digits one scale word ("1.2m EUR", "1,2 Mio. €", "(£300)", "-£5k", "1200-").
 */
function readAffix(text: string, after: boolean): Affix | undefined {
  let minus = false;
  let open = false;
  let close = false;
  let currency: string | undefined;
  let scale: number | undefined;
  let k = 0;
  while (k < text.length) {
    const ch = text.charAt(k);
    if (ch === ' ') {
      k++;
    } else if (ch === '(' && !after && !open) {
      open = true;
      k++;
    } else if (ch === ')' && after && !close) {
      close = true;
      k++;
    } else if ((ch === '-' || ch === '\u2212') && !minus) {
      minus = true;
      k++;
    } else if (ch === '+' && !after) {
      k++;
    } else {
      const mark = currency === undefined ? markAt(text, k) : undefined;
      if (mark !== undefined) {
        currency = mark.code;
        k += mark.length;
        continue;
      }
      if (after && scale === undefined && currency === undefined && !close) {
        const word = SCALE_WORD.exec(text.slice(k));
        if (word) {
          scale = SCALE[word[1]!.toLowerCase()]!;
          k += word[0].length;
          continue;
        }
      }
      return undefined;
    }
  }
  return { minus, open, close, ...(currency !== undefined ? { currency } : {}), ...(scale !== undefined ? { scale } : {}) };
}

/** The longest currency mark starting at text[k] that ends a word; a lone currency sign names UNKNOWN. */
function markAt(text: string, k: number): { code: string; length: number } | undefined {
  for (let n = Math.min(LONGEST_MARK, text.length - k); n >= 1; n--) {
    const code = MARKS.get(text.slice(k, k + n).toLowerCase());
    if (code === undefined) continue;
    // "EURO" is no "EUR"; "1.2 RM" is, "1.2 RMB" is CNY (the longer mark, found first).
    if (LETTER.test(text.charAt(k + n - 1)) && LETTER.test(text.charAt(k + n))) continue;
    return { code, length: n };
  }
  return CURRENCY_SIGN.test(text.charAt(k)) ? { code: UNKNOWN, length: 1 } : undefined;
}

/**
 * The digits of an amount with their marks -> a plain decimal text ("1.234.567,89" ->
 * "1234567.89"), or undefined when the grouping is not of thousands (or Indian lakhs).
 */
function groupedNumber(text: string, pointGroups: boolean): string | undefined {
  const spaced = /[ '’]/.test(text);
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let decimal: string | undefined;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const at = Math.max(lastDot, lastComma);
    const single = text.indexOf(mark) === at;
    // One comma before exactly three digits groups thousands ("1,200"), unless spaces group them ("1 234,567").
    const groupsThousands = (mark === ',' || pointGroups) && !spaced && text.length - at - 1 === 3 && !text.startsWith('0');
    decimal = single && !groupsThousands ? mark : undefined;
  }
  const point = decimal === undefined ? -1 : text.lastIndexOf(decimal);
  const whole = point < 0 ? text : text.slice(0, point);
  const fraction = point < 0 ? '' : text.slice(point + 1);
  if (!/^\d*$/.test(fraction)) return undefined;
  const groups = whole.split(/[ '’.,]/);
  if (groups.length > 1) {
    const marks = new Set(whole.replace(/\d/g, ''));
    if (marks.size !== 1 || !validGroups(groups, marks.has(','))) return undefined;
  }
  const integer = groups.join('');
  if (integer === '' && fraction === '') return undefined;
  return fraction === '' ? integer : `${integer || '0'}.${fraction}`;
}

/** "1", "234", "567": thousands; "12", "34", "567" with commas: Indian lakhs and crores. */
function validGroups(groups: readonly string[], commas: boolean): boolean {
  const first = groups[0]!;
  const rest = groups.slice(1);
  if (first.length < 1 || first.length > 3) return false;
  if (rest.every((g) => g.length === 3)) return true;
  return commas && first.length <= 2 && rest[rest.length - 1]!.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
}

/** The currency of a number format, remembered for the last format asked (a column repeats one). */
function formatCurrency(format: string | null | undefined): string | undefined {
  if (!format || format === 'General' || format === '@') return undefined;
  if (format !== lastFormat) {
    lastFormat = format;
    lastFormatCurrency = readFormatCurrency(format);
  }
  return lastFormatCurrency;
}

let lastFormat: string | undefined;
let lastFormatCurrency: string | undefined;

/** Quoted text, `[$sym-LCID]` sections, escaped characters and bare currency signs of a number format. */
const FORMAT_PARTS = /"([^"]*)"|\[\$([^\]-]*)(?:-([0-9a-f]+))?[^\]]*\]|\[[^\]]*\]|\\(.)|(\p{Sc})/giu;

function readFormatCurrency(format: string): string | undefined {
  let found: string | undefined;
  for (const m of format.matchAll(FORMAT_PARTS)) {
    const [, quoted, bracket, locale, escaped, sign] = m;
    let code: string | undefined;
    if (bracket !== undefined) {
      const symbol = bracket.trim();
      if (symbol === '') continue;
      code = ownValue(ownValue(LOCALE_CURRENCIES, symbol.toLowerCase()), (locale ?? '').toLowerCase()) ?? markOf(symbol);
    } else {
      const literal = quoted ?? escaped ?? sign;
      if (literal === undefined) continue;
      code = literalCurrency(literal);
    }
    if (code === undefined) continue;
    if (found !== undefined && found !== code) return UNKNOWN;
    found = code;
  }
  return found;
}

/** A currency named by a whole mark ("USD", "€", "kr."): its code, UNKNOWN, or undefined. */
function markOf(symbol: string): string | undefined {
  const code = MARKS.get(symbol.toLowerCase());
  if (code !== undefined) return code;
  return [...symbol].length === 1 && CURRENCY_SIGN.test(symbol) ? UNKNOWN : undefined;
}

/** Quoted text of a format: the currency of its one mark (" kr", "£", "CHF "), else none ("days"). */
function literalCurrency(literal: string): string | undefined {
  let found: string | undefined;
  for (const word of literal.trim().split(/\s+/)) {
    if (word === '') continue;
    const code = markOf(word);
    if (code === undefined) continue;
    if (found !== undefined && found !== code) return UNKNOWN;
    found = code;
  }
  return found;
}
