import type { CellValue } from '../src/core/types';
import { ArgumentProblem } from './problem';

/**
 * Range arguments as Excel hands them to a custom function: a 2-D array of numbers, strings,
 * booleans, blanks and, for error cells, an error object (functions.json sets
 * allowErrorForDataTypeAny, so Excel calls the function instead of answering the error itself).
 * Excel passes a blank cell of an `any` range as 0 on desktop and as null on the web
 * (OfficeDev/office-js#4702, #5262). A column argument may be a single column or a single row;
 * either is read as a list.
 */
export type Matrix = readonly (readonly unknown[])[];

/** True when a value is an omitted optional argument. */
export function isOmitted(arg: unknown): arg is null | undefined {
  return arg === null || arg === undefined;
}

/** True when a matrix is a single blank cell (an empty reference, or an argument left empty). */
export function isBlankMatrix(arg: Matrix): boolean {
  return arg.length === 1 && arg[0]!.length === 1 && isBlankValue(arg[0]![0]);
}

export function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * A blank cell of a column where 0 is no value (ids, statuses, dates, dependencies): Excel on
 * the desktop passes blanks as 0, and serial 0 is no date, so 0 there is read as blank.
 */
export function isBlankCell(value: unknown): boolean {
  return value === 0 || isBlankValue(value);
}

/** The code of an error cell ("#N/A", "#REF!"...), undefined for any other value. */
export function errorCode(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const code = (value as { code?: unknown }).code ?? (value as { type?: unknown }).type;
  return typeof code === 'string' ? code : '#VALUE!';
}

/** An error cell passed to an argument that must be a value: said as the same kind of error. */
export function errorArgument(name: string, code: string): ArgumentProblem {
  return new ArgumentProblem(code === '#N/A' ? 'notAvailable' : 'invalidValue', `${name} is the error ${code}.`);
}

/** A matrix that is one column or one row; anything wider and taller is a mistake. */
export function isLine(arg: Matrix): boolean {
  return arg.length === 1 || arg.every((row) => row.length === 1);
}

/** Rows of a one-column or one-row matrix as a list. */
export function lineValues(arg: Matrix): unknown[] {
  return arg.length === 1 ? [...arg[0]!] : arg.map((row) => row[0]);
}

/** A value Excel passed, as the core's CellValue (blank -> null, error objects -> an error value). */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const code = errorCode(value);
  if (code !== undefined) return { error: code };
  return String(value);
}

/** A matrix argument checked to be a single column/row, or a problem naming the argument. */
export function readLine(name: string, arg: unknown): unknown[] | ArgumentProblem {
  if (!Array.isArray(arg) || !arg.every(Array.isArray)) {
    return new ArgumentProblem('invalidValue', `${name} must be a range (one column of the initiative table).`);
  }
  const matrix = arg as Matrix;
  if (matrix.length === 0 || !isLine(matrix)) {
    return new ArgumentProblem('invalidValue', `${name} must be a single column (or row) of the initiative table.`);
  }
  return lineValues(matrix);
}

/** A scalar argument (a number may also arrive as a 1x1 range). */
export function readScalar(arg: unknown): unknown {
  if (Array.isArray(arg)) return arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1 ? arg[0][0] : arg;
  return arg;
}
