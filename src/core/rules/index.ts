import type { Analysis, Finding, FindingCode, Model, RunOptions } from '../types';
import { checkCalendarUnknownDepartment } from './calendar-unknown-department';
import { checkDatesFinishBeforeStart, prepareDatesFinishBeforeStart } from './dates-finish-before-start';
import { checkDatesMissing, prepareDatesMissing } from './dates-missing';
import { checkDependencyCycle } from './dependency-cycle';
import { checkDependencyDateNotAgreed } from './dependency-date-not-agreed';
import { checkDependencyNeededByMissed } from './dependency-needed-by-missed';
import { checkDependencyOnCancelled } from './dependency-on-cancelled';
import { checkDependencyProviderOnly } from './dependency-provider-only';
import { checkDependencyExternal } from './dependency-external';
import { checkDependencySelf } from './dependency-self';
import { checkDependencyUnacknowledged } from './dependency-unacknowledged';
import { checkDependencyUnknown } from './dependency-unknown';
import { checkFinanceCostOverrun, prepareFinanceCostOverrun } from './finance-cost-overrun';
import { checkIdDuplicate } from './id-duplicate';
import { checkIdMissing } from './id-missing';
import { checkKpiOffTargetBlocked } from './kpi-off-target-blocked';
import { checkKpiUnknown } from './kpi-unknown';
import { checkKpiUnknownInitiative } from './kpi-unknown-initiative';
import { eachInitiative, type InitiativeCheck } from './per-item';
import type { RuleContext } from './rule-context';
import { checkScheduleForecastSlip, prepareScheduleForecastSlip } from './schedule-forecast-slip';
import { checkScheduleOverdue, prepareScheduleOverdue } from './schedule-overdue';
import { checkScheduleSuccessorBeforePredecessor } from './schedule-successor-before-predecessor';
import { checkSourceConflict } from './source-conflict';
import { checkStatusCompleteMismatch, prepareStatusCompleteMismatch } from './status-complete-mismatch';
import { checkStatusDoneWithOpenUpstream, prepareStatusDoneWithOpenUpstream } from './status-done-with-open-upstream';
import { checkStatusGreenOverRisk, prepareStatusGreenOverRisk } from './status-green-over-risk';
import { checkStatusMissing, prepareStatusMissing } from './status-missing';
import { checkStatusMissingUpdateDate, prepareStatusMissingUpdateDate } from './status-missing-update-date';
import { checkStatusStale, prepareStatusStale } from './status-stale';

export type { RuleContext } from './rule-context';

export interface Rule {
  readonly code: FindingCode;
  /** The rule on its own: every finding of its code. */
  readonly check: (ctx: RuleContext) => Finding[];
  /** For a rule that looks at one initiative at a time: its check, which checkRules asks in one shared pass. */
  readonly perInitiative?: (ctx: RuleContext) => InitiativeCheck;
}

/** Every rule-stage code of the catalog, each with its check (test/core/rules/registry.test.ts keeps them in step). */
export const RULES: readonly Rule[] = [
  { code: 'id.missing', check: checkIdMissing },
  { code: 'id.duplicate', check: checkIdDuplicate },
  { code: 'source.conflict', check: checkSourceConflict },
  { code: 'dates.finish-before-start', check: checkDatesFinishBeforeStart, perInitiative: prepareDatesFinishBeforeStart },
  { code: 'dates.missing', check: checkDatesMissing, perInitiative: prepareDatesMissing },
  { code: 'dependency.unknown', check: checkDependencyUnknown },
  { code: 'dependency.external', check: checkDependencyExternal },
  { code: 'dependency.self', check: checkDependencySelf },
  { code: 'dependency.cycle', check: checkDependencyCycle },
  { code: 'dependency.needed-by-missed', check: checkDependencyNeededByMissed },
  { code: 'dependency.on-cancelled', check: checkDependencyOnCancelled },
  { code: 'dependency.unacknowledged', check: checkDependencyUnacknowledged },
  { code: 'dependency.date-not-agreed', check: checkDependencyDateNotAgreed },
  { code: 'dependency.provider-only', check: checkDependencyProviderOnly },
  { code: 'schedule.successor-before-predecessor', check: checkScheduleSuccessorBeforePredecessor },
  { code: 'calendar.unknown-department', check: checkCalendarUnknownDepartment },
  { code: 'schedule.overdue', check: checkScheduleOverdue, perInitiative: prepareScheduleOverdue },
  { code: 'schedule.forecast-slip', check: checkScheduleForecastSlip, perInitiative: prepareScheduleForecastSlip },
  { code: 'status.green-over-risk', check: checkStatusGreenOverRisk, perInitiative: prepareStatusGreenOverRisk },
  { code: 'status.done-with-open-upstream', check: checkStatusDoneWithOpenUpstream, perInitiative: prepareStatusDoneWithOpenUpstream },
  { code: 'status.complete-mismatch', check: checkStatusCompleteMismatch, perInitiative: prepareStatusCompleteMismatch },
  { code: 'status.stale', check: checkStatusStale, perInitiative: prepareStatusStale },
  { code: 'status.missing-update-date', check: checkStatusMissingUpdateDate, perInitiative: prepareStatusMissingUpdateDate },
  { code: 'status.missing', check: checkStatusMissing, perInitiative: prepareStatusMissing },
  { code: 'kpi.off-target-blocked', check: checkKpiOffTargetBlocked },
  { code: 'kpi.unknown-initiative', check: checkKpiUnknownInitiative },
  { code: 'kpi.unknown', check: checkKpiUnknown },
  { code: 'finance.cost-overrun', check: checkFinanceCostOverrun, perInitiative: prepareFinanceCostOverrun },
];

/**
 * Run every rule of the catalog over the model and analyses (unsorted; the pipeline sorts).
 * Rules that look at one initiative at a time are asked together, in one pass over the
 * initiatives (see per-item.ts); the others run on their own.
 */
export function checkRules(model: Model, analysis: Analysis, options: RunOptions): Finding[] {
  const ctx: RuleContext = { model, analysis, options };
  const perInitiative: InitiativeCheck[] = [];
  // One array, pushed into: flatMap copies every rule's findings again (~120,000 at 100,000 initiatives).
  const out: Finding[] = [];
  const add = (found: readonly Finding[]): void => {
    for (let k = 0; k < found.length; k++) out.push(found[k]!);
  };
  for (const rule of RULES) {
    if (rule.perInitiative) perInitiative.push(rule.perInitiative(ctx));
    else add(rule.check(ctx));
  }
  // Their findings come interleaved, in initiative order (sortFindings groups them by code before
  // its merge sort: see byGroup there).
  eachInitiative(model, perInitiative, out);
  return out;
}
