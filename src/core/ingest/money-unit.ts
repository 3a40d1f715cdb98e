import type { CellRef, ColumnMapping, DetectedTable, Finding, InitiativeField, MoneyUnit } from '../types';
import { FIELD_SPECS, fieldSpec, makeFinding } from '../types';
import { normaliseHeader } from './match/header-evidence';
import { a1 } from '../util/a1';
import type { Block } from './find-tables';
import { headerCurrencyMark } from './normalise/number';
import { titleRows } from './title-rows';
import { isBlank } from './normalise/cell-text';

/**
 * The unit of money written in a header or a note: "Budget (£k)", "Cost ($m)", "Value in
 * thousands", "EUR '000", "Budget (mn)", "£000s", "kEUR", "USDm", "€ Mio.", "All figures in
 * £000". Finance writes the scale beside the currency or in brackets; a scale word of its own
 * ("thousands", "'000") says it anywhere but after "per".
 */

/** A currency sign, a word ending in "$" ("US$"), a word, digits with an optional "'" and "s", a bracket. */
const TOKEN = /\p{Sc}|\p{L}+\$|\p{L}+|'?\d+(?:'?s)?|[()[\]]/gu;

/** Scale words that say it anywhere: thousands, millions, billions, and the finance "'000". */
const WORD_SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 3], ['thousands', 3], ['million', 6], ['millions', 6], ['billion', 9], ['billions', 9],
]);
/** "000", "'000", "000s", "'000s", "000's": thousands. */
const ZERO_GROUP = /^'?000(?:'?s)?$/;
/** Abbreviations that say a scale beside a currency or alone in brackets ("£k", "(mn)", "$MM", "T€"). */
const SHORT_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 3], ['m', 6], ['mm', 6], ['mn', 6], ['mio', 6], ['b', 9], ['bn', 9], ['mrd', 9],
]);
/** German "T€", "TEUR" (Tausend): only glued to a currency. */
const GLUED_ONLY: ReadonlyMap<string, number> = new Map([['t', 3]]);
/** "kEUR", "TEUR", "MEUR", "mUSD"; "EURm", "USDbn", "GBPk". */
const SCALE_THEN_CODE = /^(k|t|m|mn|mio|bn)([A-Z]{3})$/i;
const CODE_THEN_SCALE = /^([A-Z]{3})(k|m|mn|bn|b)$/;

/** The unit a text names, or undefined when it names neither a scale nor a currency. */
export function readMoneyUnit(text: string): { scale: number; currency?: string } | undefined {
  const tokens = text.match(TOKEN) ?? [];
  const marks = tokens.map((t) => (/^[()[\]]$/.test(t) || /^\d/.test(t) ? undefined : headerCurrencyMark(t)));
  let scale: number | undefined;
  const currencies = new Set<string>();
  const say = (s: number): void => {
    if (scale === undefined) scale = s;
  };
  tokens.forEach((token, k) => {
    const mark = marks[k];
    if (mark !== undefined) {
      currencies.add(mark);
      return;
    }
    const lower = token.toLowerCase();
    const after = tokens[k - 1]?.toLowerCase();
    const compound = SCALE_THEN_CODE.exec(token) ?? CODE_THEN_SCALE.exec(token);
    if (compound) {
      const [scaleWord, code] = SCALE_THEN_CODE.test(token) ? [compound[1]!, compound[2]!] : [compound[2]!, compound[1]!];
      const s = SHORT_SCALES.get(scaleWord.toLowerCase()) ?? GLUED_ONLY.get(scaleWord.toLowerCase());
      const c = headerCurrencyMark(code.toUpperCase());
      if (s !== undefined && c !== undefined) {
        say(s);
        currencies.add(c);
      }
      return;
    }
    if (after === 'per' || (after === 'of' && tokens[k - 2]?.toLowerCase() === 'per')) return;
    const word = WORD_SCALES.get(lower) ?? (ZERO_GROUP.test(token) ? 3 : undefined);
    if (word !== undefined) return say(word);
    const short = SHORT_SCALES.get(lower) ?? GLUED_ONLY.get(lower);
    if (short === undefined) return;
    const besideCurrency = marks[k - 1] !== undefined || marks[k + 1] !== undefined;
    const aloneInBrackets = SHORT_SCALES.has(lower) && /^[([]$/.test(tokens[k - 1] ?? '') && /^[)\]]$/.test(tokens[k + 1] ?? '');
    if (besideCurrency || aloneInBrackets) say(short);
  });
  const currency = currencies.size === 1 ? [...currencies][0]! : undefined;
  if (scale === undefined && currency === undefined) return undefined;
  return { scale: scale ?? 0, ...(currency !== undefined && currency !== '' ? { currency } : {}) };
}

/** A note names a unit for the whole table when it names a scale, or a currency with a word that announces it ("All figures in GBP"). */
const NOTE_WORDS = /\b(figures|amounts|values|numbers|money|costs|currency|all)\b/i;

/** A note's unit and the money fields it is said of: all of them unless its clause names some. */
interface NoteUnit {
  readonly unit: MoneyUnit;
  /** The fields the clause names ("benefits are ... in thousands": benefit); undefined: every money column. */
  readonly fields?: ReadonlySet<InitiativeField>;
}

/** Clauses of a note: "Budgets as approved; benefits in thousands." says two things. */
const CLAUSE = /[;.]\s+|\n/;

/**
 * The unit a title row above the table names for its money ("All figures in £000"), nearest row
 * first; said of the fields its clause names when it names some ("benefits are annual run-rate,
 * in thousands": the benefit column only, not the budget beside it).
 */
