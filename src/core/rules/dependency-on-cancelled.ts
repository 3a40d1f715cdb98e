import { makeFinding, type Finding } from '../types';
import { isClosed, label } from './describe';
import type { RuleContext } from './rule-context';

/** dependency.on-cancelled: a live initiative waiting on a cancelled one. */
export function checkDependencyOnCancelled({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const d of model.dependencies) {
    const pred = model.byId.get(d.from);
    const succ = model.byId.get(d.to);
    if (!pred || !succ || pred.status !== 'cancelled' || isClosed(succ.status)) continue;
    out.push(
      makeFinding('dependency.on-cancelled', `${label(succ)} depends on ${label(pred)}, which is cancelled.`, [d.cell], {
        initiativeId: succ.id,
        related: [pred.id],
      }),
    );
  }
  return out;
}
