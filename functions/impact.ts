import { computeImpact } from '../src/core/analyse';
import { serialFromDay } from '../src/core/util/days';
import { findInitiative } from './answers';
import { readScalar } from './arguments';
import { type Answer, ArgumentProblem } from './problem';
import type { TableRun } from './table-run';

export const IMPACT_HEADER = ['ID', 'Slip days', 'New finish'] as const;

/**
 * IMPACT(id, days, ...): every initiative whose forecast finish moves when `id` is delayed by
 * `days` working days, as rows of id, slip days and new finish (a date serial, blank when unknown).
 */
export function answerImpact(run: TableRun, idArg: unknown, daysArg: unknown): Answer {
  const idValue = readScalar(idArg);
  if (Array.isArray(idValue)) return [[new ArgumentProblem('invalidValue', 'id must be one initiative id, not a range.')]];
  const days = readScalar(daysArg);
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0) {
    return [[new ArgumentProblem('invalidValue', 'days must be a whole number of working days, 0 or more.')]];
  }
  const found = findInitiative(run, idValue);
  if (found instanceof ArgumentProblem) return [[found]];
  if (found === '') return [[new ArgumentProblem('invalidValue', 'id is blank: name the initiative to delay.')]];
  const impact = computeImpact(run.model, run.analysis, found.id, days, run.options);
  const rows: Answer = [[...IMPACT_HEADER]];
  for (const moved of impact.initiatives) {
    rows.push([moved.id, moved.slipDays, moved.newFinish === undefined ? '' : serialFromDay(moved.newFinish)]);
  }
  return rows;
}
