import type { CellRef, ReportLink, RunResult } from '../types';

/**
 * Where a source file is, as a link from the summary should name it, by source name: a path with
 * '/' separators, relative to the summary's folder (or absolute: /x, C:/x, //server/share/x).
 */
export type SourcePaths = ReadonlyMap<string, string>;
const NO_PATHS: SourcePaths = new Map();

/**
 * A link to a source cell: internal when the source is a sheet of the open workbook
 * (origin 'workbook'), external (file, sheet, cell) for a departmental file. A source the
 * model does not list is treated as a file, the only place it can live outside the workbook.
 * The file is named by `paths` when given (e.g. "../plans/Finance.xlsx", relative to where the
 * summary is written), else by the source name, which resolves next to the summary.
 */
export function linkToCell(result: RunResult, cell: CellRef, paths: SourcePaths = NO_PATHS): ReportLink {
  return originsOf(result).get(cell.source) === 'workbook'
    ? { kind: 'internal', sheet: cell.sheet, address: cell.address }
    : { kind: 'external', file: paths.get(cell.source) ?? cell.source, sheet: cell.sheet, address: cell.address };
}

/** A link to a cell of a report sheet, by its stable name (REPORT_SHEETS). */
export function reportSheetLink(sheet: string, address: string): ReportLink {
  return { kind: 'internal', sheet, address, report: true };
}

/** "Finance.xlsx › Plan!C7": where a cell is, in words a user recognises. */
export function describeCell(cell: CellRef): string {
  return `${cell.source} › ${cell.sheet}!${cell.address}`;
}

/** Source origins by name, computed once per run (links are made for every row of every sheet). */
const ORIGINS = new WeakMap<RunResult, ReadonlyMap<string, 'workbook' | 'file'>>();
function originsOf(result: RunResult): ReadonlyMap<string, 'workbook' | 'file'> {
  let m = ORIGINS.get(result);
  if (!m) {
    m = new Map(result.model.sources.map((s) => [s.name, s.origin]));
    ORIGINS.set(result, m);
  }
  return m;
}

/**
 * linkToCell and describeCell for many cells of one run: the same links and texts, with the
 * source's origin, file name and "source › sheet!" prefix looked up once per source and sheet
 * rather than once per cell (a report of 100,000 initiatives links ~450,000 cells).
 */
export function makeCellLinker(result: RunResult, paths: SourcePaths = NO_PATHS): {
  link: (cell: CellRef) => ReportLink;
  describe: (cell: CellRef) => string;
} {
  const origins = originsOf(result);
  let lastSource: string | undefined;
  let lastInternal = false;
  let lastFile = '';
  let prefixSource: string | undefined;
  let prefixSheet: string | undefined;
  let prefix = '';
  return {
    link(cell) {
      if (cell.source !== lastSource) {
        lastSource = cell.source;
        lastInternal = origins.get(cell.source) === 'workbook';
        lastFile = paths.get(cell.source) ?? cell.source;
      }
      return lastInternal
        ? { kind: 'internal', sheet: cell.sheet, address: cell.address }
        : { kind: 'external', file: lastFile, sheet: cell.sheet, address: cell.address };
    },
    describe(cell) {
      if (cell.source !== prefixSource || cell.sheet !== prefixSheet) {
        prefixSource = cell.source;
        prefixSheet = cell.sheet;
        prefix = `${cell.source} › ${cell.sheet}!`;
      }
      return prefix + cell.address;
    },
  };
}

/**
 * The target of a link as a URL reference, the one place link targets are made: "#'Plan'!$C$7"
 * inside this workbook, "../plans/Q3%20plan.xlsx#'Plan'!$C$7" for a file. Every path segment is
 * percent-encoded (all but letters, digits and - _ . ~), so a file name never supplies a scheme
 * ("javascript:x.xlsx" stays a file name), a query or a fragment ("a#b%20c.xlsx" stays that
 * file). A relative path stays relative (empty segments are dropped, so it never becomes a
 * "//host" reference); an absolute path (/x, C:/x, //server/share/x) becomes a file: URL.
 */
export function linkTarget(link: ReportLink): string {
  if (link.sheet !== lastSheet) {
    lastSheet = link.sheet;
    lastQuotedSheet = `#'${link.sheet.replace(/'/g, "''")}'!`;
  }
  const place = lastQuotedSheet + absoluteAddress(link.address);
  if (link.kind === 'internal') return place;
  if (link.file !== lastFile) {
    lastFile = link.file;
    lastFileReference = fileReference(link.file);
  }
  return lastFileReference + place;
}

// The last sheet and file made into a target: a report's links come in long runs to one
// source (900,000 links at 100,000 initiatives, each file path encoded again took a second).
let lastSheet: string | undefined;
let lastQuotedSheet = '';
let lastFile: string | undefined;
let lastFileReference = '';

/**
 * A file path with '/' separators (SourcePaths; a backslash is a character of a file name, as on
 * POSIX) -> a relative URL reference, or a file: URL when the path is absolute.
 */
function fileReference(file: string): string {
  const unc = /^\/\/([^/]+)\/(.*)$/.exec(file);
  if (unc) return `file://${encodeSegment(unc[1]!)}/${encodePath(unc[2]!)}`;
  const drive = /^([A-Za-z]):\/(.*)$/.exec(file);
  if (drive) return `file:///${drive[1]}:/${encodePath(drive[2]!)}`;
  return file.startsWith('/') ? `file:///${encodePath(file)}` : encodePath(file);
}

function encodePath(path: string): string {
  return path
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map(encodeSegment)
    .join('/');
}

/**
 * encodeURIComponent leaves ! ' ( ) * as they are; they are sub-delimiters in a URL, so encode them
 * too. A lone surrogate (which encodeURIComponent throws on) becomes U+FFFD.
 */
function encodeSegment(segment: string): string {
  const wellFormed = segment.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return encodeURIComponent(wellFormed).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** "c7" -> "$C$7": an absolute address keeps the target in the relationship (see write-cell-text.ts). */
function absoluteAddress(address: string): string {
  const p = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  return p ? `$${p[1]!.toUpperCase()}$${p[2]}` : address;
}
