import { dayFromSerial } from '../src/core/util/days';
import { errorArgument, errorCode, isBlankCell, isOmitted, readScalar } from './arguments';
import { type Answer, type AnswerCell, ArgumentProblem } from './problem';
import { readDate } from './table-run';

/**
 * Whether a status update is older than the review cadence, the way the status.stale rule reads
 * it: more than `cadenceDays` calendar days between the last update and the as-of date.
 * A blank last-updated date counts as stale (the status was never dated); Excel on the desktop
 * passes a blank cell as 0, which is no date, so 0 is blank too.
 */
export function isStale(lastUpdated: unknown, cadenceDays: number, asOfDay: number): boolean | ArgumentProblem {
  if (isBlankCell(lastUpdated)) return true;
  const code = errorCode(lastUpdated);
  if (code !== undefined) return errorArgument('lastUpdated', code);
  const last = typeof lastUpdated === 'number' ? dayFromSerial(lastUpdated) : undefined;
  if (last === undefined) return new ArgumentProblem('invalidValue', `lastUpdated must be a date, not "${String(lastUpdated)}".`);
  return asOfDay - last > cadenceDays;
}

/** ISSTALE over one date or a range of dates (same shape out). */
export function isStaleAnswer(lastUpdated: unknown, cadence: unknown, asOf: unknown, todaySerial: number): Answer {
  const days = readScalar(cadence);
  const code = errorCode(days);
  if (code !== undefined) return [[errorArgument('cadence', code)]];
  if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) {
    return [[new ArgumentProblem('invalidValue', 'cadence must be a number of days, 0 or more.')]];
  }
  const asOfDay = readDate('asOf', asOf, todaySerial);
  if (asOfDay instanceof ArgumentProblem) return [[asOfDay]];
  const one = (value: unknown): AnswerCell => isStale(value, days, asOfDay);
  if (isOmitted(lastUpdated) || !Array.isArray(lastUpdated)) return [[one(lastUpdated)]];
  return (lastUpdated as unknown[][]).map((row) => row.map(one));
}
