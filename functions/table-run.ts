import { analyseModel } from '../src/core/analyse';
import { ingestSources } from '../src/core/ingest';
import { buildModel } from '../src/core/model';
import { collectFindings } from '../src/core/pipeline';
import type { Analysis, CellValue, Finding, Model, RawSource, RunOptions, SavedMapping, SourceCalendar } from '../src/core/types';
import { DEFAULT_CADENCE_DAYS, makeOptions } from '../src/core/types';
import { dayFromSerial } from '../src/core/util/days';
import { errorArgument, errorCode, isBlankCell, isOmitted, type Matrix, readLine, readScalar, toCellValue } from './arguments';
import { readDepartmentCalendars, readFormulaCalendar } from './calendar-args';
import { ArgumentProblem } from './problem';
import { RunCache } from './run-cache';

/**
 * The initiative table as formula arguments, in the one order every table function uses:
 * ids, statuses, dues, [starts], [dependsOn], [lastUpdated], [asOf]. Each column is a range such
 * as Initiatives[ID]; all columns have the same number of rows.
 */
export interface TableArgs {
  readonly ids: unknown;
  readonly statuses: unknown;
  readonly dues: unknown;
  readonly starts?: unknown;
  readonly dependsOn?: unknown;
  readonly lastUpdated?: unknown;
  /** Excel serial of the as-of date; today when omitted. */
  readonly asOf?: unknown;
  /** Review cadence in calendar days (FINDINGS only); 7 when omitted. */
  readonly cadence?: unknown;
  /** Deadline date column (TOTALSLACK only): slack is measured against it too, so it may be negative. */
  readonly deadlines?: unknown;
  /** Days off each week, as WORKDAY.INTL's weekend (a number or "0000011"); Saturday and Sunday when omitted. */
  readonly weekend?: unknown;
  /** Days off on working weekdays, as WORKDAY.INTL's holidays (a range of dates). */
  readonly holidays?: unknown;
  /** The department column: whose calendar (in calendars) schedules each row. */
  readonly departments?: unknown;
  /** Calendars by department: rows of Department | Working weekdays | [Holiday] | [Working] (readDepartmentCalendars). */
  readonly calendars?: unknown;
}

/**
 * One run of the real core over the arguments, plus what the answers need to map rows back.
 * Findings are computed on first use: only FINDINGS needs the rules, the other functions need
 * the model and its analysis, and a formula column should not pay for checks it never shows.
 */
export interface TableRun {
  readonly options: RunOptions;
  readonly model: Model;
  readonly analysis: Analysis;
  /** Active findings, sorted as runPipeline sorts them (no waivers apply to formula arguments). */
  findings(): readonly Finding[];
  /** Row values of the ids argument, in order (for the whole-column form). */
  readonly idValues: readonly CellValue[];
  readonly hasLastUpdated: boolean;
}

/** The synthetic source the columns become (named in findings' cells). */
export const FORMULA_SOURCE = 'Formula arguments';
export const FORMULA_SHEET = 'THROUGHLINE';
const TABLE_NAME = 'Initiatives';

interface ColumnSpec {
  readonly arg: keyof TableArgs;
  readonly name: string;
  readonly header: string;
  readonly field: 'id' | 'status' | 'due' | 'start' | 'dependsOn' | 'lastUpdated' | 'deadline' | 'department';
  readonly required: boolean;
  readonly date: boolean;
}

const COLUMNS: readonly ColumnSpec[] = [
  { arg: 'ids', name: 'ids', header: 'ID', field: 'id', required: true, date: false },
  { arg: 'statuses', name: 'statuses', header: 'Status', field: 'status', required: true, date: false },
  { arg: 'dues', name: 'dues', header: 'Due', field: 'due', required: true, date: true },
  { arg: 'starts', name: 'starts', header: 'Start', field: 'start', required: false, date: true },
  { arg: 'dependsOn', name: 'dependsOn', header: 'Depends On', field: 'dependsOn', required: false, date: false },
  { arg: 'lastUpdated', name: 'lastUpdated', header: 'Last Updated', field: 'lastUpdated', required: false, date: true },
  { arg: 'deadlines', name: 'deadlines', header: 'Deadline', field: 'deadline', required: false, date: true },
  { arg: 'departments', name: 'departments', header: 'Department', field: 'department', required: false, date: false },
];

