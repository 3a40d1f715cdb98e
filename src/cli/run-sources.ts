import * as path from 'path';
import { makeOptions, type DateOrder, type RawSource, type RunOptions, type RunResult } from '../core';
import { readHolidayList } from '../core/ingest';
import { sheetDepartmentKey } from '../core/ingest/department';
import { runPipeline } from '../core/pipeline';
import { dayFromIso } from '../core/util/days';
import { recordOf } from '../core/util/own';
import type { RunArgs, SourceDepartment } from './args';
import { mergeWaivers } from '../core/rules/waivers';
import { expandInputs, formatProblem, readInputs, type InputProblem } from './read-inputs';
import { readWaiversFile } from './read-waivers';

export interface Io {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  cwd(): string;
}

export interface SourcesRun {
  /** undefined when no input could be read. */
  readonly result?: RunResult;
  readonly paths: readonly string[];
  readonly problems: readonly InputProblem[];
  /** Where the as-of date came from, for the output. */
  readonly asOfNote: string;
}

/** Today's date in UTC as a day number (the default as-of). */
export function todayUtc(): number {
  return dayFromIso(new Date().toISOString().slice(0, 10))!;
}

/**
 * Read the inputs (printing one line per unreadable one) and run the core over what could be read.
 * `expanded` is args.files with folders and wildcards expanded, when the caller already did it.
 */
export async function runSources(
  args: RunArgs,
  io: Io,
  expanded = expandInputs(args.files, io.cwd()),
  extra: Partial<RunOptions> = {},
): Promise<SourcesRun> {
  const read = await readInputs(expanded, io.cwd());
  const { sources, paths } = read;
  const named = namedDepartments(args.departments ?? [], sources, paths, expanded.files, io.cwd());
  const given = args.waivers !== undefined ? readWaiversFile(args.waivers, io.cwd()) : { waivers: [] };
  const holidays = args.holidays === undefined ? { days: [], problems: [] } : await readHolidays(args.holidays, args.dateOrder ?? 'dmy', io.cwd());
  const problems = [...read.problems, ...named.problems, ...('problem' in given ? [given.problem] : []), ...holidays.problems];
  for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
  for (const p of read.skipped) io.stderr.write(`${formatProblem(p)}\n`);
  const asOfNote = args.asOf !== undefined ? 'set by --as-of' : 'today';
  if (sources.length === 0) {
    // One input that could not be read is said in its one line; of several, say that none was read.
    if (read.problems.length !== 1) io.stderr.write('throughline: no source could be read.\n');
    return { paths, problems, asOfNote };
  }
  const options = makeOptions(args.asOf ?? todayUtc(), {
    ...extra,
    ...(args.cadenceDays !== undefined ? { cadenceDays: args.cadenceDays } : {}),
    ...(args.dateOrder !== undefined ? { dateOrder: args.dateOrder } : {}),
    ...(args.fiscalYearStart !== undefined ? { fiscalYearStart: args.fiscalYearStart } : {}),
    sourceDepartments: named.bySource,
    // A --waivers file first, then the waivers the workbooks hold (as the taskpane saved them).
    waivers: mergeWaivers(['waivers' in given ? given.waivers : [], read.waivers]),
    holidays: holidays.days,
  });
  return { result: runPipeline(sources, options), paths, problems, asOfNote };
}

/**
 * --holidays FILE -> RunOptions.holidays: the file's dates (readHolidayList). A file that cannot
 * be read, holds no date, or has a cell in its date column that is not a date is a problem line
 * (exit 2) naming the file and cell; the dates it does hold still count.
 */
export async function readHolidays(file: string, dateOrder: DateOrder, cwd: string): Promise<{ days: number[]; problems: InputProblem[] }> {
  const read = await readInputs({ files: [path.resolve(cwd, file)], problems: [] }, cwd);
  const source = read.sources[0];
  if (source === undefined) return { days: [], problems: read.problems };
  const { holidays, unread } = readHolidayList(source, dateOrder);
  const problems: InputProblem[] = unread.map((u) => ({
    input: file,
    message: `--holidays ${file}: ${u.cell.sheet}!${u.cell.address} "${u.value}" is not a date; the other days off are used without it.`,
  }));
  if (holidays.length === 0 && unread.length === 0) problems.push({ input: file, message: `--holidays ${file} lists no date.` });
  return { days: holidays.map((h) => h.day), problems };
}

/**
 * --department FILE=NAME -> RunOptions.sourceDepartments (by source name, as the taskpane's Sources
 * step sets it). FILE names a source by its display name (the file name, or its path from cwd when
 * two inputs share a file name) or by its path. FILE!SHEET=NAME names one sheet's department
 * (key sheetDepartmentKey: "Portfolio.xlsx!HR"), for a workbook kept one tab per department whose
 * tab names do not say it ("Sheet1", "Tab 2") or say it otherwise; it wins over FILE=NAME for that
 * sheet. A FILE that names none of the inputs, or a SHEET its file does not have, is a problem
 * line (exit 2), not silently dropped; one that names an input that could not be read is already
 * reported and adds nothing.
 */
export function namedDepartments(
  departments: readonly SourceDepartment[],
  sources: readonly RawSource[],
  paths: readonly string[],
  inputs: readonly string[],
  cwd: string,
): { bySource: Record<string, string>; problems: InputProblem[] } {
  const bySource = new Map<string, string>();
  const problems: InputProblem[] = [];
  const sourceNamed = (file: string): number => {
    const full = path.resolve(cwd, file);
    return sources.findIndex((s, i) => s.name === file || paths[i] === full);
  };
  const unread = (file: string): boolean => {
    const full = path.resolve(cwd, file);
    return inputs.some((f) => f === full || path.basename(f) === file);
  };
  for (const d of departments) {
    const k = sourceNamed(d.file);
    if (k >= 0) {
      bySource.set(sources[k]!.name, d.name);
      continue;
    }
    const sheet = sheetNamed(d.file, sourceNamed);
    if (sheet !== undefined) {
      const source = sources[sheet.source]!;
      const found = source.sheets.find((s) => s.name === sheet.sheet) ?? source.sheets.find((s) => s.name.toLowerCase() === sheet.sheet.toLowerCase());
      if (found) bySource.set(sheetDepartmentKey(source.name, found.name), d.name);
      else
        problems.push({
          input: d.file,
          message: `--department names sheet "${sheet.sheet}" of ${sheet.file}, which has no such sheet (its sheets: ${source.sheets.map((s) => `"${s.name}"`).join(', ')}).`,
        });
      continue;
    }
    const bang = d.file.lastIndexOf('!');
    if (!unread(d.file) && !(bang > 0 && unread(d.file.slice(0, bang)))) problems.push({ input: d.file, message: `--department names ${d.file}, which is not one of the input files.` });
  }
  return { bySource: recordOf(bySource), problems };
}

/** FILE!SHEET split where FILE names an input (a file name may hold a "!" too: every split is tried, the longest FILE first). */
function sheetNamed(text: string, sourceNamed: (file: string) => number): { source: number; file: string; sheet: string } | undefined {
  for (let at = text.lastIndexOf('!'); at > 0; at = text.lastIndexOf('!', at - 1)) {
    const file = text.slice(0, at);
    const sheet = text.slice(at + 1).trim();
    const source = sourceNamed(file);
    if (source >= 0 && sheet !== '') return { source, file, sheet };
  }
  return undefined;
}
