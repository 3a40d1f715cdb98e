import { makeFinding, type Finding } from '../types';
import { label, listingAtMost, statusWord } from './describe';
import type { RuleContext } from './rule-context';
import { upstreamReasons, type UpstreamCheck } from './upstream-reasons';

/** Every open predecessor counts: upstreamReasons already skips done and cancelled ones. */
const openStatus: UpstreamCheck = (pred) => statusWord(pred.status);

/** status.done-with-open-upstream: reported done while a direct upstream dependency is neither done nor cancelled. */
export function checkStatusDoneWithOpenUpstream({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (let v = 0; v < model.initiatives.length; v++) {
    const i = model.initiatives[v]!;
    if (i.status !== 'done') continue;
    const { reasons: open, related, cells } = upstreamReasons(model, v, openStatus);
    if (open.length === 0) continue;
    out.push(
      makeFinding(
        'status.done-with-open-upstream',
        `${label(i)} is reported done but depends on ${listingAtMost(open)}, ${open.length === 1 ? 'which is' : 'which are'} not done.`,
        cells,
        { initiativeId: i.id, related },
      ),
    );
  }
  return out;
}
