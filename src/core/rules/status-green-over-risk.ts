import { makeFinding, type CellRef, type Finding } from '../types';
import { iso, isClosed, label, listing, plural } from './describe';
import { incomingLinks } from './indexes';
import type { RuleContext } from './rule-context';

/**
 * status.green-over-risk: reported green while a direct upstream dependency is reported amber,
 * red or on hold, is forecast to finish after its due date (analysis slipDays > 0), or is overdue.
 */
export function checkStatusGreenOverRisk({ model, analysis, options }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const i of model.initiatives) {
    if (i.status !== 'green') continue;
    const reasons: string[] = [];
    const related: string[] = [];
    const cells: CellRef[] = [i.cells.status ?? i.home];
    for (const d of incomingLinks(model, i.id)) {
      if (related.includes(d.from)) continue;
      const pred = model.byId.get(d.from);
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
      if (!cells.some((c) => c.source === d.cell.source && c.sheet === d.cell.sheet && c.address === d.cell.address)) cells.push(d.cell);
    }
    if (reasons.length === 0) continue;
    out.push(
      makeFinding('status.green-over-risk', `${label(i)} is reported green but depends on ${listing(reasons)}.`, cells, {
        initiativeId: i.id,
        related,
      }),
    );
  }
  return out;
}
