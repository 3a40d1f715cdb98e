import type { CellValue, DateSystem, GridRange, RawListObject, RawSheet, RawSource } from '../core/types';
import { INITIATIVE_FIELD_SPECS } from '../core/types';
import { headerEvidence, headerForm, MIN_HEADER_EVIDENCE } from '../core/ingest/match/header-evidence';
import { isBlank } from '../core/ingest/normalise/cell-text';
import { MIN_BAND, periodBandColumns, type HeaderCell } from '../core/ingest/period-band';
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
 * visibility, the cell fills of its status columns and the strikethrough of its name and id
 * columns, as one RawSource. Two round trips whatever the row count (one for the sheet and table
 * lists, one for all ranges), and a third for those cell formats when some sheet has a status-,
 * name- or id-like header (readStatusFills). Only a workbook whose cells exceed
 * the host's response limit (~5 MB on the web) is read again in row chunks, a few syncs per 40,000 cells.
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
  sheets = await readStatusFills(context, sheets);
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

  const slices = [...boxes].map(([sheet, box]): Slice => ({ sheet, top: box.top, bottom: box.bottom, box }));
  await syncInBatches(
    context,
    slices,
    CHUNK_CELLS,
    (slice) => slice.box.right - slice.box.left + 1,
    (slice) => {
      const range = context.workbook.worksheets.getItem(slice.sheet).getRange(a1Range(slice.top, slice.box.left, slice.bottom, slice.box.right));
      range.load('values,numberFormat,valueTypes');
      return range;
    },
    (slice, range) => {
      const data = rows.get(slice.sheet)!;
      (data.values as unknown[][]).push(...range.values);
      (data.numberFormat as unknown[][]).push(...range.numberFormat);
      (data.valueTypes as string[][]).push(...range.valueTypes);
    },
    mergeSlices,
  );
  return assemble(layout, rows);
}

/**
 * Loads row slices in batches of at most `budget` cells per sync (at least one row), and hands
 * each loaded slice to `apply` in order. A batch the host refuses as too large (the 5 MB request
 * limit of Excel on the web, long text) is cut again at half its cells, down to one row; any
 * other error, or a refused single row, is thrown. Syncs grow with the workbook's bytes, never
 * with its rows.
 */