export function noteMoneyUnit(block: Block): NoteUnit | undefined {
  for (const row of titleRows(block.grid, block.range)) {
    for (const text of row) {
      for (const clause of text.split(CLAUSE)) {
        const unit = readMoneyUnit(clause);
        if (unit === undefined || (unit.scale === 0 && !NOTE_WORDS.test(clause))) continue;
        const fields = moneyFieldsNamed(clause);
        return { unit: { ...unit, from: 'note', text: text.trim() }, ...(fields.size > 0 ? { fields } : {}) };
      }
    }
  }
  return undefined;
}

/** The money fields whose head nouns a clause uses ("benefits", "budget", "EAC"). */
function moneyFieldsNamed(clause: string): Set<InitiativeField> {
  const words = new Set(normaliseHeader(clause).split(' '));
  const named = new Set<InitiativeField>();
  for (const spec of FIELD_SPECS.initiatives) {
    if (spec.value === 'money' && spec.header.heads.some((h) => words.has(h))) named.add(spec.field as InitiativeField);
  }
  return named;
}

/**
 * The mapping with the unit of each money column: its header's, else the table's note's. Columns
 * whose header and note name no unit are left as they are (their values are read as written).
 */
export function withMoneyUnits(block: Block, mapping: readonly ColumnMapping[]): readonly ColumnMapping[] {
  if (!mapping.some(isMoney)) return mapping;
  let noted: NoteUnit | null | undefined;
  const units = mapping.map((m): ColumnMapping => {
    if (!isMoney(m)) return m;
    const header = block.headers[m.column] ?? m.header;
    const own = readMoneyUnit(header);
    if (own !== undefined && own.scale > 0) return { ...m, unit: { ...own, from: 'header', text: header } };
    if (noted === undefined) noted = noteMoneyUnit(block) ?? null;
    const note = noted !== null && (noted.fields === undefined || noted.fields.has(m.field as InitiativeField)) ? noted.unit : null;
    // A header naming only its currency ("Budget (£)") takes the note's scale.
    if (note !== null && (own?.currency === undefined || note.currency === undefined || own.currency === note.currency)) {
      return { ...m, unit: { ...note, ...(own?.currency !== undefined ? { currency: own.currency } : {}) } };
    }
    return own !== undefined ? { ...m, unit: { ...own, from: 'header', text: header } } : m;
  });
  return withBandUnits(block, units);
}

/**
 * A unit in a band label written over its first column only, not merged across the band ("Budget
 * (£k)" over Plan, then blank over Actual and Forecast, centred across them): the money columns
 * to its right whose cells above are blank are in the same unit, as the eye reads the band.
 */
function withBandUnits(block: Block, mapping: readonly ColumnMapping[]): readonly ColumnMapping[] {
  const { grid, headerRow } = block;
  const above = headerRow - 1;
  if (above < block.range.top && above < grid.top) return mapping;
  const merged = (col: number): boolean => (grid.sheet.merges ?? []).some((g) => g.top <= above && g.bottom >= above && g.left <= col && g.right >= col);
  const units = new Map<number, MoneyUnit>();
  for (const m of mapping) if (isMoney(m) && m.unit !== undefined) units.set(m.column, m.unit);
  let changed = false;
  const sorted = [...mapping].sort((a, b) => a.column - b.column);
  for (const m of sorted) {
    if (!isMoney(m) || units.has(m.column) || readMoneyUnit(block.headers[m.column] ?? '') !== undefined) continue;
    const col = block.range.left + m.column;
    if (!isBlank(grid.value(above, col)) || merged(col)) continue;
    const band = units.get(m.column - 1);
    // The unit must be the label's above the column to the left, not that column's own header's.
    if (band === undefined || band.from !== 'header' || band.scale === 0 || readMoneyUnit(block.ownHeaders[m.column - 1] ?? '') !== undefined) continue;
    units.set(m.column, band);
    changed = true;
  }
  return changed ? mapping.map((m) => (isMoney(m) && m.unit === undefined && units.has(m.column) ? { ...m, unit: units.get(m.column)! } : m)) : mapping;
}

function isMoney(m: ColumnMapping): boolean {
  return fieldSpec('initiatives', m.field)?.value === 'money';
}

const SCALE_NAMES: Readonly<Record<number, string>> = { 3: 'thousands', 6: 'millions', 9: 'billions' };

/** How a unit reads in a sentence: 'thousands (x1,000), from the header "Budget (£k)"'. */
export function describeMoneyUnit(unit: MoneyUnit): string {
  const where = unit.from === 'header' ? `the header "${unit.text}"` : `the note "${unit.text}" above the table`;
  const factor = String(10 ** unit.scale).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${SCALE_NAMES[unit.scale] ?? `x10^${unit.scale}`} (x${factor}), from ${where}`;
}

/**
 * ingest.money-unit: one info finding per table whose money columns were read from thousands or
 * millions into units, naming each column and where its unit was read, on the header cells; the
 * cells keep what was written.
 */
export function moneyUnitFinding(source: string, table: DetectedTable): Finding | undefined {
  const scaled = table.mapping.filter((m) => m.unit !== undefined && m.unit.scale > 0);
  if (scaled.length === 0) return undefined;
  const cells: CellRef[] = scaled.map((m) => ({ source, sheet: table.sheet, address: a1(table.headerRow, table.range.left + m.column) }));
  const columns = scaled.map((m, k) => `${cells[k]!.address} "${m.header}" is in ${describeMoneyUnit(m.unit!)}`);
  return makeFinding(
    'ingest.money-unit',
    `${source}, sheet "${table.sheet}": ${columns.join('; ')}; ${scaled.length === 1 ? 'its values were' : 'their values were'} read in units (the cells keep what was written).`,
    cells,
  );
}
