import { makeFinding, type Finding } from '../types';
import { flat, isClosed, label } from './describe';
import { indexesOf, initiativeAt, statusOf } from './indexes';
import { eachDependency, type DependencyCheck } from './per-item';
import type { RuleContext } from './rule-context';

/** dependency.on-cancelled: a live initiative waiting on a cancelled one. */
export function prepareDependencyOnCancelled({ model }: RuleContext): DependencyCheck {
  const { fromAt, toAt, statusAt } = indexesOf(model);
  return (d, k) => {
    const predAt = fromAt[k]!;
    const succAt = toAt[k]!;
    const pred = initiativeAt(model, predAt, d.from);
    const succ = initiativeAt(model, succAt, d.to);
    // Statuses from the per-position list: the initiatives themselves are visited for a finding only.
    if (!pred || !succ || statusOf(statusAt, predAt, pred) !== 'cancelled' || isClosed(statusOf(statusAt, succAt, succ))) return undefined;
    return makeFinding('dependency.on-cancelled', flat`${label(succ)} depends on ${label(pred)}, which is cancelled.`, [d.cell], {
      initiativeId: succ.id,
      related: [pred.id],
    });
  };
}

export function checkDependencyOnCancelled(ctx: RuleContext): Finding[] {
  return eachDependency(ctx.model, [prepareDependencyOnCancelled(ctx)]);
}
