import { makeFinding, type Finding } from '../types';
import { cellsOrHome } from './cells-or-home';
import { label, percent, statusWord } from './describe';
import type { RuleContext } from './rule-context';

/** status.complete-mismatch: 100% complete but not reported done (or cancelled), or done with less than 100%. */
export function checkStatusCompleteMismatch({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const i of model.initiatives) {
    const p = i.percentComplete;
    if (p === undefined) continue;
    let message: string | undefined;
    if (p >= 1 && i.status !== 'done' && i.status !== 'cancelled') message = `${label(i)} is ${percent(p)} complete but reported ${statusWord(i.status)}.`;
    else if (p < 1 && i.status === 'done') message = `${label(i)} is reported done but only ${percent(p)} complete.`;
    if (message === undefined) continue;
    out.push(makeFinding('status.complete-mismatch', message, cellsOrHome(i.cells.status, i.cells.percentComplete, i.home), { initiativeId: i.id }));
  }
  return out;
}
