import * as fs from 'fs';
import * as path from 'path';
import { REPORT_SHEETS } from '../core/report/sheet-names';
import type { RawSource, Waiver } from '../core/types';
import { readWorkbookWaivers } from '../xlsx/read-workbook-waivers';
import { readSourceFile } from '../xlsx/read-source';
import { isMspdiText } from '../xlsx/read-mspdi-source';
import { decodeText } from '../xlsx/read-text-encoding';
import { terminalLine } from './terminal-text';

/** What the CLI reads as a source from a folder (and .xml files that are Microsoft Project XML, isMspdiFile). */
const SOURCE_EXTENSIONS = /\.(xlsx|xlsm|xls|csv)$/i;
const XML_EXTENSION = /\.xml$/i;
/** How much of an .xml file is read to tell Project XML from other XML (read-source sniffs as much). */
const XML_SNIFF_BYTES = 65536;

export interface InputProblem {
  /** The file or folder as the user named it (or its path from cwd). */
  readonly input: string;
  /** One sentence that starts with the input, e.g. "data/Old.xls is a legacy .xls workbook; ...". */
  readonly message: string;
}

export interface ReadInputs {
  readonly sources: RawSource[];
  /** Absolute paths of every file read (so the report never overwrites one). */
  readonly paths: string[];
  readonly problems: InputProblem[];
  /** The waivers the workbooks read hold (saved in them by the add-in), in input order. */
  readonly waivers: Waiver[];
  /** Inputs left out on purpose, each said in a note that does not change the exit code: a Throughline summary among the sources. */
  readonly skipped: InputProblem[];
}

/**
 * Files and folders as given -> absolute file paths; a folder means its .xlsx/.xlsm/.xls/.csv files (not
 * Excel's ~$ lock files) and its .xml files that are Microsoft Project XML (MSPDI); other .xml
 * files of a folder are skipped without a word.
 */
export function expandInputs(inputs: readonly string[], cwd: string): { files: string[]; problems: InputProblem[] } {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      const matched = matchWildcard(full);
      if (matched === undefined) problems.push({ input, message: `${input}: no such file or folder.` });
      else if (matched.length === 0) problems.push({ input, message: `${input}: no file matches.` });
      else files.push(...matched);
      continue;
    }
    if (stat.isDirectory()) {
      const inside = fs
        .readdirSync(full)
        .filter((f) => (SOURCE_EXTENSIONS.test(f) || XML_EXTENSION.test(f)) && !f.startsWith('~$'))
        .sort()
        .map((f) => path.join(full, f))
        .filter((f) => fs.statSync(f).isFile() && (!XML_EXTENSION.test(f) || isMspdiFile(f)));
      if (inside.length === 0) problems.push({ input, message: `${input}: the folder holds no .xlsx, .xls, .csv or Microsoft Project .xml files.` });
      files.push(...inside);
    } else {
      files.push(full);
    }
  }
  return { files: [...new Set(files)], problems };
}

/** True when the file starts as a Microsoft Project XML file does (isMspdiText); false when it is not, or cannot be read. */
function isMspdiFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = new Uint8Array(XML_SNIFF_BYTES);
    const read = fs.readSync(fd, head, 0, XML_SNIFF_BYTES, 0);
    return isMspdiText(decodeText(head.subarray(0, read)));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * `dir/*.xlsx` as a literal argument (Windows shells do not expand wildcards): the matching files
 * of that folder, sorted; undefined when the name has no wildcard.
 */
function matchWildcard(full: string): string[] | undefined {
  const name = path.basename(full);
  if (!/[*?]/.test(name)) return undefined;
  const pattern = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  const dir = path.dirname(full);
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => pattern.test(f) && !f.startsWith('~$'))
      .sort()
      .map((f) => path.join(dir, f))
      .filter((f) => fs.statSync(f).isFile());
  } catch {
    return [];
  }
}

/** Display names: the file name, or the path from cwd when two inputs share a file name. */
function sourceNames(files: readonly string[], cwd: string): string[] {
  const base = files.map((f) => path.basename(f));
  return files.map((f, k) => (base.indexOf(base[k]!) !== base.lastIndexOf(base[k]!) ? path.relative(cwd, f) : base[k]!));
}

/** Reads every expanded input it can (see expandInputs); each unreadable one becomes a problem line and the rest are still read. */
export async function readInputs(expanded: { files: readonly string[]; problems: readonly InputProblem[] }, cwd: string): Promise<ReadInputs> {
  const { files } = expanded;
  const problems = [...expanded.problems];
  const names = sourceNames(files, cwd);
  const sources: RawSource[] = [];
  const paths: string[] = [];
  const waivers: Waiver[] = [];
  const skipped: InputProblem[] = [];
  for (let k = 0; k < files.length; k++) {
    const file = files[k]!;
    const shown = path.relative(cwd, file) || file;
    try {
      const bytes = new Uint8Array(fs.readFileSync(file));
      const source = await readSourceFile(bytes, names[k]!);
      // A summary written by `report` into the folder the sources sit in: its sheets are ours, not a
      // department's, and a report run again may replace it.
      if (source.sheets.some((s) => s.name === REPORT_SHEETS.snapshot)) {
        skipped.push({ input: shown, message: `${shown} is a Throughline summary (it holds the ${REPORT_SHEETS.snapshot} sheet) and is not read as a source; give it as --previous to compare with it.` });
        continue;
      }
      paths.push(file);
      sources.push(source);
      if (bytes[0] === 0x50 && bytes[1] === 0x4b) waivers.push(...readWorkbookWaivers(bytes));
    } catch (e) {
      // Bad input never crashes the run: one line naming the file, the others still count.
      problems.push({ input: shown, message: describeReadError(e, names[k]!, shown) });
    }
  }
  return { sources, paths, problems, waivers, skipped };
}

function describeReadError(e: unknown, name: string, shown: string): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'EACCES' || code === 'EPERM') return `${shown}: permission denied.`;
  const message = e instanceof Error ? e.message : String(e);
  // SourceReadError messages start with the file name (which may hold a newline): show the path the user typed instead.
  if (message.startsWith(name)) return `${shown}${message.slice(name.length).trimEnd().replace(/\.$/, '')}.`;
  const line = message.split('\n')[0]!.trim().replace(/\.$/, '');
  return `${shown}: cannot be read (${line}).`;
}

/** The one line printed for an unreadable input. */
export function formatProblem(p: InputProblem): string {
  return `throughline: ${terminalLine(p.message)}`;
}
