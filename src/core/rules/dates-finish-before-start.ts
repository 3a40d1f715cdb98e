import { makeFinding, type Finding } from '../types';
import { cellsOrHome } from './cells-or-home';
import { iso, label } from './describe';
import type { RuleContext } from './rule-context';

/** dates.finish-before-start: due earlier than start. */
export function checkDatesFinishBeforeStart({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const i of model.initiatives) {
    if (i.start === undefined || i.due === undefined || i.due >= i.start) continue;
    out.push(
      makeFinding('dates.finish-before-start', `${label(i)} is due ${iso(i.due)}, before its start ${iso(i.start)}.`, cellsOrHome(i.cells.due, i.cells.start, i.home), {
        initiativeId: i.id,
      }),
    );
  }
  return out;
}
