import { ragOfFill } from '../normalise/fill-colour';
import type { CellValue, DayNumber } from '../../types';
import type { Block } from '../find-tables';
import { cleanText, isBlank, isCellError, isPlaceholder } from '../normalise/cell-text';
import { isDateFormat, parseDateValue } from '../normalise/date';
import { parseTaskDuration } from '../normalise/duration';
import { currencyMark, parseNumberValue } from '../normalise/number';
import { normaliseStatus } from '../normalise/status';
import { ID_TOKEN } from '../normalise/id';
import { headerForm, type HeaderForm } from './header-evidence';

/**
 * What a column holds, read once from a sample of its data rows: the value evidence every
 * (column, field) score and every table-kind test reads, so no column is scanned twice.
 */
export interface ColumnProfile {
  /** 0-based column within the block. */
  readonly column: number;
  readonly header: string;
  readonly form: HeaderForm;
  /** The header row's own text, when a group label above was prefixed to `header`. */
  readonly ownForm?: HeaderForm;
  /** Rows sampled and, of those, cells with a value. */
  readonly sampled: number;
  readonly filled: number;
  /** Cells that read as a date (date cells, date-formatted numbers, date text; not bare numbers). */
  readonly dates: number;
  /** Cells that read as a number or amount (not dates). */
  readonly numbers: number;
  /** Of those, numbers that could be Excel date serials of a plan (1970-2199) though not formatted as dates. */
  readonly serials: number;
  /** Numbers between 0 and 100 inclusive, "%" text and %-formatted numbers. */
  readonly percentLike: number;
  /** Cells with a currency symbol or code, or a currency number format. */
  readonly money: number;
  /** Cells that read as a task's length: durations with a unit ("5d", "2 wks", "40h", "5 edays") and numbers of days from 0 up. */
  readonly durations: number;
  /** Of those, durations written with a unit: a bare number is a duration only where the header says so. */
  readonly durationTexts: number;
  /** Cells that read as a status word (RAG or workflow). */
  readonly statuses: number;
  /** Of those, RAG colours (Green, A, 🔴, On track...): a rating, not a workflow state. */
  readonly colours: number;
  /** Empty cells filled red, amber or green (RawSheet.fills): a rating kept as colour alone. */
  readonly fillColours: number;
  /** Cells that say a value is missing ("NA", "TBC", "-"). */
  readonly placeholders: number;
  /** Short tokens without spaces holding a digit ("FIN-2", "7", "1.2", "TES-25"), or lettered keys ("HR-A"). */
  readonly idLike: number;
  /** Ids in the key form PREFIX-123 (letters, a separator or not, digits) or PREFIX-A (capitals). */
  readonly keyLike: number;
  /** Cells that look like a person: "Ada Lovelace", "Lovelace, Ada", an email address. */
  readonly people: number;
  /** Yes/no cells: TRUE and FALSE (as values or text), yes and no. */
  readonly booleans: number;
  /** Cells of plain text (not numbers, dates or booleans). */
  readonly texts: number;
  /** Single letters from a RACI chart (R, A, C, I and their pairs). */
  readonly raciLetters: number;
  /** Distinct values among the filled cells (case-insensitive text), and the first few of them. */
  readonly distinct: number;
  readonly examples: readonly string[];
  /** Mean length of the text cells. */
  readonly meanLength: number;
  /** The date of each sampled row (NaN where none), for comparing date columns row by row. */
  readonly days: Float64Array;
  /** Normalised tokens of the cells (split at , ; newlines), for reference checks against an id column. */
  readonly tokens: readonly string[];
}

/** Excel serials of 1 Jan 1970 and 31 Dec 2199: a plan's dates fall between; 12,000 or 20,000 (1932, 1954) are counts or amounts. */
const SERIAL_FIRST = 25_569;
const SERIAL_LAST = 109_574;

/** Rows sampled per column: enough to judge a column, cheap on 100,000 rows and 300 columns. */
export const PROFILE_ROWS = 100;
const EXAMPLES = 12;
const HAS_DIGIT = /\d/;
const KEY_LIKE = /^[A-Za-z][A-Za-z0-9]{0,9}[-_]\d{1,7}$/;
/** Keys lettered rather than numbered, in capitals: "HR-A", "WS-B", "OPS_AA". */
const LETTERED_KEY = /^[A-Z][A-Z0-9]{0,9}[-_][A-Z]{1,2}$/;
const PERSON = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const PERSON_COMMA = /^\p{Lu}[\p{L}'’-]+,\s*\p{Lu}[\p{L}'’.-]+$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PERSON_MAX_LENGTH = 120;
const RACI = /^(?:R|A|C|I|RA|AR|RC|CI|RACI|R\/A|A\/R)$/;
const TOKEN_SPLIT = /[,;\n\r]+/;

