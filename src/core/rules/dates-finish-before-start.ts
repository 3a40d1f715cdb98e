import { cellOf } from '../model';
import { makeFinding, type Finding } from '../types';
import { cellsOrHome } from './cells-or-home';
import { flat, iso, label } from './describe';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';

/**
 * dates.finish-before-start: due earlier than start, or (the plan in order) an actual finish
 * earlier than the actual start, which the schedule then leaves out of its actual dates.
 */
export function prepareDatesFinishBeforeStart(): InitiativeCheck {
  return (i) => {
    if (i.start !== undefined && i.due !== undefined && i.due < i.start) {
      return makeFinding('dates.finish-before-start', flat`${label(i)} is due ${iso(i.due)}, before its start ${iso(i.start)}.`, cellsOrHome(cellOf(i.cells, 'due'), cellOf(i.cells, 'start'), i.home), {
        initiativeId: i.id,
      });
    }
    if (i.actualStart === undefined || i.actualFinish === undefined || i.actualFinish >= i.actualStart) return undefined;
    return makeFinding(
      'dates.finish-before-start',
      flat`${label(i)} actually finished ${iso(i.actualFinish)}, before its actual start ${iso(i.actualStart)}; the forecast uses its plan until that is corrected.`,
      cellsOrHome(cellOf(i.cells, 'actualFinish'), cellOf(i.cells, 'actualStart'), i.home),
      { initiativeId: i.id },
    );
  };
}

export function checkDatesFinishBeforeStart({ model }: RuleContext): Finding[] {
  return eachInitiative(model, [prepareDatesFinishBeforeStart()]);
}
