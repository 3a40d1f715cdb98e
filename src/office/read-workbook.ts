import type { CellValue, DateSystem, GridRange, RawListObject, RawSheet, RawSource } from '../core/types';
import { a1Range } from '../core/util/a1';
import { parseAreas, parseRange } from './addresses';
import { isPayloadLimitError } from './payload-batcher';
import { findReportSheets } from './report-marker';

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
 * visibility, as one RawSource. Two round trips whatever the row count: one for the sheet and
 * table lists, one for all ranges. Only a workbook whose cells exceed the host's response limit
 * (~5 MB on the web) is read again in row chunks, a few syncs per 40,000 cells.
 * Sheets Throughline wrote are left out, and never loaded: when a sheet has a report name, one
 * more sync first asks its marker.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<RawSource> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const tables = workbook.tables;
  tables.load('items/name,items/worksheet/name');
  workbook.load(options.dateSystem ? 'name,use1904DateSystem' : 'name');
  await context.sync();

  const allSheets = worksheets.items.map((s) => ({ name: s.name, hidden: s.visibility !== 'Visible' }));
  const ours = await findReportSheets(context, allSheets);
  const sheetList = allSheets.filter((s) => !ours.own.has(s.name) && !ours.leftovers.has(s.name));
  const tableList = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })).filter((t) => sheetList.some((s) => s.name === t.sheet));
  const use1904 = options.dateSystem ? (workbook as unknown as WorkbookWithDateSystem).use1904DateSystem === true : false;
  const dateSystem: DateSystem = use1904 ? 1904 : 1900;
  const name = workbook.name || options.fallbackName;

  let sheets: RawSheet[];
  try {
    sheets = await readAllAtOnce(context, sheetList, tableList, options);
  } catch (e) {
    // Excel on the web answers at most ~5 MB per sync: a workbook that big is read in row chunks.
    if (!isPayloadLimitError(e)) throw e;
    sheets = await readInChunks(context, sheetList, tableList, options);
  }
  return { name, origin: 'workbook', dateSystem, sheets };
}

interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
}

interface TableEntry {
  readonly name: string;
  readonly sheet: string;
}

/** Used range contents as Office.js returns them. */
interface RangeData {
  readonly address: string;
  readonly values: unknown[][];
  readonly numberFormat: unknown[][];
  readonly valueTypes: string[][];
}

/** Per sheet: the layout facts (merges, tables), loaded in the same sync as the values. */
function queueLayout(context: Excel.RequestContext, sheets: readonly SheetEntry[], tables: readonly TableEntry[], options: ReadOptions) {
  const worksheets = context.workbook.worksheets;
  const perSheet = sheets.map((entry) => {
    const sheet = worksheets.getItem(entry.name);
    const merged = options.merges ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    return { entry, sheet, merged };
  });
  const tableRanges = tables.map((t) => {
    const range = context.workbook.tables.getItem(t.name).getRange();
    range.load('address');
    return { ...t, range };
  });
  return { perSheet, tableRanges };
}

type Layout = ReturnType<typeof queueLayout>;

/** After the layout's sync: the RawSheets of the sheets read. */
function assemble(layout: Layout, contents: ReadonlyMap<string, RangeData | undefined>): RawSheet[] {
  const sheets: RawSheet[] = [];
  for (const { entry, merged } of layout.perSheet) {
    const sheetTables: RawListObject[] = [];
    for (const t of layout.tableRanges) {
      const range = t.sheet === entry.name ? parseRange(t.range.address) : undefined;
      if (range) sheetTables.push({ name: t.name, range });
    }
    const merges: GridRange[] = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
    sheets.push(toRawSheet(entry.name, entry.hidden, contents.get(entry.name), sheetTables, merges));
  }
  return sheets;
}

/** The normal path: every used range, table range, merge list and marker in one sync. */
async function readAllAtOnce(context: Excel.RequestContext, sheets: readonly SheetEntry[], tables: readonly TableEntry[], options: ReadOptions): Promise<RawSheet[]> {
  const layout = queueLayout(context, sheets, tables, options);
  const used = layout.perSheet.map(({ entry, sheet }) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load('address,values,numberFormat,valueTypes');
    return { name: entry.name, range };
  });
  await context.sync();
  return assemble(layout, new Map(used.map(({ name, range }) => [name, range.isNullObject ? undefined : range])));
}

