import type { Analysis, Finding, Governance, Model, RunOptions, WaivedFinding } from '../types';
import { checkActionUnassigned } from './action-unassigned';
import { buildActions } from './actions';
import { lifeOfFindings } from './finding-life';
import { leadsByDepartment } from './leads';
import { buildTradeOffs } from './trade-offs';

export { ESCALATION_LABELS, escalationLevel, parseLadder } from './escalate';
export { STEERING_COMMITTEE, orderActions } from './actions';
export { UNASSIGNED } from './assign';
export { actionsByPerson, type PersonActions } from './by-person';
export { readDecisionsJson, readHistoryJson, trimHistory } from './history-json';
export { RESOLVED_KEPT_DAYS } from './finding-life';
export { TRADE_OFF_LIMIT } from './trade-offs';

/** The action.* findings of a run's active findings (before waivers; the pipeline applies them). */
export function governanceFindings(model: Model, options: RunOptions, active: readonly Finding[]): Finding[] {
  return checkActionUnassigned(model, active, leadsByDepartment(model, options));
}

/** Findings' life across reviews, the actions, what was resolved since the previous review, and the trade-offs to decide. */
export function governFindings(model: Model, analysis: Analysis, options: RunOptions, active: readonly Finding[], waived: readonly WaivedFinding[]): Governance {
  const { life, resolved, history } = lifeOfFindings(active, waived, options.asOf, options.history);
  const actions = buildActions(model, analysis, options, active, life, leadsByDepartment(model, options));
  const { tradeOffs, leftOut, settled } = buildTradeOffs(model, analysis, options);
  return { life, actions, resolved, history, tradeOffs, tradeOffsLeftOut: leftOut, settledDecisions: settled };
}
