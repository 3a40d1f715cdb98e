import * as fs from 'fs';
import * as path from 'path';
import { buildReport, digestText, headline } from '../core/report';
import { REPORT_SHEETS } from '../core/report/sheet-names';
import type { RunResult } from '../core/types';
import { isoFromDay } from '../core/util/days';
import { ReportTooLargeError, writeReportXlsxBlocks } from '../xlsx/write-report';
import type { RunArgs } from './args';
import { countBySeverity, plural } from './format-findings';
import { readGovernanceInputs } from './governance-inputs';
import { expandInputs } from './read-inputs';
import { runSources, type Io } from './run-sources';
import { terminalLine } from './terminal-text';
import { nodeGzip } from './node-gzip';
import { readSourceFile } from '../xlsx/read-source';

type ReportArgs = RunArgs & { readonly out: string; readonly digest?: true };

/** `throughline report`: writes the summary workbook; 2 for usage or unreadable input (the report is still written from the rest). */
export async function runReport(args: ReportArgs, io: Io): Promise<number> {
  const cwd = io.cwd();
  const out = path.resolve(cwd, args.out);
  // Never overwrite an input: checked before reading any source. The files the options name
  // (--previous, --holidays, --leads, --waivers) are inputs too; a summary of ours at --out is not.
  const optionFiles = [args.previous, args.holidays, args.leads, args.waivers].filter((f): f is string => f !== undefined).map((f) => path.resolve(cwd, f));
  const expanded = await withoutOwnSummary(expandInputs(args.files, cwd), out, optionFiles);
  const inputs = [...expanded.files, ...optionFiles];
  if (inputs.includes(out) || isOneOf(out, inputs)) {
    io.stderr.write(`throughline: --out ${terminalLine(args.out)} is one of the input files; choose another file name.\n`);
    return 2;
  }

  const digestPath = out.replace(/\.xlsx$/i, '.digest.txt');
  if (args.digest && (inputs.includes(digestPath) || isOneOf(digestPath, inputs))) {
    io.stderr.write(`throughline: the digest ${terminalLine(digestPath)} would overwrite an input file; choose another --out name.\n`);
    return 2;
  }

  const governance = await readGovernanceInputs(args, io);
  if (governance.failed) return 2;
  const { previous } = governance;

  const run = await runSources(args, io, expanded, governance.options);
  if (!run.result) return 2;
  // External links open the source files wherever the summary is opened (emailed, moved): absolute paths.
  const sourcePaths = sourcePathsFrom(run.result, run.paths, cwd);
  const doc = buildReport(run.result, previous !== undefined ? { previous, sourcePaths } : { sourcePaths });
  let blocks: Uint8Array[];
  try {
    blocks = await writeReportXlsxBlocks(doc, nodeGzip());
  } catch (e) {
    // A sheet past Excel's columns is a limit of the format, not our bug (rows past its 1,048,576 go to a sheet's next part).
    if (!(e instanceof ReportTooLargeError)) throw e;
    io.stderr.write(`throughline: cannot write ${terminalLine(args.out)}: ${e.message}.\n`);
    return 2;
  }
  try {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    writeBlocks(out, blocks);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    io.stderr.write(`throughline: cannot write ${terminalLine(args.out)}${typeof code === 'string' ? ` (${code})` : ''}.\n`);
    return 2;
  }
  let digestNote = '';
  if (args.digest) {
    try {
      fs.writeFileSync(digestPath, digestText(run.result));
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      io.stderr.write(`throughline: cannot write ${terminalLine(digestPath)}${typeof code === 'string' ? ` (${code})` : ''}.\n`);
      return 2;
    }
    digestNote = `Digest per person written to ${terminalLine(digestPath)}\n`;
  }
  io.stdout.write(`Summary workbook written to ${terminalLine(out)}\n${digestNote}${terminalLine(summaryParagraph(run.result, run.asOfNote, previous !== undefined))}\n`);
  // The same exit codes as check (README): the summary is written either way.
  if (run.problems.length > 0) return 2;
  return run.result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** The file's blocks one after the other (a summary of 1,000,000 initiatives is about 0.8 GB: never joined in memory). */
function writeBlocks(file: string, blocks: readonly Uint8Array[]): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const b of blocks) for (let at = 0; at < b.byteLength; ) at += fs.writeSync(fd, b, at, b.byteLength - at);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * True when `out` already exists and is one of `files` under another name: a symbolic link to
 * it, a hard link, or a path through a linked folder (same device and inode), so writing the
 * summary there would overwrite a source.
 */
function isOneOf(out: string, files: readonly string[]): boolean {
  const target = fs.statSync(out, { throwIfNoEntry: false, bigint: true });
  if (target === undefined) return false;
  return files.some((f) => {
    const s = fs.statSync(f, { throwIfNoEntry: false, bigint: true });
    return s !== undefined && s.dev === target.dev && s.ino === target.ino;
  });
}

/** One paragraph: as-of, sources, initiatives, effective red, findings by severity, the report's headline. */
export function summaryParagraph(result: RunResult, asOfNote: string, compared: boolean): string {
  const counts = countBySeverity(result.findings);
  const inits = result.model.initiatives;
  const effRed = inits.filter((i) => result.analysis.byId.get(i.id)?.effectiveStatus === 'red').length;
  const reportedRed = inits.filter((i) => i.status === 'red').length;
  return [
    `As of ${isoFromDay(result.options.asOf)} (${asOfNote}): ${plural(result.model.sources.length, 'source')}, ${plural(inits.length, 'initiative')},`,
    `${effRed} effectively red (${reportedRed} reported red).`,
    `Findings: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info.`,
    `${headline(result)}${compared ? ' Changes since the previous summary are on the Changes sheet.' : ''}`,
  ].join(' ');
}

/**
 * Source name -> its file's absolute path with forward slashes ("/plans/Finance.xlsx",
 * "C:/plans/Finance.xlsx", "//server/share/Finance.xlsx"), which links make into file: URLs.
 * A path relative to the summary broke once the summary was emailed or saved elsewhere.
 */
function sourcePathsFrom(result: RunResult, files: readonly string[], cwd: string): Map<string, string> {
  const paths = new Map<string, string>();
  result.model.sources.forEach((source, k) => {
    const file = files[k];
    if (file !== undefined) paths.set(source.name, path.resolve(cwd, file).split(path.sep).join('/'));
  });
  return paths;
}

/**
 * The inputs less the summary a previous `report` wrote at --out among the sources (a folder or
 * "*.xlsx" run again): it is ours, not a department's, and this report replaces it. Anything
 * else at --out is an input and is never overwritten.
 */
async function withoutOwnSummary(expanded: ReturnType<typeof expandInputs>, out: string, optionFiles: readonly string[]): Promise<ReturnType<typeof expandInputs>> {
  if (!expanded.files.includes(out) || optionFiles.includes(out)) return expanded;
  try {
    const source = await readSourceFile(new Uint8Array(fs.readFileSync(out)), path.basename(out));
    if (!source.sheets.some((sheet) => sheet.name === REPORT_SHEETS.snapshot)) return expanded;
  } catch {
    return expanded;
  }
  return { ...expanded, files: expanded.files.filter((f) => f !== out) };
}
