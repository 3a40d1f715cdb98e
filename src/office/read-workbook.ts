import { isReportSheet } from '../core/report/sheet-names';
import type { CellValue, DateSystem, GridRange, RawListObject, RawSheet, RawSource } from '../core/types';
import { parseAreas, parseRange } from './addresses';
import { REPORT_MARKER_KEY, REPORT_MARKER_VALUE, ownReportSheets } from './report-marker';

export interface ReadOptions {
  /** Range.getMergedAreasOrNullObject is available (ExcelApi 1.13). */
  readonly merges: boolean;
  /** Workbook.use1904DateSystem is available (ExcelApi 1.16); otherwise 1900 is assumed. */
  readonly dateSystem: boolean;
  /** Source name when the workbook has none (a new, unsaved workbook). */
  readonly fallbackName: string;
}

/** The workbook property Office.js has from ExcelApi 1.16 (not yet in our type definitions). */
interface WorkbookWithDateSystem {
  use1904DateSystem?: boolean;
}

/**
 * Every worksheet's used range (values, number formats, value types), its tables, merged areas and
 * visibility, as one RawSource. Exactly two round trips whatever the size: one for the sheet and
 * table lists, one for all ranges. Sheets Throughline wrote are left out.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<RawSource> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const tables = workbook.tables;
  tables.load('items/name,items/worksheet/name');
  workbook.load(options.dateSystem ? 'name,use1904DateSystem' : 'name');
  await context.sync();

  const sheetNames = worksheets.items.map((s) => s.name);
  const perSheet = worksheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address,values,numberFormat,valueTypes');
    const merged = options.merges ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    const marker = isReportSheet(sheet.name) ? sheet.customProperties.getItemOrNullObject(REPORT_MARKER_KEY) : undefined;
    marker?.load('value');
    return { sheet, used, merged, marker };
  });
  const tableRanges = tables.items.map((table) => {
    const range = table.getRange();
    range.load('address');
    return { name: table.name, sheet: table.worksheet.name, range };
  });
  await context.sync();

  const own = ownReportSheets(
    perSheet.map(({ sheet, marker }) => ({ name: sheet.name, marked: marker !== undefined && !marker.isNullObject && marker.value === REPORT_MARKER_VALUE })),
  );
  const sheets: RawSheet[] = [];
  for (const { sheet, used, merged } of perSheet) {
    if (own.has(sheet.name)) continue;
    const sheetTables: RawListObject[] = [];
    for (const t of tableRanges) {
      const range = t.sheet === sheet.name ? parseRange(t.range.address) : undefined;
      if (range) sheetTables.push({ name: t.name, range });
    }
    const merges: GridRange[] = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
    sheets.push(toRawSheet(sheet.name, sheet.visibility !== 'Visible', used, sheetTables, merges));
  }
  const use1904 = options.dateSystem ? (workbook as unknown as WorkbookWithDateSystem).use1904DateSystem === true : false;
  const dateSystem: DateSystem = use1904 ? 1904 : 1900;
  return { name: workbook.name || options.fallbackName, origin: 'workbook', dateSystem, sheets };
}

function toRawSheet(name: string, hidden: boolean, used: Excel.Range, tables: RawListObject[], merges: GridRange[]): RawSheet {
  const base = { name, ...(hidden ? { hidden: true } : {}), ...(tables.length > 0 ? { tables } : {}), ...(merges.length > 0 ? { merges } : {}) };
  if (used.isNullObject) return { ...base, origin: { row: 0, col: 0 }, values: [] };
  const at = parseRange(used.address);
  const types = used.valueTypes;
  const values = used.values.map((row, r) => row.map((v, c) => toCellValue(v, types[r]?.[c])));
  const numberFormats = used.numberFormat.map((row) => row.map((f) => (typeof f === 'string' ? f : null)));
  return { ...base, origin: { row: at?.top ?? 0, col: at?.left ?? 0 }, values, numberFormats };
}

/** One value as Office.js reports it, typed by its valueType so errors and blanks are told apart. */
export function toCellValue(value: unknown, type: Excel.RangeValueType | string | undefined): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Boolean':
      return value === true || value === 'TRUE' || value === 'true';
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? value : Number(value);
    default:
      if (typeof value === 'string') return value === '' ? null : value;
      if (typeof value === 'number' || typeof value === 'boolean') return value;
      return null;
  }
}
