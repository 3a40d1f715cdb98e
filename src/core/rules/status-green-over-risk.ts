import { makeFinding, type CellRef, type Finding } from '../types';
import { iso, isClosed, label, listingAtMost, plural } from './describe';
import { indexesOf } from './indexes';
import type { RuleContext } from './rule-context';

/**
 * status.green-over-risk: reported green while a direct upstream dependency is reported amber,
 * red or on hold, is forecast to finish after its due date (analysis slipDays > 0), or is overdue.
 */
export function checkStatusGreenOverRisk({ model, analysis, options }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { from, incomingAt } = indexesOf(model);
  const deps = model.dependencies;
  for (let v = 0; v < model.initiatives.length; v++) {
    const i = model.initiatives[v]!;
    if (i.status !== 'green') continue;
    const reasons: string[] = [];
    const related: string[] = [];
    const cells: CellRef[] = [i.cells.status ?? i.home];
    const seen = new Set<string>();
    const seenCells = new Set<string>();
    for (const k of incomingAt[v]!) {
      const d = deps[k]!;
      if (seen.has(d.from)) continue;
      seen.add(d.from);
      const pred = from[k];
      if (!pred || isClosed(pred.status)) continue;
      const slip = analysis.byId.get(pred.id)?.slipDays ?? 0;
      let why: string | undefined;
      if (pred.status === 'amber' || pred.status === 'red') why = pred.status;
      else if (pred.status === 'on-hold') why = 'on hold';
      else if (slip > 0) why = `forecast ${plural(slip, 'working day')} late`;
      else if (pred.due !== undefined && pred.due < options.asOf) why = `overdue since ${iso(pred.due)}`;
      if (why === undefined) continue;
      reasons.push(`${pred.id} (${why})`);
      related.push(pred.id);
      const cellKey = `${d.cell.source}\u0000${d.cell.sheet}\u0000${d.cell.address}`;
      if (!seenCells.has(cellKey)) {
        seenCells.add(cellKey);
        cells.push(d.cell);
      }
    }
    if (reasons.length === 0) continue;
    out.push(
      makeFinding('status.green-over-risk', `${label(i)} is reported green but depends on ${listingAtMost(reasons)}.`, cells, {
        initiativeId: i.id,
        related,
      }),
    );
  }
  return out;
}
