import { makeFinding, type Finding } from '../types';
import { flat, iso, label, listingAtMost, plural } from './describe';
import { analysisAt, indexesOf, statusOf } from './indexes';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';
import { upstreamReasons, type UpstreamCheck } from './upstream-reasons';

/**
 * status.green-over-risk: reported green while a direct upstream dependency is reported amber,
 * red or on hold, is forecast to finish after its due date (analysis slipDays > 0), or is overdue.
 */
export function prepareStatusGreenOverRisk({ model, analysis, options }: RuleContext): InitiativeCheck {
  const { statusAt } = indexesOf(model);
  const analysed = analysisAt(model, analysis);
  const atRisk: UpstreamCheck = (pred, at) => {
    // The status from the per-position list: an amber, red or on-hold predecessor is not visited.
    const status = statusOf(statusAt, at, pred);
    if (status === 'amber' || status === 'red') return status;
    if (status === 'on-hold') return 'on hold';
    const slip = (at >= 0 ? analysed[at] : analysis.byId.get(pred.id))?.slipDays ?? 0;
    if (slip > 0) return `forecast ${plural(slip, 'working day')} late`;
    if (pred.due !== undefined && pred.due < options.asOf) return `overdue since ${iso(pred.due)}`;
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
