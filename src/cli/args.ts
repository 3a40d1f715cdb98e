import type { DateOrder } from '../core/types';
import { dayFromIso } from '../core/util/days';

/** Options shared by `check` and `report`. */
export interface RunArgs {
  readonly files: readonly string[];
  /** Day number; undefined means today (UTC). */
  readonly asOf?: number;
  readonly cadenceDays?: number;
  readonly dateOrder?: DateOrder;
}

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | ({ readonly kind: 'check'; readonly json: boolean } & RunArgs)
  | ({ readonly kind: 'report'; readonly out: string; readonly previous?: string } & RunArgs)
  | { readonly kind: 'usage-error'; readonly message: string };

export const USAGE = `Usage:
  throughline check <files or folders...> [--as-of YYYY-MM-DD] [--cadence DAYS] [--date-order dmy|mdy] [--json]
  throughline report <files or folders...> --out summary.xlsx [--as-of YYYY-MM-DD] [--previous old-summary.xlsx]
                     [--cadence DAYS] [--date-order dmy|mdy]
  throughline --help | --version

check    reads the departmental workbooks (.xlsx, .csv; a folder means every such file in it) and
         prints the findings. Exit 0 without error findings, 1 with, 2 for usage or unreadable input.
report   writes the summary workbook (Summary, Initiatives, Findings, Dependencies, Timeline,
         Departments, and Changes when --previous is given) and says where it is.

Options:
  --as-of YYYY-MM-DD    the date the run is as of (default: today, UTC)
  --cadence DAYS        review cadence: status updates older than this are stale (default 7)
  --date-order dmy|mdy  how to read ambiguous text dates such as 03/04/2026 (default dmy)
  --json                check only: print { asOf, initiatives, findings, waived } as JSON
  --out FILE            report only: where to write the summary workbook (never an input file)
  --previous FILE       report only: an earlier summary to compare against (adds the Changes sheet)
`;

const VALUE_OPTIONS = new Set(['--as-of', '--cadence', '--date-order', '--out', '--previous']);
const FLAG_OPTIONS = new Set(['--json', '--help', '-h', '--version', '-v']);

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}

/** argv without the node and script paths -> a command, or a usage error naming the problem. */
export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  const values = new Map<string, string>();
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
    if (!VALUE_OPTIONS.has(name)) return usageError(`unknown option ${name}.`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++k];
    if (value === undefined || value === '') return usageError(`${name} needs a value.`);
    if (values.has(name)) return usageError(`${name} is given twice.`);
    values.set(name, value);
  }

  if (flags.has('--help') || flags.has('-h')) return { kind: 'help' };
  if (flags.has('--version') || flags.has('-v')) return { kind: 'version' };

  const [command, ...files] = positional;
  if (command === undefined) return usageError('name a command: check or report.');
  if (command !== 'check' && command !== 'report') return usageError(`unknown command "${command}"; use check or report.`);
  if (files.length === 0) return usageError(`${command} needs at least one file or folder.`);

  const common = parseCommon(values);
  if ('message' in common) return usageError(common.message);

  if (command === 'check') {
    for (const name of ['--out', '--previous']) if (values.has(name)) return usageError(`${name} belongs to report, not check.`);
    return { kind: 'check', files, json: flags.has('--json'), ...common };
  }
  if (flags.has('--json')) return usageError('--json belongs to check, not report.');
  const out = values.get('--out');
  if (out === undefined) return usageError('report needs --out FILE.xlsx.');
  if (!/\.xlsx$/i.test(out)) return usageError(`--out must name an .xlsx file (got "${out}").`);
  const previous = values.get('--previous');
  return { kind: 'report', files, out, ...(previous !== undefined ? { previous } : {}), ...common };
}

function parseCommon(values: ReadonlyMap<string, string>): Omit<RunArgs, 'files'> | { message: string } {
  const out: { asOf?: number; cadenceDays?: number; dateOrder?: DateOrder } = {};
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
  return out;
}
