import type { KpiTrace, Model } from '../types';
import { chainToRoot, type EffectiveStatus } from './effective-status';
import type { DependencyGraph } from './graph';

/**
 * For each off-target KPI (in model order), its linked initiatives that are blocked: effectively
 * amber or red because of something upstream, each with the chain from the initiative up to the
 * root blocker. An off-target KPI with nothing blocked is listed with no chains.
 */
export function traceKpis(model: Model, graph: DependencyGraph, effective: EffectiveStatus): KpiTrace[] {
  const traces: KpiTrace[] = [];
  for (const kpi of model.kpis) {
    if (kpi.onTarget !== false) continue;
    const chains: { initiativeId: string; chain: string[] }[] = [];
    const done = new Set<string>();
    for (const id of kpi.initiatives) {
      const v = graph.indexOf.get(id);
      if (v === undefined || done.has(id) || effective.blocked[v] !== 1) continue;
      done.add(id);
      const status = effective.status[v];
      if (status !== 'amber' && status !== 'red') continue;
      chains.push({ initiativeId: id, chain: chainToRoot(effective, v).map((u) => model.initiatives[u]!.id) });
    }
    traces.push({ kpi: kpi.id, offTarget: true, chains });
  }
  return traces;
}
