import type { Finding, WaivedFinding, Waiver } from '../types';
import { findingKey } from './finding-key';

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
    const waiver = byKey.get(findingKey(f));
    if (waiver) waived.push({ finding: f, waiver });
    else active.push(f);
  }
  return { active, waived };
}
