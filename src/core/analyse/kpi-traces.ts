import { modelIndex } from '../model';
import type { KpiTrace, Model } from '../types';
import type { InitiativeColumns } from './columns';
import { chainLength, type EffectiveStatus } from './effective-status';

/**
 * For each off-target KPI (in model order), its linked initiatives that are blocked: effectively
 * amber or red because of something upstream, each with the chain from the initiative up to the
 * root blocker. An off-target KPI with nothing blocked is listed with no chains.
 */
export function traceKpis(model: Model, columns: InitiativeColumns, effective: EffectiveStatus): KpiTrace[] {
  const traces: KpiTrace[] = [];
  const { ids } = columns;
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
      chains.push({ initiativeId: kpi.initiatives[i]!, chain: chainIds(effective, v, ids) });
    }
    traces.push({ kpi: kpi.id, offTarget: true, chains });
  });
  return traces;
}

/** Ids of the chain from v up to its root blocker, [v, predecessor, ..., root], made at their final length. */
function chainIds(effective: EffectiveStatus, v: number, ids: readonly string[]): string[] {
  const chain = new Array<string>(chainLength(effective, v));
  for (let at = v, k = 0; k < chain.length; k++, at = effective.via[at]!) chain[k] = ids[at]!;
  return chain;
}
