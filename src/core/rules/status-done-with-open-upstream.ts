import { makeFinding, type CellRef, type Finding } from '../types';
import { isClosed, label, listing, statusWord } from './describe';
import { incomingLinks } from './indexes';
import type { RuleContext } from './rule-context';

/** status.done-with-open-upstream: reported done while a direct upstream dependency is neither done nor cancelled. */
export function checkStatusDoneWithOpenUpstream({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const i of model.initiatives) {
    if (i.status !== 'done') continue;
    const open: string[] = [];
    const related: string[] = [];
    const cells: CellRef[] = [i.cells.status ?? i.home];
    for (const d of incomingLinks(model, i.id)) {
      const pred = model.byId.get(d.from);
      if (!pred || isClosed(pred.status) || related.includes(pred.id)) continue;
      open.push(`${pred.id} (${statusWord(pred.status)})`);
      related.push(pred.id);
      if (!cells.some((c) => c.source === d.cell.source && c.sheet === d.cell.sheet && c.address === d.cell.address)) cells.push(d.cell);
    }
    if (open.length === 0) continue;
    out.push(
      makeFinding(
        'status.done-with-open-upstream',
        `${label(i)} is reported done but depends on ${listing(open)}, ${open.length === 1 ? 'which is' : 'which are'} not done.`,
        cells,
        { initiativeId: i.id, related },
      ),
    );
  }
  return out;
}
