import type { Analysis, ImpactResult, Model, RunOptions } from '../types';
import { contextFor } from './context';
import { compareIds } from './graph';
import { linkKpisToInitiatives } from './kpi-links';
import { runForecast } from './forecast';
import { finishDay } from './plan';

/** computeImpact was asked about an id the model does not hold (callers check analysis.byId first). */
export class UnknownInitiativeError extends Error {
  override readonly name = 'UnknownInitiativeError';
  constructor(readonly id: string) {
    super(`No initiative "${id}" in the model.`);
  }
}

/**
 * What moves when one initiative finishes `delayDays` working days later than forecast: the
 * forecast is re-run with that finish, and every initiative whose forecast finish moves is listed
 * (in cascade order) with its slip, old and new finish, the path the delay travels from the
 * delayed initiative, and whether its new finish passes its due date; then every KPI linked to
 * the delayed or a moved initiative, with the largest slip among them.
 * The delayed initiative itself is not in `initiatives`. Nothing moves for an initiative without a
 * forecast (no dates, in a cycle) or one that is done or cancelled.
 */
export function computeImpact(model: Model, analysis: Analysis, id: string, delayDays: number, options: RunOptions): ImpactResult {
  if (!Number.isInteger(delayDays) || delayDays < 0) throw new RangeError(`delayDays must be a whole number >= 0, got ${delayDays}`);
  const { plan, setup, base } = contextFor(analysis, model, options);
  const source = plan.graph.indexOf.get(id);
  if (source === undefined) throw new UnknownInitiativeError(id);
  const none: ImpactResult = { id, delayDays, initiatives: [], kpis: [] };
  if (delayDays === 0 || setup.net.active[source] !== 1 || setup.settled[source] === 1) return none;

  const floor = setup.finishFloor.slice();
  floor[source] = Math.max(floor[source]!, base.finish[source]! + delayDays);
  const n = model.initiatives.length;
  const driver = new Int32Array(n).fill(-1);
  const next = runForecast(setup, floor, driver);
  const { order } = plan.structure;
  const { edgeFrom } = plan.graph;

  const moved: { v: number; via: number[] }[] = [];
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    if (v === source || setup.net.active[v] !== 1 || next.finish[v]! <= base.finish[v]!) continue;
    const via = [v];
    for (let at: number = v, steps = 0; at !== source && steps < n; steps++) {
      const e = driver[at]!;
      if (e < 0) break;
      at = edgeFrom[e]!;
      via.push(at);
    }
    moved.push({ v, via: via.reverse() });
  }
  moved.sort((a, b) => a.via.length - b.via.length || plan.structure.position[a.v]! - plan.structure.position[b.v]!);

  const initiatives = moved.map(({ v, via }) => {
    const due = model.initiatives[v]!.due;
    return {
      id: model.initiatives[v]!.id,
      slipDays: next.finish[v]! - base.finish[v]!,
      oldFinish: finishDay(plan, v, base.finish[v]!),
      newFinish: finishDay(plan, v, next.finish[v]!),
      via: via.map((u) => model.initiatives[u]!.id),
      becomesLate: due !== undefined && next.slip[v]! > 0,
    };
  });

  const kpiLinks = linkKpisToInitiatives(model);
  const byKpi = new Map<string, { slipDays: number; through: string[] }>();
  const sourceSlip = next.finish[source]! - base.finish[source]!;
  const movedPositions = [source, ...moved.map((m) => m.v)];
  const movedList = [{ id, slipDays: sourceSlip }, ...initiatives];
  for (let i = 0; i < movedList.length; i++) {
    const { id: movedId, slipDays } = movedList[i]!;
    if (slipDays <= 0) continue;
    const p = kpiLinks.positionOf(movedPositions[i]!);
    for (let j = kpiLinks.start[p]!; j < kpiLinks.start[p + 1]!; j++) {
      const kpi = kpiLinks.keys[kpiLinks.key[j]!]!;
      const entry = byKpi.get(kpi) ?? { slipDays: 0, through: [] };
      entry.slipDays = Math.max(entry.slipDays, slipDays);
      entry.through.push(movedId);
      byKpi.set(kpi, entry);
    }
  }
  const kpis = [...byKpi]
    .map(([kpi, e]) => ({ kpi, slipDays: e.slipDays, through: e.through }))
    .sort((a, b) => b.slipDays - a.slipDays || compareIds(a.kpi, b.kpi));
  return { id, delayDays, initiatives, kpis };
}
