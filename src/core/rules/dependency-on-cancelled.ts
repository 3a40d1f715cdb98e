import { makeFinding, type Finding } from '../types';
import { isClosed, label } from './describe';
import { indexesOf } from './indexes';
import type { RuleContext } from './rule-context';

/** dependency.on-cancelled: a live initiative waiting on a cancelled one. */
export function checkDependencyOnCancelled({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const ends = indexesOf(model);
  const deps = model.dependencies;
  for (let k = 0; k < deps.length; k++) {
    const d = deps[k]!;
    const pred = ends.from[k];
    const succ = ends.to[k];
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
