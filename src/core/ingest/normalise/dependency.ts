import type { CellValue, LinkType } from '../../types';
import { cleanText, isCellError, isPlaceholder } from './cell-text';
import { normaliseId } from './id';

/** One link read from a dependency cell, before the reader attaches its cell. */
export interface ParsedLink {
  readonly id: string;
  /** Set when the item names no id but reads as a name ("Data platform"): resolved to the initiative of that name. */
  readonly name?: string;
  readonly type: LinkType;
  /** Working days; negative for a lead. */
  readonly lagDays: number;
}

export interface ParsedDependencyCell {
  readonly links: readonly ParsedLink[];
  /** Pieces of the cell that are neither an id nor a link type/lag (for the finding). */
  readonly unreadable: readonly string[];
  /** Set when the cell is an Excel error value. */
  readonly error?: string;
}

export interface DependencyContext {
  /** Working days per week, for lags in weeks (1w). Default 5. */
  readonly workingDaysPerWeek: number;
}

const ITEM_SEPARATORS = /[,;\n\r]+/;
const TOKEN_SPLIT = /[\s()[\]]+/;
/** "FS", "SS+2", "FF-2", "+5d", "-1w", "+3 days" as one token (unit may follow as its own token). */
const LINK_SPEC = /^(FS|SS|FF|SF)?([+-]\d+(?:\.\d+)?)?(d|days?|wd|w|wks?|weeks?)?$/i;
/** An id glued to its link spec: "OPS-9SS", "FIN-2FS+5d". */
const GLUED = /^(.*\d)(FS|SS|FF|SF)([+-]\d+(?:\.\d+)?(?:d|days?|w|wks?|weeks?)?)?$/i;
const UNIT = /^(d|days?|wd|w|wks?|weeks?)$/i;
const ID_TOKEN = /^[\p{L}\p{N}][\p{L}\p{N}_.\-/#]*$/u;
const HAS_DIGIT = /\d/;
/** An unsigned lag with its unit directly after a link type: "FS 5d" -> +5 days. */
const UNSIGNED_LAG = /^(\d+(?:\.\d+)?)(d|days?|wd|w|wks?|weeks?)?$/i;

interface Draft {
  id: string;
  type: LinkType;
  lag: number;
  unit: 'd' | 'w';
  /** True once a type or lag was read, so a following bare number is a lag. */
  spec: boolean;
}

/**
 * A "depends on" cell -> links. Several ids separated by `,` `;` newlines or spaces, each with
 * an optional link type (FS, SS, FF, SF; FS by default) and lag in days or weeks:
 * "FIN-2", "FIN-2 FS+5d", "OPS-9SS", "IT-4 (FF-2 days)", "ENG-3 SS+1w".
 */
export function parseDependencyCell(value: CellValue, context: DependencyContext = { workingDaysPerWeek: 5 }): ParsedDependencyCell {
  if (value === null || typeof value === 'boolean' || value instanceof Date) return { links: [], unreadable: value === null ? [] : [String(value)] };
  if (isCellError(value)) return { links: [], unreadable: [], error: value.error };
  if (typeof value === 'number') {
    const id = normaliseId(value);
    return id === undefined ? { links: [], unreadable: [String(value)] } : { links: [{ id, type: 'FS', lagDays: 0 }], unreadable: [] };
  }
  const plain = plainDependencyIds(value);
  if (plain !== undefined) return { links: plain.map((id) => ({ id, type: 'FS', lagDays: 0 })), unreadable: [] };
  if (isPlaceholder(value)) return { links: [], unreadable: [] };
  const links: ParsedLink[] = [];
  const unreadable: string[] = [];
  for (const item of cleanText(value).split(ITEM_SEPARATORS)) {
    parseItem(item, context, links, unreadable);
  }
  return { links, unreadable };
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

/** An item that is a word or words and nothing else ("A", "Data platform", "Vendor go-live"): a reference by id or name. */
const NAME_ITEM = /^[\p{L}][\p{L}\p{N}&'’.\-/# ]*$/u;

function parseItem(item: string, context: DependencyContext, links: ParsedLink[], unreadable: string[]): void {
  const whole = item.trim();
  if (whole !== '' && !HAS_DIGIT.test(whole) && NAME_ITEM.test(whole) && !LINK_SPEC.test(whole)) {
    const id = normaliseId(whole);
    if (id !== undefined) {
      links.push({ id, name: whole, type: 'FS', lagDays: 0 });
      return;
    }
  }
  let draft: Draft | undefined;
  for (const token of item.split(TOKEN_SPLIT)) {
    if (token === '') continue;
    if (draft && applySpec(draft, token)) continue;
    const glued = GLUED.exec(token);
    if (glued && HAS_DIGIT.test(glued[1]!)) {
      const id = normaliseId(glued[1]!);
      if (id === undefined) continue;
      if (draft) links.push(finish(draft, context));
      draft = { id, type: 'FS', lag: 0, unit: 'd', spec: false };
      applySpec(draft, `${glued[2]!}${glued[3] ?? ''}`);
      continue;
    }
    if (ID_TOKEN.test(token) && HAS_DIGIT.test(token)) {
      if (draft) links.push(finish(draft, context));
      draft = { id: normaliseId(token)!, type: 'FS', lag: 0, unit: 'd', spec: false };
      continue;
    }
    unreadable.push(token);
  }
  if (draft) links.push(finish(draft, context));
}

function finish(draft: Draft, context: DependencyContext): ParsedLink {
  return { id: draft.id, type: draft.type, lagDays: toDays(draft.lag, draft.unit, context) };
}

/** Apply a link type / lag / unit token to the link being read; false when the token is not one. */
function applySpec(draft: Draft, token: string): boolean {
  if (UNIT.test(token) && draft.spec) {
    draft.unit = /^w/i.test(token) ? 'w' : 'd';
    return true;
  }
  const m = LINK_SPEC.exec(token);
  if (m && (m[1] !== undefined || m[2] !== undefined)) {
    if (m[1] !== undefined) draft.type = m[1].toUpperCase() as LinkType;
    if (m[2] !== undefined) draft.lag = Number(m[2]);
    if (m[3] !== undefined) draft.unit = /^w/i.test(m[3]) ? 'w' : 'd';
    draft.spec = true;
    return true;
  }
  const unsigned = UNSIGNED_LAG.exec(token);
  if (unsigned && unsigned[2] !== undefined && draft.spec && draft.lag === 0) {
    draft.lag = Number(unsigned[1]);
    draft.unit = /^w/i.test(unsigned[2]) ? 'w' : 'd';
    return true;
  }
  return false;
}

function toDays(lag: number, unit: 'd' | 'w', context: DependencyContext): number {
  const days = unit === 'w' ? lag * context.workingDaysPerWeek : lag;
  const rounded = Math.round(days);
  return rounded === 0 ? 0 : rounded;
}
