import type { Initiative, Kpi, KpiDirection, KpiRecord } from '../types';

/** On target when actual meets target in the KPI's direction; undefined when either is missing. */
export function isOnTarget(target: number | undefined, actual: number | undefined, direction: KpiDirection): boolean | undefined {
  if (target === undefined || actual === undefined) return undefined;
  return direction === 'lower' ? actual <= target : actual >= target;
}

/** How KPI ids and names are matched: case- and space-insensitive. */
export function kpiKey(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

interface KpiDraft {
  id: string;
  record?: KpiRecord;
  initiatives: string[];
  linked: Set<string>;
}

/**
 * KPIs from the KPI sheets (first record of a KPI wins, linked ids are unioned) and from
 * initiatives' kpi cells: a cell matches a KPI by id or name (case- and space-insensitive); a KPI
 * named only on an initiative still becomes a Kpi, with no target. Like dependencies, links hold
 * known initiatives only: an unknown id on a KPI sheet stays in model.ingest.kpis, where the
 * rule kpi.unknown-initiative reports it.
 */
export function linkKpis(records: readonly KpiRecord[], initiatives: readonly Initiative[]): Kpi[] {
  const known = new Set(initiatives.map((i) => i.id));
  const drafts: KpiDraft[] = [];
  const byKey = new Map<string, KpiDraft>();
  const link = (d: KpiDraft, initiativeId: string): void => {
    if (d.linked.has(initiativeId)) return;
    d.linked.add(initiativeId);
    d.initiatives.push(initiativeId);
  };
  for (const r of records) {
    let d = byKey.get(kpiKey(r.kpi));
    if (!d) {
      d = { id: r.kpi, record: r, initiatives: [], linked: new Set() };
      drafts.push(d);
      byKey.set(kpiKey(r.kpi), d);
      if (r.name !== undefined && !byKey.has(kpiKey(r.name))) byKey.set(kpiKey(r.name), d);
    }
    for (const id of r.initiatives) if (known.has(id)) link(d, id);
  }
  for (const initiative of initiatives) {
    for (const name of initiative.kpis) {
      let d = byKey.get(kpiKey(name));
      if (!d) {
        d = { id: name, initiatives: [], linked: new Set() };
        drafts.push(d);
        byKey.set(kpiKey(name), d);
      }
      link(d, initiative.id);
    }
  }
  return drafts.map(toKpi);
}

function toKpi(d: KpiDraft): Kpi {
  const r = d.record;
  if (!r) return { id: d.id, direction: 'higher', initiatives: d.initiatives };
  const onTarget = isOnTarget(r.target, r.actual, r.direction);
  const home = r.cells.kpi ?? r.cells.name;
  return {
    id: d.id,
    ...(r.name !== undefined ? { name: r.name } : {}),
    ...(r.target !== undefined ? { target: r.target } : {}),
    ...(r.actual !== undefined ? { actual: r.actual } : {}),
    direction: r.direction,
    initiatives: d.initiatives,
    ...(r.unit !== undefined ? { unit: r.unit } : {}),
    ...(r.owner !== undefined ? { owner: r.owner } : {}),
    ...(onTarget !== undefined ? { onTarget } : {}),
    ...(home !== undefined ? { home } : {}),
  };
}
