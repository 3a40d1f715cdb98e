import { parseLadder } from '../core/govern';
import type { DateOrder, EscalationLadder } from '../core/types';
import { dayFromIso } from '../core/util/days';

/** Options shared by `check` and `report`. */
export interface RunArgs {
  readonly files: readonly string[];
  /** Day number; undefined means today (UTC). */
  readonly asOf?: number;
  readonly cadenceDays?: number;
  readonly dateOrder?: DateOrder;
  /** --fiscal-year-start MONTH: the month (1-12) fiscal years start in, for "Q2 FY27". */
  readonly fiscalYearStart?: number;
  /** --department FILE=NAME, in the order given: the department each named file speaks for. */
  readonly departments?: ReadonlyArray<SourceDepartment>;
  /** --previous FILE: the previous review's summary (findings' life; report also adds Changes). */
  readonly previous?: string;
  /** --leads FILE: a .csv or .xlsx with Department and Lead columns. */
  readonly leads?: string;
  /** --ladder LEAD,STEERING[,no-red-critical]: when open findings escalate. */
  readonly ladder?: EscalationLadder;
  /** --waivers FILE: a JSON list of waivers ({ key, reason, by?, on? }), applied with the workbooks' own. */
  readonly waivers?: string;
  /** --holidays FILE: a list of days off (bank holidays, shutdowns), as typed. */
  readonly holidays?: string;
}

/** One --department FILE=NAME: FILE as typed (a file name or a path), NAME trimmed. */
export interface SourceDepartment {
  readonly file: string;
  readonly name: string;
}

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | ({ readonly kind: 'check'; readonly json: boolean; readonly all: boolean } & RunArgs)
  | ({ readonly kind: 'report'; readonly out: string; readonly digest?: true } & RunArgs)
  | { readonly kind: 'usage-error'; readonly message: string };

export const USAGE = `Usage:
  throughline check <files or folders...> [--as-of YYYY-MM-DD] [--cadence DAYS] [--date-order dmy|mdy]
                    [--fiscal-year-start MONTH] [--holidays FILE] [--department FILE=NAME ...] [--all | --json]
                    [--previous old-summary.xlsx] [--leads FILE] [--ladder 2,4] [--waivers FILE]
  throughline report <files or folders...> --out summary.xlsx [--as-of YYYY-MM-DD] [--previous old-summary.xlsx]
                     [--cadence DAYS] [--date-order dmy|mdy] [--fiscal-year-start MONTH] [--holidays FILE]
                     [--department FILE=NAME ...] [--leads FILE] [--ladder 2,4] [--waivers FILE] [--digest]
  throughline --help | --version

check    reads the departmental workbooks (.xlsx, .xls, .csv; a folder means every such file in it) and
         prints the findings. Exit 0 without error findings, 1 with, 2 for usage or unreadable input.
report   writes the summary workbook (Summary, Initiatives, Findings, Dependencies, Timeline,
         Departments, Actions, and Changes when --previous is given) and says where it is.

Options:
  --as-of YYYY-MM-DD    the date the run is as of (default: today, UTC)
  --cadence DAYS        review cadence: status updates older than this are stale (default 7)
  --date-order dmy|mdy  how to read ambiguous text dates such as 03/04/2026 (default dmy)
  --fiscal-year-start MONTH
                        the month fiscal years start in (April, apr or 4), for dates written
                        "Q2 FY27" or "H1 2026/27"; "FY27" is the year ending in 2027 (default:
                        January, or April for a split year such as 2026/27; a finding says so)
  --department FILE=NAME
                        the department a file speaks for, e.g. --department "it plan.xlsx=IT"
                        (repeatable, one per file; default: from a department column, the tab
                        names of a workbook kept one tab per department, the file name or a
                        title row); FILE!SHEET=NAME names one sheet's, e.g. "plan.xlsx!Tab 2=HR"
  --holidays FILE       days off (bank holidays, shutdowns) as a .csv or .xlsx list of dates, one a
                        row with an optional name beside it: no work is scheduled on them
  --all                 check only: list every finding (default: the first 50 of each severity,
                        then the rest counted by rule)
  --json                check only: print { asOf, initiatives, findings, waived, sources, actions,
                        resolved } as JSON
  --out FILE            report only: where to write the summary workbook (never an input file)
  --previous FILE       the previous review's summary: each finding's first-seen date and reviews open
                        carry on from it; report also adds the Changes sheet
  --leads FILE          a .csv or .xlsx naming each department's lead (Department, Lead columns): who
                        gets actions without an owner, and escalations
  --ladder LEAD,STEERING
                        reviews a finding stays open before it escalates to the department lead and
                        to the steering committee (default 2,4); add ",no-red-critical" to not send
                        red critical-path items to the steering committee at once
  --waivers FILE        a JSON list of waivers, each { "key", "reason", "by", "on" } with the key
                        check --json gives a finding; applied with the waivers the workbooks hold
                        (saved by the add-in), the file's winning for the same key
  --digest              report only: also write SUMMARY.digest.txt beside the summary, one short
                        plain-text block per person with their open actions
`;

const VALUE_OPTIONS = new Set(['--as-of', '--cadence', '--date-order', '--fiscal-year-start', '--out', '--previous', '--leads', '--ladder', '--waivers', '--holidays']);
/** Options that may be given more than once (each value kept, in order). */
const REPEATABLE_OPTIONS = new Set(['--department']);
const FLAG_OPTIONS = new Set(['--json', '--all', '--digest', '--help', '-h', '--version', '-v']);

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}

