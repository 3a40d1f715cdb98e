import type { Finding, WaivedFinding, Waiver } from '../types';
import { findingKey, legacyFindingKey } from './finding-key';

/** Split findings into active and waived by the waivers' keys (findingKey). Order is kept. */
export function applyWaivers(
  findings: readonly Finding[],
  waivers: readonly Waiver[],
): { active: Finding[]; waived: WaivedFinding[] } {
  // No waivers (the usual case): nothing to key, keep every finding.
  if (waivers.length === 0) return { active: findings.slice(), waived: [] };
  const byKey = new Map(waivers.map((w) => [w.key, w]));
  const active: Finding[] = [];
  const waived: WaivedFinding[] = [];
  for (const f of findings) {
    // A waiver saved before a code's key named its related ids still waives the findings of its cell.
    const waiver = byKey.get(findingKey(f)) ?? byKey.get(legacyFindingKey(f));
    if (waiver) waived.push({ finding: f, waiver });
    else active.push(f);
  }
  return { active, waived };
}

/** A well-formed waiver: a string key and reason, and by / on (ISO date) when given as strings. */
export function isWaiver(v: unknown): v is Waiver {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const w = v as Record<string, unknown>;
  return typeof w.key === 'string' && typeof w.reason === 'string' && (w.by === undefined || typeof w.by === 'string') && (w.on === undefined || typeof w.on === 'string');
}

/**
 * Waivers from parsed JSON, the one reader every adapter uses: a list of waivers, or an object
 * holding one under "waivers" (Throughline's saved settings, as the taskpane keeps them in the
 * workbook). Malformed entries are counted and left out, never guessed at; undefined when the
 * data holds no list of waivers at all.
 */
export function readWaivers(data: unknown): { waivers: Waiver[]; malformed: number } | undefined {
  const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null && Array.isArray((data as { waivers?: unknown }).waivers) ? (data as { waivers: unknown[] }).waivers : undefined;
  if (list === undefined) return undefined;
  const waivers = list.filter(isWaiver).map((w) => ({ key: w.key, reason: w.reason, ...(w.by !== undefined ? { by: w.by } : {}), ...(w.on !== undefined ? { on: w.on } : {}) }));
  return { waivers, malformed: list.length - waivers.length };
}

/** Waivers from several places in one list, the first given for a key winning (a --waivers file before a workbook's own). */
export function mergeWaivers(lists: ReadonlyArray<readonly Waiver[]>): Waiver[] {
  const byKey = new Map<string, Waiver>();
  for (const list of lists) for (const w of list) if (!byKey.has(w.key)) byKey.set(w.key, w);
  return [...byKey.values()];
}
