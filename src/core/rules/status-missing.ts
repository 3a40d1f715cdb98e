import { hasCell } from '../model';
import { makeFinding, type Finding } from '../types';
import { flat, label } from './describe';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';

/**
 * status.missing: no source reports a status for the initiative. A status cell that could not be
 * read is value.unparseable (from ingest) instead, so it is not reported twice.
 */
export function prepareStatusMissing(): InitiativeCheck {
  return (i) => {
    if (i.status !== 'unknown' || hasCell(i.cells, 'status')) return undefined;
    return makeFinding('status.missing', flat`${label(i)} has no reported status.`, [i.home], { initiativeId: i.id });
  };
}

export function checkStatusMissing({ model }: RuleContext): Finding[] {
  return eachInitiative(model, [prepareStatusMissing()]);
}
