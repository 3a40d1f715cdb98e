import type { FieldSpec } from '../../types';

/**
 * Header evidence: how strongly a column's header says it holds a field, 0..1, from the field's
 * vocabulary in the registry (src/core/types/field-registry.ts). A whole-header phrase scores
 * highest, then the header's head noun ("Planned End" -> end, "Tech Lead" -> lead) with a
 * modifier the field knows, then a known phrase inside a longer header, then a known word
 * elsewhere in it. A word the field is `against` ("Owner Email", "Assignee Id") rules out all
 * but a whole-phrase match.
 */

/** "% Complete" -> "% complete", "Go-Live" -> "go live", "Owner (PM)" -> "owner pm", "Data de início" -> "data de inicio". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/%/g, ' % ')
    .replace(/[^\p{L}\p{N}%#]+/gu, ' ')
    .trim();
}

/** Accents and other combining marks, folded away so "Début" matches "debut". */
const COMBINING_MARKS = /\p{M}+/gu;

/** Two-word spellings of one word, joined before the head noun is found ("check in" -> "checkin"). */
const COMPOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcheck in\b/g, 'checkin'],
  [/\bgo live\b/g, 'golive'],
  [/\bkick off\b/g, 'kickoff'],
  [/\bsign off\b/g, 'signoff'],
  [/\bpre reqs?\b/g, 'prereqs'],
  [/\bhand over\b/g, 'handover'],
  [/\bcut over\b/g, 'cutover'],
  [/\bup date\b/g, 'update'],
  [/\bwork item\b/g, 'item'],
];

/** Words that say a column holds a date or a number, not what it is about ("Planned End Date"). */
const GENERIC_TAILS = new Set(['date', 'dates', 'dt', 'day', 'time', 'datetime', 'timestamp', 'on', 'value', 'text', 'field', 'column', 'col', 'info', 'details', 'd', 'yyyy', 'mm', 'dd']);
/** Connectives a head noun sits before ("Date of last update", "Owner for delivery"). */
const CONNECTIVES = new Set(['of', 'for', 'by', 'in']);
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'to', 'is']);

/** One header, normalised once and read every way the scorer needs. */
export interface HeaderForm {
  /** normaliseHeader of the header. */
  readonly full: string;
  /** The same without parenthesised notes, or the note itself when the rest is generic ("Custom field (Start date)"). */
  readonly stripped: string;
  /** The stripped form's words, compounds joined. */
  readonly words: readonly string[];
  readonly wordSet: ReadonlySet<string>;
  /** The word the header is about, or '' for an empty header. */
  readonly head: string;
  /**
   * A parenthesised note read as the qualifier it is, before the rest ("Finish (Actual)" ->
   * "actual finish", "Fertigstellung (Ist)" -> "ist fertigstellung"); absent without a note.
   */
  readonly noted?: HeaderForm;
}

const PARENTHESES = /\([^)]*\)|\[[^\]]*\]/g;
const WRAPPERS = /^(?:custom field|cf|field|custom)$/;

