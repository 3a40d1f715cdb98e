import type { CellRef, ReportLink, RunResult } from '../types';

/** Where a source file is, as a link from the summary should name it, by source name. */
export type SourcePaths = Readonly<Record<string, string>>;

/**
 * A link to a source cell: internal when the source is a sheet of the open workbook
 * (origin 'workbook'), external (file, sheet, cell) for a departmental file. A source the
 * model does not list is treated as a file, the only place it can live outside the workbook.
 * The file is named by `paths` when given (e.g. "../plans/Finance.xlsx", relative to where the
 * summary is written), else by the source name, which resolves next to the summary.
 */
export function linkToCell(result: RunResult, cell: CellRef, paths: SourcePaths = {}): ReportLink {
  return originsOf(result).get(cell.source) === 'workbook'
    ? { kind: 'internal', sheet: cell.sheet, address: cell.address }
    : { kind: 'external', file: paths[cell.source] ?? cell.source, sheet: cell.sheet, address: cell.address };
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
export function makeCellLinker(result: RunResult, paths: SourcePaths = {}): {
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
        lastFile = paths[cell.source] ?? cell.source;
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
