import { cellOf } from '../model';
import { makeFinding, type Finding } from '../types';
import { cellsOrHome } from './cells-or-home';
import { flat, label, percent, statusWord } from './describe';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';

/** status.complete-mismatch: 100% complete but not reported done (or cancelled), or done with less than 100%. */
export function prepareStatusCompleteMismatch(): InitiativeCheck {
  return (i) => {
    const p = i.percentComplete;
    if (p === undefined) return undefined;
    let message: string | undefined;
    if (p >= 1 && i.status !== 'done' && i.status !== 'cancelled') message = flat`${label(i)} is ${percent(p)} complete but reported ${statusWord(i.status)}.`;
    else if (p < 1 && i.status === 'done') message = flat`${label(i)} is reported done but only ${percent(p)} complete.`;
    if (message === undefined) return undefined;
    return makeFinding('status.complete-mismatch', message, cellsOrHome(cellOf(i.cells, 'status'), cellOf(i.cells, 'percentComplete'), i.home), { initiativeId: i.id });
  };
}

export function checkStatusCompleteMismatch({ model }: RuleContext): Finding[] {
  return eachInitiative(model, [prepareStatusCompleteMismatch()]);
}
