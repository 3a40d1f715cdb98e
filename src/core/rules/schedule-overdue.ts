import { cellOf } from '../model';
import { makeFinding, type Finding } from '../types';
import { flat, isClosed, iso, label, statusWord } from './describe';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';

/** schedule.overdue: due before the as-of date and neither done nor cancelled. */
export function prepareScheduleOverdue({ options }: RuleContext): InitiativeCheck {
  const asOf = iso(options.asOf);
  return (i) => {
    if (i.due === undefined || i.due >= options.asOf || isClosed(i.status)) return undefined;
    return makeFinding(
      'schedule.overdue',
      flat`${label(i)} was due ${iso(i.due)} and is not done as of ${asOf} (${i.status !== 'unknown' ? `status ${statusWord(i.status)}` : i.statusText !== undefined ? `reported "${i.statusText}"` : 'no status reported'}).`,
      [cellOf(i.cells, 'due') ?? i.home],
      { initiativeId: i.id },
    );
  };
}

export function checkScheduleOverdue(ctx: RuleContext): Finding[] {
  return eachInitiative(ctx.model, [prepareScheduleOverdue(ctx)]);
}
