import { cellOf } from '../model';
import { makeFinding, type Finding } from '../types';
import { flat, isClosed, label } from './describe';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';

/** dates.missing: an open initiative without a due date (it drops out of forecasts and overdue checks). */
export function prepareDatesMissing(): InitiativeCheck {
  return (i) => {
    if (i.due !== undefined || isClosed(i.status)) return undefined;
    return makeFinding('dates.missing', flat`${label(i)} has no due date.`, [cellOf(i.cells, 'due') ?? i.home], { initiativeId: i.id });
  };
}

export function checkDatesMissing({ model }: RuleContext): Finding[] {
  return eachInitiative(model, [prepareDatesMissing()]);
}
