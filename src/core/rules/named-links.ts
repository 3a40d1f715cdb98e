import { nameIndexKey } from '../ingest/identity';
import { withinOneEdit } from '../ingest/match/header-evidence';
import type { DependencyLink, Initiative, Model } from '../types';
import { indexesOf } from './indexes';

/** Per model: names (nameIndexKey) by length, each with the one initiative of that name (names two share are left out). */
const byLength = new WeakMap<Model, Map<number, Map<string, Initiative | null>>>();
/** Per model: every word of the initiatives' ids and names (nameWords). */
const wordsOf = new WeakMap<Model, Set<string>>();

/**
 * Words that say what kind of thing is waited on, not which: function words, and the gates another
 * party gives ("sign-off", "approval", "decision"), which any tracker's names share.
 */
const NOT_NAMING = new Set(['the', 'and', 'all', 'both', 'any', 'each', 'every', 'for', 'from', 'with', 'other', 'our', 'their', 'its', 'this', 'that', 'sign', 'off', 'signoff', 'approval', 'approve', 'approved', 'agreement', 'consent', 'confirmation', 'decision']);

/** The naming words of a text: lower case, at least three letters or a figure, plurals as singulars ("go-lives": "live"). */
function nameWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 && !/\d/.test(raw)) continue;
    const word = raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw;
    if (!NOT_NAMING.has(word)) out.push(word);
  }
  return out;
}

/**
 * Whether a dependency written in words shares a naming word with some initiative's id or name
 * ("WMS build" with "Warehouse management system build"): it likely means tracked work it does not
 * name exactly (an abbreviation, a group), not work outside the portfolio.
 */
function sharesNameWord(model: Model, text: string): boolean {
  let words = wordsOf.get(model);
  if (words === undefined) {
    words = new Set();
    for (const i of model.initiatives) {
      for (const w of nameWords(i.id)) words.add(w);
      if (i.name !== undefined) for (const w of nameWords(i.name)) words.add(w);
    }
    wordsOf.set(model, words);
  }
  return nameWords(text).some((w) => words!.has(w));
}

/**
 * The initiative a dependency written in words means when it names none exactly but is within one
 * letter of one initiative's name ("CRM upgade" for "CRM upgrade"): a misspelling, not work outside
 * the portfolio. Undefined when no name, or several, are that near.
 */
export function nearlyNamed(model: Model, text: string): Initiative | undefined {
  let index = byLength.get(model);
  if (index === undefined) {
    index = new Map();
    for (const i of model.initiatives) {
      if (i.name === undefined) continue;
      const key = nameIndexKey(i.name);
      let names = index.get(key.length);
      if (names === undefined) index.set(key.length, (names = new Map()));
      names.set(key, names.has(key) ? null : i);
    }
    byLength.set(model, index);
  }
  const key = nameIndexKey(text);
  // Too short a name is one letter from many words: "IT" is not "IS".
  if (key.length < 5) return undefined;
  let found: Initiative | undefined;
  for (const length of [key.length - 1, key.length, key.length + 1]) {
    for (const [name, i] of index.get(length) ?? []) {
      if (!withinOneEdit(key, name)) continue;
      if (i === null || (found !== undefined && found !== i)) return undefined;
      found = i;
    }
  }
  return found;
}

/**
 * How a dependency written in words that names no initiative reads: 'external' when no initiative
 * is within a letter of it or shares a naming word with it (work outside the portfolio), else
 * 'unknown', with the initiative one letter away when there is one.
 */
export function readNamedLink(model: Model, text: string): { readonly kind: 'external' } | { readonly kind: 'unknown'; readonly meant?: Initiative } {
  const meant = nearlyNamed(model, text);
  if (meant !== undefined) return { kind: 'unknown', meant };
  return sharesNameWord(model, text) ? { kind: 'unknown' } : { kind: 'external' };
}

/** How a dependency written in words that names no initiative reads (readNamedLink). */
export type NamedLinkReading = ReturnType<typeof readNamedLink>;

/** One link of a row that names no initiative: the record (model.records) that writes it, and how its words read. */
export interface UnknownRowLink {
  readonly record: number;
  readonly link: DependencyLink;
  /** For a link written in words; absent for an id. */
  readonly reading?: NamedLinkReading;
}

/** Per model: its rows' unknown links, read once for both rules that report them. */
const unknownOf = new WeakMap<Model, readonly UnknownRowLink[]>();

/**
 * The links of the rows that name no initiative, each id once per row however often the row
 * writes it, less those a name several initiatives share (dependency.ambiguous), with how a name
 * reads: what dependency.unknown and dependency.external each take their part of. Worked out once
 * per model.
 */
export function unknownRowLinks(model: Model): readonly UnknownRowLink[] {
  let out = unknownOf.get(model);
  if (out !== undefined) return out;
  const list: UnknownRowLink[] = [];
  const { unknownLinks } = indexesOf(model);
  let named: string[] = [];
  for (let q = 0; q < unknownLinks.length; q += 2) {
    const j = unknownLinks[q]!;
    const link = model.records[j]!.dependsOn[unknownLinks[q + 1]!]!;
    if (q === 0 || unknownLinks[q - 2] !== j) named = [];
    if (link.ambiguous || named.includes(link.id)) continue;
    named.push(link.id);
    list.push(link.name === undefined ? { record: j, link } : { record: j, link, reading: readNamedLink(model, link.name) });
  }
  unknownOf.set(model, (out = list));
  return out;
}
