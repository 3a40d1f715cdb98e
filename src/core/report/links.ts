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
