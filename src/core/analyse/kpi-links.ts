import type { Model } from '../types';

/**
 * KPI keys per initiative id: the KPI sheet's links (Kpi.initiatives) plus each initiative's own
 * kpi cell. A kpi cell naming a known KPI by id or name uses that KPI's id; anything else is kept
 * as written, so value at risk still groups by it. Each key once per initiative.
 */
export function kpisByInitiative(model: Model): Map<string, string[]> {
  const byName = new Map<string, string>();
  for (const k of model.kpis) {
    byName.set(k.id, k.id);
    if (k.name !== undefined && !byName.has(k.name)) byName.set(k.name, k.id);
  }
  const out = new Map<string, string[]>();
  const add = (initiative: string, kpi: string): void => {
    const list = out.get(initiative);
    if (list === undefined) out.set(initiative, [kpi]);
    else if (!list.includes(kpi)) list.push(kpi);
  };
  for (const k of model.kpis) for (const id of k.initiatives) add(id, k.id);
  for (const i of model.initiatives) for (const text of i.kpis) add(i.id, byName.get(text) ?? text);
  return out;
}
