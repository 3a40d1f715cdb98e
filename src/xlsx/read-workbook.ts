import type { CellValue, GridRange, RawListObject, RawSheet, RawSource } from '../core/types';
import { parseXmlPart, prefixedAttribute } from './parse-xml-part';
import { SheetXmlHandler, parseRef, type SheetCells } from './read-sheet-xml';
import { sharedStringsHandler } from './read-shared-strings';
import { NO_STYLES, stylesHandler, type CellStyles } from './read-xlsx-styles';
import { SourceReadError } from './read-source-error';
import { findPart, findWorkbookPart, openPackage, readRelationships, type Relationship, type XlsxPackage } from './xlsx-package';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard';
import { ZipPartProblem } from './zip-part-stream';

/**
 * An .xlsx file -> a source: every worksheet's used range as plain values (rich text as plain
 * text, formulas as their cached results, hyperlinks as their text, errors as { error }, numbers
 * in a date format as Date), number formats, merged ranges, Excel tables, hidden state, grouped
 * rows' outline levels (when the sheet groups any) and the 1904 date system.
 *
 * Streams: only the parts those facts come from are inflated (the workbook, its relationships,
 * shared strings, styles, the worksheets and their tables; never docProps, themes, drawings,
 * customXml or media), each parsed by SAX as it inflates, with every inflated byte counted
 * against `limits` (zip-part-stream.ts). Throws SourceReadError with one line naming the file.
 */
export async function readXlsxSource(bytes: Uint8Array, name: string, options: ReadXlsxOptions = {}): Promise<RawSource> {
  const pkg = openPackage(bytes, options.limits ?? DEFAULT_ZIP_LIMITS);
  if ('problem' in pkg) throw new SourceReadError(name, `${name} ${pkg.problem}.`);
  try {
    return await readPackage(pkg, name, options.sheets ?? (() => true));
  } catch (e) {
    if (e instanceof ZipPartProblem) throw new SourceReadError(name, `${name} ${e.message}.`);
    throw e;
  }
}

export interface ReadXlsxOptions {
  readonly limits?: ZipLimits;
  /** Sheets to read (by name); the others' parts are not inflated. All when not given. */
  readonly sheets?: (name: string) => boolean;
}

interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  readonly part: string;
}