/** Cells loaded per sync on the chunked path to begin with; halved while a chunk is still too large. */
export const CHUNK_CELLS = 40_000;

interface Slice {
  readonly sheet: string;
  readonly top: number;
  readonly bottom: number;
  readonly box: GridRange;
}

/**
 * The large-workbook path: one sync for the used-range addresses and the layout, then the cells
 * in row chunks of at most `CHUNK_CELLS` per sync, halving the chunk while the host still refuses
 * it (long text). The count grows with the workbook's size in bytes, never with requests per row.
 */
async function readInChunks(context: Excel.RequestContext, sheets: readonly SheetEntry[], tables: readonly TableEntry[], options: ReadOptions): Promise<RawSheet[]> {
  const layout = queueLayout(context, sheets, tables, options);
  const used = layout.perSheet.map(({ entry, sheet }) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load('address');
    return { entry, range };
  });
  await context.sync();

  const boxes = new Map<string, GridRange>();
  for (const { entry, range } of used) {
    const box = range.isNullObject ? undefined : parseRange(range.address);
    if (box) boxes.set(entry.name, box);
  }
  const rows = new Map<string, RangeData>([...boxes].map(([name, box]) => [name, { address: a1Range(box.top, box.left, box.bottom, box.right), values: [], numberFormat: [], valueTypes: [] }]));

  let budget = CHUNK_CELLS;
  const queue = [...boxes].map(([sheet, box]): Slice => ({ sheet, top: box.top, bottom: box.bottom, box }));
  while (queue.length > 0) {
    // Take rows from the front of the queue until the budget is used (at least one row).
    const batch: Slice[] = [];
    let cells = 0;
    while (queue.length > 0) {
      const next = queue[0]!;
      const width = next.box.right - next.box.left + 1;
      const fit = Math.floor((budget - cells) / width);
      if (fit <= 0 && batch.length > 0) break;
      const take = Math.max(1, Math.min(fit, next.bottom - next.top + 1));
      batch.push({ ...next, bottom: next.top + take - 1 });
      cells += take * width;
      if (next.top + take > next.bottom) queue.shift();
      else queue[0] = { ...next, top: next.top + take };
    }
    const loaded = batch.map((slice) => {
      const range = context.workbook.worksheets.getItem(slice.sheet).getRange(a1Range(slice.top, slice.box.left, slice.bottom, slice.box.right));
      range.load('values,numberFormat,valueTypes');
      return { slice, range };
    });
    try {
      await context.sync();
    } catch (e) {
      const oneRow = batch.length === 1 && batch[0]!.top === batch[0]!.bottom;
      if (!isPayloadLimitError(e) || oneRow) throw e;
      budget = Math.max(1, Math.floor(cells / 2));
      queue.unshift(...mergeSlices(batch));
      continue;
    }
    for (const { slice, range } of loaded) {
      const data = rows.get(slice.sheet)!;
      (data.values as unknown[][]).push(...range.values);
      (data.numberFormat as unknown[][]).push(...range.numberFormat);
      (data.valueTypes as string[][]).push(...range.valueTypes);
    }
  }
  return assemble(layout, rows);
}

/** Slices of a refused batch, joined back per sheet so they are cut again with the smaller budget. */
function mergeSlices(batch: readonly Slice[]): Slice[] {
  const out: Slice[] = [];
  for (const slice of batch) {
    const last = out[out.length - 1];
    if (last && last.sheet === slice.sheet && last.bottom + 1 === slice.top) out[out.length - 1] = { ...last, bottom: slice.bottom };
    else out.push(slice);
  }
  return out;
}


function toRawSheet(name: string, hidden: boolean, used: RangeData | undefined, tables: RawListObject[], merges: GridRange[]): RawSheet {
  const base = { name, ...(hidden ? { hidden: true } : {}), ...(tables.length > 0 ? { tables } : {}), ...(merges.length > 0 ? { merges } : {}) };
  if (!used) return { ...base, origin: { row: 0, col: 0 }, values: [] };
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
