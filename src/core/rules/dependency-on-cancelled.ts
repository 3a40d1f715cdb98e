import { makeFinding, type Finding } from '../types';
import { flat, isClosed, label } from './describe';
import { indexesOf, initiativeAt, statusOf } from './indexes';
import type { RuleContext } from './rule-context';

/** dependency.on-cancelled: a live initiative waiting on a cancelled one. */
export function checkDependencyOnCancelled({ model }: RuleContext): Finding[] {
  const { fromAt, toAt, statusAt } = indexesOf(model);
  const out: Finding[] = [];
  for (let k = 0; k < fromAt.length; k++) {
    const predAt = fromAt[k]!;
    // Predecessors' statuses from the per-position list: a link is read only when its predecessor is cancelled (few).
    if (predAt >= 0 && statusAt[predAt] !== 'cancelled') continue;
    const d = model.dependencies[k]!;
    const succAt = toAt[k]!;
    const pred = initiativeAt(model, predAt, d.from);
    const succ = initiativeAt(model, succAt, d.to);
    if (!pred || !succ || statusOf(statusAt, predAt, pred) !== 'cancelled' || isClosed(statusOf(statusAt, succAt, succ))) continue;
    out.push(
      makeFinding('dependency.on-cancelled', flat`${label(succ)} depends on ${label(pred)}, which is cancelled.`, [d.cell], {
        initiativeId: succ.id,
        related: [pred.id],
      }),
    );
  }
  return out;
}
