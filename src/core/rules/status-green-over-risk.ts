import { makeFinding, type Finding, type InitiativeAnalysis, type Model } from '../types';
import { flat, iso, label, listingAtMost, plural } from './describe';
import { analysisAt, indexesOf, statusOf } from './indexes';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';
import { upstreamReasons, type UpstreamCheck } from './upstream-reasons';

/**
 * Per position in model.initiatives: the analysis' slipDays (0 without) and the due date (NaN
 * without), read in one sequential pass rather than from records scattered in memory, link by link.
 */
function slipsAndDues(model: Model, analysed: readonly (InitiativeAnalysis | undefined)[]): { slipAt: Float64Array; dueAt: Float64Array } {
  const n = model.initiatives.length;
  const slipAt = new Float64Array(n);
  const dueAt = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    slipAt[v] = analysed[v]?.slipDays ?? 0;
    dueAt[v] = model.initiatives[v]!.due ?? NaN;
  }
  return { slipAt, dueAt };
}

/**
 * status.green-over-risk: reported green while a direct upstream dependency is reported amber,
 * red or on hold, is forecast to finish after its due date (analysis slipDays > 0), or is overdue.
 */
export function prepareStatusGreenOverRisk({ model, analysis, options }: RuleContext): InitiativeCheck {
  const { statusAt } = indexesOf(model);
  const { slipAt, dueAt } = slipsAndDues(model, analysisAt(model, analysis));
  const atRisk: UpstreamCheck = (pred, at) => {
    // By position from compact lists: a predecessor at risk of nothing is never visited.
    const status = statusOf(statusAt, at, pred);
    if (status === 'amber' || status === 'red') return status;
    if (status === 'on-hold') return 'on hold';
    const slip = at >= 0 ? slipAt[at]! : (analysis.byId.get(pred.id)?.slipDays ?? 0);
    if (slip > 0) return `forecast ${plural(slip, 'working day')} late`;
    const due = at >= 0 ? dueAt[at]! : (pred.due ?? NaN);
    if (due < options.asOf) return `overdue since ${iso(due)}`;
    return undefined;
  };
  return (i, v) => {
    if (i.status !== 'green') return undefined;
    const upstream = upstreamReasons(model, v, atRisk);
    if (upstream === undefined) return undefined;
    return makeFinding('status.green-over-risk', flat`${label(i)} is reported green but depends on ${listingAtMost(upstream.reasons)}.`, upstream.cells, {
      initiativeId: i.id,
      related: upstream.related,
    });
  };
}

export function checkStatusGreenOverRisk(ctx: RuleContext): Finding[] {
  return eachInitiative(ctx.model, [prepareStatusGreenOverRisk(ctx)]);
}
