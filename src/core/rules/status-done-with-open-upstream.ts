import { makeFinding, type Finding } from '../types';
import { flat, label, listingAtMost, statusWord } from './describe';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';
import { upstreamReasons, type UpstreamCheck } from './upstream-reasons';

/** Every open predecessor counts: upstreamReasons already skips done and cancelled ones. */
const openStatus: UpstreamCheck = (pred) => statusWord(pred.status);

/** status.done-with-open-upstream: reported done while a direct upstream dependency is neither done nor cancelled. */
export function prepareStatusDoneWithOpenUpstream({ model }: RuleContext): InitiativeCheck {
  return (i, v) => {
    if (i.status !== 'done') return undefined;
    const upstream = upstreamReasons(model, v, openStatus);
    if (upstream === undefined) return undefined;
    const open = upstream.reasons;
    return makeFinding(
      'status.done-with-open-upstream',
      flat`${label(i)} is reported done but depends on ${listingAtMost(open)}, ${open.length === 1 ? 'which is' : 'which are'} not done.`,
      upstream.cells,
      { initiativeId: i.id, related: upstream.related },
    );
  };
}

export function checkStatusDoneWithOpenUpstream(ctx: RuleContext): Finding[] {
  return eachInitiative(ctx.model, [prepareStatusDoneWithOpenUpstream(ctx)]);
}
