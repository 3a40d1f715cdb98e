import { makeOptions, type RunResult } from '../core';
import { runPipeline } from '../core/pipeline';
import { dayFromIso } from '../core/util/days';
import type { RunArgs } from './args';
import { expandInputs, formatProblem, readInputs, type InputProblem } from './read-inputs';

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
export async function runSources(args: RunArgs, io: Io, expanded = expandInputs(args.files, io.cwd())): Promise<SourcesRun> {
  const { sources, paths, problems } = await readInputs(expanded, io.cwd());
  for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
  const asOfNote = args.asOf !== undefined ? 'set by --as-of' : 'today';
  if (sources.length === 0) {
    io.stderr.write('throughline: no source could be read.\n');
    return { paths, problems, asOfNote };
  }
  const options = makeOptions(args.asOf ?? todayUtc(), {
    ...(args.cadenceDays !== undefined ? { cadenceDays: args.cadenceDays } : {}),
    ...(args.dateOrder !== undefined ? { dateOrder: args.dateOrder } : {}),
  });
  return { result: runPipeline(sources, options), paths, problems, asOfNote };
}
