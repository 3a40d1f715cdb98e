import { readDecisions } from '../core/report/decisions-sheet';
import { readSnapshot, type Snapshot } from '../core/report/snapshot';
import { REPORT_SHEETS } from '../core/report/sheet-names';
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
  const wanted = (name: string) => name === REPORT_SHEETS.snapshot || name === REPORT_SHEETS.decisions;
  const source = await readXlsxSource(bytes, fileName, { sheets: wanted, limits: PREVIOUS_LIMITS });
  const sheet = source.sheets.find((s) => s.name === REPORT_SHEETS.snapshot);
  if (!sheet) return undefined;
  const snapshot = readSnapshot(fromA1(sheet));
  if (!snapshot) return undefined;
  // The decisions the user entered on the summary's Decisions sheet come back with it.
  const decisionsSheet = source.sheets.find((s) => s.name === REPORT_SHEETS.decisions);
  const decisions = decisionsSheet ? readDecisions(fromA1(decisionsSheet)) : [];
  return decisions.length > 0 ? { ...snapshot, decisions } : snapshot;
}

/** A sheet's rows from A1: the used range put back at its place. */
function fromA1(sheet: { readonly origin: { row: number; col: number }; readonly values: readonly (readonly CellValue[])[] }): CellValue[][] {
  const pad = new Array<CellValue>(sheet.origin.col).fill(null);
  return [...Array.from({ length: sheet.origin.row }, () => []), ...sheet.values.map((row) => [...pad, ...row])];
}
