import { makeFinding, type Finding } from '../types';
import { isClosed, label } from './describe';
import type { RuleContext } from './rule-context';

/** dates.missing: an open initiative without a due date (it drops out of forecasts and overdue checks). */
export function checkDatesMissing({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const i of model.initiatives) {
    if (i.due !== undefined || isClosed(i.status)) continue;
    out.push(makeFinding('dates.missing', `${label(i)} has no due date.`, [i.cells.due ?? i.home], { initiativeId: i.id }));
  }
  return out;
}
