import type { CellValue } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { normaliseId } from './id';

/** One item of a Provides to cell before the reader reads its date and attaches its cell. */
export interface ParsedDelivery {
  /** The consumer's id, normalised. */
  readonly id: string;
  /** Set when the item is written in words ("Payroll upgrade", "Finance"): a name, resolved later. */
  readonly name?: string;
  /** The date written beside it, as text ("15 Mar 2027"), for the reader's date parser. */
  readonly dateText?: string;
}

export interface ParsedDeliveryCell {
  readonly items: readonly ParsedDelivery[];
  /** Items that name nothing (for the finding). */
  readonly unreadable: readonly string[];
  readonly error?: string;
}

/** A key-like token: "FIN-12", "OPS_4", "7". */
const ID_TOKEN = /^[\p{L}\p{N}][\p{L}\p{N}_.\-/#]*$/u;
const HAS_DIGIT = /\d/;
/** "FIN-12 (15 Mar 2027)", "FIN-12 [Q2 2027]". */
const BRACKETED = /^(.*?)\s*[([]([^()[\]]*)[)\]]\s*$/;
/** "FIN-12 by 15/03/2027", "FIN-12 - 2027-03-15", "FIN-12: 15 Mar", "FIN-12 @ 1 Apr", "FIN-12 due Q2 2027". */
const TRAILING_DATE = /^(.+?)\s*(?:\s(?:by|due|on|for|from|wc|w\/c)\s|\s[-\u2013\u2014]\s|:\s*|\s@\s*)(.+)$/i;

/**
 * A Provides to / Delivers to cell -> the consumers it names, each optionally with a date:
 * items separated by `,` `;` `|` or new lines (a comma inside brackets stays with its item,
 * "FIN-12 (Mar 15, 2027)"). An item is an id ("FIN-12") or a name ("Payroll upgrade", or a
 * department, "Finance"), with a date after it in brackets or after "by", "due", a dash, a colon
 * or "@". `isDate` says whether a piece of text reads as a date (the reader's own date parser).
 */
export function parseDeliveryCell(value: CellValue, isDate: (text: string) => boolean): ParsedDeliveryCell {
  if (value === null || isPlaceholder(value)) return { items: [], unreadable: [] };
  if (isCellError(value)) return { items: [], unreadable: [], error: value.error };
  if (typeof value === 'boolean' || value instanceof Date) return { items: [], unreadable: [String(value)] };
  if (typeof value === 'number') {
    const id = normaliseId(value);
    return id === undefined ? { items: [], unreadable: [String(value)] } : { items: [{ id }], unreadable: [] };
  }
  const items: ParsedDelivery[] = [];
  const unreadable: string[] = [];
  for (const piece of splitItems(cleanText(value))) {
    const item = piece.replace(/\s+/g, ' ').trim();
    if (item === '' || isPlaceholder(item)) continue;
    const parsed = parseItem(item, isDate);
    if (parsed) items.push(parsed);
    else unreadable.push(item);
  }
  return { items, unreadable };
}

/** Split on , ; | and new lines outside brackets. */
function splitItems(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && (ch === ',' || ch === ';' || ch === '|' || ch === '\n' || ch === '\r')) {
      out.push(text.slice(start, k));
      start = k + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** "HR-3 - Payroll upgrade", "HR-3: Payroll", "HR3 Payroll": an id with its title after it. */
const ID_THEN_TITLE = /^([\p{L}\p{N}][\p{L}\p{N}_.\-/#]*)(?:\s*[-\u2013\u2014:]\s+|\s+)\S/u;
const HAS_LETTER = /\p{L}/u;

function parseItem(item: string, isDate: (text: string) => boolean): ParsedDelivery | undefined {
  // A date alone names no consumer (a needed-by date in a column read as Provides to).
  if (isDate(item)) return undefined;
  let head = item;
  let dateText: string | undefined;
  const bracketed = BRACKETED.exec(item);
  if (bracketed && bracketed[1]!.trim() !== '') {
    head = bracketed[1]!.trim();
    // A note in brackets that is no date ("FIN-12 (Finance)") is left out of the reference.
    if (isDate(bracketed[2]!.trim())) dateText = bracketed[2]!.trim();
  } else {
    const trailing = TRAILING_DATE.exec(item);
    if (trailing && isDate(trailing[2]!.trim())) {
      head = trailing[1]!.trim();
      dateText = trailing[2]!.trim();
    }
  }
  const titled = ID_THEN_TITLE.exec(head);
  if (titled && HAS_DIGIT.test(titled[1]!) && HAS_LETTER.test(titled[1]!)) head = titled[1]!;
  const id = normaliseId(head);
  if (id === undefined) return undefined;
  const named = !(ID_TOKEN.test(head) && (HAS_DIGIT.test(head) || head.includes('_')));
  const out: { id: string; name?: string; dateText?: string } = { id };
  if (named) out.name = head;
  if (dateText !== undefined) out.dateText = dateText;
  return out;
}
