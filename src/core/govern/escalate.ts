import type { EscalationLadder, EscalationLevel, FindingLife } from '../types';

export const ESCALATION_LABELS: Record<EscalationLevel, string> = {
  owner: 'Owner',
  'department-lead': 'Department lead',
  'steering-committee': 'Steering committee',
};

/**
 * The rung an open finding stands on: reviews it has stayed open past its first (a finding first
 * seen at this review has 0) against the ladder; a red item on the critical path goes to the top
 * at once when the ladder says so.
 */
export function escalationLevel(life: FindingLife, ladder: EscalationLadder, redCritical: boolean): EscalationLevel {
  const past = life.reviewsOpen - 1;
  if (past >= ladder.steeringAfter || (redCritical && ladder.redCriticalAtOnce)) return 'steering-committee';
  if (past >= ladder.leadAfter) return 'department-lead';
  return 'owner';
}

/**
 * A ladder as the user writes it: "LEAD,STEERING" reviews (e.g. "2,4"), optionally followed by
 * ",no-red-critical" to not escalate red critical-path items at once. undefined when malformed.
 */
export function parseLadder(text: string): EscalationLadder | undefined {
  const parts = text.split(',').map((p) => p.trim().toLowerCase());
  const [lead, steering, flag, ...rest] = parts;
  if (rest.length > 0 || lead === undefined || steering === undefined) return undefined;
  if (!/^\d{1,3}$/.test(lead) || !/^\d{1,3}$/.test(steering)) return undefined;
  const leadAfter = Number(lead);
  const steeringAfter = Number(steering);
  if (steeringAfter < leadAfter) return undefined;
  if (flag !== undefined && flag !== 'no-red-critical') return undefined;
  return { leadAfter, steeringAfter, redCriticalAtOnce: flag === undefined };
}
