import type { CellValue, LinkType } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { normaliseId } from './id';
import { LAG_NUMBER, LAG_UNITS, lagInWorkingDays, withDecimalLagPoints } from './lag-units';

/** One link read from a dependency cell, before the reader attaches its cell. */
export interface ParsedLink {
  readonly id: string;
  /** Set when the item names no id but reads as a name ("Data platform"): resolved to the initiative of that name. */
  readonly name?: string;
  readonly type: LinkType;
  /** Working days; negative for a lead. */
  readonly lagDays: number;
  /** Words written beside the id that describe it ("P-004 data cleanse", "Vendor contract (FIN-2)"). */
  readonly label?: string;
}

export interface ParsedDependencyCell {
  readonly links: readonly ParsedLink[];
  /** Pieces of the cell that are neither an id nor a link type/lag (for the finding). */
  readonly unreadable: readonly string[];
  /** Set when the cell is an Excel error value. */
  readonly error?: string;
  /**
   * The unreadable pieces that are lags in percent of the predecessor's duration ("+50%" of
   * "3FS+50%"): the cell does not give that duration, so the link is read with no lag. Absent
   * when there are none.
   */
  readonly percentLags?: readonly string[];
}

/** The names of the run's initiatives. */
export interface KnownNames {
  /** True when the text, case and spacing aside, is the name of an initiative. */
  has(text: string): boolean;
}

export interface DependencyContext {
  /** Working days per week, for lags in weeks (1w). Default 5. */
  readonly workingDaysPerWeek: number;
  /** Ids that exist with a space inside ("OPS 01", normalised): two tokens that join into one are that id. */
  readonly spacedIds?: ReadonlySet<string> | undefined;
  /**
   * The run's initiative names: a cell, or a piece of it, that is one names that initiative, read
   * before any id in it ("SSO for enterprise (SAML/OIDC)", "Public API v2").
   */
  readonly names?: KnownNames | undefined;
  /** The table's ids are numbers ("7"): a number after "task" or "row" is one of them. */
  readonly numericIds?: boolean | undefined;
}

