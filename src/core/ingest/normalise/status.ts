import type { CellValue, Status } from '../../types';
import { cleanText } from './cell-text';

/** Words, letters and emoji people use for a status, after lower-casing and trimming. */
const WORDS: ReadonlyArray<readonly [Status, readonly string[]]> = [
  ['green', ['g', 'green', 'on track', 'ontrack', 'on-track', 'good', 'ok', 'healthy', 'on schedule', 'on plan', '🟢', '🟩', '✅ on track']],
  ['amber', ['a', 'amber', 'yellow', 'y', 'at risk', 'at-risk', 'risk', 'some risk', 'delayed', 'slipping', 'behind', 'watch', 'caution', 'orange', '🟡', '🟠', '🟨', '🟧', '⚠', '⚠️']],
  ['red', ['r', 'red', 'off track', 'offtrack', 'off-track', 'blocked', 'critical', 'failing', 'stuck', 'late', '🔴', '🟥', '⛔', '❌']],
  ['done', ['complete', 'completed', 'done', 'closed', 'finished', 'delivered', 'live', 'implemented', 'achieved', '100%', '100 %', '✅', '✔', '✔️', '☑', '☑️']],
  ['not-started', ['not started', 'not-started', 'notstarted', 'not yet started', 'planned', 'planning', 'to do', 'todo', 'backlog', 'new', 'pipeline', 'pending', 'proposed', 'not begun', '⚪', '⬜']],
  ['on-hold', ['on hold', 'on-hold', 'onhold', 'hold', 'paused', 'deferred', 'suspended', 'parked', '⏸', '⏸️']],
  ['cancelled', ['cancelled', 'canceled', 'stopped', 'withdrawn', 'abandoned', 'dropped', 'descoped', 'de-scoped', 'closed - cancelled']],
  ['unknown', ['unknown', 'na', 'n/a', 'n.a.', 'tbc', 'tbd', 'not assessed', 'not rated', 'no status', '-', '?', 'in progress', 'in-progress', 'ongoing', 'active', 'open', 'started', 'underway', 'wip']],
];

const BY_WORD: ReadonlyMap<string, Status> = new Map(WORDS.flatMap(([status, words]) => words.map((w) => [w, status] as const)));

/** How bad a RAG colour is, to read "Amber/Red" as red and "Green/Amber" as amber. */
const RAG_RANK: Partial<Record<Status, number>> = { green: 1, amber: 2, red: 3 };
/** Emoji, ticks and other symbols around a status word. */
const DECORATION = /[^\p{L}\p{N}%/\\& -]/gu;
const COMBINED_SEPARATOR = /\s*(?:\/|\\|&|\+|-|–|—|\bto\b)\s*/;

/**
 * A status cell -> a stable status, or undefined when it cannot be read.
 * "G", "On track", "🟢" -> green; "Amber/Red" -> red (the worse of a combined rating);
 * "Complete" and "100%" -> done; "NA", "TBC", "In progress" -> unknown (a status with no colour).
 */
export function normaliseStatus(value: CellValue): Status | undefined {
  if (typeof value !== 'string') return undefined;
  // A portfolio writes its statuses a few dozen ways: read each spelling once.
  if (MEMO.has(value)) return MEMO.get(value);
  const status = readStatus(value);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(value, status);
  return status;
}

const MEMO = new Map<string, Status | undefined>();
const MEMO_LIMIT = 10_000;

function readStatus(value: string): Status | undefined {
  const text = cleanText(value).toLowerCase().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  if (text === '') return undefined;
  const direct = BY_WORD.get(text) ?? BY_WORD.get(text.replace(/\ufe0f/g, ''));
  if (direct !== undefined) return direct;
  return readCombined(text) ?? readEmojiPrefixed(text);
}

/** "amber/red", "green - amber", "A/R": the worse colour; undefined unless every part is a colour. */
function readCombined(text: string): Status | undefined {
  const parts = text.split(COMBINED_SEPARATOR).filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  let worst: Status | undefined;
  for (const part of parts) {
    const status = BY_WORD.get(part);
    const rank = status === undefined ? undefined : RAG_RANK[status];
    if (rank === undefined) return undefined;
    if (worst === undefined || rank > (RAG_RANK[worst] ?? 0)) worst = status;
  }
  return worst;
}

/** "🟢 On track", "Green ✅": a status word with decoration around it. */
function readEmojiPrefixed(text: string): Status | undefined {
  const stripped = text.replace(DECORATION, '').replace(/\s+/g, ' ').trim();
  if (stripped === '' || stripped === text) return undefined;
  return BY_WORD.get(stripped) ?? readCombined(stripped);
}
