/**
 * Throughline custom functions (namespace THROUGHLINE, shared runtime).
 *
 * custom-functions-metadata-plugin builds functions.json from these JSDoc blocks and adds the
 * CustomFunctions.associate calls itself, so none are written here. Each wrapper is thin: the
 * logic lives in functions/*.ts modules tested without Excel, which return problems as values;
 * here they become CustomFunctions.Error values (#VALUE! or #N/A with a message), never throws.
 *
 * Argument order, the same in every table function:
 *   [id or id-specific arguments], ids, statuses, dues, [starts], [dependsOn], [lastUpdated], [asOf],
 *   [the function's own options], [weekend], [holidays], [departments], [calendars]
 * weekend and holidays are the table's working calendar, given as WORKDAY.INTL takes them;
 * departments and calendars give departments calendars of their own (calendar-args.ts).
 * Columns are ranges of the initiative table (structured references such as Initiatives[ID]
 * work). Dates are Excel serials in and out (format the cell as a date). asOf defaults to today;
 * pass TODAY() to have Excel recalculate the answer every day.
 */
import { answerBlockers, answerCriticalPath, answerFindings, answerPerId, effectiveStatus, forecastFinish, slip, totalSlack, type PerId } from './answers';
import { answerImpact } from './impact';
import { type Answer, type AnswerCell, ArgumentProblem } from './problem';
import { isStaleAnswer } from './stale';
import { normaliseStatusAnswer } from './status';
import { runTable, type TableArgs, type TableRun } from './table-run';
import { todaySerial } from './today';

type Cell = string | number | boolean | CustomFunctions.Error;

function toExcelError(problem: ArgumentProblem): CustomFunctions.Error {
  const code = problem.kind === 'notAvailable' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, problem.message);
}

function toCell(cell: AnswerCell): Cell {
  return cell instanceof ArgumentProblem ? toExcelError(cell) : cell;
}

function toMatrix(answer: Answer): Cell[][] {
  return answer.map((row) => row.map(toCell));
}

/**
 * Addresses of the six table columns among a function's parameters, which start at `first`
 * (the id comes before them in per-id functions, id and days in IMPACT).
 */
function columnAddresses(invocation: CustomFunctions.Invocation | undefined, first: number): (string | undefined)[] | undefined {
  return invocation?.parameterAddresses?.slice(first, first + 6);
}

/** An answer, with a bug of ours shown as #VALUE! and its message rather than thrown into Excel. */
function safely(compute: () => Answer): Cell[][] {
  try {
    return toMatrix(compute());
  } catch (e) {
    return [[toExcelError(new ArgumentProblem('invalidValue', `Throughline could not compute this: ${e instanceof Error ? e.message : String(e)}`))]];
  }
}

/** Run the core over the table (cached by content) and answer. */
function withTable(args: TableArgs, answer: (run: TableRun) => Answer, addresses?: (string | undefined)[]): Cell[][] {
  return safely(() => {
    const run = runTable(args, todaySerial(), addresses);
    return run instanceof ArgumentProblem ? [[run]] : answer(run);
  });
}

function perId(id: unknown, args: TableArgs, answer: PerId, invocation: CustomFunctions.Invocation | undefined): Cell[][] {
  return withTable(args, (run) => answerPerId(run, id, answer), columnAddresses(invocation, 1));
}

