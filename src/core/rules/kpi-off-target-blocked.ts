import { makeFinding, type CellRef, type Finding, type Kpi } from '../types';
import { amount, flat } from './describe';
import type { RuleContext } from './rule-context';

function kpiLabel(k: Kpi | undefined, id: string): string {
  return k?.name !== undefined && k.name !== id ? `KPI ${id} "${k.name}"` : `KPI ${id}`;
}

/** A KPI value with its unit: "27%", "9.5 mins" (the unit as the sheet writes it). */
function withUnit(v: number, unit: string | undefined): string {
  const u = unit?.trim();
  if (!u) return amount(v);
  return /^[%‰]/.test(u) ? `${amount(v)}${u}` : `${amount(v)} ${u}`;
}

/** The values and, when lower is better, that it is (and that its name said so, when no Direction cell did). */
function valuesOf(k: Kpi | undefined): string {
  if (k?.actual === undefined || k.target === undefined) return '';
  const lower = k.direction !== 'lower' ? '' : k.directionFrom === 'name' ? '; lower is better, as its name reads' : '; lower is better';
  return ` (actual ${withUnit(k.actual, k.unit)}, target ${withUnit(k.target, k.unit)}${lower})`;
}

/** The ids of a chain but one (the blocked initiative itself). */
function without(chain: readonly string[], id: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < chain.length; k++) if (chain[k] !== id) out.push(chain[k]!);
  return out;
}

/**
 * `${offTarget}${id} is blocked upstream by ${root} (${chain.join(' ← ')}).`, or `${offTarget}${id}
 * is blocked.` when it is its own root, joined once from its pieces: one flat string, with no
 * intermediate strings (the chain's text, the template's joins) made and dropped for each of
 * ~20,000 findings.
 */
function blockedMessage(offTarget: string, id: string, chain: readonly string[]): string {
  const root = chain[chain.length - 1];
  if (root === undefined || root === id) return flat`${offTarget}${id} is blocked.`;
  const parts = new Array<string>(2 * chain.length + 5);
  parts[0] = offTarget;
  parts[1] = id;
  parts[2] = ' is blocked upstream by ';
  parts[3] = root;
  parts[4] = ' (';
  for (let k = 0; k < chain.length; k++) {
    if (k > 0) parts[4 + 2 * k] = ' ← ';
    parts[5 + 2 * k] = chain[k]!;
  }
  parts[4 + 2 * chain.length] = ').';
  return parts.join('');
}

/**
 * kpi.off-target-blocked: for each off-target KPI of analysis.kpiTraces, one finding per linked
 * initiative that is blocked, naming its chain up to the root blocker.
 */
export function checkKpiOffTargetBlocked({ model, analysis }: RuleContext): Finding[] {
  const kpis = new Map(model.kpis.map((k) => [k.id, k]));
  const actualCell = new Map<string, CellRef>();
  for (const r of model.ingest.kpis) {
    const c = r.cells.actual ?? r.cells.kpi;
    if (c && !actualCell.has(r.kpi)) actualCell.set(r.kpi, c);
  }
  const out: Finding[] = [];
  for (const trace of analysis.kpiTraces) {
    if (!trace.offTarget) continue;
    const k = kpis.get(trace.kpi);
    const offTarget = `${kpiLabel(k, trace.kpi)} is off target${valuesOf(k)} and `;
    const kc = actualCell.get(trace.kpi) ?? k?.home;
    for (let c = 0; c < trace.chains.length; c++) {
      const { initiativeId, chain } = trace.chains[c]!;
      const cells: CellRef[] = [];
      if (kc) cells.push(kc);
      const home = model.byId.get(initiativeId)?.home;
      if (home) cells.push(home);
      out.push(
        makeFinding('kpi.off-target-blocked', blockedMessage(offTarget, initiativeId, chain), cells, {
          initiativeId,
          related: without(chain, initiativeId),
        }),
      );
    }
  }
  return out;
}
