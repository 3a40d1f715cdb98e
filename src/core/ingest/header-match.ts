import type { AnyField, TableKind } from '../types';
import { SYNONYMS } from './synonyms';

/** A field a header could hold, with how sure the match is (0..1). */
export interface HeaderCandidate {
  readonly field: AnyField;
  readonly confidence: number;
}

/** Phrase matches below this (a short synonym lost in a long header) are ignored. */
export const MIN_HEADER_CONFIDENCE = 0.6;
/** Headers longer than this many words are narrative, not column names. */
const MAX_HEADER_WORDS = 10;

const PARENTHESES = /\([^)]*\)|\[[^\]]*\]/g;
const PARENTHESES_TEST = /[([]/;

/** "% Complete" -> "% complete", "Go-Live" -> "go live", "Owner (PM)" keeps "(pm)" out of its stripped form. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/%/g, ' % ')
    .replace(/[^\p{L}\p{N}%#]+/gu, ' ')
    .trim();
}

interface KindIndex {
  readonly exact: ReadonlyMap<string, readonly AnyField[]>;
  /** First word -> synonyms (as word arrays) starting with it, for phrase search. */
  readonly byFirstWord: ReadonlyMap<string, ReadonlyArray<{ readonly words: readonly string[]; readonly length: number; readonly field: AnyField }>>;
}

function buildIndex(kind: TableKind): KindIndex {
  const exact = new Map<string, AnyField[]>();
  const byFirstWord = new Map<string, Array<{ words: string[]; length: number; field: AnyField }>>();
  for (const [field, synonyms] of Object.entries(SYNONYMS[kind]) as Array<[AnyField, readonly string[]]>) {
    for (const synonym of synonyms) {
      const norm = normaliseHeader(synonym);
      const list = exact.get(norm) ?? [];
      if (!list.includes(field)) list.push(field);
      exact.set(norm, list);
      const words = norm.split(' ');
      const entry = { words, length: norm.length, field };
      const bucket = byFirstWord.get(words[0]!) ?? [];
      bucket.push(entry);
      byFirstWord.set(words[0]!, bucket);
    }
  }
  return { exact, byFirstWord };
}

const INDEX: Readonly<Record<TableKind, KindIndex>> = {
  initiatives: buildIndex('initiatives'),
  dependencies: buildIndex('dependencies'),
  kpis: buildIndex('kpis'),
};

/**
 * The fields a header could be, best first. An exact synonym scores 1 (0.95 when it is only
 * exact once parentheses are dropped); a synonym found as a phrase inside a longer header scores
 * 0.5..0.9 by how much of the header it covers ("Project - Start Date" -> start 0.72).
 */
export function matchHeader(header: string, kind: TableKind): HeaderCandidate[] {
  return matchForms(headerForms(header), kind);
}

/** A header normalised once for matching against every kind. */
interface HeaderForms {
  readonly full: string;
  readonly stripped: string;
  readonly words: readonly string[];
}

function headerForms(header: string): HeaderForms {
  const full = normaliseHeader(header);
  const stripped = PARENTHESES_TEST.test(header) ? normaliseHeader(header.replace(PARENTHESES, ' ')) || full : full;
  return { full, stripped, words: stripped.split(' ') };
}

function matchForms(forms: HeaderForms, kind: TableKind): HeaderCandidate[] {
  const { full, stripped, words } = forms;
  if (full === '') return [];
  const index = INDEX[kind];
  const best = new Map<AnyField, number>();
  const consider = (field: AnyField, confidence: number): void => {
    if (confidence > (best.get(field) ?? 0)) best.set(field, confidence);
  };
  for (const field of index.exact.get(full) ?? []) consider(field, 1);
  if (stripped !== full) for (const field of index.exact.get(stripped) ?? []) consider(field, 0.95);
  if (words.length <= MAX_HEADER_WORDS && words.length > 1) {
    for (let i = 0; i < words.length; i++) {
      for (const synonym of index.byFirstWord.get(words[i]!) ?? []) {
        if (!startsWithAt(words, i, synonym.words)) continue;
        const confidence = 0.5 + (0.4 * synonym.length) / stripped.length;
        if (confidence >= MIN_HEADER_CONFIDENCE) consider(synonym.field, Math.min(0.9, confidence));
      }
    }
  }
  return [...best.entries()].map(([field, confidence]) => ({ field, confidence })).sort((a, b) => b.confidence - a.confidence);
}

function startsWithAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

/** The most likely field of a header across all kinds ("kind:field"), or undefined below the threshold. */
export function bestHeaderField(header: string): string | undefined {
  const forms = headerForms(header);
  let best: string | undefined;
  let bestConfidence = MIN_HEADER_CONFIDENCE - 1e-9;
  for (const kind of KIND_ORDER) {
    const top = matchForms(forms, kind)[0];
    if (top && top.confidence > bestConfidence) {
      best = `${kind}:${top.field}`;
      bestConfidence = top.confidence;
    }
  }
  return best;
}

const KIND_ORDER: readonly TableKind[] = ['initiatives', 'dependencies', 'kpis'];
