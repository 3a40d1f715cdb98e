import { cellOf, registerCell } from '../model';
import { makeFinding, type CellRef, type Finding } from '../types';
import { flat, iso, label } from './describe';
import type { RuleContext } from './rule-context';

/**
 * dependency.needed-by-missed: a register row's needed-by date earlier than the predecessor
 * delivers by its plan: its due date, or for a start-to-start or start-to-finish link (the
 * successor needs it started, not finished) its start (the actual start once it has one).
 * Delivered work (done) and a predecessor without that date are not checked.
 */
export function checkDependencyNeededByMissed({ model }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const r of model.ingest.dependencies) {
    if (r.neededBy === undefined || r.from === r.to) continue;
    const pred = model.byId.get(r.from);
    if (!pred || pred.status === 'done') continue;
    const byStart = r.type === 'SS' || r.type === 'SF';
    const day = byStart ? (pred.actualStart ?? pred.start) : pred.due;
    if (day === undefined || day <= r.neededBy) continue;
    const cells: CellRef[] = [r.cells.neededBy ?? registerCell(r)];
    const own = byStart ? cellOf(pred.cells, pred.actualStart !== undefined ? 'actualStart' : 'start') : cellOf(pred.cells, 'due');
    if (own) cells.push(own);
    const succ = model.byId.get(r.to);
    const whose = succ ? label(succ) : r.to;
    out.push(
      makeFinding(
        'dependency.needed-by-missed',
        byStart
          ? flat`${label(pred)} starts ${iso(day)}, after ${iso(r.neededBy)}, the date ${whose} needs it started by (${r.type}).`
          : flat`${label(pred)} is due ${iso(day)}, after ${iso(r.neededBy)}, the date ${whose} needs it by.`,
        cells,
        { initiativeId: pred.id, related: [r.to] },
      ),
    );
  }
  return out;
}