export function headerForm(header: string): HeaderForm {
  const full = normaliseHeader(header);
  let stripped = full;
  let noted: HeaderForm | undefined;
  if (/[([]/.test(header)) {
    const outside = normaliseHeader(header.replace(PARENTHESES, ' '));
    const inside = normaliseHeader((header.match(PARENTHESES) ?? []).join(' '));
    stripped = outside === '' || WRAPPERS.test(outside) ? inside || full : outside;
    // A note of words only ("(Actual)", "(Ist)", "(PM)"): one with figures ("(2026/27)", "(FF-2 days)") is no qualifier.
    if (stripped === outside && inside !== '' && !/\d/.test(inside)) noted = formOf(`${inside} ${outside}`, `${inside} ${outside}`);
  }
  const form = formOf(full, stripped);
  return noted ? { ...form, noted } : form;
}

function formOf(full: string, stripped: string): HeaderForm {
  let joined = ` ${stripped} `;
  for (const [pattern, word] of COMPOUNDS) joined = joined.replace(pattern, word);
  const words = joined.trim().split(' ').filter((w) => w !== '');
  return { full, stripped, words, wordSet: new Set(words), head: headOf(words) };
}

/**
 * The head noun: the last meaningful word, before any connective ("Date of update" -> update
 * when what precedes "of" is generic, else the word before it), generic tails dropped
 * ("Planned End Date" -> end). A header of one generic word is its own head ("Date").
 */
function headOf(words: readonly string[]): string {
  if (words.length === 0) return '';
  const connective = words.findIndex((w, i) => i > 0 && CONNECTIVES.has(w));
  let part = words;
  if (connective > 0) {
    const before = words.slice(0, connective);
    part = before.every((w) => GENERIC_TAILS.has(w) || STOP.has(w)) ? words.slice(connective + 1) : before;
  }
  for (let k = part.length - 1; k >= 0; k--) {
    const w = part[k]!;
    if (!GENERIC_TAILS.has(w) && !STOP.has(w)) return w;
  }
  return part[part.length - 1] ?? words[words.length - 1]!;
}

/** Below this a header says nothing about a field. */
export const MIN_HEADER_EVIDENCE = 0.3;
/** Headers longer than this many words are narrative, not column names: only whole phrases count. */
const MAX_HEADER_WORDS = 10;

/** Each spec's vocabulary normalised once. */
interface PreparedVocabulary {
  readonly phrases: ReadonlySet<string>;
  /** Phrases as word lists, by their first word: a header is searched only for phrases starting with one of its words. */
  readonly phrasesByFirstWord: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  readonly heads: ReadonlySet<string>;
  /** Heads long enough for a one-letter slip to be told from another word. */
  readonly longHeads: readonly string[];
  readonly modifiers: ReadonlySet<string>;
  readonly against: ReadonlyArray<readonly string[]>;
  readonly headsNeedModifier: boolean;
  readonly deedBy: boolean;
  readonly percentLead: boolean;
}

const PREPARED = new WeakMap<FieldSpec, PreparedVocabulary>();

function prepared(spec: FieldSpec): PreparedVocabulary {
  let p = PREPARED.get(spec);
  if (p) return p;
  const norm = (s: string): string => headerForm(s).words.join(' ');
  const phrases = spec.header.phrases.map(norm).filter((s) => s !== '');
  const byFirst = new Map<string, Array<readonly string[]>>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const list = byFirst.get(words[0]!);
    if (list) list.push(words);
    else byFirst.set(words[0]!, [words]);
  }
  const heads = spec.header.heads.map(norm);
  p = {
    phrases: new Set(phrases),
    phrasesByFirstWord: byFirst,
    heads: new Set(heads),
    longHeads: heads.filter((h) => h.length >= 5),
    modifiers: new Set((spec.header.modifiers ?? []).map(norm)),
    against: (spec.header.against ?? []).map((s) => norm(s).split(' ')),
    headsNeedModifier: spec.header.headsNeedModifier === true,
    deedBy: spec.header.deedBy === true,
    percentLead: spec.header.percentLead === true,
  };
  PREPARED.set(spec, p);
  return p;
}

/**
 * How strongly the header says the column holds this field (0 when it says nothing or says
 * otherwise). A parenthesised note counts as a qualifier: one the field is against ("Finish
 * (Actual)" for the due) rules the header out for it, and the header read with the note first
 * ("actual finish") scores for the field it names.
 */
export function headerEvidence(form: HeaderForm, spec: FieldSpec): number {
  // A share is no amount: "% Spent", "Budget used (%)", "Percent of budget" name a percentage of the money.
  if (spec.value === 'money' && (form.words.some(isShareWord) || form.noted?.words.some(isShareWord) === true)) return 0;
  const plain = plainEvidence(form, spec);
  if (form.noted === undefined) return plain;
  const noted = plainEvidence(form.noted, spec);
  return Math.max(headerAgainst(form.noted, spec) ? 0 : plain, noted);
}

const SHARE_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'percentage', 'pct', 'per cent']);

function isShareWord(word: string): boolean {
  return SHARE_WORDS.has(word);
}