/** Sampled rows of a block: its data rows, spread over the whole table when it is long. */
export function sampleRows(rows: readonly number[]): number[] {
  if (rows.length <= PROFILE_ROWS) return [...rows];
  const out: number[] = [];
  const step = rows.length / PROFILE_ROWS;
  for (let k = 0; k < PROFILE_ROWS; k++) out.push(rows[Math.floor(k * step)]!);
  return out;
}

export function profileColumns(block: Block, rows: readonly number[]): ColumnProfile[] {
  const sample = sampleRows(rows);
  return block.headers.map((header, column) => profileColumn(block, column, header, sample));
}

/** What a text cell says of its column: a pure function of the text, so read once per distinct text of a column. */
interface TextFacts {
  /** Distinct-value key (trimmed, lower case) and the example shown for it. */
  readonly key: string;
  readonly example: string;
  /** The date the text reads as (undefined: not a date). */
  readonly day: DayNumber | undefined;
  /** cleanText's length; 0 for text that cleans to nothing (counted as filled only). */
  readonly length: number;
  readonly priced: boolean;
  /** "60 %" style text: a percent and a number. */
  readonly percentText: boolean;
  /** The number the text reads as (not a date, not a percent text). */
  readonly amount: number | undefined;
  readonly placeholder: boolean;
  readonly status: boolean;
  readonly colour: boolean;
  readonly raci: boolean;
  readonly idLike: boolean;
  readonly keyLike: boolean;
  readonly person: boolean;
  /** A duration with a unit ("5 days", "2 wks", "3d?"): parseTaskDuration reads it. */
  readonly duration: boolean;
  /** Tokens for reference checks: the number's text, or the pieces split at , ; and newlines. */
  readonly tokens: readonly string[];
}

/** Distinct texts remembered per column: a sample has at most PROFILE_ROWS of them. */
function textFacts(value: string): TextFacts {
  const key = value.trim().toLowerCase();
  const example = cleanText(value);
  const base = { key, example, day: undefined, length: 0, priced: false, percentText: false, amount: undefined, placeholder: false, status: false, colour: false, raci: false, idLike: false, keyLike: false, person: false, duration: false, tokens: NO_TOKENS };
  const day = dayOf(value, null);
  if (day !== undefined) return { ...base, day };
  const text = example;
  if (text === '') return base;
  const priced = currencyMark(text) !== undefined;
  if (PERCENT_TEXT.test(text)) return { ...base, length: text.length, priced, percentText: true };
  const amount = parseNumberValue(text);
  if (amount.kind === 'value') return { ...base, length: text.length, priced, amount: amount.value, idLike: ID_TOKEN.test(text), tokens: [text.toUpperCase()] };
  // "5 days", "2 wks", "40h": a digit first, then a unit (any other text is no duration, and the parse is skipped).
  if (DIGIT_FIRST.test(text) && parseTaskDuration(text).kind === 'value') return { ...base, length: text.length, duration: true, tokens: [text.toUpperCase()] };
  // "NA", "TBC", "-" say a value is missing, not that the column holds statuses.
  const placeholder = isPlaceholder(text);
  const tokens: string[] = [];
  for (const piece of text.split(TOKEN_SPLIT)) {
    const token = piece.trim();
    if (token !== '') tokens.push(token.toUpperCase());
  }
  const status = placeholder ? undefined : normaliseStatus(text);
  return {
    ...base,
    length: text.length,
    priced,
    placeholder,
    status: status !== undefined,
    colour: status === 'green' || status === 'amber' || status === 'red',
    raci: RACI.test(text),
    idLike: ID_TOKEN.test(text) && (HAS_DIGIT.test(text) || LETTERED_KEY.test(text)),
    keyLike: KEY_LIKE.test(text) || LETTERED_KEY.test(text),
    // A name or an address is short; longer text is prose, and the patterns would backtrack over all of it.
    person: text.length <= PERSON_MAX_LENGTH && (PERSON.test(text) || PERSON_COMMA.test(text) || EMAIL.test(text)),
    tokens,
  };
}

const NO_TOKENS: readonly string[] = [];

const PERCENT_TEXT = /^\d+(?:\.\d+)?\s*%$/;
const YES_NO = /^\s*(?:true|false|yes|no)\s*$/i;
const DIGIT_FIRST = /^\d/;

