import { flat } from '../rules/describe';
import { makeFinding, type CellRef, type DepartmentLead, type Finding, type Model } from '../types';
import { becomesAction } from './actions';
import { makeAssigner } from './assign';

const LISTED = 5;
const CELLS = 20;

/**
 * action.unassigned: open errors and warnings that fall to nobody (no initiative owner, no lead
 * named for the department), one finding per department (or per source without a department).
 */
export function checkActionUnassigned(model: Model, findings: readonly Finding[], leads: ReadonlyMap<string, DepartmentLead>): Finding[] {
  const assign = makeAssigner(model, leads);
  const groups = new Map<string, { department?: string; findings: Finding[] }>();
  for (const f of findings) {
    if (!becomesAction(f)) continue;
    const who = assign(f);
    if (who.assignee !== 'unassigned') continue;
    const key = who.department ?? `source:${f.cells[0]?.source ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...(who.department !== undefined ? { department: who.department } : {}), findings: [] }));
    g.findings.push(f);
  }
  const out: Finding[] = [];
  for (const g of groups.values()) {
    const n = g.findings.length;
    const named = g.findings.slice(0, LISTED).map((f) => (f.initiativeId !== undefined ? `${f.code} on ${f.initiativeId}` : f.code));
    const more = n > LISTED ? ` and ${n - LISTED} more` : '';
    const where = g.department !== undefined ? `in ${g.department}` : `from ${g.findings[0]!.cells[0]?.source ?? 'an unnamed source'}`;
    const noLead = g.department !== undefined ? `no lead is named for ${g.department}` : 'no department is known to escalate to';
    const cells: CellRef[] = [];
    for (const f of g.findings) {
      const c = f.cells[0];
      if (c && cells.length < CELLS) cells.push(c);
    }
    out.push(
      makeFinding(
        'action.unassigned',
        flat`${n === 1 ? 'One open finding' : `${n} open findings`} ${where} ${n === 1 ? 'falls' : 'fall'} to nobody: no owner is named and ${noLead} (${named.join(', ')}${more}).`,
        cells,
      ),
    );
  }
  return out;
}
