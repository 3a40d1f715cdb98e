import { contextFor } from '../analyse/context';
import { recoveryOf } from '../analyse/recovery';
import { modelIndex } from '../model/model-index';
import type { Analysis, DateAtStake, Decision, Initiative, Model, RunOptions, TradeOff } from '../types';

/** How many trade-offs are worked out (each costs two forecast passes); the rest are counted. */
export const TRADE_OFF_LIMIT = 25;

export interface TradeOffs {
  readonly tradeOffs: readonly TradeOff[];
  readonly leftOut: number;
  /** Recorded decisions whose item is not among this run's trade-offs. */
  readonly settled: readonly Decision[];
}

function isOpenWork(i: Initiative, effective: string | undefined): boolean {
  return !i.isParent && i.status !== 'done' && i.status !== 'cancelled' && effective !== 'done' && effective !== 'cancelled';
}

/**
 * Every effectively red, open item that feeds a KPI (itself, or through the work its finish
 * drives) or lies on the critical path to a committed date (its own or downstream), with what it
 * puts at stake and the options the model can compute: the recovery that keeps each date, the
 * work whose slack absorbs it, and the dates a re-baseline would move. Most late first (then
 * model order); decisions recorded for an item are attached by its id.
 */
export function buildTradeOffs(model: Model, analysis: Analysis, options: RunOptions): TradeOffs {
  const inits = model.initiatives;
  const n = inits.length;
  const index = modelIndex(model);
  const hasKpi = new Uint8Array(n);
  const kpisAt = new Map<number, number[]>();
  index.kpiMembers.forEach((members, q) => {
    for (const p of members) {
      if (p < 0) continue;
      hasKpi[p] = 1;
      let list = kpisAt.get(p);
      if (!list) kpisAt.set(p, (list = []));
      if (!list.includes(q)) list.push(q);
    }
  });
  for (let v = 0; v < n; v++) if (inits[v]!.kpis.length > 0) hasKpi[v] = 1;
  const effective = (v: number) => analysis.byId.get(inits[v]!.id)?.effectiveStatus;

  // Whether each item reaches a KPI or a committed date downstream: one pass against the schedule
  // order, through the work its finish drives only (what recoveryOf counts as driven): open,
  // forecast work that has not started. Done or started work waits on nothing, so a KPI past it
  // is not fed by this item, and the sheet's "Feeds" must agree with what it takes down.
  const { plan, setup } = contextFor(analysis, model, options);
  const { order } = plan.structure;
  const { outStart, outEdges, edgeTo } = plan.graph;
  const { net, pinned } = setup;
  const reachesKpi = new Uint8Array(n);
  const reachesDate = new Uint8Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    let kpi = hasKpi[v]!;
    let dated = inits[v]!.due !== undefined || inits[v]!.deadline !== undefined ? 1 : 0;
    for (let p = outStart[v]!; p < outStart[v + 1]! && (kpi === 0 || dated === 0); p++) {
      const e = outEdges[p]!;
      const w = edgeTo[e]!;
      if (w < 0 || net.edgeOn[e] !== 1 || net.active[w] !== 1 || setup.settled[w] === 1 || pinned[w] === 1) continue;
      kpi |= reachesKpi[w]!;
      dated |= reachesDate[w]!;
    }
    reachesKpi[v] = kpi;
    reachesDate[v] = dated;
  }

  const candidates: number[] = [];
  for (let v = 0; v < n; v++) {
    const a = analysis.byId.get(inits[v]!.id);
    if (!a || a.effectiveStatus !== 'red' || !isOpenWork(inits[v]!, a.effectiveStatus)) continue;
    if (reachesKpi[v] === 1 || (a.critical && reachesDate[v] === 1)) candidates.push(v);
  }
  const slipOf = (v: number) => analysis.byId.get(inits[v]!.id)?.slipDays ?? 0;
  candidates.sort((x, y) => slipOf(y) - slipOf(x) || x - y);

  const kpiNames = new Set(model.kpis.flatMap((k) => [k.id.toLowerCase(), ...(k.name !== undefined ? [k.name.toLowerCase()] : [])]));
  const decided = new Map<string, Decision>();
  for (const d of options.decisions) if (!decided.has(d.initiativeId)) decided.set(d.initiativeId, d);
  const tradeOffs: TradeOff[] = [];
  for (const v of candidates.slice(0, TRADE_OFF_LIMIT)) {
    const i = inits[v]!;
    const a = analysis.byId.get(i.id)!;
    const recovery = recoveryOf(model, analysis, options, v);
    // In model order, so KPIs and pillars read in the order of the sources.
    const driven = (recovery?.driven ?? []).filter((w) => isOpenWork(inits[w]!, effective(w))).sort((x, y) => x - y);
    const covered = [v, ...driven];
    const isCovered = new Set(covered);
    const kpis = new Set<number>();
    const kpiTexts: string[] = [];
    const pillars: string[] = [];
    let budget: number | undefined;
    let benefit: number | undefined;
    for (const w of covered) {
      for (const q of kpisAt.get(w) ?? []) kpis.add(q);
      for (const t of inits[w]!.kpis) if (!kpiTexts.includes(t)) kpiTexts.push(t);
      const pillar = inits[w]!.pillar;
      if (pillar !== undefined && !pillars.includes(pillar)) pillars.push(pillar);
      if (inits[w]!.budget !== undefined) budget = (budget ?? 0) + inits[w]!.budget!;
      if (inits[w]!.benefit !== undefined) benefit = (benefit ?? 0) + inits[w]!.benefit!;
    }
    const kpiIds = [...kpis].sort((x, y) => x - y).map((q) => model.kpis[q]!.id);
    // KPIs named in an initiative's cells but kept on no KPI sheet are named as written.
    for (const t of kpiTexts) if (!kpiNames.has(t.toLowerCase()) && !kpiIds.includes(t)) kpiIds.push(t);
    const dates: DateAtStake[] = (recovery?.dates ?? [])
      .filter((d) => isCovered.has(d.at))
      .map((d) => ({
        initiativeId: inits[d.at]!.id,
        kind: d.kind,
        date: d.date,
        forecastFinish: d.forecastFinish,
        slipDays: d.slipDays,
        spareDays: d.spareDays,
        ...(d.recoveryDays !== undefined ? { recoveryDays: d.recoveryDays } : {}),
      }));
    const broken = dates.filter((d) => d.slipDays > 0);
    const keepAll = broken.every((d) => d.recoveryDays !== undefined) ? Math.max(0, ...broken.map((d) => d.recoveryDays!)) : undefined;
    const decision = decided.get(i.id);
    tradeOffs.push({
      initiativeId: i.id,
      onKpiChain: reachesKpi[v] === 1,
      onCriticalPath: a.critical && reachesDate[v] === 1,
      slipDays: a.slipDays,
      ...(a.forecastFinish !== undefined ? { forecastFinish: a.forecastFinish } : {}),
      ...(i.due !== undefined ? { due: i.due } : {}),
      dates,
      ...(keepAll !== undefined ? { recoveryDays: keepAll } : {}),
      maxRecoveryDays: recovery?.maxRecoveryDays ?? 0,
      kpis: kpiIds,
      pillars,
      ...(budget !== undefined ? { budgetAtStake: budget } : {}),
      ...(benefit !== undefined ? { benefitAtStake: benefit } : {}),
      drives: driven.length,
      ...(decision ? { decision } : {}),
    });
  }
  const shown = new Set(tradeOffs.map((t) => t.initiativeId));
  const settled = [...decided.values()].filter((d) => !shown.has(d.initiativeId));
  return { tradeOffs, leftOut: Math.max(0, candidates.length - TRADE_OFF_LIMIT), settled };
}
