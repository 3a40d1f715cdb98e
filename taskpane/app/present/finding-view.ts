import type { Finding, Model, RunResult, Severity, Waiver } from '../../../src/core/types';
import { CATALOG } from '../../../src/core/types';
import { findingKey } from '../../../src/core/rules/finding-key';
import { ownValue } from '../../../src/core/util/own';
import { governanceOf } from '../../../src/core/report/governance';
import { lifeText } from './life-text';

/** A finding as listed: active or waived, with the key its waiver is saved under. */
export interface FindingItem {
  readonly key: string;
  readonly finding: Finding;
  readonly waiver?: Waiver;
  readonly department: string;
  /** Who owns the initiative the finding is about, when the sources name one. */
  readonly owner?: string;
  /** How to fix it (the catalog's sentence for its rule). */
  readonly fix: string;
  /** Its life across reviews: "New", "Open 3 reviews, since 2 Mar 2026", "Reopened" (active findings). */
  readonly age?: string;
}

export interface FindingGroup {
  readonly id: string;
  readonly title: string;
  readonly items: readonly FindingItem[];
}

export interface FindingFilter {
  readonly query: string;
  readonly severities: readonly Severity[];
  readonly showWaived: boolean;
}

const NO_DEPARTMENT = 'No department';

function departmentOf(f: Finding, model: Model, named: Readonly<Record<string, string>>): string {
  const own = f.initiativeId ? model.byId.get(f.initiativeId)?.department : undefined;
  if (own) return own;
  const source = f.cells[0]?.source;
  if (!source) return NO_DEPARTMENT;
  return ownValue(named, source) ?? model.sources.find((s) => s.name === source)?.department ?? NO_DEPARTMENT;
}

const FIXES = new Map<string, string>(CATALOG.map((e) => [e.code, e.fix]));

/** Active then waived findings of a run, each with its key, department, owner and fix. */
export function listFindings(run: RunResult): FindingItem[] {
  const named = run.options.sourceDepartments;
  const life = governanceOf(run).life;
  const item = (f: Finding, waiver?: Waiver): FindingItem => {
    const owner = f.initiativeId ? run.model.byId.get(f.initiativeId)?.owner : undefined;
    const key = findingKey(f);
    const l = waiver ? undefined : life.get(key);
    return {
      key,
      ...(l ? { age: lifeText(l) } : {}),
      finding: f,
      ...(waiver ? { waiver } : {}),
      department: departmentOf(f, run.model, named),
      ...(owner ? { owner } : {}),
      fix: FIXES.get(f.code) ?? '',
    };
  };
  return [...run.findings.map((f) => item(f)), ...run.waived.map((w) => item(w.finding, w.waiver))];
}

export function countBySeverity(items: readonly FindingItem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of items) if (!i.waiver) counts[i.finding.severity]++;
  return counts;
}

/** Case-insensitive search over message, code, initiative id and cell; severity and waived filters. */
export function filterFindings(items: readonly FindingItem[], filter: FindingFilter): FindingItem[] {
  const q = filter.query.trim().toLowerCase();
  return items.filter((i) => {
    if (i.waiver && !filter.showWaived) return false;
    if (!filter.severities.includes(i.finding.severity)) return false;
    if (!q) return true;
    const c = i.finding.cells[0];
    const text = [i.finding.message, i.finding.code, i.finding.initiativeId ?? '', i.department, c ? `${c.source} ${c.sheet}!${c.address}` : '']
      .join(' ')
      .toLowerCase();
    return text.includes(q);
  });
}

const TITLES = new Map<string, string>(CATALOG.map((e) => [e.code, e.title]));

/** Groups in first-seen order (findings arrive sorted by severity, then code). */
export function groupFindings(items: readonly FindingItem[], by: 'rule' | 'department'): FindingGroup[] {
  const groups = new Map<string, FindingItem[]>();
  for (const i of items) {
    const id = by === 'rule' ? i.finding.code : i.department;
    groups.set(id, [...(groups.get(id) ?? []), i]);
  }
  const list = [...groups.entries()].map(([id, list]) => ({ id, title: by === 'rule' ? TITLES.get(id) ?? id : id, items: list }));
  return by === 'department' ? list.sort((a, b) => a.title.localeCompare(b.title)) : list;
}
