import { makeFinding, type CellRef, type Finding } from '../types';
import { iso, label } from './describe';
import type { RuleContext } from './rule-context';

/** dates.finish-before-start: due earlier than start. */
export function checkDatesFinishBeforeStart({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const i of model.initiatives) {
    if (i.start === undefined || i.due === undefined || i.due >= i.start) continue;
    const cells = [i.cells.due, i.cells.start].filter((c): c is CellRef => c !== undefined);
    out.push(
      makeFinding('dates.finish-before-start', `${label(i)} is due ${iso(i.due)}, before its start ${iso(i.start)}.`, cells.length ? cells : [i.home], {
        initiativeId: i.id,
      }),
    );
  }
  return out;
}
