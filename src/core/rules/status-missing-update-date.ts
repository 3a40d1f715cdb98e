import { makeFinding, type Finding } from '../types';
import { isClosed, label } from './describe';
import type { RuleContext } from './rule-context';

/** status.missing-update-date: an open initiative without a last-updated date, so staleness cannot be judged. */
export function checkStatusMissingUpdateDate({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const i of model.initiatives) {
    if (i.lastUpdated !== undefined || isClosed(i.status)) continue;
    out.push(
      makeFinding('status.missing-update-date', `${label(i)} has no last-updated date.`, [i.cells.lastUpdated ?? i.home], {
        initiativeId: i.id,
      }),
    );
  }
  return out;
}
