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

/** What a search is matched against: message, code, initiative id, department and first cell, lower case. */
export function searchTextOf(i: FindingItem): string {
  const c = i.finding.cells[0];
  return [i.finding.message, i.finding.code, i.finding.initiativeId ?? '', i.department, c ? `${c.source} ${c.sheet}!${c.address}` : ''].join(' ').toLowerCase();
}

/**
 * Case-insensitive search over message, code, initiative id and cell; severity and waived filters.
 * `texts`: each item's searchTextOf, when kept (the worker keeps them for its repeated searches).
 */
export function filterFindings(items: readonly FindingItem[], filter: FindingFilter, texts?: readonly string[]): FindingItem[] {
  const q = filter.query.trim().toLowerCase();
  const out: FindingItem[] = [];
  items.forEach((i, k) => {
    if (i.waiver && !filter.showWaived) return;
    if (!filter.severities.includes(i.finding.severity)) return;
    if (q && !(texts?.[k] ?? searchTextOf(i)).includes(q)) return;
    out.push(i);
  });
  return out;
}

/** Findings the Findings step shows at first and per "Show more" (150 Fluent rows took one long task to render). */
export const FINDINGS_PAGE = 50;
/** The Findings step's filter as it opens: everything, waived ones too. */
export const SHOW_ALL: FindingFilter = { query: '', severities: ['error', 'warning', 'info'], showWaived: true };

/** What the Findings step says of all of a run's findings (its lists are asked for by page). */
export interface FindingsSummary {
  readonly total: number;
  /** Active findings by severity (the severity filter's counts). */
  readonly counts: Record<Severity, number>;
  readonly waived: number;
}

export function summariseFindings(items: readonly FindingItem[]): FindingsSummary {
  return { total: items.length, counts: countBySeverity(items), waived: items.filter((i) => i.waiver).length };
}

/** The first `limit` findings a filter keeps, and how many it keeps in all: what the Findings step shows. */
export interface FindingsPage {
  readonly matched: number;
  readonly items: readonly FindingItem[];
}

export function findingsPage(items: readonly FindingItem[], filter: FindingFilter, limit: number, texts?: readonly string[]): FindingsPage {
  const kept = filterFindings(items, filter, texts);
  return { matched: kept.length, items: kept.slice(0, limit) };
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