async function readPackage(pkg: XlsxPackage, name: string, wanted: (sheet: string) => boolean): Promise<RawSource> {
  const workbookPart = await findWorkbookPart(pkg);
  const { sheets: listed, date1904 } = await readWorkbookPart(pkg, workbookPart);
  const rels = await readRelationships(pkg, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sharedStrings = await readSharedStrings(pkg, rels);
  const styles = await readStyles(pkg, rels);
  const sheets: RawSheet[] = [];
  for (const sheet of listed) {
    const rel = byId.get(sheet.relId);
    // Chart sheets, dialog sheets and macro sheets hold no cells to read.
    if (!rel || rel.type !== 'worksheet' || rel.external || !wanted(sheet.name)) continue;
    const entry = findPart(pkg, rel.target);
    if (!entry) throw new ZipPartProblem(`is damaged: its sheet "${sheet.name.slice(0, 40)}" (part ${rel.target.slice(0, 80)}) is missing`);
    const handler = new SheetXmlHandler(sheet.name, sharedStrings, styles, date1904);
    parseXmlPart(pkg.bytes, entry, pkg.budget, handler);
    const tables = await readTables(pkg, rel.target, handler.tablePartIds);
    sheets.push(toRawSheet({ name: sheet.name, hidden: sheet.hidden, part: rel.target }, handler, tables));
  }
  if (sheets.length === 0 && listed.length === 0) {
    throw new ZipPartProblem('is damaged or not an .xlsx workbook: its workbook part lists no sheets');
  }
  return { name, origin: 'file', dateSystem: date1904 ? 1904 : 1900, sheets };
}

async function readWorkbookPart(
  pkg: XlsxPackage,
  part: string,
): Promise<{ sheets: Array<{ name: string; hidden: boolean; relId: string }>; date1904: boolean }> {
  const sheets: Array<{ name: string; hidden: boolean; relId: string }> = [];
  let date1904 = false;
  parseXmlPart(pkg.bytes, findPart(pkg, part)!, pkg.budget, {
    open(tag, a) {
      if (tag === 'sheet') {
        const state = a.state ?? 'visible';
        sheets.push({ name: a.name ?? '', hidden: state !== 'visible', relId: prefixedAttribute(a, 'id') ?? '' });
      } else if (tag === 'workbookPr') {
        date1904 = a.date1904 === '1' || a.date1904 === 'true';
      }
    },
    close() {},
  });
  return { sheets, date1904 };
}

async function readSharedStrings(pkg: XlsxPackage, rels: readonly Relationship[]): Promise<string[]> {
  const entry = partOfType(pkg, rels, 'sharedStrings');
  if (!entry) return [];
  const handler = sharedStringsHandler();
  parseXmlPart(pkg.bytes, entry, pkg.budget, handler);
  return handler.result();
}

async function readStyles(pkg: XlsxPackage, rels: readonly Relationship[]): Promise<CellStyles> {
  const entry = partOfType(pkg, rels, 'styles');
  if (!entry) return NO_STYLES;
  const handler = stylesHandler();
  parseXmlPart(pkg.bytes, entry, pkg.budget, handler);
  return handler.result();
}

function partOfType(pkg: XlsxPackage, rels: readonly Relationship[], type: string) {
  const rel = rels.find((r) => r.type === type && !r.external);
  return rel ? findPart(pkg, rel.target) : undefined;
}

/** The Excel tables a sheet's <tableParts> name, by their own parts' name and ref. */
async function readTables(pkg: XlsxPackage, sheetPart: string, ids: readonly string[]): Promise<RawListObject[]> {
  if (ids.length === 0) return [];
  const rels = await readRelationships(pkg, sheetPart);
  const out: RawListObject[] = [];
  for (const id of ids) {
    const rel = rels.find((r) => r.id === id && r.type === 'table' && !r.external);
    const entry = rel ? findPart(pkg, rel.target) : undefined;
    if (!entry) continue;
    let table: RawListObject | undefined;
    parseXmlPart(pkg.bytes, entry, pkg.budget, {
      open(tag, a) {
        if (tag !== 'table' || table) return;
        const range = a.ref === undefined ? undefined : parseRef(a.ref);
        if (range) table = { name: a.name ?? a.displayName ?? id, range };
      },
      close() {},
    });
    if (table) out.push(table);
  }
  return out;
}

/**
 * The collected cells -> the sheet's used range. Cells a merge covers are left empty, as Excel
 * shows them (a file may still hold values there). Each row holds the cells it has, the columns
 * between them left as holes: its cost is its cells, whatever the range's width.
 */
function toRawSheet(sheet: SheetEntry, cells: SheetCells, tables: RawListObject[]): RawSheet {
  const covered = coveredCells(cells);
  const merges = cells.merges;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const count = cells.values.length;
  for (let i = 0; i < count; i++) {
    if (covered?.has(i)) continue;
    const r = cells.rows[i]!;
    const c = cells.cols[i]!;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  const common = {
    ...(merges.length ? { merges: [...merges] } : {}),
    ...(tables.length ? { tables } : {}),
    ...(sheet.hidden ? { hidden: true } : {}),
  };
  if (bottom < 0) return { name: sheet.name, origin: { row: 0, col: 0 }, values: [], ...common };
  const height = bottom - top + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => []);
  const numberFormats: Array<Array<string | null>> = Array.from({ length: height }, () => []);
  for (let i = 0; i < count; i++) {
    if (covered?.has(i)) continue;
    const rowValues = values[cells.rows[i]! - top]!;
    const rowFormats = numberFormats[cells.rows[i]! - top]!;
    const col = cells.cols[i]! - left;
    // No nulls padded in: a row with cells in A and XFD holds two, not 16,384 (RawSheet rows may have holes, read as empty).
    rowValues[col] = cells.values[i]!;
    rowFormats[col] = cells.formats[i]!;
  }
  const rowOutlineLevels = outlineLevels(cells.outline, top, height);
  return { name: sheet.name, origin: { row: top, col: left }, values, numberFormats, ...common, ...(rowOutlineLevels ? { rowOutlineLevels } : {}) };
}

/** Indexes of cells inside a merge other than its top-left cell; undefined when there are none. */
function coveredCells(cells: SheetCells): Set<number> | undefined {
  if (cells.merges.length === 0 || cells.rows.length === 0) return undefined;
  let firstRow = Infinity;
  let lastRow = -1;
  for (const r of cells.rows) {
    if (r < firstRow) firstRow = r;
    if (r > lastRow) lastRow = r;
  }
  // Merges by the rows they span, clipped to the rows that hold cells.
  const byRow = new Map<number, GridRange[]>();
  for (const m of cells.merges) {
    for (let r = Math.max(m.top, firstRow); r <= Math.min(m.bottom, lastRow); r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  let covered: Set<number> | undefined;
  for (let i = 0; i < cells.values.length; i++) {
    const r = cells.rows[i]!;
    const list = byRow.get(r);
    if (!list) continue;
    const c = cells.cols[i]!;
    for (const m of list) {
      if (c >= m.left && c <= m.right && (r !== m.top || c !== m.left)) {
        (covered ??= new Set()).add(i);
        break;
      }
    }
  }
  return covered;
}

/** The grouped rows' levels aligned with the sheet's values rows (0 elsewhere); undefined when none falls inside them. */
function outlineLevels(grouped: ReadonlyMap<number, number>, top: number, height: number): number[] | undefined {
  let levels: number[] | undefined;
  for (const [row, level] of grouped) {
    if (row < top || row >= top + height) continue;
    levels ??= new Array<number>(height).fill(0);
    levels[row - top] = level;
  }
  return levels;
}
