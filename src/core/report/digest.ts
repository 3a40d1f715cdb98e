import { actionsByPerson, ESCALATION_LABELS } from '../govern';
import type { Action, RunResult } from '../types';
import { isoFromDay } from '../util/days';
import { governanceOf } from './governance';
import { SEVERITY_LABELS } from './findings-sheet';

/** One person's digest: their open actions as short plain text, ready to paste into a message. */
export interface PersonDigest {
  readonly person: string;
  readonly text: string;
}

/**
 * The week per person, in the Actions sheet's order: a first line with the count and the date of
 * the next review, then one line per action (severity, initiative, what to do with its values, how
 * long it has been open and who it is escalated to beyond the person).
 */
export function digests(result: RunResult): PersonDigest[] {
  const out: PersonDigest[] = [];
  for (const { person, actions } of actionsByPerson(governanceOf(result).actions)) {
    const due = isoFromDay(actions[0]!.dueBy);
    const head = `${person}: ${actions.length === 1 ? '1 open action' : `${actions.length} open actions`} from Throughline (as of ${isoFromDay(result.options.asOf)}), by the next review on ${due}.`;
    out.push({ person, text: [head, ...actions.map(actionLine)].join('\n') });
  }
  return out;
}

/** Every person's digest, separated by a blank line: the file `report --digest` writes. */
export function digestText(result: RunResult): string {
  const all = digests(result);
  if (all.length === 0) return `No open actions as of ${isoFromDay(result.options.asOf)}.\n`;
  return `${all.map((d) => d.text).join('\n\n')}\n`;
}

function actionLine(a: Action): string {
  const what = a.finding.initiativeId !== undefined ? `${a.finding.initiativeId}: ` : '';
  const age =
    a.life.reviewsOpen <= 1 ? (a.life.state === 'reopened' ? 'reopened' : 'new') : `open ${a.life.reviewsOpen} reviews, since ${isoFromDay(a.life.firstSeen)}${a.life.state === 'reopened' ? ', reopened' : ''}`;
  const up = a.level === 'owner' ? '' : `; escalated to ${a.level === 'steering-committee' ? a.escalatedTo : `${ESCALATION_LABELS[a.level].toLowerCase()} ${a.escalatedTo}`}`;
  return `- [${SEVERITY_LABELS[a.finding.severity]}] ${what}${a.todo} (${age}${up})`;
}
