import { cellOf } from '../model';
import { makeFinding, type Finding } from '../types';
import { flat, isClosed, label } from './describe';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';

/** status.missing-update-date: an open initiative without a last-updated date, so staleness cannot be judged. */
export function prepareStatusMissingUpdateDate(): InitiativeCheck {
  return (i) => {
    if (i.lastUpdated !== undefined || isClosed(i.status)) return undefined;
    return makeFinding('status.missing-update-date', flat`${label(i)} has no last-updated date.`, [cellOf(i.cells, 'lastUpdated') ?? i.home], {
      initiativeId: i.id,
    });
  };
}

export function checkStatusMissingUpdateDate({ model }: RuleContext): Finding[] {
  return eachInitiative(model, [prepareStatusMissingUpdateDate()]);
}
