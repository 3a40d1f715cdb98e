import { readDecisions } from '../core/report/decisions-sheet';
import { readSnapshot, type Snapshot } from '../core/report/snapshot';
import { partName, REPORT_SHEETS, reportSheetOf } from '../core/report/sheet-names';
import type { CellValue } from '../core/types';
import { readXlsxSource } from './read-workbook';
import { DEFAULT_ZIP_LIMITS } from './zip-guard';

/**
 * A summary of a large portfolio declares more XML than a source may (its Initiatives and
 * Findings sheets), but only its snapshot sheet is inflated: our own plain text rows, which cost
 * about 4 bytes of memory per byte of XML rather than 8 (the earlier limits, 512 MB and 1 GB).
 */
const PREVIOUS_LIMITS = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 512 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024 };

/**
 * The snapshot a previous summary workbook embeds in its hidden sheet; undefined when the file
 * has no such sheet or it is of a version this build cannot read (Changes is then left out).
 * Throws SourceReadError (one line naming the file) when the bytes are not a readable .xlsx,
 * a zip bomb or a truncated archive: read by the same streaming reader as the sources.
 */
export async function readPreviousSnapshot(bytes: Uint8Array, fileName = 'The previous summary'): Promise<Snapshot | undefined> {
  // A sheet past Excel's rows was written in parts ("_throughline", "_throughline 2", ...).
  const partOf = (name: string, base: string): number | undefined => {
    const of = reportSheetOf(name);
    return of?.base === base && partName(base, of.part) === name ? of.part : undefined;
  };
  const wanted = (name: string) => partOf(name, REPORT_SHEETS.snapshot) !== undefined || partOf(name, REPORT_SHEETS.decisions) !== undefined;
  const source = await readXlsxSource(bytes, fileName, { sheets: wanted, limits: PREVIOUS_LIMITS });
  const parts = (base: string) => {
    const byPart = new Map<number, (typeof source.sheets)[number]>();
    for (const s of source.sheets) {
      const k = partOf(s.name, base);
      if (k !== undefined) byPart.set(k, s);
    }
    const out: (typeof source.sheets)[number][] = [];
    for (let k = 1; byPart.has(k); k++) out.push(byPart.get(k)!);
    return out;
  };
  const snapshotParts = parts(REPORT_SHEETS.snapshot);
  if (snapshotParts.length === 0) return undefined;
  const rows: CellValue[][] = [];
  for (const sheet of snapshotParts) for (const row of fromA1(sheet)) rows.push(row);
  const snapshot = readSnapshot(rows);
  if (!snapshot) return undefined;
  // The decisions the user entered on the summary's Decisions sheet come back with it (each part has its header row).
  const decisions = parts(REPORT_SHEETS.decisions).flatMap((sheet) => readDecisions(fromA1(sheet)));
  return decisions.length > 0 ? { ...snapshot, decisions } : snapshot;
}

/** A sheet's rows from A1: the used range put back at its place. */
function fromA1(sheet: { readonly origin: { row: number; col: number }; readonly values: readonly (readonly CellValue[])[] }): CellValue[][] {
  const pad = new Array<CellValue>(sheet.origin.col).fill(null);
  return [...Array.from({ length: sheet.origin.row }, () => []), ...sheet.values.map((row) => [...pad, ...row])];
}