const cache = new RunCache<TableRun>(4);

/** Forget cached runs (tests). */
export function clearRunCache(): void {
  cache.clear();
}

/**
 * Run the core over the table arguments, reusing the run of an earlier call with the same cell
 * contents and as-of date. `todaySerial` is used when asOf is omitted. `addresses` are the sheet
 * addresses of the column arguments in TableArgs order (ids, statuses, dues, starts, dependsOn,
 * lastUpdated), from the invocation's parameterAddresses when Excel gives them.
 */
export function runTable(args: TableArgs, todaySerial: number, addresses?: readonly (string | undefined)[]): TableRun | ArgumentProblem {
  const asOf = readDate('asOf', args.asOf, todaySerial);
  if (asOf instanceof ArgumentProblem) return asOf;
  const cadence = readCadence(args.cadence);
  if (cadence instanceof ArgumentProblem) return cadence;
  const calendar = readFormulaCalendar(args.weekend, args.holidays);
  if (calendar instanceof ArgumentProblem) return calendar;
  const byDepartment = readDepartmentCalendars(args.calendars, FORMULA_SOURCE);
  if (byDepartment instanceof ArgumentProblem) return byDepartment;
  if (byDepartment.calendars.length > 0 && isOmitted(args.departments)) {
    return new ArgumentProblem('invalidValue', 'calendars needs departments (the department column of the initiative table) to know whose calendar schedules each row.');
  }
  const inputs = COLUMNS.map((c) => asMatrix(args[c.arg]));
  const key = { asOf, cadence, calendar: `${calendar.key}#${byDepartment.key}`, inputs, addresses: addressKey(inputs, addresses) };
  const cached = cache.get(key);
  if (cached) return cached;

  const built = buildSource(args);
  if (built instanceof ArgumentProblem) return built;
  const options = makeOptions(asOf, { cadenceDays: cadence, mappings: [built.mapping], workingWeekdays: calendar.workingWeekdays, holidays: calendar.holidays });
  const run = analyseTable(built, options, !isOmitted(args.lastUpdated), byDepartment.calendars);
  cache.set(key, run);
  return run;
}

/**
 * The core's stages as runPipeline runs them (analyseSources), the calendars argument's
 * calendars added to what ingest read, as a Calendar sheet's are; the rules wait until findings
 * are asked for.
 */
function analyseTable(built: { source: RawSource; idValues: CellValue[] }, options: RunOptions, hasLastUpdated: boolean, calendars: readonly SourceCalendar[]): TableRun {
  const read = ingestSources([built.source], options);
  const ingest = calendars.length === 0 ? read : { ...read, calendars: [...(read.calendars ?? []), ...calendars] };
  const model = buildModel(ingest, options);
  const analysed = { ingest, model, analysis: analyseModel(model, options) };
  let findings: readonly Finding[] | undefined;
  return {
    options,
    model: analysed.model,
    analysis: analysed.analysis,
    findings: () => (findings ??= collectFindings(analysed, options)),
    idValues: built.idValues,
    hasLastUpdated,
  };
}

/**
 * The column arguments' sheet addresses as one string, when every given column is a reference
 * (a computed array has no address); undefined otherwise.
 */
function addressKey(inputs: readonly (Matrix | null)[], addresses: readonly (string | undefined)[] | undefined): string | undefined {
  if (!addresses) return undefined;
  const parts: string[] = [];
  for (let i = 0; i < inputs.length; i++) {
    if (inputs[i] === null) {
      parts.push('');
      continue;
    }
    const address = addresses[i];
    if (typeof address !== 'string' || address === '') return undefined;
    parts.push(address);
  }
  return parts.join('|');
}

