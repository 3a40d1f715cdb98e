import { makeFinding, type Finding } from '../types';
import { label } from './describe';
import type { RuleContext } from './rule-context';

/**
 * status.missing: no source reports a status for the initiative. A status cell that could not be
 * read is value.unparseable (from ingest) instead, so it is not reported twice.
 */
export function checkStatusMissing({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const i of model.initiatives) {
    if (i.status !== 'unknown' || i.cells.status !== undefined) continue;
    out.push(makeFinding('status.missing', `${label(i)} has no reported status.`, [i.home], { initiativeId: i.id }));
  }
  return out;
}
