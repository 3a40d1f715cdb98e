import { makeFinding, type Finding } from '../types';
import { isClosed, label } from './describe';
import { indexesOf } from './indexes';
import { eachDependency, type DependencyCheck } from './per-item';
import type { RuleContext } from './rule-context';

/** dependency.on-cancelled: a live initiative waiting on a cancelled one. */
export function prepareDependencyOnCancelled({ model }: RuleContext): DependencyCheck {
  const ends = indexesOf(model);
  return (d, k) => {
    const pred = ends.from[k];
    const succ = ends.to[k];
    if (!pred || !succ || pred.status !== 'cancelled' || isClosed(succ.status)) return undefined;
    return makeFinding('dependency.on-cancelled', `${label(succ)} depends on ${label(pred)}, which is cancelled.`, [d.cell], {
      initiativeId: succ.id,
      related: [pred.id],
    });
  };
}

export function checkDependencyOnCancelled(ctx: RuleContext): Finding[] {
  return eachDependency(ctx.model, [prepareDependencyOnCancelled(ctx)]);
}
