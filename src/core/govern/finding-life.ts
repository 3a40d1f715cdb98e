import { findingKey, legacyFindingKey } from '../rules/finding-key';
import type { DayNumber, Finding, FindingHistory, FindingHistoryEntry, FindingLife, ResolvedFinding, WaivedFinding } from '../types';

/** How long a resolved finding is remembered, so one that comes back reads as reopened. */
export const RESOLVED_KEPT_DAYS = 182;

export interface LifeOfFindings {
  readonly life: ReadonlyMap<string, FindingLife>;
  readonly resolved: readonly ResolvedFinding[];
  readonly history: FindingHistory;
}

/**
 * Each active finding's life, matched by findingKey against the previous review's history: new,
 * still open (first-seen date kept, one more review open) or reopened (it had been resolved).
 * A finding open before and gone now is resolved; a waived one is not resolved, its age stands
 * still while waived. Re-running the same as-of date counts no extra review. A history dated
 * after this run's as-of date is not used (its dates would lie in this run's future).
 */
export function lifeOfFindings(
  active: readonly Finding[],
  waived: readonly WaivedFinding[],
  asOf: DayNumber,
  previous?: FindingHistory,
): LifeOfFindings {
  const before = previous !== undefined && previous.asOf <= asOf ? previous : undefined;
  const sameReview = before !== undefined && before.asOf === asOf;
  const prior = new Map<string, FindingHistoryEntry>();
  for (const e of before?.entries ?? []) prior.set(e.key, e);

  /** Keys of the prior entries carried on under a finding's new key (a snapshot saved before its code's key named related ids). */
  const carried = new Set<string>();
  const priorEntry = (f: Finding, key: string): FindingHistoryEntry | undefined => {
    const p = prior.get(key);
    if (p !== undefined) return p;
    const legacy = legacyFindingKey(f);
    if (legacy === key) return undefined;
    const old = prior.get(legacy);
    if (old !== undefined) carried.add(legacy);
    return old;
  };
  const life = new Map<string, FindingLife>();
  const entries: FindingHistoryEntry[] = [];
  const present = new Set<string>();
  for (const f of active) {
    const key = findingKey(f);
    if (present.has(key)) continue; // two findings with one key share one life
    present.add(key);
    const p = priorEntry(f, key);
    const l = lifeFrom(key, p, asOf, sameReview);
    life.set(key, l);
    entries.push(entryOf(f, key, l.firstSeen, l.reviewsOpen, 'open'));
  }
  for (const { finding } of waived) {
    const key = findingKey(finding);
    if (present.has(key)) continue;
    present.add(key);
    const p = priorEntry(finding, key);
    const open = p !== undefined && p.state !== 'resolved';
    entries.push(entryOf(finding, key, open ? p.firstSeen : asOf, open ? p.reviewsOpen : 0, 'waived'));
  }
  const resolved: ResolvedFinding[] = [];
  for (const p of before?.entries ?? []) {
    if (present.has(p.key) || carried.has(p.key)) continue;
    if (p.state === 'open') {
      // On a re-run of the same review, a finding resolved earlier that day keeps its date.
      const resolvedOn = asOf;
      resolved.push({ entry: p, resolvedOn });
      entries.push({ ...p, state: 'resolved', resolvedOn });
    } else if (p.state === 'resolved' && p.resolvedOn !== undefined && asOf - p.resolvedOn <= RESOLVED_KEPT_DAYS) {
      if (sameReview && p.resolvedOn === asOf) resolved.push({ entry: p, resolvedOn: asOf });
      entries.push(p);
    } else if (p.state === 'waived') {
      entries.push(p); // its waiver may come off again: keep its age
    }
  }
  return { life, resolved, history: { asOf, entries } };
}

function lifeFrom(key: string, p: FindingHistoryEntry | undefined, asOf: DayNumber, sameReview: boolean): FindingLife {
  if (p === undefined) return { key, firstSeen: asOf, reviewsOpen: 1, ageDays: 0, state: 'new' };
  // The same review run again: nothing ages, and what was new then is new still.
  if (sameReview) {
    const state = p.state === 'resolved' ? 'reopened' : p.firstSeen === asOf ? 'new' : 'open';
    return { key, firstSeen: p.firstSeen, reviewsOpen: Math.max(1, p.reviewsOpen), ageDays: asOf - p.firstSeen, state };
  }
  return {
    key,
    firstSeen: p.firstSeen,
    reviewsOpen: p.reviewsOpen + 1,
    ageDays: asOf - p.firstSeen,
    state: p.state === 'resolved' ? 'reopened' : 'open',
  };
}

function entryOf(f: Finding, key: string, firstSeen: DayNumber, reviewsOpen: number, state: FindingHistoryEntry['state']): FindingHistoryEntry {
  // Two literals rather than a spread of the optional id: an entry per finding (200,000 at 100,000 initiatives).
  return f.initiativeId !== undefined
    ? { key, code: f.code, severity: f.severity, initiativeId: f.initiativeId, message: f.message, firstSeen, reviewsOpen, state }
    : { key, code: f.code, severity: f.severity, message: f.message, firstSeen, reviewsOpen, state };
}
