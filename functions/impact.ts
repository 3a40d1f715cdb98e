import { computeImpact } from '../src/core/analyse';
import { normaliseId } from '../src/core/ingest/normalise/id';
import { serialFromDay } from '../src/core/util/days';
import { isBlankValue, readScalar, toCellValue } from './arguments';
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
  if (isBlankValue(idValue)) return [[new ArgumentProblem('invalidValue', 'id is blank: name the initiative to delay.')]];
  const days = readScalar(daysArg);
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0) {
    return [[new ArgumentProblem('invalidValue', 'days must be a whole number of working days, 0 or more.')]];
  }
  const id = normaliseId(toCellValue(idValue));
  const { model, analysis, options } = run;
  if (id === undefined || !analysis.byId.has(id)) return [[new ArgumentProblem('notAvailable', `No initiative "${String(idValue)}" in ids.`)]];
  const impact = computeImpact(model, analysis, id, days, options);
  const rows: Answer = [[...IMPACT_HEADER]];
  for (const moved of impact.initiatives) {
    rows.push([moved.id, moved.slipDays, moved.newFinish === undefined ? '' : serialFromDay(moved.newFinish)]);
  }
  return rows;
}
