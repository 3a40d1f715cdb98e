import { makeFinding, type Finding } from '../types';
import { flat } from './describe';
import type { RuleContext } from './rule-context';

/** kpi.unknown-initiative: a KPI sheet row linking an id that no source defines. */
export function checkKpiUnknownInitiative({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const r of model.ingest.kpis) {
    const cell = r.cells.initiatives ?? r.cells.kpi;
    for (const id of r.initiatives) {
      if (model.byId.has(id)) continue;
      out.push(
        makeFinding('kpi.unknown-initiative', flat`KPI ${r.kpi} is linked to ${id}, which no source defines.`, cell ? [cell] : [], {
          related: [id],
        }),
      );
    }
  }
  return out;
}
