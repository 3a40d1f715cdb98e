import type { Analysis, Finding, FindingCode, Model, RunOptions } from '../types';
import { checkDatesFinishBeforeStart } from './dates-finish-before-start';
import { checkDatesMissing } from './dates-missing';
import { checkDependencyCycle } from './dependency-cycle';
import { checkDependencyNeededByMissed } from './dependency-needed-by-missed';
import { checkDependencyOnCancelled } from './dependency-on-cancelled';
import { checkDependencySelf } from './dependency-self';
import { checkDependencyUnknown } from './dependency-unknown';
import { checkFinanceCostOverrun } from './finance-cost-overrun';
import { checkIdDuplicate } from './id-duplicate';
import { checkIdMissing } from './id-missing';
import { checkKpiOffTargetBlocked } from './kpi-off-target-blocked';
import { checkKpiUnknown } from './kpi-unknown';
import { checkKpiUnknownInitiative } from './kpi-unknown-initiative';
import type { RuleContext } from './rule-context';
import { checkScheduleForecastSlip } from './schedule-forecast-slip';
import { checkScheduleOverdue } from './schedule-overdue';
import { checkScheduleSuccessorBeforePredecessor } from './schedule-successor-before-predecessor';
import { checkSourceConflict } from './source-conflict';
import { checkStatusCompleteMismatch } from './status-complete-mismatch';
import { checkStatusDoneWithOpenUpstream } from './status-done-with-open-upstream';
import { checkStatusGreenOverRisk } from './status-green-over-risk';
import { checkStatusMissing } from './status-missing';
import { checkStatusMissingUpdateDate } from './status-missing-update-date';
import { checkStatusStale } from './status-stale';

export type { RuleContext } from './rule-context';

export interface Rule {
  readonly code: FindingCode;
  readonly check: (ctx: RuleContext) => Finding[];
}

/** Every rule-stage code of the catalog, each with its check (test/core/rules/registry.test.ts keeps them in step). */
export const RULES: readonly Rule[] = [
  { code: 'id.missing', check: checkIdMissing },
  { code: 'id.duplicate', check: checkIdDuplicate },
  { code: 'source.conflict', check: checkSourceConflict },
  { code: 'dates.finish-before-start', check: checkDatesFinishBeforeStart },
  { code: 'dates.missing', check: checkDatesMissing },
  { code: 'dependency.unknown', check: checkDependencyUnknown },
  { code: 'dependency.self', check: checkDependencySelf },
  { code: 'dependency.cycle', check: checkDependencyCycle },
  { code: 'dependency.needed-by-missed', check: checkDependencyNeededByMissed },
  { code: 'dependency.on-cancelled', check: checkDependencyOnCancelled },
  { code: 'schedule.successor-before-predecessor', check: checkScheduleSuccessorBeforePredecessor },
  { code: 'schedule.overdue', check: checkScheduleOverdue },
  { code: 'schedule.forecast-slip', check: checkScheduleForecastSlip },
  { code: 'status.green-over-risk', check: checkStatusGreenOverRisk },
  { code: 'status.done-with-open-upstream', check: checkStatusDoneWithOpenUpstream },
  { code: 'status.complete-mismatch', check: checkStatusCompleteMismatch },
  { code: 'status.stale', check: checkStatusStale },
  { code: 'status.missing-update-date', check: checkStatusMissingUpdateDate },
  { code: 'status.missing', check: checkStatusMissing },
  { code: 'kpi.off-target-blocked', check: checkKpiOffTargetBlocked },
  { code: 'kpi.unknown-initiative', check: checkKpiUnknownInitiative },
  { code: 'kpi.unknown', check: checkKpiUnknown },
  { code: 'finance.cost-overrun', check: checkFinanceCostOverrun },
];

/** Run every rule of the catalog over the model and analyses (unsorted; the pipeline sorts). */
export function checkRules(model: Model, analysis: Analysis, options: RunOptions): Finding[] {
  const ctx: RuleContext = { model, analysis, options };
  // One array, pushed into: flatMap copies every rule's findings again (~120,000 at 100,000 initiatives).
  const out: Finding[] = [];
  for (const rule of RULES) {
    const found = rule.check(ctx);
    for (let k = 0; k < found.length; k++) out.push(found[k]!);
  }
  return out;
}