async function syncInBatches<S extends { readonly top: number; readonly bottom: number }, L>(
  context: Excel.RequestContext,
  slices: readonly S[],
  cellBudget: number,
  widthOf: (slice: S) => number,
  load: (slice: S) => L,
  apply: (slice: S, loaded: L) => void,
  rejoin: (batch: readonly S[]) => S[] = (batch) => [...batch],
): Promise<void> {
  let budget = cellBudget;
  const queue = [...slices];
  while (queue.length > 0) {
    // Take rows from the front of the queue until the budget is used (at least one row).
    const batch: S[] = [];
    let cells = 0;
    while (queue.length > 0) {
      const next = queue[0]!;
      const width = widthOf(next);
      const fit = Math.floor((budget - cells) / width);
      if (fit <= 0 && batch.length > 0) break;
      const take = Math.max(1, Math.min(fit, next.bottom - next.top + 1));
      batch.push({ ...next, bottom: next.top + take - 1 });
      cells += take * width;
      if (next.top + take > next.bottom) queue.shift();
      else queue[0] = { ...next, top: next.top + take };
    }
    const loaded = batch.map((slice) => ({ slice, result: load(slice) }));
    try {
      await context.sync();
    } catch (e) {
      const oneRow = batch.length === 1 && batch[0]!.top === batch[0]!.bottom;
      if (!isPayloadLimitError(e) || oneRow) throw e;
      budget = Math.max(1, Math.floor(cells / 2));
      queue.unshift(...rejoin(batch));
      continue;
    }
    for (const { slice, result } of loaded) apply(slice, result);
  }
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

/** Rows from the top of a sheet, and from each Excel table's header row, where a status column's header is looked for. */
export const STATUS_HEADER_ROWS = 50;

/**
 * Cells of fills loaded per sync. Each comes back as {"format":{"fill":{"color":"#FFC7CE","pattern":"Solid"}}},
 * about 60 bytes of JSON, so 60,000 are about 3.6 MB: under Excel on the web's 5 MB response
 * limit with room to spare. A workbook's status columns of up to 60,000 cells in all (60,000
 * initiatives in one status column) take one sync; more take one per 60,000 cells, never one per row.
 */
export const FILL_CHUNK_CELLS = 60_000;

/**
 * A column of a sheet whose cell formats are read, from below its header to the used range's
 * bottom: a status-like column's fills, or a name or id column's strikethrough.
 */
interface FillSlice {
  readonly sheet: number;
  readonly kind: 'fill' | 'strike';
  /** Sheet column and rows, 0-based. */
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * The fills of the cells under every status-like header (the field registry's status headers:
 * "Status", "RAG", "Health", "Confidence"...), read with Range.getCellProperties (ExcelApi 1.9,
 * within the 1.12 Throughline requires) for `format.fill.color` and `format.fill.pattern`: a RAG
 * status kept as the cell's colour (RawSheet.fills). And the strikethrough of the cells under every
 * name- or id-like header (`format.font.strikethrough`, CellPropertiesFont): rows struck through as
 * dropped or done (RawSheet.struck). Only those columns are loaded: a whole used range's
 * properties would be ~60 bytes a cell, 60 MB for 50,000 rows of 20 columns, far over the 5 MB
 * response limit. Only solid fills are kept; "None" (no fill, reported as white) and patterns are
 * not. All columns of all sheets go in one sync, or one per FILL_CHUNK_CELLS. A header only the
 * user's saved mapping names is not looked for (the mapping is not known here); nor is a header
 * below the first 50 rows outside an Excel table.
 */
async function readStatusFills(context: Excel.RequestContext, sheets: RawSheet[]): Promise<RawSheet[]> {
  const slices = sheets.flatMap((sheet, k) => formatColumns(sheet).map((c) => ({ sheet: k, ...c })));
  if (slices.length === 0) return sheets;
  const fills = sheets.map((): Array<Array<string | undefined> | undefined> | undefined => undefined);
  const struck = sheets.map((): Array<boolean[] | undefined> | undefined => undefined);
  await syncInBatches(
    context,
    slices,
    FILL_CHUNK_CELLS,
    () => 1,
    (slice) => {
      const range = context.workbook.worksheets.getItem(sheets[slice.sheet]!.name).getRange(a1Range(slice.top, slice.col, slice.bottom, slice.col));
      return slice.kind === 'fill' ? range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) : range.getCellProperties({ format: { font: { strikethrough: true } } });
    },
    (slice, result) => {
      const sheet = sheets[slice.sheet]!;
      result.value.forEach((row, r) => {
        const at = slice.top + r - sheet.origin.row;
        if (slice.kind === 'strike') {
          // Only a cell with a value is a struck row's (a struck empty cell says nothing).
          if (row[0]?.format?.font?.strikethrough !== true || isBlank(sheet.values[at]?.[slice.col - sheet.origin.col])) return;
          ((struck[slice.sheet] ??= new Array<boolean[] | undefined>(sheet.values.length))[at] ??= [])[slice.col - sheet.origin.col] = true;
          return;
        }
        const colour = solidColour(row[0]);
        if (colour === undefined) return;
        const rows = (fills[slice.sheet] ??= new Array<Array<string | undefined> | undefined>(sheet.values.length));
        (rows[at] ??= [])[slice.col - sheet.origin.col] = colour;
      });
    },
  );
  return sheets.map((sheet, k) => ({ ...sheet, ...(fills[k] !== undefined ? { fills: fills[k] } : {}), ...(struck[k] !== undefined ? { struck: struck[k] } : {}) }));
}

/** "#FFC7CE" of a solid fill -> "FFC7CE"; undefined for no fill, a pattern or anything else. */
function solidColour(cell: Excel.CellProperties | undefined): string | undefined {
  const fill = cell?.format?.fill;
  if (fill?.pattern !== 'Solid' || typeof fill.color !== 'string') return undefined;
  const m = /^#?([0-9A-Fa-f]{6})$/.exec(fill.color);
  return m ? m[1]!.toUpperCase() : undefined;
}

/**
 * The columns of a sheet whose cell formats are read, each from the row below its header to the
 * bottom of the used range: fills under a status-like header and under a drawn timeline's week or
 * month columns (period-band.ts: a Gantt's bars), strikethrough under a name- or id-like header.
 * A header is a text cell in the first STATUS_HEADER_ROWS rows, or in an Excel table's header row,
 * whose words name the field by the field registry (header-evidence.ts); each is looked at once.
 */
function formatColumns(sheet: RawSheet): Array<Omit<FillSlice, 'sheet'>> {
  const { row: top, col: left } = sheet.origin;
  const bottom = top + sheet.values.length - 1;
  const rows = new Set<number>();
  for (let r = 0; r < Math.min(STATUS_HEADER_ROWS, sheet.values.length); r++) rows.add(top + r);
  for (const t of sheet.tables ?? []) rows.add(t.range.top);
  const fills = new Map<number, number>();
  const strikes = new Map<number, number>();
  for (const row of rows) {
    const cells = sheet.values[row - top];
    if (cells === undefined || row >= bottom) continue;
    const formats = sheet.numberFormats?.[row - top];
    const filled: HeaderCell[] = [];
    cells.forEach((v, c) => {
      if (v !== null && v !== '') filled.push([c + left, v, formats?.[c]]);
      if (typeof v !== 'string' || v.length > 100 || (fills.has(c + left) && strikes.has(c + left))) return;
      const form = headerForm(v);
      if (!fills.has(c + left) && headerEvidence(form, INITIATIVE_FIELD_SPECS.status) >= MIN_HEADER_EVIDENCE) fills.set(c + left, row);
      if (!strikes.has(c + left) && (headerEvidence(form, INITIATIVE_FIELD_SPECS.name) >= MIN_HEADER_EVIDENCE || headerEvidence(form, INITIATIVE_FIELD_SPECS.id) >= MIN_HEADER_EVIDENCE)) strikes.set(c + left, row);
    });
    // A hand-made Gantt's bars are fills under its week or month columns (core timeline-dates.ts).
    if (filled.length >= MIN_BAND) for (const col of periodBandColumns(filled)) if (!fills.has(col)) fills.set(col, row);
  }
  return [
    ...[...fills].map(([col, header]) => ({ kind: 'fill' as const, col, top: header + 1, bottom })),
    ...[...strikes].map(([col, header]) => ({ kind: 'strike' as const, col, top: header + 1, bottom })),
  ];
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
