import { kpiKey } from '../model';
import { makeFinding, type Finding } from '../types';
import { label } from './describe';
import type { RuleContext } from './rule-context';

/**
 * kpi.unknown: an initiative's kpi cell names a KPI that no KPI sheet defines, by id or name.
 * Without any KPI sheet the names on initiatives are the only KPI list, so nothing is reported.
 */
export function checkKpiUnknown({ model }: RuleContext): Finding[] {
  if (model.ingest.kpis.length === 0) return [];
  const defined = new Set<string>();
  for (const r of model.ingest.kpis) {
    defined.add(kpiKey(r.kpi));
    if (r.name !== undefined) defined.add(kpiKey(r.name));
  }
  const out: Finding[] = [];
  for (const r of model.records) {
    for (const k of r.kpis) {
      if (defined.has(kpiKey(k))) continue;
      const who = model.byId.get(r.id) ?? r;
      const cell = r.cells.kpi ?? r.cells.id;
      out.push(
        makeFinding('kpi.unknown', `${label(who)} names KPI "${k}", which no KPI sheet defines.`, cell ? [cell] : [], { initiativeId: r.id }),
      );
    }
  }
  return out;
}
