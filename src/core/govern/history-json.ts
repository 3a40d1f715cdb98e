import type { Decision, FindingHistory, FindingHistoryEntry } from '../types';

const STATES: ReadonlySet<string> = new Set(['open', 'waived', 'resolved']);
const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isDay = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/**
 * Findings' life from parsed JSON (the taskpane keeps it in the workbook's settings, where no
 * report sheet may be): the well-formed entries, the rest left out; undefined when it is not one.
 */
export function readHistoryJson(v: unknown): FindingHistory | undefined {
  if (!isRecord(v) || !isDay(v.asOf) || !Array.isArray(v.entries)) return undefined;
  const entries: FindingHistoryEntry[] = [];
  for (const e of v.entries) {
    if (!isRecord(e) || typeof e.key !== 'string' || typeof e.code !== 'string' || typeof e.message !== 'string') continue;
    if (typeof e.severity !== 'string' || !SEVERITIES.has(e.severity) || typeof e.state !== 'string' || !STATES.has(e.state)) continue;
    if (!isDay(e.firstSeen) || !isDay(e.reviewsOpen) || e.reviewsOpen < 0) continue;
    if (e.state === 'resolved' && !isDay(e.resolvedOn)) continue;
    entries.push({
      key: e.key,
      code: e.code,
      severity: e.severity as FindingHistoryEntry['severity'],
      ...(typeof e.initiativeId === 'string' ? { initiativeId: e.initiativeId } : {}),
      message: e.message,
      firstSeen: e.firstSeen,
      reviewsOpen: e.reviewsOpen,
      state: e.state as FindingHistoryEntry['state'],
      ...(e.state === 'resolved' ? { resolvedOn: e.resolvedOn as number } : {}),
    });
  }
  return { asOf: v.asOf, entries };
}

/** Decisions from parsed JSON: the well-formed ones. */
export function readDecisionsJson(v: unknown): Decision[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((d): d is Record<string, unknown> => isRecord(d) && typeof d.initiativeId === 'string' && typeof d.decision === 'string')
    .map((d) => ({
      initiativeId: d.initiativeId as string,
      decision: d.decision as string,
      ...(typeof d.by === 'string' ? { by: d.by } : {}),
      ...(isDay(d.on) ? { on: d.on } : {}),
      ...(typeof d.onText === 'string' ? { onText: d.onText } : {}),
    }));
}

const RANK: Record<FindingHistoryEntry['state'], number> = { open: 0, waived: 1, resolved: 2 };
const SEVERITY_RANK: Record<FindingHistoryEntry['severity'], number> = { error: 0, warning: 1, info: 2 };

/**
 * The `keep` entries that matter most when not all fit where the history is kept: open ones
 * (errors, then warnings, then info; oldest first, whose age is the most to lose), then waived
 * ones, then the most recently resolved. The rest would read as new when they come back.
 */
export function trimHistory(history: FindingHistory, keep: number): FindingHistory {
  if (history.entries.length <= keep) return history;
  const ranked = history.entries
    .map((e, k) => ({ e, k }))
    .sort(
      (a, b) =>
        RANK[a.e.state] - RANK[b.e.state] ||
        (a.e.state === 'resolved' ? (b.e.resolvedOn ?? 0) - (a.e.resolvedOn ?? 0) : SEVERITY_RANK[a.e.severity] - SEVERITY_RANK[b.e.severity] || a.e.firstSeen - b.e.firstSeen) ||
        a.k - b.k,
    )
    .slice(0, Math.max(0, keep));
  return { asOf: history.asOf, entries: ranked.sort((a, b) => a.k - b.k).map((r) => r.e) };
}
