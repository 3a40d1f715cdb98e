import ExcelJS from 'exceljs';
import { buildZip, deflatedZeros, minimalXlsxParts, type ZipPart } from './build-zip';

/** Files a real user might hand the CLI, good and hostile, built in milliseconds to seconds. */

const GB = 1024 * 1024 * 1024;

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = new Date(Date.UTC(2026, 0, 1));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A small, sound initiatives sheet: three rows, one dependency, as a department keeps it. */
export async function goodWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Finance');
  ws.addRow(['ID', 'Name', 'Owner', 'Status', 'Start', 'Due', 'Last Updated', 'Depends On']);
  ws.addRow(['FIN-1', 'Close books in 3 days', 'Ana', 'Green', new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(2026, 5, 30)), new Date(Date.UTC(2026, 1, 27)), null]);
  ws.addRow(['FIN-2', 'New ledger', 'Ben', 'Amber', new Date(Date.UTC(2026, 1, 2)), new Date(Date.UTC(2026, 8, 30)), new Date(Date.UTC(2026, 1, 27)), 'FIN-1']);
  ws.addRow(['FIN-3', '=HYPERLINK("http://x")', 'Chen', 'Red', new Date(Date.UTC(2026, 2, 2)), new Date(Date.UTC(2026, 10, 30)), new Date(Date.UTC(2026, 1, 20)), 'FIN-2']);
  for (const c of [5, 6, 7]) ws.getColumn(c).numFmt = 'yyyy-mm-dd';
  return toBytes(wb);
}

/** A download cut off half way. */
export async function truncatedWorkbook(): Promise<Uint8Array> {
  const bytes = await goodWorkbook();
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

/** Meeting notes saved as .txt and renamed .xlsx. */
export function textRenamedXlsx(): Uint8Array {
  return new TextEncoder().encode('Portfolio review notes\n\n- FIN-1 on track\n- OPS-2 blocked by IT-4\n');
}

/** A workbook with one sheet and nothing in it. */
export async function emptyWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  return toBytes(wb);
}

/** One sheet of `rows` initiatives (inline strings, built as XML directly: ~1 s for 200,000). */
export function manyRowsWorkbook(rows: number): Uint8Array {
  const is = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    `<row r="1">${is('A1', 'ID')}${is('B1', 'Name')}${is('C1', 'Status')}${is('D1', 'Due')}${is('E1', 'Depends On')}</row>`,
  ];
  for (let i = 1; i <= rows; i++) {
    const r = i + 1;
    const dep = i > 1 && i % 4 === 0 ? is(`E${r}`, `R-${i - 1}`) : '';
    parts.push(`<row r="${r}">${is(`A${r}`, `R-${i}`)}${is(`B${r}`, `Row ${i}`)}${is(`C${r}`, i % 3 === 0 ? 'Amber' : 'Green')}${is(`D${r}`, '2026-05-01')}${dep}</row>`);
  }
  parts.push('</sheetData></worksheet>');
  return buildZip(minimalXlsxParts(parts.join('')));
}

/**
 * `rows` initiatives, each row with its ID and name in A:B and a note in XFD, Excel's last column:
 * every row 16,384 columns wide, a few hundred KB on disk.
 */
export function farColumnRowsWorkbook(rows: number): Uint8Array {
  const is = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    `<row r="1">${is('A1', 'ID')}${is('B1', 'Name')}</row>`,
  ];
  for (let i = 1; i <= rows; i++) {
    const r = i + 1;
    parts.push(`<row r="${r}">${is(`A${r}`, `W-${i}`)}${is(`B${r}`, `Row ${i}`)}<c r="XFD${r}"><v>${i}</v></c></row>`);
  }
  parts.push('</sheetData></worksheet>');
  return buildZip(minimalXlsxParts(parts.join('')));
}

/** A normal sheet whose one Name cell holds `bytes` characters of varied text. */
export async function hugeCellWorkbook(bytes: number): Promise<Uint8Array> {
  let seed = 1;
  const letters = 'abcdefghijklmnopqrstuvwxyz     ';
  const chars = new Array<string>(bytes);
  for (let i = 0; i < bytes; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    chars[i] = letters[seed % letters.length]!;
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ops');
  ws.addRow(['ID', 'Name', 'Status', 'Due']);
  ws.addRow(['OPS-1', chars.join(''), 'Green', '2026-05-01']);
  ws.addRow(['OPS-2', 'Short name', 'Amber', '2026-06-01']);
  return toBytes(wb);
}

export const FORMULA_ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?'] as const;

/**
 * Every field a formula: ids and names computed from text, every other field an error value.
 * Returns the bytes and the addresses of the error cells (each must come back as a finding).
 */
export async function formulasWorkbook(): Promise<{ bytes: Uint8Array; errorCells: string[] }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Risk');
  const headers = ['ID', 'Name', 'Status', 'Start', 'Due', '% Complete', 'Last Updated', 'Depends On', 'Budget'];
  ws.addRow(headers);
  const errorCells: string[] = [];
  for (let r = 2; r <= 6; r++) {
    const row = ws.getRow(r);
    row.getCell(1).value = { formula: `"RSK-"&${r - 1}`, result: `RSK-${r - 1}` };
    row.getCell(2).value = { formula: `UPPER("risk ${r - 1}")`, result: `RISK ${r - 1}` };
    for (let c = 3; c <= headers.length; c++) {
      const error = FORMULA_ERRORS[(r + c) % FORMULA_ERRORS.length]!;
      row.getCell(c).value = { formula: `1/0+${c}`, result: { error } } as ExcelJS.CellFormulaValue;
      errorCells.push(`${String.fromCharCode(64 + c)}${r}`);
    }
    row.commit();
  }
  return { bytes: await toBytes(wb), errorCells };
}

/** A workbook whose sheet part is 2 GB of zeros in ~2 MB: a real zip bomb. */
export function zipBombWorkbook(): Uint8Array {
  const parts = minimalXlsxParts('<worksheet/>');
  const sheet = parts.findIndex((p) => p.name === 'xl/worksheets/sheet1.xml');
  const bomb: ZipPart = { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(2 * GB), method: 8, uncompressedSize: 2 * GB };
  parts[sheet] = bomb;
  return buildZip(parts);
}