function profileColumn(block: Block, column: number, header: string, sample: readonly number[]): ColumnProfile {
  const col = block.range.left + column;
  const { grid } = block;
  let filled = 0, placeholders = 0, dates = 0, serials = 0, numbers = 0, percentLike = 0, money = 0, durations = 0, durationTexts = 0, statuses = 0, colours = 0, idLike = 0, keyLike = 0, people = 0, texts = 0, raci = 0, length = 0;
  const distinct = new Set<string>();
  const examples: string[] = [];
  const days = new Float64Array(sample.length).fill(Number.NaN);
  const tokens: string[] = [];
  // Columns repeat their words (statuses, owners, departments): each distinct text is read once.
  const known = new Map<string, TextFacts>();
  const note = (key: string, example: () => string): void => {
    if (distinct.has(key)) return;
    distinct.add(key);
    if (examples.length < EXAMPLES) examples.push(example());
  };
  const fills = grid.sheet.fills;
  const fillColumn = col - grid.sheet.origin.col;
  let fillColours = 0;
  let booleans = 0;
  sample.forEach((row, k) => {
    const value: CellValue = grid.value(row, col);
    if (isBlank(value)) {
      const fill = fills?.[row - grid.sheet.origin.row]?.[fillColumn];
      if (fill !== undefined && ragOfFill(fill) !== undefined) fillColours++;
      return;
    }
    if (isCellError(value)) return;
    filled++;
    if (typeof value === 'boolean' || (typeof value === 'string' && YES_NO.test(value))) booleans++;
    if (typeof value === 'string') {
      let facts = known.get(value);
      if (facts === undefined) known.set(value, (facts = textFacts(value)));
      note(facts.key, () => facts!.example);
      if (facts.day !== undefined) {
        dates++;
        days[k] = facts.day;
        return;
      }
      if (facts.length === 0) return;
      length += facts.length;
      if (facts.priced) money++;
      if (facts.percentText) {
        percentLike++;
        numbers++;
        return;
      }
      if (facts.duration) {
        durations++;
        durationTexts++;
        return;
      }
      if (facts.amount !== undefined) {
        numbers++;
        if (facts.amount >= 0) durations++;
        if (facts.amount >= 0 && facts.amount <= 100 && !facts.priced) percentLike++;
        if (facts.idLike) idLike++;
        tokens.push(facts.tokens[0]!);
        return;
      }
      texts++;
      if (facts.placeholder) placeholders++;
      if (facts.status) statuses++;
      if (facts.colour) colours++;
      if (facts.raci) raci++;
      if (facts.idLike) idLike++;
      if (facts.keyLike) keyLike++;
      if (facts.person) people++;
      for (const token of facts.tokens) tokens.push(token);
      return;
    }
    const format = grid.numberFormat(row, col);
    note(value instanceof Date ? `d${value.getTime()}` : String(value).trim().toLowerCase(), () => (value instanceof Date ? value.toISOString().slice(0, 10) : cleanText(String(value))));
    const day = dayOf(value, format);
    if (day !== undefined) {
      dates++;
      days[k] = day;
      return;
    }
    if (typeof value === 'number') {
      numbers++;
      if (value >= 0) durations++;
      // The currency reading the table's currency uses (normalise/number.ts), for cell and format alike.
      if (format !== null && currencyMark(value, format) !== undefined) money++;
      if (Number.isInteger(value) && value >= SERIAL_FIRST && value <= SERIAL_LAST) serials++;
      if ((value >= 0 && value <= 100) || (format !== null && format.includes('%'))) percentLike++;
      idLike++;
      tokens.push(String(value));
    }
  });
  const own = block.ownHeaders[column] ?? '';
  return {
    column,
    header,
    form: headerForm(header),
    ...(own !== '' && own !== header ? { ownForm: headerForm(own) } : {}),
    sampled: sample.length,
    filled,
    dates,
    numbers,
    serials,
    percentLike,
    money,
    durations,
    durationTexts,
    statuses,
    colours,
    fillColours,
    booleans,
    placeholders,
    idLike,
    keyLike,
    people,
    texts,
    raciLetters: raci,
    distinct: distinct.size,
    examples,
    meanLength: texts > 0 ? length / Math.max(1, texts) : 0,
    days,
    tokens,
  };
}

/** A cell's date when it plainly is one: a date value, a date-formatted number, or text that reads as a date. */
function dayOf(value: CellValue, format: string | null): DayNumber | undefined {
  if (typeof value === 'number' && !isDateFormat(format)) return undefined;
  if (typeof value === 'string' && !/\d/.test(value)) return undefined;
  if (typeof value === 'boolean') return undefined;
  const parsed = parseDateValue(value, { dateSystem: 1900, dateOrder: 'dmy', numberFormat: format });
  if (parsed.kind !== 'value') return undefined;
  // Plain numbers in text ("2026", "12") are years or counts, not dates.
  if (typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  return parsed.value.day;
}

/** Share of the filled cells with a property (0 for an empty column). */
export function share(profile: ColumnProfile, count: number): number {
  return profile.filled === 0 ? 0 : count / profile.filled;
}