function asMatrix(arg: unknown): Matrix | null {
  if (isOmitted(arg)) return null;
  return Array.isArray(arg) ? (arg as Matrix) : [[arg]];
}

/** A date argument (Excel serial) as a day number; `fallbackSerial` when omitted. */
export function readDate(name: string, arg: unknown, fallbackSerial: number): number | ArgumentProblem {
  const value = readScalar(arg);
  const code = errorCode(value);
  if (code !== undefined) return errorArgument(name, code);
  const serial = isOmitted(value) || value === '' ? fallbackSerial : value;
  const day = typeof serial === 'number' ? dayFromSerial(serial) : undefined;
  return day === undefined ? new ArgumentProblem('invalidValue', `${name} must be a date.`) : day;
}

function readCadence(arg: unknown): number | ArgumentProblem {
  const value = readScalar(arg);
  const code = errorCode(value);
  if (code !== undefined) return errorArgument('cadence', code);
  if (isOmitted(value) || value === '') return DEFAULT_CADENCE_DAYS;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return new ArgumentProblem('invalidValue', 'cadence must be a number of days, 0 or more.');
  }
  return value;
}

function buildSource(args: TableArgs): { source: RawSource; mapping: SavedMapping; idValues: CellValue[] } | ArgumentProblem {
  const present: Array<{ spec: ColumnSpec; values: unknown[] }> = [];
  for (const spec of COLUMNS) {
    const arg = args[spec.arg];
    if (isOmitted(arg)) {
      if (spec.required) return new ArgumentProblem('invalidValue', `${spec.name} is required (a column of the initiative table).`);
      continue;
    }
    const values = readLine(spec.name, arg);
    if (values instanceof ArgumentProblem) return values;
    present.push({ spec, values });
  }
  const rowCount = present[0]!.values.length;
  for (const { spec, values } of present) {
    if (values.length !== rowCount) {
      return new ArgumentProblem('invalidValue', `${spec.name} has ${values.length} rows but ids has ${rowCount}; pass columns of the same table.`);
    }
  }

  const header: CellValue[] = present.map((p) => p.spec.header);
  const headerFormats: (string | null)[] = present.map(() => null);
  const values: CellValue[][] = [header];
  const numberFormats: (string | null)[][] = [headerFormats];
  for (let r = 0; r < rowCount; r++) {
    const row: CellValue[] = [];
    const formats: (string | null)[] = [];
    for (const { spec, values: column } of present) {
      // Every table column is one where 0 is no value: a desktop blank (see isBlankCell).
      const value = isBlankCell(column[r]) ? null : toCellValue(column[r]);
      row.push(value);
      // Dates arrive as serial numbers; the date format tells ingest to read them as dates.
      formats.push(spec.date && typeof value === 'number' ? 'yyyy-mm-dd' : 'General');
    }
    values.push(row);
    numberFormats.push(formats);
  }
  const fields: SavedMapping['fields'] = {};
  for (const { spec } of present) fields[spec.field] = spec.header;
  return {
    source: {
      name: FORMULA_SOURCE,
      origin: 'workbook',
      dateSystem: 1900,
      sheets: [
        {
          name: FORMULA_SHEET,
          origin: { row: 0, col: 0 },
          values,
          numberFormats,
          tables: [{ name: TABLE_NAME, range: { top: 0, left: 0, bottom: rowCount, right: present.length - 1 } }],
        },
      ],
    },
    mapping: { tableKey: `${FORMULA_SOURCE}|${FORMULA_SHEET}|${TABLE_NAME}`, kind: 'initiatives', fields },
    idValues: values.slice(1).map((row) => row[0] ?? null),
  };
}
