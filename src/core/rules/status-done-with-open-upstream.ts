import { makeFinding, type CellRef, type Finding } from '../types';
import { isClosed, label, listingAtMost, statusWord } from './describe';
import { indexesOf } from './indexes';
import type { RuleContext } from './rule-context';

/** status.done-with-open-upstream: reported done while a direct upstream dependency is neither done nor cancelled. */
export function checkStatusDoneWithOpenUpstream({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { from, incomingAt } = indexesOf(model);
  const deps = model.dependencies;
  for (let v = 0; v < model.initiatives.length; v++) {
    const i = model.initiatives[v]!;
    if (i.status !== 'done') continue;
    const open: string[] = [];
    const related: string[] = [];
    const cells: CellRef[] = [i.cells.status ?? i.home];
    const seen = new Set<string>();
    const seenCells = new Set<string>();
    for (const k of incomingAt[v]!) {
      const d = deps[k]!;
      const pred = from[k];
      if (!pred || isClosed(pred.status) || seen.has(pred.id)) continue;
      seen.add(pred.id);
      open.push(`${pred.id} (${statusWord(pred.status)})`);
      related.push(pred.id);
      const cellKey = `${d.cell.source}\u0000${d.cell.sheet}\u0000${d.cell.address}`;
      if (!seenCells.has(cellKey)) {
        seenCells.add(cellKey);
        cells.push(d.cell);
      }
    }
    if (open.length === 0) continue;
    out.push(
      makeFinding(
        'status.done-with-open-upstream',
        `${label(i)} is reported done but depends on ${listingAtMost(open)}, ${open.length === 1 ? 'which is' : 'which are'} not done.`,
        cells,
        { initiativeId: i.id, related },
      ),
    );
  }
  return out;
}