/** argv without the node and script paths -> a command, or a usage error naming the problem. */
export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--') {
      positional.push(...argv.slice(k + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAG_OPTIONS.has(name)) {
      if (eq > 0) return usageError(`${name} takes no value.`);
      flags.add(name);
      continue;
    }
    const repeatable = REPEATABLE_OPTIONS.has(name);
    if (!VALUE_OPTIONS.has(name) && !repeatable) return usageError(`unknown option ${name}.`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++k];
    if (value === undefined || value === '') return usageError(`${name} needs a value.`);
    if (repeatable) {
      repeated.set(name, [...(repeated.get(name) ?? []), value]);
      continue;
    }
    if (values.has(name)) return usageError(`${name} is given twice.`);
    values.set(name, value);
  }

  if (flags.has('--help') || flags.has('-h')) return { kind: 'help' };
  if (flags.has('--version') || flags.has('-v')) return { kind: 'version' };

  const [command, ...files] = positional;
  if (command === undefined) return usageError('name a command: check or report.');
  if (command !== 'check' && command !== 'report') return usageError(`unknown command "${command}"; use check or report.`);
  // Values first: `check --as-of Finance.xlsx` took the file as the date, so say that, not "no file".
  const common = parseCommon(values, repeated.get('--department') ?? []);
  if ('message' in common) return usageError(common.message);
  if (files.length === 0) return usageError(`${command} needs at least one file or folder.`);

  if (command === 'check') {
    if (values.has('--out')) return usageError('--out belongs to report, not check.');
    if (flags.has('--digest')) return usageError('--digest belongs to report, not check.');
    return { kind: 'check', files, json: flags.has('--json'), all: flags.has('--all'), ...common };
  }
  for (const flag of ['--json', '--all']) if (flags.has(flag)) return usageError(`${flag} belongs to check, not report.`);
  const out = values.get('--out');
  if (out === undefined) return usageError('report needs --out FILE.xlsx.');
  if (!/\.xlsx$/i.test(out)) return usageError(`--out must name an .xlsx file (got "${out}").`);
  return { kind: 'report', files, out, ...(flags.has('--digest') ? { digest: true as const } : {}), ...common };
}

function parseCommon(values: ReadonlyMap<string, string>, departments: readonly string[]): Omit<RunArgs, 'files'> | { message: string } {
  const out: { asOf?: number; cadenceDays?: number; dateOrder?: DateOrder; fiscalYearStart?: number; departments?: SourceDepartment[]; previous?: string; leads?: string; waivers?: string; ladder?: EscalationLadder; holidays?: string } = {};
  const holidays = values.get('--holidays');
  if (holidays !== undefined) out.holidays = holidays;
  const previous = values.get('--previous');
  if (previous !== undefined) out.previous = previous;
  const leads = values.get('--leads');
  if (leads !== undefined) out.leads = leads;
  const waivers = values.get('--waivers');
  if (waivers !== undefined) out.waivers = waivers;
  const ladderText = values.get('--ladder');
  if (ladderText !== undefined) {
    const ladder = parseLadder(ladderText);
    if (ladder === undefined) return { message: `--ladder must be LEAD,STEERING review counts with STEERING >= LEAD, e.g. 2,4 (optionally ",no-red-critical") (got "${ladderText}").` };
    out.ladder = ladder;
  }
  const asOf = values.get('--as-of');
  if (asOf !== undefined) {
    const day = dayFromIso(asOf);
    if (day === undefined) return { message: `--as-of must be a date written YYYY-MM-DD (got "${asOf}").` };
    out.asOf = day;
  }
  const cadence = values.get('--cadence');
  if (cadence !== undefined) {
    if (!/^\d+$/.test(cadence) || Number(cadence) < 1 || Number(cadence) > 3650) {
      return { message: `--cadence must be a whole number of days from 1 to 3650 (got "${cadence}").` };
    }
    out.cadenceDays = Number(cadence);
  }
  const order = values.get('--date-order');
  if (order !== undefined) {
    if (order !== 'dmy' && order !== 'mdy') return { message: `--date-order must be dmy or mdy (got "${order}").` };
    out.dateOrder = order;
  }
  const fiscal = values.get('--fiscal-year-start');
  if (fiscal !== undefined) {
    const month = parseMonth(fiscal);
    if (month === undefined) return { message: `--fiscal-year-start must be a month: a name (April), its first three letters (apr) or its number 1-12 (got "${fiscal}").` };
    out.fiscalYearStart = month;
  }
  if (departments.length > 0) {
    const parsed: SourceDepartment[] = [];
    for (const value of departments) {
      const d = parseDepartment(value);
      if ('message' in d) return d;
      if (parsed.some((p) => p.file === d.file)) return { message: `--department names ${d.file} twice.` };
      parsed.push(d);
    }
    out.departments = parsed;
  }
  return out;
}

/**
 * "Finance.xlsx=Group Finance" -> { file, name }. Split at the last "=" (a file name may hold
 * one; a department name hardly ever does); both parts must be non-blank.
 */
function parseDepartment(value: string): SourceDepartment | { message: string } {
  const eq = value.lastIndexOf('=');
  const file = eq > 0 ? value.slice(0, eq).trim() : '';
  const name = eq > 0 ? value.slice(eq + 1).trim().replace(/\s+/g, ' ') : '';
  if (file === '' || name === '') return { message: `--department must be FILE=NAME, e.g. --department Finance.xlsx=Finance (got "${value}").` };
  return { file, name };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "April", "apr", "4" -> 4; undefined for anything else. */
export function parseMonth(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(t)) return Number(t) >= 1 && Number(t) <= 12 ? Number(t) : undefined;
  if (t.length < 3) return undefined;
  const k = MONTHS.findIndex((m) => m.startsWith(t));
  return k < 0 ? undefined : k + 1;
}
