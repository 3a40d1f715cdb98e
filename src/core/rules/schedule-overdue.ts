import { makeFinding, type Finding } from '../types';
import { iso, isClosed, label, statusWord } from './describe';
import type { RuleContext } from './rule-context';

/** schedule.overdue: due before the as-of date and neither done nor cancelled. */
export function checkScheduleOverdue({ model, options }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const asOf = iso(options.asOf);
  for (const i of model.initiatives) {
    if (i.due === undefined || i.due >= options.asOf || isClosed(i.status)) continue;
    out.push(
      makeFinding(
        'schedule.overdue',
        `${label(i)} was due ${iso(i.due)} and is not done as of ${asOf} (${i.status === 'unknown' ? 'no status reported' : `status ${statusWord(i.status)}`}).`,
        [i.cells.due ?? i.home],
        { initiativeId: i.id },
      ),
    );
  }
  return out;
}