function plainEvidence(form: HeaderForm, spec: FieldSpec): number {
  if (form.words.length === 0) return 0;
  const vocabulary = prepared(spec);
  const joined = form.words.join(' ');
  if (vocabulary.phrases.has(joined)) return form.full === form.stripped ? 1 : 0.95;
  if (form.words.length > MAX_HEADER_WORDS) return 0;
  if (vocabulary.against.some((phrase) => containsPhrase(form.words, phrase))) return 0;
  let best = 0;
  const head = form.head;
  if (vocabulary.heads.has(head)) {
    const modified = form.words.some((w) => w !== head && vocabulary.modifiers.has(w));
    best = modified ? 0.85 : vocabulary.headsNeedModifier ? 0 : 0.78;
  } else if (vocabulary.headsNeedModifier) {
    // No fuzzy heads for a field its heads alone do not name.
  } else if (head.length >= 5 && vocabulary.longHeads.some((h) => withinOneEdit(head, h))) {
    best = 0.68;
  }
  for (let i = 0; i < form.words.length; i++) {
    for (const phrase of vocabulary.phrasesByFirstWord.get(form.words[i]!) ?? []) {
      if (phrase.length >= form.words.length || !startsAt(form.words, i, phrase)) continue;
      const coverage = phrase.join(' ').length / joined.length;
      // A short phrase lost in a long header ("SRO" in "SRO Delivery Confidence Assessment") says little.
      if (coverage >= 0.25) best = Math.max(best, Math.min(0.82, 0.5 + 0.4 * coverage));
    }
  }
  // A head word inside the header ("Status" in "Status commentary owner") says a little; a function word ("of", "to", "at") only as the head.
  if (best === 0 && !vocabulary.headsNeedModifier && form.words.some((w) => w !== head && vocabulary.heads.has(w) && !FUNCTION_WORDS.has(w))) best = 0.35;
  if (vocabulary.deedBy && isDeedBy(form.words)) best = Math.max(best, 0.8);
  if (vocabulary.percentLead && form.words.length >= 2 && form.words.length <= 4 && PERCENT_LEAD.has(form.words[0]!)) best = Math.max(best, 0.8);
  return best;
}

const PERCENT_LEAD = new Set(['%', 'percent', 'percentage', 'pct']);

/** Words that are heads only at the end of a header ("As of", "Assigned to"): "Out of market", "Time to market" name neither. */
const FUNCTION_WORDS = new Set(['of', 'at', 'to', 'by', 'in', 'on', 'for', 'from', 'the', 'and', 'or', 'a']);

/** Past participles that do not end in -ed or -en ("Led by", "Paid by"), and words before "by" that name a person ("Action by", "Who by"). */
const WHO_BEFORE_BY = new Set(['led', 'run', 'done', 'made', 'set', 'held', 'paid', 'sent', 'kept', 'met', 'built', 'bought', 'brought', 'taught', 'caught', 'thought', 'sold', 'told', 'won', 'shut', 'put', 'read', 'hit', 'cut', 'action', 'actions', 'who', 'whom', 'person', 'people', 'team', 'owner', 'lead', 'sponsor']);

/**
 * "Award by", "Deliver by", "Sign off by": two or three words ending in "by" whose first is no
 * past participle, so it reads as a deed and when it is due. "Approved by", "Driven by", "Signed
 * off by", "Led by" say who.
 */
function isDeedBy(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || words[words.length - 1] !== 'by') return false;
  const deed = words[0]!;
  if (deed.length < 2 || WHO_BEFORE_BY.has(deed) || /(?:ed|en)$/.test(deed)) return false;
  return words.length === 2 || ['off', 'up', 'out', 'live', 'in'].includes(words[1]!);
}

/**
 * True when the header holds a word or phrase the field is against ("Last week RAG" for status),
 * short of naming the field whole or holding a word that qualifies it ("Current plan End" has
 * "plan", a due date's modifier, beside "current").
 */
export function headerAgainst(form: HeaderForm, spec: FieldSpec): boolean {
  const vocabulary = prepared(spec);
  if (vocabulary.phrases.has(form.words.join(' '))) return false;
  if (form.words.some((w) => vocabulary.modifiers.has(w))) return false;
  return vocabulary.against.some((phrase) => containsPhrase(form.words, phrase));
}

function startsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/** Damerau-Levenshtein distance <= 1 (one letter added, dropped, changed or two swapped): "Dependancies", "Statsu". */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
