import type { CellValue, RawListObject, RawSheet, RawSource } from '../core/types';
import { mergeSweep } from './merge-sweep';
import { parseXmlPart, prefixedAttribute } from './parse-xml-part';
import { MAX_COLS, SheetXmlHandler, parseRef, type SheetCells } from './read-sheet-xml';
import { sharedStringsHandler } from './read-shared-strings';
import { NO_STYLES, resolveFillColours, stylesHandler, themeColoursHandler, type CellStyles } from './read-xlsx-styles';
import { SourceReadError } from './read-source-error';
import { findPart, findWorkbookPart, openPackage, readRelationships, type Relationship, type XlsxPackage } from './xlsx-package';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard';
import { ZipPartProblem } from './zip-part-stream';

/**
 * An .xlsx file -> a source: every worksheet's used range as plain values (rich text as plain
 * text, formulas as their cached results, hyperlinks as their text, errors as { error }, numbers
 * in a date format as Date), number formats, solid cell fills, merged ranges, Excel tables,
 * hidden state, grouped rows' outline levels (when the sheet groups any) and the 1904 date system.
 *
 * Streams: only the parts those facts come from are inflated (the workbook, its relationships,
 * shared strings, styles, the worksheets and their tables, and the theme only when a fill uses a
 * theme colour; never docProps, drawings, customXml or media), each parsed by SAX as it inflates,
 * with every inflated byte counted
 * against `limits` (zip-part-stream.ts). Throws SourceReadError with one line naming the file.
 */
export async function readXlsxSource(bytes: Uint8Array, name: string, options: ReadXlsxOptions = {}): Promise<RawSource> {
  const pkg = openPackage(bytes, { readParts: mayBeRead, ...(options.limits ?? DEFAULT_ZIP_LIMITS) });
  if ('problem' in pkg) throw new SourceReadError(name, `${name} ${pkg.problem}.`);
  try {
    return await readPackage(pkg, name, options.sheets ?? (() => true));
  } catch (e) {
    if (e instanceof ZipPartProblem) throw new SourceReadError(name, `${name} ${e.message}.`);
    throw e;
  }
}

/**
 * Parts whose declared sizes count against the limits before anything inflates: the XML parts
 * and relationships a workbook may be read from. Media, embedded files, printer settings, VBA,
 * fonts, docProps, customXml, drawings, charts and pivot caches are never inflated (the theme
 * only when a fill names a theme colour, its bytes counted as they inflate), so a
 * workbook holding a 200 MB video reads like any other; every part that is inflated is counted
 * as it inflates whatever its name, and the zip guard's damage checks look at every part.
 */
export function mayBeRead(path: string): boolean {
  return /\.(xml|rels)$/.test(path) && !NEVER_READ.test(path);
}

const NEVER_READ = /^(docprops|customxml|xl\/(theme|drawings|charts|media|embeddings|printersettings|pivotcache|pivottables|externallinks|activex|ctrlprops|richdata|persons|threadedcomments|model))\//;

export interface ReadXlsxOptions {
  /** The zip limits (DEFAULT_ZIP_LIMITS when not given); without `readParts`, the declared sizes of the parts mayBeRead names count. */
  readonly limits?: ZipLimits;
  /** Sheets to read (by name); the others' parts are not inflated. All when not given. */
  readonly sheets?: (name: string) => boolean;
}

/**
 * The longest sheet or table name read: Excel's table names have at most 255 characters and its
 * sheet names 31 (other tools' may be longer); a longer one is a damaged or hostile file.
 */
