import { modelIndex } from '../model';
import type { KpiTrace, Model } from '../types';
import { chainToRoot, type EffectiveStatus } from './effective-status';

/**
 * For each off-target KPI (in model order), its linked initiatives that are blocked: effectively
 * amber or red because of something upstream, each with the chain from the initiative up to the
 * root blocker. An off-target KPI with nothing blocked is listed with no chains.
 */
export function traceKpis(model: Model, effective: EffectiveStatus): KpiTrace[] {
  const traces: KpiTrace[] = [];
  const { kpiMembers } = modelIndex(model);
  // listed[v] === k + 1: initiative v already has its chain for KPI k.
  const listed = new Int32Array(model.initiatives.length);
  model.kpis.forEach((kpi, k) => {
    if (kpi.onTarget !== false) return;
    const chains: { initiativeId: string; chain: string[] }[] = [];
    const members = kpiMembers[k]!;
    for (let i = 0; i < members.length; i++) {
      const v = members[i]!;
      if (v < 0 || listed[v] === k + 1 || effective.blocked[v] !== 1) continue;
      listed[v] = k + 1;
      const status = effective.status[v];
      if (status !== 'amber' && status !== 'red') continue;
      const path = chainToRoot(effective, v);
      const chain = new Array<string>(path.length);
      for (let j = 0; j < path.length; j++) chain[j] = model.initiatives[path[j]!]!.id;
      chains.push({ initiativeId: kpi.initiatives[i]!, chain });
    }
    traces.push({ kpi: kpi.id, offTarget: true, chains });
  });
  return traces;
}
