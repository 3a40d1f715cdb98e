import { modelIndex } from '../model/model-index';
import type { Initiative, InitiativeAnalysis, RunResult, Status } from '../types';
import { factsOf } from './run-facts';

/** One initiative that needs a decision: open, and effectively red or amber, or late. */
export interface DecisionItem {
  /** Position in model.initiatives (its row on the Initiatives sheet is position + 2). */
  readonly at: number;
  readonly initiative: Initiative;
  readonly analysis: InitiativeAnalysis | undefined;
  readonly effective: Status;
  /** Open initiatives transitively downstream of it. */
  readonly downstream: number;
  /** Departments other than its own with work downstream. */
  readonly departments: number;
  /** KPIs linked to it or to anything downstream, by id, in KPI order. */
  readonly kpis: readonly string[];
  /** Budget of it and of the open work downstream (undefined when no budget is given for any of them). */
  readonly budgetAtStake?: number;
}

/** How many candidates get the full downstream walk (each walk is linear in the model). */
const WALKED = 60;

/** Whether an initiative is open work: neither done nor cancelled, and not a roll-up of children. */
export function isOpen(i: Initiative, effective: Status): boolean {
  return !i.isParent && effective !== 'done' && effective !== 'cancelled' && i.status !== 'done' && i.status !== 'cancelled';
}

/** Red, late (forecast past due) or amber: the open work an executive may have to decide on. */
export function atRisk(effective: Status, a: InitiativeAnalysis | undefined): boolean {
  return effective === 'red' || effective === 'amber' || (a?.slipDays ?? 0) > 0;
}

/**
 * The open, at-risk initiatives, what is really red (or forecast late) first, then amber; within
 * each, by consequence: how much work and how many KPIs wait on them (downstream initiatives
 * plus KPIs), then the budget at stake in them and downstream, then model order. Candidates are first ranked by their direct successors and
 * own KPIs (cheap), and only the leading ones are walked downstream, so a portfolio of 100,000
 * stays linear.
 */
export function decisionItems(result: RunResult, limit: number): DecisionItem[] {
  // The Summary asks twice (its decisions and its headline): the ranking is made once per run.
  if (limit > WALKED) return rankDecisions(result, limit);
  let ranked = RANKED.get(result);
  if (!ranked) RANKED.set(result, (ranked = rankDecisions(result, WALKED)));
  return ranked.slice(0, limit);
}

const RANKED = new WeakMap<RunResult, DecisionItem[]>();

function rankDecisions(result: RunResult, limit: number): DecisionItem[] {
  const inits = result.model.initiatives;
  const { analysisAt, effectiveAt, departmentAt } = factsOf(result);
  const index = modelIndex(result.model);
  const kpisAt = new Map<number, number[]>();
  index.kpiMembers.forEach((members, q) => {
    for (const p of members) {
      let list = kpisAt.get(p);
      if (!list) kpisAt.set(p, (list = []));
      list.push(q);
    }
  });
  const candidates: number[] = [];
  for (let k = 0; k < inits.length; k++) if (isOpen(inits[k]!, effectiveAt[k]!) && atRisk(effectiveAt[k]!, analysisAt[k])) candidates.push(k);
  // Each candidate's keys once, not at every comparison of the sort (tens of thousands at 100,000 initiatives).
  const late = new Uint8Array(inits.length);
  const cheap = new Int32Array(inits.length);
  for (const k of candidates) {
    late[k] = effectiveAt[k] === 'red' || (analysisAt[k]?.slipDays ?? 0) > 0 ? 0 : 1;
    cheap[k] = (analysisAt[k]?.downstream.length ?? 0) + (kpisAt.get(k)?.length ?? 0);
  }
  candidates.sort((x, y) => late[x]! - late[y]! || cheap[y]! - cheap[x]! || x - y);
  const walked = candidates.slice(0, Math.max(limit, WALKED)).map((k) => walk(k));
  const tier = (x: DecisionItem): number => (x.effective === 'red' || (x.analysis?.slipDays ?? 0) > 0 ? 0 : 1);
  walked.sort(
    (x, y) =>
      tier(x) - tier(y) ||
      y.downstream + y.kpis.length - (x.downstream + x.kpis.length) ||
      (y.budgetAtStake ?? 0) - (x.budgetAtStake ?? 0) ||
      x.at - y.at,
  );
  return walked.slice(0, limit);

  function walk(start: number): DecisionItem {
    const seen = new Set<number>([start]);
    const queue = [start];
    const kpis = new Set<number>(kpisAt.get(start) ?? []);
    const departments = new Set<number>();
    let budget: number | undefined = inits[start]!.budget;
    let downstream = 0;
    for (let q = 0; q < queue.length; q++) {
      for (const id of analysisAt[queue[q]!]?.downstream ?? []) {
        const p = index.positions.get(id);
        if (p === undefined || seen.has(p)) continue;
        seen.add(p);
        // Done and cancelled work neither waits nor passes the wait on (as the bottleneck analysis counts).
        if (!isOpen(inits[p]!, effectiveAt[p]!)) continue;
        queue.push(p);
        downstream++;
        if (departmentAt[p] !== departmentAt[start]) departments.add(departmentAt[p]!);
        for (const kq of kpisAt.get(p) ?? []) kpis.add(kq);
        const b = inits[p]!.budget;
        if (b !== undefined) budget = (budget ?? 0) + b;
      }
    }
    return {
      at: start,
      initiative: inits[start]!,
      analysis: analysisAt[start],
      effective: effectiveAt[start]!,
      downstream,
      departments: departments.size,
      kpis: [...kpis].sort((a, b) => a - b).map((q) => result.model.kpis[q]!.id),
      ...(budget !== undefined ? { budgetAtStake: budget } : {}),
    };
  }
}
