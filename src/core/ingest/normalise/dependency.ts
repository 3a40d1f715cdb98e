import type { CellValue, LinkType } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { normaliseId } from './id';
import { LAG_NUMBER, LAG_UNITS, lagInWorkingDays } from './lag-units';

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

export interface DependencyContext {
  /** Working days per week, for lags in weeks (1w). Default 5. */
  readonly workingDaysPerWeek: number;
  /** Ids that exist with a space inside ("OPS 01", normalised): two tokens that join into one are that id. */
  readonly spacedIds?: ReadonlySet<string> | undefined;
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
const PERCENT_SPEC = new RegExp(`^(FS|SS|FF|SF)?([+-]?${NUMBER}%)$`, 'i');

interface Draft {
  id: string;
  type: LinkType;
  lag: number;
  /** The lag's unit as written, lower case (UNITS). */
  unit: string;
  /** True once a type or lag was read, so a following bare number is a lag. */
  spec: boolean;
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
 * "IT-4 (FF-2 days)", "ENG-3 SS+1w", "3FS+4 hrs", "7SS+1mo", "2FS+3ed", "#12" (item 12). A lag in percent of the
 * predecessor's duration ("3FS+50%") cannot be converted without that duration: the link is
 * read with no lag and the lag kept as an unreadable piece (percentLags says which).
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
  const links: ParsedLink[] = [];
  const unreadable: string[] = [];
  const percents: string[] = [];
  for (const item of cleanText(value).split(ITEM_SEPARATORS)) {
    parseItem(item, context, links, unreadable, percents);
  }
  return percents.length === 0 ? { links, unreadable } : { links, unreadable, percentLags: percents };
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
 * on 86a1b2c3d" (ClickUp's own word), "blocked by FIN-2", "after Vendor go-live", "needs: IT-4".
 * Only words of the column's own direction: "blocks X" or "feeds X" would reverse the link, so
 * they stay unreadable and are said in the finding.
 */
const RELATION_LEAD =
  /^(?:(?:is\s+|are\s+|still\s+)?(?:waiting|waits|wait)\s+(?:on|for)|(?:is\s+)?blocked\s+by|(?:depends?|dependent|dependant|relies|reliant|relying|contingent)\s+(?:on|upon)|(?:needs|requires|awaiting|awaits|pending|after|following|subject\s+to|prerequisite|prereq|predecessor)s?)\s*:?\s+/i;

/** Words that join two references as "," does: "FIN-2 and OPS-3", "FIN-2 & OPS-3". */
const JOINER = /^(?:and|&|plus)$/i;

/** An item without the relation words it starts with ("waiting on FIN-2" -> "FIN-2"). */
export function withoutRelationLead(item: string): string {
  const trimmed = item.trim();
  const m = RELATION_LEAD.exec(trimmed);
  return m ? trimmed.slice(m[0].length) : trimmed;
}

/** An item that is a word or words and nothing else ("A", "Data platform", "Vendor go-live", "CORE_API"): a reference by id or name. */
const NAME_ITEM = /^[\p{L}][\p{L}\p{N}&'’.\-/#_ ]*$/u;

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

function parseItem(written: string, context: DependencyContext, links: ParsedLink[], unreadable: string[], percents: string[]): void {
  const linksBefore = links.length;
  const unreadableBefore = unreadable.length;
  parseItemTokens(written, context, links, unreadable, percents);
  // One id and words beside it: the words describe the id, as an analyst reads "P-004 data cleanse".
  if (links.length !== linksBefore + 1 || unreadable.length === unreadableBefore || percents.length > 0) return;
  const label = labelOf(unreadable.slice(unreadableBefore));
  if (label === undefined) return;
  unreadable.length = unreadableBefore;
  links[linksBefore] = { ...links[linksBefore]!, label };
}

function parseItemTokens(written: string, context: DependencyContext, links: ParsedLink[], unreadable: string[], percents: string[]): void {
  const item = withoutRelationLead(written);
  const whole = item;
  if (whole !== '' && !HAS_DIGIT.test(whole) && NAME_ITEM.test(whole) && !isSpecWord(whole)) {
    const id = normaliseId(whole);
    if (id !== undefined) {
      links.push({ id, name: whole, type: 'FS', lagDays: 0 });
      return;
    }
  }
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
        if (draft) links.push(finish(draft, context));
        draft = { id: joined, type: 'FS', lag: 0, unit: 'd', spec: false };
        k++;
        continue;
      }
    }
    // A joiner between two references; a trailing one ("FIN-1 and") says something is missing.
    if (draft && JOINER.test(token) && tokens.slice(k + 1).some((t) => t !== '')) continue;
    if (draft && applySpec(draft, token)) continue;
    if (draft && applyPercent(draft, token, percents, unreadable)) continue;
    const glued = GLUED.exec(token) ?? GLUED_PERCENT.exec(token);
    if (glued && HAS_DIGIT.test(glued[1]!)) {
      const id = normaliseId(glued[1]!);
      if (id === undefined) continue;
      if (draft) links.push(finish(draft, context));
      draft = { id, type: 'FS', lag: 0, unit: 'd', spec: false };
      const spec = `${glued[2]!}${glued[3] ?? ''}`;
      if (!applySpec(draft, spec)) applyPercent(draft, spec, percents, unreadable);
      continue;
    }
    // "P-004:" before its description: the colon is punctuation, not part of the id.
    const colonless = token.length > 1 && token.endsWith(':') ? token.slice(0, -1) : token;
    // "#12", as issue trackers and their users write a reference to item 12.
    const bare = colonless.length > 1 && colonless.charCodeAt(0) === 0x23 && HAS_DIGIT.test(colonless) ? colonless.slice(1) : colonless;
    if (ID_TOKEN.test(bare) && (HAS_DIGIT.test(bare) || bare.includes('_') || LETTERED_KEY.test(bare))) {
      if (draft) links.push(finish(draft, context));
      draft = { id: normaliseId(bare)!, type: 'FS', lag: 0, unit: 'd', spec: false };
      continue;
    }
    unreadable.push(token);
  }
  if (draft) links.push(finish(draft, context));
}

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
