import ExcelJS from 'exceljs';
import type { CellValue, GridRange, RawListObject, RawSheet, RawSource } from '../core/types';
import { parseA1 } from '../core/util/a1';
import { SourceReadError } from './read-source-error';

/**
 * An .xlsx file -> a source: every sheet's used range as plain values (rich text as plain text,
 * formulas as their cached results, hyperlinks as their text, errors as { error }, dates as
 * Date), number formats, merged ranges, Excel tables, hidden state, grouped rows' outline levels
 * (when the sheet groups any) and the 1904 date system.
 */
export async function readXlsxSource(bytes: Uint8Array, name: string): Promise<RawSource> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new SourceReadError(name, `${name} is not a readable .xlsx workbook (${reason}).`);
  }
  const sheets: RawSheet[] = [];
  workbook.eachSheet((ws) => sheets.push(readSheet(ws)));
  return { name, origin: 'file', dateSystem: workbook.properties?.date1904 ? 1904 : 1900, sheets };
}

function readSheet(ws: ExcelJS.Worksheet): RawSheet {
  const cells: Array<{ row: number; col: number; value: CellValue; format: string | null }> = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  // Grouped rows (0-based sheet row, outline level), only those above level 0: most sheets have none.
  const grouped: Array<{ row: number; level: number }> = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const level = row.outlineLevel;
    if (typeof level === 'number' && level > 0) grouped.push({ row: rowNumber - 1, level });
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Covered cells of a merge report their master's value in exceljs; Excel shows them empty.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = plainValue(cell.value);
      if (value === null) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ row: r, col: c, value, format: cell.numFmt ?? null });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  const hidden = ws.state !== 'visible';
  const merges = readMerges(ws);
  const tables = readTables(ws);
  if (cells.length === 0) {
    return { name: ws.name, origin: { row: 0, col: 0 }, values: [], ...(merges.length ? { merges } : {}), ...(tables.length ? { tables } : {}), ...(hidden ? { hidden } : {}) };
  }
  const height = bottom - top + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => []);
  const numberFormats: Array<Array<string | null>> = Array.from({ length: height }, () => []);
  for (const cell of cells) {
    const rowValues = values[cell.row - top]!;
    const rowFormats = numberFormats[cell.row - top]!;
    for (let c = rowValues.length; c < cell.col - left; c++) {
      rowValues.push(null);
      rowFormats.push(null);
    }
    rowValues[cell.col - left] = cell.value;
    rowFormats[cell.col - left] = cell.format;
  }
  const rowOutlineLevels = outlineLevels(grouped, top, height);
  return {
    name: ws.name,
    origin: { row: top, col: left },
    values,
    numberFormats,
    ...(merges.length ? { merges } : {}),
    ...(tables.length ? { tables } : {}),
    ...(hidden ? { hidden } : {}),
    ...(rowOutlineLevels ? { rowOutlineLevels } : {}),
  };
}

/** The grouped rows' levels aligned with the sheet's values rows (0 elsewhere); undefined when none falls inside them. */
function outlineLevels(grouped: ReadonlyArray<{ row: number; level: number }>, top: number, height: number): number[] | undefined {
  const inside = grouped.filter((g) => g.row >= top && g.row < top + height);
  if (inside.length === 0) return undefined;
  const levels = new Array<number>(height).fill(0);
  for (const g of inside) levels[g.row - top] = g.level;
  return levels;
}

/** exceljs cell values -> the plain CellValue ingest reads. */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('error' in value && typeof value.error === 'string') return { error: value.error };
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return plainValue(result as ExcelJS.CellValue | undefined);
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return plainValue((text ?? (value as { hyperlink: string }).hyperlink) as ExcelJS.CellValue);
  }
  if ('text' in value) return plainValue((value as { text: ExcelJS.CellValue }).text);
  return null;
}

function readMerges(ws: ExcelJS.Worksheet): GridRange[] {
  // exceljs keeps merges in an internal map (master address -> 1-based dimensions); the public
  // alternative, ws.model.merges, rebuilds the whole sheet model just to list them.
  const internal = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  if (internal) {
    return Object.values(internal).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  }
  return (ws.model.merges ?? []).flatMap((ref) => {
    const range = parseRange(ref);
    return range ? [range] : [];
  });
}

function readTables(ws: ExcelJS.Worksheet): RawListObject[] {
  const tables = (ws as unknown as { tables?: Record<string, { model?: { name?: string; tableRef?: string; ref?: string } }> }).tables ?? {};
  const out: RawListObject[] = [];
  for (const [key, table] of Object.entries(tables)) {
    const model = table.model ?? {};
    const ref = model.tableRef ?? model.ref;
    const range = ref ? parseRange(ref) : undefined;
    if (range) out.push({ name: model.name ?? key, range });
  }
  return out;
}

/** "B3:E10" -> 0-based inclusive range. */
function parseRange(ref: string): GridRange | undefined {
  const [a, b] = ref.split(':');
  const start = parseA1(a ?? '');
  const end = parseA1(b ?? a ?? '');
  if (!start || !end) return undefined;
  return { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) };
}