const ITEM_SEPARATORS = /[,;\n\r]+/;
const TOKEN_SPLIT = /[\s()[\]]+/;
const UNITS = LAG_UNITS;
const NUMBER = LAG_NUMBER;
/** "FS", "SS+2", "FF-2", "+5d", "-1w", "+4h", "+3 days" as one token (unit may follow as its own token). */
const LINK_SPEC = new RegExp(`^(FS|SS|FF|SF)?([+-]${NUMBER})?(${UNITS})?$`, 'i');
/** An id glued to its link spec: "OPS-9SS", "FIN-2FS+5d", "3FS+4h". */
const GLUED = new RegExp(`^(.*\\d)(FS|SS|FF|SF)([+-]${NUMBER}(?:${UNITS})?)?$`, 'i');
const UNIT = new RegExp(`^(?:${UNITS})$`, 'i');
const ID_TOKEN = /^[\p{L}\p{N}][\p{L}\p{N}_.\-/#]*$/u;
const HAS_DIGIT = /\d/;
/** A key lettered rather than numbered, in capitals ("HR-A", "WS-B"): an id though it has no digit. */
const LETTERED_KEY = /^[A-Z][A-Z0-9]{0,9}[-_][A-Z]{1,2}$/;
/** An unsigned lag with its unit directly after a link type: "FS 5d" -> +5 days. */
const UNSIGNED_LAG = new RegExp(`^(${NUMBER})(${UNITS})?$`, 'i');
/** A lag in percent of the predecessor's duration (Project's "3FS+50%"), glued to its id or type, or alone. */
const GLUED_PERCENT = new RegExp(`^(.*\\d)(FS|SS|FF|SF)([+-]?${NUMBER}%)$`, 'i');
/**
 * German Project's link types glued to a task number: EA (Ende-Anfang) is FS, AA (Anfang-Anfang)
 * SS, EE (Ende-Ende) FF, AE (Anfang-Ende) SF ("2EA+2 Tage", "4AA"). Read only where the table's
 * ids are numbers, as Project's are: elsewhere "12AE" may be an id.
 */
const GLUED_GERMAN = new RegExp(`^(\\d+)(EA|AA|EE|AE)([+-]${NUMBER}(?:${UNITS})?)?$`, 'i');
const GERMAN_LINK_TYPES: Readonly<Record<string, LinkType>> = { EA: 'FS', AA: 'SS', EE: 'FF', AE: 'SF' };
const PERCENT_SPEC = new RegExp(`^(FS|SS|FF|SF)?([+-]?${NUMBER}%)$`, 'i');

interface Draft {
  id: string;
  type: LinkType;
  lag: number;
  /** The lag's unit as written, lower case (UNITS). */
  unit: string;
  /** True once a type or lag was read, so a following bare number is a lag. */
  spec: boolean;
  /** Read from a plain number ("2", not "#2" or "2FS"): no id when words surround it ("Wave 2"). */
  bare?: true;
}

/** What a cell has given so far. */
interface Reading {
  readonly links: ParsedLink[];
  readonly unreadable: string[];
  /** The unreadable pieces that are percent lags. */
  readonly percents: string[];
}

/** An address in parentheses after a name, as database tools export a linked record. */
const LINKED_PAGE_URL = /\s*\((?:https?|notion):\/\/[^\s()]*\)/g;

/** "Sign lease (https://www.notion.so/...)" -> "Sign lease". */
export function withoutLinkedPageUrls(text: string): string {
  return text.replace(LINKED_PAGE_URL, '');
}

/**
 * A "depends on" cell -> links. Several ids separated by `,` `;` newlines or spaces, each with
 * an optional link type (FS, SS, FF, SF; FS by default) and lag in working days, converted from
 * Microsoft Project's duration units (UNITS, unitDays): "FIN-2", "FIN-2 FS+5d", "OPS-9SS",
 * "IT-4 (FF-2 days)", "ENG-3 SS+1w", "3FS+4 hrs", "7SS+1mo", "2FS+3ed", "#12" (item 12); German
 * Project's "2EA+2 Tage" where the ids are task numbers (GLUED_GERMAN). A lag in percent of the
 * predecessor's duration ("3FS+50%") cannot be converted without that duration: the link is
 * read with no lag and the lag kept as an unreadable piece (percentLags says which). A lag's
 * decimal comma ("2FS+2,5 days;3") is a point (withDecimalLagPoints). With the run's names
 * (context.names), a cell or piece that is a name is that initiative before any id is looked for
 * in it (readNamed); a plain number among words ("Wave 2") is no id (parseItem).
 */
export function parseDependencyCell(value: CellValue, context: DependencyContext = { workingDaysPerWeek: 5 }): ParsedDependencyCell {
  if (value === null || typeof value === 'boolean' || value instanceof Date) return { links: [], unreadable: value === null ? [] : [String(value)] };
  if (isCellError(value)) return { links: [], unreadable: [], error: value.error };
  if (typeof value === 'number') {
    const id = normaliseId(value);
    return id === undefined ? { links: [], unreadable: [String(value)] } : { links: [{ id, type: 'FS', lagDays: 0 }], unreadable: [] };
  }
  // Notion writes a relation as the page's title and its address: "Sign lease (https://www.notion.so/Sign-lease-2b3c...)".
  if (value.includes('://')) value = withoutLinkedPageUrls(value);
  const plain = plainDependencyIds(value);
  if (plain !== undefined) return { links: plain.map((id) => ({ id, type: 'FS', lagDays: 0 })), unreadable: [] };
  if (isPlaceholder(value)) return { links: [], unreadable: [] };
  const out: Reading = { links: [], unreadable: [], percents: [] };
  const text = withDecimalLagPoints(cleanText(value));
  // Ids with link types and lags ("FIN-2 FS+2d, FIN-0"), the usual cell, hold no word a name needs: no lookups.
  const read = context.names !== undefined && !hasWord(text) ? { ...context, names: undefined } : context;
  for (const item of itemsOf(text, read.names)) parseItem(item, read, out);
  const { links, unreadable, percents } = out;
  return percents.length === 0 ? { links, unreadable } : { links, unreadable, percentLags: percents };
}

/**
 * True when the text holds a word of letters with no digit that is not a link type or unit
 * ("Data", "API"; not "FIN-2", "FS+2d", "days"), as names do. One scan of char codes.
 */
function hasWord(text: string): boolean {
  let start = 0;
  let letter = false;
  let digit = false;
  for (let k = 0; k <= text.length; k++) {
    const ch = k < text.length ? text.charCodeAt(k) : 0x20;
    if (isPieceSeparator(ch)) {
      if (letter && !digit && !isSpecWord(text.slice(start, k))) return true;
      start = k + 1;
      letter = false;
      digit = false;
    } else if (isDigit(ch)) digit = true;
    else if ((ch | 0x20) >= 0x61 && (ch | 0x20) <= 0x7a) letter = true;
    else if (ch >= 0x80) letter = true;
  }
  return false;
}

/** Pieces of a name joined again across separators, at most this many ("Customer, product and pricing"). */
const MAX_JOINED = 4;
const ITEM_SEPARATORS_G = /[,;\n\r]+/g;

/**
 * The cell's items: split at , ; and newlines, except where pieces joined again with what stood
 * between them are an initiative's name (a name with a comma in it).
 */
function itemsOf(text: string, names: KnownNames | undefined): string[] {
  if (names === undefined) return text.split(ITEM_SEPARATORS);
  const starts = [0];
  const ends: number[] = [];
  for (const m of text.matchAll(ITEM_SEPARATORS_G)) {
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
  ends.push(text.length);
  if (starts.length === 1 || isNamed(text, names)) return [text];
  const items: string[] = [];
  for (let i = 0; i < starts.length; ) {
    let j = Math.min(starts.length - 1, i + MAX_JOINED - 1);
    while (j > i && !isNamed(text.slice(starts[i]!, ends[j]!), names)) j--;
    items.push(text.slice(starts[i]!, ends[j]!));
    i = j + 1;
  }
  return items;
}

/** An item that is a name, with or without the relation words before it. */
function isNamed(item: string, names: KnownNames): boolean {
  const text = item.trim();
  if (text === '' || names.has(text)) return text !== '';
  const stripped = withoutRelationLead(text);
  return stripped !== text && names.has(stripped);
}

/**
 * The ids of a cell that lists plain ids and nothing else ("FIN-2, OPS-3", "IT-4\nHR-1",
 * "A-1 B-2"), read as parseDependencyCell reads them (each an FS link with no lag), in one scan
 * with no splits or regex runs; undefined when any piece needs the full parse: a link type or
 * lag, lower case, non-ASCII, anything else that is not a plain id. A plain id is a token that
 * parseItem can only read as an id, whatever comes before it: it starts with an upper-case
 * letter (a digit could be a lag) but not with a link type (SS-1 is a lag after an id), has a
 * digit (ids need one), and has no link type glued after a digit (OPS-9SS).
 */
export function plainDependencyIds(text: string): string[] | undefined {
  let ids: string[] | undefined;
  /** Start of the id being read, or -1 between ids. */
  let start = -1;
  let digit = false;
  for (let k = 0; k <= text.length; k++) {
    // Past the end reads as a separator, to close the last id.
    const ch = k < text.length ? text.charCodeAt(k) : 0x20;
    if (ch >= 0x41 && ch <= 0x5a) {
      const typeLetter = ch === 0x46 || ch === 0x53; // F or S
      if (start >= 0) {
        if (typeLetter && isDigit(text.charCodeAt(k - 1))) return undefined;
        continue;
      }
      const next = text.charCodeAt(k + 1);
      if (typeLetter && (next === 0x46 || next === 0x53)) return undefined;
      start = k;
      digit = false;
    } else if (isDigit(ch)) {
      if (start < 0) return undefined;
      digit = true;
    } else if (ch === 0x5f || ch === 0x2e || ch === 0x2d || ch === 0x2f || ch === 0x23) {
      // _ . - / # inside an id
      if (start < 0) return undefined;
    } else if (isPieceSeparator(ch)) {
      if (start < 0) continue;
      if (!digit) return undefined;
      const id = text.slice(start, k);
      if (ids === undefined) ids = [id];
      else ids.push(id);
      start = -1;
    } else return undefined;
  }
  return ids;
}

function isDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

/** ITEM_SEPARATORS and TOKEN_SPLIT in ASCII: , ; CR LF, spaces, tab, VT, FF and ( ) [ ]. */
function isPieceSeparator(ch: number): boolean {
  return ch === 0x2c || ch === 0x3b || ch === 0x20 || (ch >= 0x09 && ch <= 0x0d) || ch === 0x28 || ch === 0x29 || ch === 0x5b || ch === 0x5d;
}

/**
 * Words before a reference that say what the column already says, the row waits on it: "waiting
 * on 86a1b2c3d" (ClickUp's own word), "blocked by FIN-2", "after Vendor go-live", "once UAT sign-off", "needs: IT-4".
 * Only words of the column's own direction: "blocks X" or "feeds X" would reverse the link, so
 * they stay unreadable and are said in the finding.
 */
const RELATION_LEAD =
  /^(?:(?:is\s+|are\s+|still\s+)?(?:waiting|waits|wait)\s+(?:on|for)|(?:is\s+)?blocked\s+by|(?:depends?|dependent|dependant|relies|reliant|relying|contingent)\s+(?:on|upon)|(?:needs|requires|awaiting|awaits|pending|after|following|once|subject\s+to|prerequisite|prereq|predecessor)s?)\s*:?\s+/i;

/** Words that join two references as "," does: "FIN-2 and OPS-3", "FIN-2 & OPS-3". */
const JOINER = /^(?:and|&|plus)$/i;
/** The same between names: " and ", " & ", " plus ", and a "+" that starts no lag ("A + B", not "A + 4 weeks"). */
const CONNECTIVE = /\s+(?:and|&|plus)\s+|\s*\+(?!\s*\d)\s*/i;
const CONNECTIVE_G = new RegExp(CONNECTIVE.source, 'gi');

/** An item without the relation words it starts with ("waiting on FIN-2" -> "FIN-2"). */
export function withoutRelationLead(item: string): string {
  const trimmed = item.trim();
  const m = RELATION_LEAD.exec(trimmed);
  return m ? trimmed.slice(m[0].length) : trimmed;
}

/** An item that is a word or words and nothing else ("A", "Data platform", "Vendor go-live", "CORE_API"): a reference by id or name. */
const NAME_ITEM = /^[\p{L}][\p{L}\p{N}&'’.\-/#_ ]*$/u;

/** Words with no figure, then a note of words in brackets: "Identity platform (IT)". */
const NAME_NOTE = /^([^()\d]+?)\s*\(([^()\d]{1,40})\)$/u;

/** A word of a description beside an id: letters, with inner hyphens, apostrophes, dots or slashes ("sign-off", "O'Neil", "go-live"). */
const LABEL_WORD = /^[\p{L}][\p{L}'’.\-/&]*$/u;
/** Punctuation between an id and its description: "P-004 - data cleanse", "P-004 – data cleanse", "P-004: data cleanse". */
const LABEL_PUNCTUATION = /^[-–—:|]+$/;
/**
 * Words that change what the link means rather than describe its predecessor: the other direction
 * ("blocks", "feeds"), doubt or an end ("TBC", "maybe", "not needed", "done"). Left unreadable, so the
 * finding says them.
 */
const QUALIFIER_WORD =
  /^(?:blocks?|blocking|feeds?|feeding|enables?|unblocks?|precedes?|before|then|successors?|not|no|none|never|done|complete|completed|closed|cancel+ed|removed|dropped|obsolete|tbc|tbd|maybe|possibly|perhaps|probably|optional|unsure|unknown|n\/a|na|if|unless|or|except|and|plus)$/i;

/**
 * The words of an item that read one id and nothing but a description beside it, joined; undefined
 * when any piece is more than that (a second id, a number, a word that qualifies the link).
 */
function labelOf(pieces: readonly string[]): string | undefined {
  const words: string[] = [];
  for (const piece of pieces) {
    if (LABEL_PUNCTUATION.test(piece)) continue;
    if (!LABEL_WORD.test(piece) || QUALIFIER_WORD.test(piece)) return undefined;
    words.push(piece);
  }
  return words.length === 0 ? undefined : words.join(' ');
}

/**
 * One item of a cell: a name of the run (readNamed), words (a reference by name), words and a lag
 * (readNameWithLag), else its tokens: ids with link types and lags, words beside one id as its
 * description; plain numbers among other words are not ids, and the words are read as a name.
 */
function parseItem(written: string, context: DependencyContext, out: Reading): void {
  const item = withoutRelationLead(written);
  if (context.names !== undefined && readNamed(written.trim(), item, context, context.names, out)) return;
  if (item !== '' && !HAS_DIGIT.test(item) && NAME_ITEM.test(item) && !isSpecWord(item)) {
    const id = normaliseId(item);
    if (id !== undefined) {
      out.links.push({ id, name: item, type: 'FS', lagDays: 0 });
      return;
    }
  }
  // Words and a note in brackets that says whose or which it is ("Identity platform (IT)", "Brand refresh (agency)"): a name, noted.
  const noted = NAME_NOTE.exec(item);
  if (noted !== null && NAME_ITEM.test(noted[1]!) && !isSpecWord(noted[1]!)) {
    const id = normaliseId(noted[1]!);
    if (id !== undefined) {
      out.links.push({ id, name: noted[1]!, type: 'FS', lagDays: 0, label: noted[2]!.trim() });
      return;
    }
  }
  if (readNameWithLag(item, context, out)) return;
  const { links, unreadable, percents } = out;
  const linksBefore = links.length;
  const unreadableBefore = unreadable.length;
  const percentsBefore = percents.length;
  // "IT-07 - 2d": a lead typed with a space after its sign, after an id.
  const bare = parseItemTokens(item.replace(SIGN_AFTER_ID, '$1 $2'), context, out);
  if (bare.length > 0 && !numbersAreIds(out, unreadableBefore, context)) {
    // A number among words ("Wave 2", "all Wave 3 objects") is no id: the words name something, as a whole.
    if (links.length - linksBefore === bare.length) {
      links.length = linksBefore;
      unreadable.length = unreadableBefore;
      percents.length = percentsBefore;
      if (NAME_ITEM.test(item)) links.push({ id: normaliseId(item)!, name: item, type: 'FS', lagDays: 0 });
      else for (const token of item.split(TOKEN_SPLIT)) if (token !== '') unreadable.push(token);
      return;
    }
    for (let k = bare.length - 1; k >= 0; k--) unreadable.push(links.splice(bare[k]!, 1)[0]!.id);
  }
  // One id and words beside it: the words describe the id, as an analyst reads "P-004 data cleanse".
  if (links.length !== linksBefore + 1 || unreadable.length === unreadableBefore || percents.length > 0) return;
  const label = labelOf(unreadable.slice(unreadableBefore));
  if (label === undefined) return;
  unreadable.length = unreadableBefore;
  links[linksBefore] = { ...links[linksBefore]!, label };
}

/** Words that say a number is a row or task number ("task 12", "row 7"), in a table whose ids are numbers. */
const NUMBER_LEAD = /^(?:tasks?|rows?|items?|lines?|steps?|activity|activities|id|ids|no\.?|nr\.?|numbers?|ref\.?)$/i;

/**
 * Whether the plain numbers just read from an item are ids: yes when no word stands beside them
 * but a qualifier ("3 TBC") or punctuation, or, in a table numbered by plain numbers, when the only
 * words are ones such as "task" or "row" (dropped).
 */
function numbersAreIds(out: Reading, from: number, context: DependencyContext): boolean {
  const { unreadable, percents } = out;
  let words = 0;
  let leads = 0;
  for (let k = from; k < unreadable.length; k++) {
    const piece = unreadable[k]!;
    if (percents.includes(piece) || QUALIFIER_WORD.test(piece) || LABEL_PUNCTUATION.test(piece)) continue;
    words++;
    if (NUMBER_LEAD.test(piece)) leads++;
  }
  if (words === 0) return true;
  if (context.numericIds !== true || leads !== words) return false;
  for (let k = unreadable.length - 1; k >= from; k--) if (NUMBER_LEAD.test(unreadable[k]!)) unreadable.splice(k, 1);
  return true;
}

/** Token runs of a name's tail: brackets apart, so a note in brackets is told from words outside. */
const TAIL_TOKENS = /[()[\]]|[^\s()[\]]+/g;
/** "+ 4 weeks" -> "+4 weeks"; "DC+4" -> "DC +4". */
const SPACED_SIGN = /([+-])\s+(?=\d)/g;
const GLUED_PLUS = /(\S)\+(?=\s*\d)/g;

interface Tail {
  readonly type: LinkType;
  readonly lagDays: number;
  readonly label?: string;
  readonly unreadable: readonly string[];
  readonly percents: readonly string[];
}

/**
 * What follows a name in an item, when it is a link type and lag ("+ 4 weeks", "FS+2d", "(SS)"),
 * a note in brackets ("(training env.)"), or a qualifier ("TBC", said as unreadable); undefined
 * when it holds other words, which may be part of another name.
 */
function readTail(tail: string, context: DependencyContext): Tail | undefined {
  const draft: Draft = { id: '', type: 'FS', lag: 0, unit: 'd', spec: false };
  const notes: string[] = [];
  const unreadable: string[] = [];
  const percents: string[] = [];
  let depth = 0;
  for (const [token] of tail.replace(SPACED_SIGN, '$1').matchAll(TAIL_TOKENS)) {
    if (token === '(' || token === '[') depth++;
    else if (token === ')' || token === ']') depth = Math.max(0, depth - 1);
    else if (applySpec(draft, token) || applyPercent(draft, token, percents, unreadable)) continue;
    else if (QUALIFIER_WORD.test(token)) unreadable.push(token);
    // Words outside brackets may be more of another name ("Data cleanse phase 2", "Data cleanse - EU");
    // a figure or key in brackets may be the reference itself ("Vendor contract (FIN-2)").
    else if (depth === 0 || HAS_DIGIT.test(token) || isKeyWord(token)) return undefined;
    else if (LABEL_PUNCTUATION.test(token)) continue;
    else if (LABEL_WORD.test(token)) notes.push(token);
    else unreadable.push(token);
  }
  // A note with a word that is not a description (a qualifier, a figure) is said whole, as labelOf does.
  if (notes.length > 0 && unreadable.length > percents.length) unreadable.push(...notes);
  const label = notes.length > 0 && unreadable.length === 0 ? notes.join(' ') : undefined;
  return { type: draft.type, lagDays: toDays(draft.lag, draft.unit, context), ...(label !== undefined ? { label } : {}), unreadable, percents };
}

/** A link to the initiative a name names, with what its tail says. */
function pushNamed(name: string, tail: Tail | undefined, out: Reading): void {
  const link: ParsedLink = { id: normaliseId(name)!, name, type: tail?.type ?? 'FS', lagDays: tail?.lagDays ?? 0 };
  out.links.push(tail?.label !== undefined ? { ...link, label: tail.label } : link);
  if (tail === undefined) return;
  for (const piece of tail.unreadable) out.unreadable.push(piece);
  for (const piece of tail.percents) out.percents.push(piece);
}

/**
 * An item read against the run's names, before any id in it: the item is a name (before or after
 * its relation words); names joined by "and", "&" or "+" (every piece a name or ids, else the text
 * stays whole, for a name with "and" in it); a name and a tail (readTail: "Go-live North DC + 4
 * weeks", "WMS build (training env.)"). False when none of these fits.
 */
function readNamed(written: string, item: string, context: DependencyContext, names: KnownNames, out: Reading): boolean {
  if (item === '') return false;
  for (const text of written === item ? [item] : [written, item]) {
    if (!names.has(text)) continue;
    pushNamed(text, undefined, out);
    return true;
  }
  if (CONNECTIVE.test(item)) {
    const parts = item.split(CONNECTIVE_G);
    const pieces: Reading[] = [];
    let named = false;
    for (const part of parts) {
      const piece = withoutRelationLead(part);
      const reading: Reading = { links: [], unreadable: [], percents: [] };
      if (names.has(piece)) pushNamed(piece, undefined, reading);
      else if (!readNamePrefix(piece, context, names, reading)) {
        // Else the piece must read as ids, each perhaps with its description ("P-004 data cleanse").
        parseItem(piece, { ...context, names: undefined }, reading);
        if (reading.links.length === 0 || reading.unreadable.length > 0 || reading.links.some((l) => l.name !== undefined)) break;
        pieces.push(reading);
        continue;
      }
      named = true;
      pieces.push(reading);
    }
    if (named && pieces.length === parts.length) {
      for (const p of pieces) {
        for (const l of p.links) out.links.push(l);
        for (const u of p.unreadable) out.unreadable.push(u);
        for (const q of p.percents) out.percents.push(q);
      }
      return true;
    }
  }
  return readNamePrefix(item, context, names, out);
}

/** The longest name the item starts with, followed by a tail readTail reads. */
function readNamePrefix(item: string, context: DependencyContext, names: KnownNames, out: Reading): boolean {
  const words = item.replace(GLUED_PLUS, '$1 +').split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    const name = words.slice(0, k).join(' ');
    if (!names.has(name)) continue;
    const tail = readTail(words.slice(k).join(' '), context);
    if (tail === undefined) continue;
    pushNamed(name, tail, out);
    return true;
  }
  return false;
}

/** Words, then a signed lag: "Go-live North DC + 4 weeks", "Vendor go-live FS+2d", "Wave 2 +1w". */
const SIGN_AFTER_ID = /(\d\S*)\s+([+-])\s+(?=\d)/g;
/** A prefix of capitals, a dash with spaces round it, and a number: "IT - 07". */
const SPACED_KEY = /^([A-Z]{2,6})\s+-\s+(\d{1,5})$/;
const NAME_THEN_LAG = new RegExp(`^(.+?)\\s+((?:(?:FS|SS|FF|SF)\\s*)?[+-]\\s*${NUMBER}\\s*(?:${UNITS})?)$`, 'i');

/** An item of words with a lag after it, read as a name (resolved or reported later) with that lag. */
function readNameWithLag(item: string, context: DependencyContext, out: Reading): boolean {
  const m = NAME_THEN_LAG.exec(item);
  if (!m) return false;
  const name = m[1]!;
  // "IT - 07": a key typed with spaces round its dash (IT-07), not IT with a lead of 7 days; a lead is written with its unit or after an id.
  const spaced = SPACED_KEY.exec(item);
  if (spaced) {
    out.links.push({ id: normaliseId(`${spaced[1]!}-${spaced[2]!}`)!, type: 'FS', lagDays: 0 });
    return true;
  }
  if (!NAME_ITEM.test(name) || isSpecWord(name) || !wordsOnly(name.split(/\s+/), context)) return false;
  const tail = readTail(m[2]!, context);
  if (tail === undefined) return false;
  pushNamed(name, tail, out);
  return true;
}

/**
 * Words that are no id: no key such as "CORE_API" or "HR-A", no token with a digit but plain
 * numbers among words ("Wave 2"), and not only "task" or "row" before a number in a numbered table.
 */
function wordsOnly(tokens: readonly string[], context: DependencyContext): boolean {
  let words = 0;
  let leads = 0;
  for (const token of tokens) {
    if (PLAIN_NUMBER.test(token)) continue;
    if (HAS_DIGIT.test(token) || isKeyWord(token)) return false;
    words++;
    if (NUMBER_LEAD.test(token)) leads++;
  }
  return words > 0 && !(context.numericIds === true && leads === words);
}

/** Reads an item's tokens into out; returns the positions in out.links of the links read from plain numbers. */
function parseItemTokens(item: string, context: DependencyContext, out: Reading): number[] {
  const { links, unreadable, percents } = out;
  const bare: number[] = [];
  const push = (d: Draft): void => {
    if (d.bare) bare.push(links.length);
    links.push(finish(d, context));
  };
  let draft: Draft | undefined;
  const tokens = item.split(TOKEN_SPLIT);
  const spaced = context.spacedIds;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token === '') continue;
    // An id that exists with a space inside ("OPS 02"), matched against the ids there are rather than a pattern.
    if (spaced !== undefined && k + 1 < tokens.length) {
      const joined = normaliseId(`${token} ${tokens[k + 1]!}`);
      if (joined !== undefined && spaced.has(joined)) {
        if (draft) push(draft);
        draft = { id: joined, type: 'FS', lag: 0, unit: 'd', spec: false };
        k++;
        continue;
      }
    }
    // A joiner between two references; a trailing one ("FIN-1 and") says something is missing.
    if (draft && JOINER.test(token) && tokens.slice(k + 1).some((t) => t !== '')) continue;
    if (draft && applySpec(draft, token)) continue;
    if (draft && applyPercent(draft, token, percents, unreadable)) continue;
    const german = context.numericIds === true ? GLUED_GERMAN.exec(token) : null;
    if (german) {
      if (draft) push(draft);
      draft = { id: normaliseId(german[1]!)!, type: GERMAN_LINK_TYPES[german[2]!.toUpperCase()]!, lag: 0, unit: 'd', spec: true };
      if (german[3] !== undefined) applySpec(draft, german[3]);
      continue;
    }
    const glued = GLUED.exec(token) ?? GLUED_PERCENT.exec(token);
    if (glued && HAS_DIGIT.test(glued[1]!)) {
      const id = normaliseId(glued[1]!);
      if (id === undefined) continue;
      if (draft) push(draft);
      draft = { id, type: 'FS', lag: 0, unit: 'd', spec: false };
      const spec = `${glued[2]!}${glued[3] ?? ''}`;
      if (!applySpec(draft, spec)) applyPercent(draft, spec, percents, unreadable);
      continue;
    }
    // "P-004:" before its description: the colon is punctuation, not part of the id.
    const colonless = token.length > 1 && token.endsWith(':') ? token.slice(0, -1) : token;
    // "#12", as issue trackers and their users write a reference to item 12.
    const hashed = colonless.length > 1 && colonless.charCodeAt(0) === 0x23 && HAS_DIGIT.test(colonless);
    const bareId = hashed ? colonless.slice(1) : colonless;
    if (ID_TOKEN.test(bareId) && (HAS_DIGIT.test(bareId) || isKeyWord(bareId))) {
      if (draft) push(draft);
      draft = { id: normaliseId(bareId)!, type: 'FS', lag: 0, unit: 'd', spec: false };
      if (!hashed && PLAIN_NUMBER.test(bareId)) draft.bare = true;
      continue;
    }
    unreadable.push(token);
  }
  if (draft) push(draft);
  return bare;
}

/** A key with no digit: joined by underscores ("CORE_API") or lettered ("HR-A"). */
function isKeyWord(token: string): boolean {
  return ID_TOKEN.test(token) && (token.includes('_') || LETTERED_KEY.test(token));
}

/** A plain or outline number ("12", "1.2"). */
const PLAIN_NUMBER = /^\d+(?:\.\d+)*$/;

/**
 * A word that is a link type or unit and nothing else ("FS", "d", "w"): not a name. Only the
 * units read before MS Project's were added (d, day(s), wd, w, wk(s), week(s)), so that one-letter
 * names such as "M" or "H" still read as names.
 */
const SPEC_WORD = /^(FS|SS|FF|SF)?(d|days?|wd|w|wks?|weeks?)?$/i;

function isSpecWord(text: string): boolean {
  return SPEC_WORD.test(text);
}

function finish(draft: Draft, context: DependencyContext): ParsedLink {
  return { id: draft.id, type: draft.type, lagDays: toDays(draft.lag, draft.unit, context) };
}

/** Apply a link type / lag / unit token to the link being read; false when the token is not one. */
function applySpec(draft: Draft, token: string): boolean {
  if (draft.spec && UNIT.test(token)) {
    draft.unit = token.toLowerCase();
    return true;
  }
  const m = LINK_SPEC.exec(token);
  if (m && (m[1] !== undefined || m[2] !== undefined)) {
    if (m[1] !== undefined) draft.type = m[1].toUpperCase() as LinkType;
    if (m[2] !== undefined) draft.lag = Number(m[2]);
    if (m[3] !== undefined) draft.unit = m[3].toLowerCase();
    draft.spec = true;
    return true;
  }
  const unsigned = UNSIGNED_LAG.exec(token);
  if (unsigned && unsigned[2] !== undefined && draft.spec && draft.lag === 0) {
    draft.lag = Number(unsigned[1]);
    draft.unit = unsigned[2].toLowerCase();
    return true;
  }
  return false;
}

/**
 * A percent lag ("FS+50%", "+50%", or "50%" after a link type): its type is read, its lag kept
 * as an unreadable piece (in percents too); false when the token is not one.
 */
function applyPercent(draft: Draft, token: string, percents: string[], unreadable: string[]): boolean {
  const m = PERCENT_SPEC.exec(token);
  if (!m) return false;
  const lag = m[2]!;
  if (m[1] === undefined && !/^[+-]/.test(lag) && !draft.spec) return false;
  if (m[1] !== undefined) draft.type = m[1].toUpperCase() as LinkType;
  draft.spec = true;
  percents.push(lag);
  unreadable.push(lag);
  return true;
}

function toDays(lag: number, unit: string, context: DependencyContext): number {
  return lagInWorkingDays(lag, unit, context.workingDaysPerWeek);
}
