/**
 * Throughline custom functions (namespace THROUGHLINE, shared runtime).
 * custom-functions-metadata-plugin builds functions.json from these JSDoc blocks and adds the
 * CustomFunctions.associate calls itself, so none are written here. Each wrapper is thin: the
 * logic lives in functions/*.ts modules that are tested without Excel.
 */
import { ArgumentProblem, isStale } from './stale';

/** Today's date as an Excel serial (local calendar day). */
function todaySerial(): number {
  const now = new Date();
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000) + 25_569;
}

function toExcelError(problem: ArgumentProblem): CustomFunctions.Error {
  const code = problem.kind === 'notAvailable' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, problem.message);
}

/**
 * Whether a status update is older than the review cadence (more than cadence calendar days before the as-of date). A blank date counts as stale.
 * @customfunction ISSTALE
 * @param lastUpdated Date of the last status update (a date or Excel serial).
 * @param cadence Review cadence in calendar days, e.g. 7.
 * @param [asOf] Date to measure from; today when omitted.
 * @returns TRUE when the update is older than the cadence.
 */
export function isStaleFormula(lastUpdated: number | string | null, cadence: number, asOf?: number | null): boolean | CustomFunctions.Error {
  const result = isStale(lastUpdated, cadence, asOf ?? todaySerial());
  return result instanceof ArgumentProblem ? toExcelError(result) : result;
}
