import { cellOf, registerCell } from '../model';
import { makeFinding, type CellRef, type Finding } from '../types';
import { flat, iso, label } from './describe';
import type { RuleContext } from './rule-context';

/** dependency.needed-by-missed: a register row's needed-by date earlier than the predecessor's due date. */
export function checkDependencyNeededByMissed({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const r of model.ingest.dependencies) {
    if (r.neededBy === undefined || r.from === r.to) continue;
    const pred = model.byId.get(r.from);
    if (!pred || pred.due === undefined || pred.status === 'done' || pred.due <= r.neededBy) continue;
    const cells: CellRef[] = [r.cells.neededBy ?? registerCell(r)];
    const due = cellOf(pred.cells, 'due');
    if (due) cells.push(due);
    const succ = model.byId.get(r.to);
    out.push(
      makeFinding(
        'dependency.needed-by-missed',
        flat`${label(pred)} is due ${iso(pred.due)}, after ${iso(r.neededBy)}, the date ${succ ? label(succ) : r.to} needs it by.`,
        cells,
        { initiativeId: pred.id, related: [r.to] },
      ),
    );
  }
  return out;
}
