import ExcelJS from 'exceljs';
import { readSnapshot, type Snapshot } from '../core/report/snapshot';
import { REPORT_SHEETS } from '../core/report/sheet-names';
import type { CellValue } from '../core/types';
import { SourceReadError } from './read-source-error';
import { checkZipLimits } from './zip-guard';

/**
 * The snapshot a previous summary workbook embeds in its hidden sheet; undefined when the file
 * has no such sheet or it is of a version this build cannot read (Changes is then left out).
 * Throws SourceReadError when the bytes are a zip bomb or a truncated archive (checked before
 * anything is inflated), and exceljs' own error when they are not an .xlsx at all.
 */
export async function readPreviousSnapshot(bytes: Uint8Array, fileName = 'The previous summary'): Promise<Snapshot | undefined> {
  const problem = checkZipLimits(bytes);
  if (problem !== undefined) throw new SourceReadError(fileName, `${fileName} ${problem}.`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(REPORT_SHEETS.snapshot);
  if (!ws) return undefined;
  const rows: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(plain(row.getCell(c).value));
    rows.push(values);
  }
  return readSnapshot(rows);
}

function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text;
  if (typeof v === 'object' && 'result' in v) {
    const r = v.result;
    return typeof r === 'string' || typeof r === 'number' || typeof r === 'boolean' || r instanceof Date ? r : null;
  }
  return null;
}
