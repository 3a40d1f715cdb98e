import { actionsByPerson, ESCALATION_LABELS } from '../../../src/core/govern';
import { governanceOf } from '../../../src/core/report';
import type { Assignee, CellRef, RunResult, Severity } from '../../../src/core/types';
import { displayDate } from '../../../src/core/report/cells';
import { lifeText } from './life-text';

/**
 * One action as the pane lists it: the few fields it shows, plain (the finding itself is already
 * in the findings list; copying it again per action made the run's last message 14 MB at 10,000
 * initiatives).
 */
export interface ActionItem {
  readonly key: string;
  readonly severity: Severity;
  readonly initiativeId?: string;
  /** The cell Go to opens (the finding's first). */
  readonly cell?: CellRef;
  /** The rule's how-to-fix followed by this finding's values. */
  readonly todo: string;
  /** "New", "Open 3 reviews, since 2 Mar 2026", "Reopened". */
  readonly age: string;
  /** "Department lead: Ana Ruiz"; undefined while it stays with the person. */
  readonly escalation?: string;
  readonly due: string;
}

export interface PersonGroup {
  readonly person: string;
  readonly as: string;
  readonly items: readonly ActionItem[];
}

const AS: Record<Assignee, string> = { owner: 'Owner', lead: 'Department lead', unassigned: 'Nobody is named' };

/** The run's actions per person, in the Actions sheet's order (the core's; nothing is re-sorted here). */
export function listActions(result: RunResult): PersonGroup[] {
  return actionsByPerson(governanceOf(result).actions).map(({ person, actions }) => ({
    person,
    as: AS[actions[0]!.assignee],
    items: actions.map((a) => ({
      key: a.key,
      severity: a.finding.severity,
      ...(a.finding.initiativeId !== undefined ? { initiativeId: a.finding.initiativeId } : {}),
      ...(a.finding.cells[0] ? { cell: a.finding.cells[0] } : {}),
      todo: a.todo,
      age: lifeText(a.life),
      ...(a.level !== 'owner' ? { escalation: `${ESCALATION_LABELS[a.level]}${a.level === 'steering-committee' ? '' : `: ${a.escalatedTo}`}` } : {}),
      due: displayDate(a.dueBy),
    })),
  }));
}

/** Actions the Actions view shows at first, and how many more each Show more adds. */
export const ACTIONS_PAGE = 100;

/** How many open actions there are, for how many people: the Actions view's line over the list. */
export interface ActionsSummary {
  readonly total: number;
  readonly people: number;
}

/** A person's actions as a page shows them: the first of them, and how many they have in all. */
export interface PersonPage extends PersonGroup {
  readonly count: number;
}

/** The first `limit` actions in order, per person (a person cut at the limit shows their first ones). */
export interface ActionsPage {
  readonly groups: readonly PersonPage[];
  readonly shown: number;
}

export function summariseActions(groups: readonly PersonGroup[]): ActionsSummary {
  let total = 0;
  for (const g of groups) total += g.items.length;
  return { total, people: groups.length };
}

export function actionsPage(groups: readonly PersonGroup[], limit: number): ActionsPage {
  const out: PersonPage[] = [];
  let shown = 0;
  for (const g of groups) {
    if (shown >= limit) break;
    const items = g.items.length <= limit - shown ? g.items : g.items.slice(0, limit - shown);
    out.push({ ...g, items, count: g.items.length });
    shown += items.length;
  }
  return { groups: out, shown };
}
