import { dayFromSerial } from '../src/core/util/days';

/** Why an argument was rejected; the wrapper turns it into a CustomFunctions.Error. */
export class ArgumentProblem {
  constructor(
    readonly kind: 'invalidValue' | 'notAvailable',
    readonly message: string,
  ) {}
}

/**
 * Whether a status update is older than the review cadence, the way the core's status.stale rule
 * reads it: more than `cadenceDays` calendar days between the last update and the as-of date.
 * A blank last-updated date counts as stale (the status was never dated).
 */
export function isStale(lastUpdatedSerial: unknown, cadenceDays: unknown, asOfSerial: number): boolean | ArgumentProblem {
  if (typeof cadenceDays !== 'number' || !Number.isFinite(cadenceDays) || cadenceDays < 0) {
    return new ArgumentProblem('invalidValue', 'cadence must be a number of days, 0 or more.');
  }
  const asOf = dayFromSerial(asOfSerial);
  if (asOf === undefined) return new ArgumentProblem('invalidValue', 'asOf must be a date.');
  if (lastUpdatedSerial === null || lastUpdatedSerial === undefined || lastUpdatedSerial === '') return true;
  if (typeof lastUpdatedSerial !== 'number') return new ArgumentProblem('invalidValue', 'lastUpdated must be a date.');
  const last = dayFromSerial(lastUpdatedSerial);
  if (last === undefined) return new ArgumentProblem('invalidValue', 'lastUpdated must be a date.');
  return asOf - last > cadenceDays;
}