/**
 * Effective status of an initiative: its reported status raised to amber when anything upstream is amber, red or forecast late, and to red when its own forecast finish passes its due date. Returns green, amber, red, done, not-started, on-hold, cancelled or unknown.
 * @customfunction EFFECTIVESTATUS
 * @requiresParameterAddresses
 * @param id Initiative id; a range of ids (e.g. the id column) gives one answer per row; leave empty for every row of ids.
 * @param ids The initiative table's id column, e.g. Initiatives[ID].
 * @param statuses The reported status column (RAG words such as Green, At risk, R).
 * @param dues The due (planned finish) date column.
 * @param [starts] The planned start date column.
 * @param [dependsOn] The depends-on column (ids separated by commas, optionally with link type and lag, e.g. FIN-2 FS+5d).
 * @param [lastUpdated] The last-updated date column.
 * @param [asOf] Date the status is as of; today when omitted.
 * @param [weekend] Days off each week, as in WORKDAY.INTL: a weekend number (1 or omitted Saturday and Sunday, 2 Sunday and Monday, .., 7 Friday and Saturday, 11 Sunday only, .., 17 Saturday only) or seven 0s and 1s from Monday to Sunday, 1 a day off (e.g. "0000011").
 * @param [holidays] Days off on working weekdays (bank holidays, shutdowns), as in WORKDAY.INTL: a range of dates.
 * @param [departments] The department column, e.g. Initiatives[Department]: each row is scheduled on its department's calendar from calendars.
 * @param [calendars] Calendars by department: rows of Department, Working weekdays and optionally Holiday (a date) and Working (TRUE when that date is worked instead, such as a Saturday), e.g. a Calendars table with Site | Mon-Sun and Office | Mon-Fri | 3 Apr 2026. Working weekdays: a list such as Mon-Fri, Mon-Sun or Sun-Thu, or a WORKDAY.INTL weekend; blank for the weekend argument's week. One holiday a row. Every department keeps the holidays argument's days off; rows of departments with no calendar here work the weekend and holidays.
 * @returns The effective status.
 */