const MAX_NAME = 255;

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
  const styleFills = resolveFillColours(styles, styles.themed ? readThemeColours(pkg, rels) : undefined);
  const sheets: RawSheet[] = [];
  // Each sheet is a part of its own: a workbook listing 200,000 sheets of one part (1 MB on disk) read it 200,000 times.
  const sheetOfPart = new Map<string, string>();
  for (const sheet of listed) {
    const rel = byId.get(sheet.relId);
    // Chart sheets, dialog sheets and macro sheets hold no cells to read.
    if (!rel || rel.type !== 'worksheet' || rel.external || !wanted(sheet.name)) continue;
    const entry = findPart(pkg, rel.target);
    if (!entry) throw new ZipPartProblem(`is damaged: its sheet "${sheet.name.slice(0, 40)}" (part ${rel.target.slice(0, 80)}) is missing`);
    const other = sheetOfPart.get(rel.target.toLowerCase());
    if (other !== undefined) throw new ZipPartProblem(`is damaged: its sheets "${other.slice(0, 40)}" and "${sheet.name.slice(0, 40)}" are the same part (${rel.target.slice(0, 80)})`);
    sheetOfPart.set(rel.target.toLowerCase(), sheet.name);
    const handler = new SheetXmlHandler(sheet.name, sharedStrings, styles, date1904, styleFills);
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
        const name = a.name ?? '';
        // Every finding names its sheet: a 1 MB sheet name made check print 68 MB.
        if (name.length > MAX_NAME) throw new ZipPartProblem(`is damaged: it names a sheet with ${name.length.toLocaleString('en-US')} characters (Excel's sheet names have at most 31)`);
        sheets.push({ name, hidden: state !== 'visible', relId: prefixedAttribute(a, 'id') ?? '' });
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

/** The theme's colour scheme, in a fill's theme-index order; undefined when the workbook has no theme part. */
function readThemeColours(pkg: XlsxPackage, rels: readonly Relationship[]): readonly string[] | undefined {
  const entry = partOfType(pkg, rels, 'theme');
  if (!entry) return undefined;
  const handler = themeColoursHandler();
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
  // By id, each id once: a sheet naming 50,000 table parts against as many relationships was 2.5 billion comparisons.
  const rels = new Map<string, Relationship>();
  for (const r of await readRelationships(pkg, sheetPart)) if (r.type === 'table' && !r.external && !rels.has(r.id)) rels.set(r.id, r);
  const out: RawListObject[] = [];
  for (const id of new Set(ids)) {
    const rel = rels.get(id);
    const entry = rel ? findPart(pkg, rel.target) : undefined;
    if (!entry) continue;
    let table: RawListObject | undefined;
    parseXmlPart(pkg.bytes, entry, pkg.budget, {
      open(tag, a) {
        if (tag !== 'table' || table) return;
        const range = a.ref === undefined ? undefined : parseRef(a.ref);
        const name = a.name ?? a.displayName ?? id;
        if (name.length > MAX_NAME) throw new ZipPartProblem(`is damaged: it names a table with ${name.length.toLocaleString('en-US')} characters (Excel's table names have at most 255)`);
        if (range) table = { name, range };
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
    if (covered?.[i] === 1) continue;
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
    if (covered?.[i] === 1) continue;
    const rowValues = values[cells.rows[i]! - top]!;
    const rowFormats = numberFormats[cells.rows[i]! - top]!;
    const col = cells.cols[i]! - left;
    // No nulls padded in: a row with cells in A and XFD holds two, not 16,384 (RawSheet rows may have holes, read as empty).
    rowValues[col] = cells.values[i]!;
    rowFormats[col] = cells.formats[i]!;
  }
  const rowOutlineLevels = outlineLevels(cells.outline, top, height);
  const fills = fillRows(cells, top, left, bottom, right);
  const struck = struckRows(cells, top, left);
  return { name: sheet.name, origin: { row: top, col: left }, values, numberFormats, ...(fills ? { fills } : {}), ...(struck ? { struck } : {}), ...common, ...(rowOutlineLevels ? { rowOutlineLevels } : {}) };
}

/** Cells inside a merge other than its top-left cell, as a flag per cell (mergeSweep); undefined when there are none. */
function coveredCells(cells: SheetCells): Uint8Array | undefined {
  const count = cells.rows.length;
  if (cells.merges.length === 0 || count === 0) return undefined;
  let firstRow = Infinity;
  let lastRow = -1;
  let sorted = true;
  for (let i = 0; i < count; i++) {
    const r = cells.rows[i]!;
    if (r < firstRow) firstRow = r;
    if (r > lastRow) lastRow = r;
    if (i > 0 && r < cells.rows[i - 1]!) sorted = false;
  }
  const sweep = mergeSweep(
    cells.merges.filter((m) => m.bottom >= firstRow && m.top <= lastRow),
    MAX_COLS,
  );
  if (sweep === undefined) return undefined;
  // Cells by row (document order is by row already, unless a file lists its rows out of order).
  const order = sorted ? undefined : Array.from({ length: count }, (_, i) => i).sort((a, b) => cells.rows[a]! - cells.rows[b]!);
  const covered = new Uint8Array(count);
  let any = false;
  let row = -1;
  for (let k = 0; k < count; k++) {
    const i = order === undefined ? k : order[k]!;
    const r = cells.rows[i]!;
    if (r !== row) sweep.toRow((row = r));
    if (sweep.covers(r, cells.cols[i]!)) {
      covered[i] = 1;
      any = true;
    }
  }
  return any ? covered : undefined;
}


/**
 * The filled cells inside the used range, by row as values are (RawSheet.fills): a row with no
 * fill stays a hole, so a sheet of plain cells costs one array of holes. Fills outside the
 * values' range (a coloured empty row below the table) are dropped.
 */
function fillRows(cells: SheetCells, top: number, left: number, bottom: number, right: number): Array<Array<string | undefined> | undefined> | undefined {
  let out: Array<Array<string | undefined> | undefined> | undefined;
  for (let i = 0; i < cells.fillRows.length; i++) {
    const r = cells.fillRows[i]!;
    const c = cells.fillCols[i]!;
    if (r < top || r > bottom || c < left || c > right) continue;
    out ??= new Array<Array<string | undefined> | undefined>(bottom - top + 1);
    (out[r - top] ??= [])[c - left] = cells.fillColours[i]!;
  }
  return out;
}

/** The struck-through cells with values, by row as values are (RawSheet.struck); undefined when there are none. */
function struckRows(cells: SheetCells, top: number, left: number): Array<boolean[] | undefined> | undefined {
  let out: Array<boolean[] | undefined> | undefined;
  for (let i = 0; i < cells.struckRows.length; i++) {
    out ??= [];
    (out[cells.struckRows[i]! - top] ??= [])[cells.struckCols[i]! - left] = true;
  }
  return out;
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
