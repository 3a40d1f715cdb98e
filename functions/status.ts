import { normaliseStatus } from '../src/core/ingest/normalise/status';
import { errorArgument, errorCode, isBlankCell, toCellValue } from './arguments';
import { type Answer, type AnswerCell, ArgumentProblem } from './problem';

/** One status as written -> its stable value; a blank cell is "unknown" (no status given). */
export function statusOf(value: unknown): AnswerCell {
  if (isBlankCell(value)) return 'unknown';
  const code = errorCode(value);
  if (code !== undefined) return errorArgument('The status', code);
  const status = normaliseStatus(toCellValue(typeof value === 'number' || typeof value === 'boolean' ? String(value) : value));
  return status ?? new ArgumentProblem('invalidValue', `"${String(value)}" is not a status Throughline can read (try Green, Amber, Red, Done, On hold).`);
}

/** STATUS over one value or a range (same shape out). */
export function normaliseStatusAnswer(text: unknown): Answer {
  if (!Array.isArray(text)) return [[statusOf(text)]];
  return (text as unknown[][]).map((row) => row.map(statusOf));
}
