import { findingKey } from '../rules/finding-key';
import { catalogEntry, SEVERITY_ORDER, type Action, type Analysis, type DepartmentLead, type Finding, type FindingCode, type FindingLife, type Model, type RunOptions } from '../types';
import { makeAssigner, UNASSIGNED } from './assign';
import { escalationLevel } from './escalate';

export const STEERING_COMMITTEE = 'Steering committee';

/** Findings about the action list itself (action.*) are not actions again. */
export function becomesAction(f: Finding): boolean {
  return f.severity !== 'info' && !f.code.startsWith('action.');
}

/**
 * Every open error and warning as an action: who (owner, else department lead, else
 * unassigned), what (the rule's fix with this finding's values), by when (the next review: as-of
 * plus the cadence), how far up the ladder. Ordered as the Actions sheet shows them: grouped by
 * person, the person with the oldest, most severe action first (unassigned last); within a
 * person, oldest first, then most severe, then the findings' own order.
 */
export function buildActions(
  model: Model,
  analysis: Analysis,
  options: RunOptions,
  findings: readonly Finding[],
  life: ReadonlyMap<string, FindingLife>,
  leads: ReadonlyMap<string, DepartmentLead>,
): Action[] {
  const assign = makeAssigner(model, leads);
  const dueBy = options.asOf + options.cadenceDays;
  const actions: Action[] = [];
  for (const f of findings) {
    if (!becomesAction(f)) continue;
    const key = findingKey(f);
    const l = life.get(key) ?? { key, firstSeen: options.asOf, reviewsOpen: 1, ageDays: 0, state: 'new' as const };
    const a = f.initiativeId !== undefined ? analysis.byId.get(f.initiativeId) : undefined;
    const redCritical = a !== undefined && a.effectiveStatus === 'red' && a.critical;
    const level = escalationLevel(l, options.ladder, redCritical);
    const who = assign(f);
    const escalatedTo =
      level === 'steering-committee' ? STEERING_COMMITTEE : level === 'department-lead' ? (who.lead ?? `${who.department ?? 'the department'}'s lead (not named)`) : who.person;
    const todo = `${catalogEntry(f.code as FindingCode).fix} ${f.message}`;
    // Two literals rather than a spread of the optional department: an action per finding.
    actions.push(
      who.department !== undefined
        ? { finding: f, key, person: who.person, assignee: who.assignee, department: who.department, todo, dueBy, level, escalatedTo, life: l }
        : { finding: f, key, person: who.person, assignee: who.assignee, todo, dueBy, level, escalatedTo, life: l },
    );
  }
  return orderActions(actions);
}

function compareWithin(a: Action, b: Action): number {
  return a.life.firstSeen - b.life.firstSeen || SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity];
}

/** Grouped by person (see buildActions); a stable sort keeps the findings' order on ties. */
export function orderActions(actions: readonly Action[]): Action[] {
  const groups = new Map<string, Action[]>();
  for (const a of actions) {
    const g = groups.get(a.person);
    if (g) g.push(a);
    else groups.set(a.person, [a]);
  }
  const sorted = [...groups.values()].map((g) => g.slice().sort(compareWithin));
  sorted.sort((x, y) => {
    const ux = x[0]!.person === UNASSIGNED ? 1 : 0;
    const uy = y[0]!.person === UNASSIGNED ? 1 : 0;
    return ux - uy || compareWithin(x[0]!, y[0]!) || (x[0]!.person < y[0]!.person ? -1 : x[0]!.person > y[0]!.person ? 1 : 0);
  });
  return sorted.flat();
}
