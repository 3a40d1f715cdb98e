import { actionsByPerson, ESCALATION_LABELS } from '../../../src/core/govern';
import { governanceOf } from '../../../src/core/report';
import type { Action, Assignee, RunResult } from '../../../src/core/types';
import { isoFromDay } from '../../../src/core/util/days';
import { lifeText } from './life-text';

export interface ActionItem {
  readonly action: Action;
  /** "New", "Open 3 reviews, since 2026-03-02", "Reopened". */
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
      action: a,
      age: lifeText(a.life),
      ...(a.level !== 'owner' ? { escalation: `${ESCALATION_LABELS[a.level]}${a.level === 'steering-committee' ? '' : `: ${a.escalatedTo}`}` } : {}),
      due: isoFromDay(a.dueBy),
    })),
  }));
}