export function effectiveStatusFormula(
  id: unknown[][],
  ids: unknown[][],
  statuses: unknown[][],
  dues: unknown[][],
  starts?: unknown[][],
  dependsOn?: unknown[][],
  lastUpdated?: unknown[][],
  asOf?: number,
  weekend?: unknown,
  holidays?: unknown[][],
  departments?: unknown[][],
  calendars?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | CustomFunctions.Error>> {
  return perId(id, { ids, statuses, dues, starts, dependsOn, lastUpdated, asOf, weekend, holidays, departments, calendars }, effectiveStatus, invocation) as Array<Array<string | CustomFunctions.Error>>;
}

/**
 * Total slack in working days: how far an initiative can slip before it delays the last finish of the plan or passes a deadline (0 on the critical path; negative: working days past a deadline).
 * @customfunction TOTALSLACK
 * @requiresParameterAddresses
 * @param id Initiative id; a range of ids gives one answer per row; leave empty for every row of ids.
 * @param ids The initiative table's id column, e.g. Initiatives[ID].
 * @param statuses The reported status column.
 * @param dues The due (planned finish) date column.
 * @param [starts] The planned start date column.
 * @param [dependsOn] The depends-on column.
 * @param [lastUpdated] The last-updated date column.
 * @param [asOf] Date the plan is as of; today when omitted.
 * @param [deadlines] The deadline (must finish by) date column: slack is negative past a deadline.
 * @param [weekend] Days off each week, as in WORKDAY.INTL: a weekend number (1 or omitted Saturday and Sunday, 2 Sunday and Monday, .., 7 Friday and Saturday, 11 Sunday only, .., 17 Saturday only) or seven 0s and 1s from Monday to Sunday, 1 a day off (e.g. "0000011").
 * @param [holidays] Days off on working weekdays (bank holidays, shutdowns), as in WORKDAY.INTL: a range of dates.
 * @param [departments] The department column, e.g. Initiatives[Department]: each row is scheduled on its department's calendar from calendars.
 * @param [calendars] Calendars by department: rows of Department, Working weekdays and optionally Holiday (a date) and Working (TRUE when that date is worked instead, such as a Saturday), e.g. a Calendars table with Site | Mon-Sun and Office | Mon-Fri | 3 Apr 2026. Working weekdays: a list such as Mon-Fri, Mon-Sun or Sun-Thu, or a WORKDAY.INTL weekend; blank for the weekend argument's week. One holiday a row. Every department keeps the holidays argument's days off; rows of departments with no calendar here work the weekend and holidays.
 * @returns Working days of slack.
 */
export function totalSlackFormula(
  id: unknown[][],
  ids: unknown[][],
  statuses: unknown[][],
  dues: unknown[][],
  starts?: unknown[][],
  dependsOn?: unknown[][],
  lastUpdated?: unknown[][],
  asOf?: number,
  deadlines?: unknown[][],
  weekend?: unknown,
  holidays?: unknown[][],
  departments?: unknown[][],
  calendars?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<number | CustomFunctions.Error>> {
  return perId(id, { ids, statuses, dues, starts, dependsOn, lastUpdated, asOf, deadlines, weekend, holidays, departments, calendars }, totalSlack, invocation) as Array<Array<number | CustomFunctions.Error>>;
}

/**
 * Forecast finish date of an initiative from its plan, upstream slips and overdue open work (an Excel date serial: format the cell as a date).
 * @customfunction FORECASTFINISH
 * @requiresParameterAddresses
 * @param id Initiative id; a range of ids gives one answer per row; leave empty for every row of ids.
 * @param ids The initiative table's id column, e.g. Initiatives[ID].
 * @param statuses The reported status column.
 * @param dues The due (planned finish) date column.
 * @param [starts] The planned start date column.
 * @param [dependsOn] The depends-on column.
 * @param [lastUpdated] The last-updated date column.
 * @param [asOf] Date the forecast is as of; today when omitted.
 * @param [weekend] Days off each week, as in WORKDAY.INTL: a weekend number (1 or omitted Saturday and Sunday, 2 Sunday and Monday, .., 7 Friday and Saturday, 11 Sunday only, .., 17 Saturday only) or seven 0s and 1s from Monday to Sunday, 1 a day off (e.g. "0000011").
 * @param [holidays] Days off on working weekdays (bank holidays, shutdowns), as in WORKDAY.INTL: a range of dates.
 * @param [departments] The department column, e.g. Initiatives[Department]: each row is scheduled on its department's calendar from calendars.
 * @param [calendars] Calendars by department: rows of Department, Working weekdays and optionally Holiday (a date) and Working (TRUE when that date is worked instead, such as a Saturday), e.g. a Calendars table with Site | Mon-Sun and Office | Mon-Fri | 3 Apr 2026. Working weekdays: a list such as Mon-Fri, Mon-Sun or Sun-Thu, or a WORKDAY.INTL weekend; blank for the weekend argument's week. One holiday a row. Every department keeps the holidays argument's days off; rows of departments with no calendar here work the weekend and holidays.
 * @returns The forecast finish date.
 */
export function forecastFinishFormula(
  id: unknown[][],
  ids: unknown[][],
  statuses: unknown[][],
  dues: unknown[][],
  starts?: unknown[][],
  dependsOn?: unknown[][],
  lastUpdated?: unknown[][],
  asOf?: number,
  weekend?: unknown,
  holidays?: unknown[][],
  departments?: unknown[][],
  calendars?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<number | CustomFunctions.Error>> {
  return perId(id, { ids, statuses, dues, starts, dependsOn, lastUpdated, asOf, weekend, holidays, departments, calendars }, forecastFinish, invocation) as Array<Array<number | CustomFunctions.Error>>;
}

/**
 * Slip in working days: how far the forecast finish is after the due date (0 when on time).
 * @customfunction SLIP
 * @requiresParameterAddresses
 * @param id Initiative id; a range of ids gives one answer per row; leave empty for every row of ids.
 * @param ids The initiative table's id column, e.g. Initiatives[ID].
 * @param statuses The reported status column.
 * @param dues The due (planned finish) date column.
 * @param [starts] The planned start date column.
 * @param [dependsOn] The depends-on column.
 * @param [lastUpdated] The last-updated date column.
 * @param [asOf] Date the forecast is as of; today when omitted.
 * @param [weekend] Days off each week, as in WORKDAY.INTL: a weekend number (1 or omitted Saturday and Sunday, 2 Sunday and Monday, .., 7 Friday and Saturday, 11 Sunday only, .., 17 Saturday only) or seven 0s and 1s from Monday to Sunday, 1 a day off (e.g. "0000011").
 * @param [holidays] Days off on working weekdays (bank holidays, shutdowns), as in WORKDAY.INTL: a range of dates.
 * @param [departments] The department column, e.g. Initiatives[Department]: each row is scheduled on its department's calendar from calendars.
 * @param [calendars] Calendars by department: rows of Department, Working weekdays and optionally Holiday (a date) and Working (TRUE when that date is worked instead, such as a Saturday), e.g. a Calendars table with Site | Mon-Sun and Office | Mon-Fri | 3 Apr 2026. Working weekdays: a list such as Mon-Fri, Mon-Sun or Sun-Thu, or a WORKDAY.INTL weekend; blank for the weekend argument's week. One holiday a row. Every department keeps the holidays argument's days off; rows of departments with no calendar here work the weekend and holidays.
 * @returns Working days of slip.
 */
export function slipFormula(
  id: unknown[][],
  ids: unknown[][],
  statuses: unknown[][],
  dues: unknown[][],
  starts?: unknown[][],
  dependsOn?: unknown[][],
  lastUpdated?: unknown[][],
  asOf?: number,
  weekend?: unknown,
  holidays?: unknown[][],
  departments?: unknown[][],
  calendars?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<number | CustomFunctions.Error>> {
  return perId(id, { ids, statuses, dues, starts, dependsOn, lastUpdated, asOf, weekend, holidays, departments, calendars }, slip, invocation) as Array<Array<number | CustomFunctions.Error>>;
}

/**
 * Upstream initiatives that are amber, red or forecast late, nearest first: what makes this one amber or red. Spills down for one id; with a range of ids, one comma-separated list per row.
 * @customfunction BLOCKERS
 * @requiresParameterAddresses
 * @param id Initiative id; a range of ids gives one list per row; leave empty for every row of ids.
 * @param ids The initiative table's id column, e.g. Initiatives[ID].
 * @param statuses The reported status column.
 * @param dues The due (planned finish) date column.
 * @param [starts] The planned start date column.
 * @param [dependsOn] The depends-on column.
 * @param [lastUpdated] The last-updated date column.
 * @param [asOf] Date the statuses are as of; today when omitted.
 * @param [weekend] Days off each week, as in WORKDAY.INTL: a weekend number (1 or omitted Saturday and Sunday, 2 Sunday and Monday, .., 7 Friday and Saturday, 11 Sunday only, .., 17 Saturday only) or seven 0s and 1s from Monday to Sunday, 1 a day off (e.g. "0000011").
 * @param [holidays] Days off on working weekdays (bank holidays, shutdowns), as in WORKDAY.INTL: a range of dates.
 * @param [departments] The department column, e.g. Initiatives[Department]: each row is scheduled on its department's calendar from calendars.
 * @param [calendars] Calendars by department: rows of Department, Working weekdays and optionally Holiday (a date) and Working (TRUE when that date is worked instead, such as a Saturday), e.g. a Calendars table with Site | Mon-Sun and Office | Mon-Fri | 3 Apr 2026. Working weekdays: a list such as Mon-Fri, Mon-Sun or Sun-Thu, or a WORKDAY.INTL weekend; blank for the weekend argument's week. One holiday a row. Every department keeps the holidays argument's days off; rows of departments with no calendar here work the weekend and holidays.
 * @returns The blocking upstream ids.
 */
export function blockersFormula(
  id: unknown[][],
  ids: unknown[][],
  statuses: unknown[][],
  dues: unknown[][],
  starts?: unknown[][],
  dependsOn?: unknown[][],
  lastUpdated?: unknown[][],
  asOf?: number,
  weekend?: unknown,
  holidays?: unknown[][],
  departments?: unknown[][],
  calendars?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | CustomFunctions.Error>> {
  return withTable({ ids, statuses, dues, starts, dependsOn, lastUpdated, asOf, weekend, holidays, departments, calendars }, (run) => answerBlockers(run, id), columnAddresses(invocation, 1)) as Array<Array<string | CustomFunctions.Error>>;
}

/**
 * What moves when an initiative is delayed by some working days: a table of every initiative whose forecast finish moves (ID, Slip days, New finish), under a header row.
 * @customfunction IMPACT
 * @requiresParameterAddresses
 * @param id The initiative to delay.
 * @param days Working days of delay, e.g. 10.
 * @param ids The initiative table's id column, e.g. Initiatives[ID].
 * @param statuses The reported status column.
 * @param dues The due (planned finish) date column.
 * @param [starts] The planned start date column.
 * @param [dependsOn] The depends-on column.
 * @param [lastUpdated] The last-updated date column.
 * @param [asOf] Date the forecast is as of; today when omitted.
 * @param [weekend] Days off each week, as in WORKDAY.INTL: a weekend number (1 or omitted Saturday and Sunday, 2 Sunday and Monday, .., 7 Friday and Saturday, 11 Sunday only, .., 17 Saturday only) or seven 0s and 1s from Monday to Sunday, 1 a day off (e.g. "0000011").
 * @param [holidays] Days off on working weekdays (bank holidays, shutdowns), as in WORKDAY.INTL: a range of dates.
 * @param [departments] The department column, e.g. Initiatives[Department]: each row is scheduled on its department's calendar from calendars.
 * @param [calendars] Calendars by department: rows of Department, Working weekdays and optionally Holiday (a date) and Working (TRUE when that date is worked instead, such as a Saturday), e.g. a Calendars table with Site | Mon-Sun and Office | Mon-Fri | 3 Apr 2026. Working weekdays: a list such as Mon-Fri, Mon-Sun or Sun-Thu, or a WORKDAY.INTL weekend; blank for the weekend argument's week. One holiday a row. Every department keeps the holidays argument's days off; rows of departments with no calendar here work the weekend and holidays.
 * @returns A spilled table: ID, Slip days, New finish (a date serial).
 */
export function impactFormula(
  id: unknown,
  days: number,
  ids: unknown[][],
  statuses: unknown[][],
  dues: unknown[][],
  starts?: unknown[][],
  dependsOn?: unknown[][],
  lastUpdated?: unknown[][],
  asOf?: number,
  weekend?: unknown,
  holidays?: unknown[][],
  departments?: unknown[][],
  calendars?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | number | CustomFunctions.Error>> {
  return withTable({ ids, statuses, dues, starts, dependsOn, lastUpdated, asOf, weekend, holidays, departments, calendars }, (run) => answerImpact(run, id, days), columnAddresses(invocation, 2)) as Array<
    Array<string | number | CustomFunctions.Error>
  >;
}

/**
 * The critical path: initiatives with no slack, in schedule order, spilled down.
 * @customfunction CRITICALPATH
 * @requiresParameterAddresses
 * @param ids The initiative table's id column, e.g. Initiatives[ID].
 * @param statuses The reported status column.
 * @param dues The due (planned finish) date column.
 * @param [starts] The planned start date column.
 * @param [dependsOn] The depends-on column.
 * @param [lastUpdated] The last-updated date column.
 * @param [asOf] Date the plan is as of; today when omitted.
 * @param [weekend] Days off each week, as in WORKDAY.INTL: a weekend number (1 or omitted Saturday and Sunday, 2 Sunday and Monday, .., 7 Friday and Saturday, 11 Sunday only, .., 17 Saturday only) or seven 0s and 1s from Monday to Sunday, 1 a day off (e.g. "0000011").
 * @param [holidays] Days off on working weekdays (bank holidays, shutdowns), as in WORKDAY.INTL: a range of dates.
 * @param [departments] The department column, e.g. Initiatives[Department]: each row is scheduled on its department's calendar from calendars.
 * @param [calendars] Calendars by department: rows of Department, Working weekdays and optionally Holiday (a date) and Working (TRUE when that date is worked instead, such as a Saturday), e.g. a Calendars table with Site | Mon-Sun and Office | Mon-Fri | 3 Apr 2026. Working weekdays: a list such as Mon-Fri, Mon-Sun or Sun-Thu, or a WORKDAY.INTL weekend; blank for the weekend argument's week. One holiday a row. Every department keeps the holidays argument's days off; rows of departments with no calendar here work the weekend and holidays.
 * @returns The critical initiative ids.
 */
export function criticalPathFormula(
  ids: unknown[][],
  statuses: unknown[][],
  dues: unknown[][],
  starts?: unknown[][],
  dependsOn?: unknown[][],
  lastUpdated?: unknown[][],
  asOf?: number,
  weekend?: unknown,
  holidays?: unknown[][],
  departments?: unknown[][],
  calendars?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | CustomFunctions.Error>> {
  return withTable({ ids, statuses, dues, starts, dependsOn, lastUpdated, asOf, weekend, holidays, departments, calendars }, answerCriticalPath, columnAddresses(invocation, 0)) as Array<Array<string | CustomFunctions.Error>>;
}

/**
 * Every finding Throughline raises on the table, as a spilled table (Code, Severity, Initiative, Message) under a header row, errors first.
 * @customfunction FINDINGS
 * @requiresParameterAddresses
 * @param ids The initiative table's id column, e.g. Initiatives[ID].
 * @param statuses The reported status column.
 * @param dues The due (planned finish) date column.
 * @param [starts] The planned start date column.
 * @param [dependsOn] The depends-on column.
 * @param [lastUpdated] The last-updated date column.
 * @param [asOf] Date the checks are as of; today when omitted.
 * @param [cadence] Review cadence in calendar days for stale statuses; 7 when omitted.
 * @param [weekend] Days off each week, as in WORKDAY.INTL: a weekend number (1 or omitted Saturday and Sunday, 2 Sunday and Monday, .., 7 Friday and Saturday, 11 Sunday only, .., 17 Saturday only) or seven 0s and 1s from Monday to Sunday, 1 a day off (e.g. "0000011").
 * @param [holidays] Days off on working weekdays (bank holidays, shutdowns), as in WORKDAY.INTL: a range of dates.
 * @param [departments] The department column, e.g. Initiatives[Department]: each row is scheduled on its department's calendar from calendars.
 * @param [calendars] Calendars by department: rows of Department, Working weekdays and optionally Holiday (a date) and Working (TRUE when that date is worked instead, such as a Saturday), e.g. a Calendars table with Site | Mon-Sun and Office | Mon-Fri | 3 Apr 2026. Working weekdays: a list such as Mon-Fri, Mon-Sun or Sun-Thu, or a WORKDAY.INTL weekend; blank for the weekend argument's week. One holiday a row. Every department keeps the holidays argument's days off; rows of departments with no calendar here work the weekend and holidays.
 * @returns A spilled table of findings.
 */
export function findingsFormula(
  ids: unknown[][],
  statuses: unknown[][],
  dues: unknown[][],
  starts?: unknown[][],
  dependsOn?: unknown[][],
  lastUpdated?: unknown[][],
  asOf?: number,
  cadence?: number,
  weekend?: unknown,
  holidays?: unknown[][],
  departments?: unknown[][],
  calendars?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | CustomFunctions.Error>> {
  return withTable({ ids, statuses, dues, starts, dependsOn, lastUpdated, asOf, cadence, weekend, holidays, departments, calendars }, answerFindings, columnAddresses(invocation, 0)) as Array<Array<string | CustomFunctions.Error>>;
}

/**
 * Whether a status update is older than the review cadence: more than cadence calendar days before the as-of date. A blank date counts as stale. A range of dates gives one answer per cell.
 * @customfunction ISSTALE
 * @param lastUpdated Date of the last status update, or a range of them.
 * @param cadence Review cadence in calendar days, e.g. 7.
 * @param [asOf] Date to measure from; today when omitted.
 * @returns TRUE when the update is older than the cadence.
 */
export function isStaleFormula(lastUpdated: unknown[][], cadence: number, asOf?: number): Array<Array<boolean | CustomFunctions.Error>> {
  return safely(() => isStaleAnswer(lastUpdated, cadence, asOf, todaySerial())) as Array<Array<boolean | CustomFunctions.Error>>;
}

/**
 * Normalise a status word to Throughline's status: green, amber, red, done, not-started, on-hold, cancelled or unknown (e.g. "At risk" gives amber). A range gives one answer per cell.
 * @customfunction STATUS
 * @param text A status as written (RAG letter, word or emoji), or a range of them.
 * @returns The normalised status.
 */
export function statusFormula(text: unknown[][]): Array<Array<string | CustomFunctions.Error>> {
  return safely(() => normaliseStatusAnswer(text)) as Array<Array<string | CustomFunctions.Error>>;
}
