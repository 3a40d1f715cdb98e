import { readDecisions } from '../core/report/decisions-sheet';
import { readSnapshot, type Snapshot } from '../core/report/snapshot';
import { partName, REPORT_SHEETS, reportSheetOf } from '../core/report/sheet-names';
import type { CellValue } from '../core/types';
import { parseXmlPart, prefixedAttribute } from './parse-xml-part';
import { SourceReadError } from './read-source-error';
import { readXlsxSource } from './read-workbook';
import { findPart, findWorkbookPart, openPackage, readRelationships } from './xlsx-package';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard';
import { ZipPartProblem } from './zip-part-stream';

/**
 * A summary of a large portfolio declares more XML than a source may (its Initiatives and
 * Findings sheets), but only its snapshot and Decisions sheets are inflated: our own plain text
 * rows, which cost about 4 bytes of memory per byte of XML rather than 8 (the earlier limits,
 * 512 MB and 1 GB). Only the parts read count against them (partsRead): a 1,000,000-initiative
 * summary holds about 6 GB of sheet XML, nearly all of it in sheets this reader never opens.
 */
const PREVIOUS_LIMITS: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 512 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024 };

export interface ReadPreviousOptions {
  /** The zip limits (the previous-summary limits above when not given); `readParts` is set here. */
  readonly limits?: ZipLimits;
}

/**
 * The snapshot a previous summary workbook embeds in its hidden sheet; undefined when the file
 * has no such sheet or it is of a version this build cannot read (Changes is then left out).
 * Throws SourceReadError (one line naming the file) when the bytes are not a readable .xlsx,
 * a zip bomb, a truncated archive, or the parts it is read from are over the limits: read by
 * the same streaming reader as the sources.
 */
export async function readPreviousSnapshot(bytes: Uint8Array, fileName = 'The previous summary', options: ReadPreviousOptions = {}): Promise<Snapshot | undefined> {
  // A sheet past Excel's rows was written in parts ("_throughline", "_throughline 2", ...).
  const partOf = (name: string, base: string): number | undefined => {
    const of = reportSheetOf(name);
    return of?.base === base && partName(base, of.part) === name ? of.part : undefined;
  };
  const wanted = (name: string) => partOf(name, REPORT_SHEETS.snapshot) !== undefined || partOf(name, REPORT_SHEETS.decisions) !== undefined;
  const limits = options.limits ?? PREVIOUS_LIMITS;
  const read = await partsRead(bytes, fileName, wanted, limits);
  const source = await readXlsxSource(bytes, fileName, { sheets: wanted, limits: { ...limits, readParts: (part) => read.has(part) } });
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
  const rows: (readonly CellValue[])[] = [];
  for (const sheet of snapshotParts) for (const row of fromA1(sheet)) rows.push(row);
  const snapshot = readSnapshot(rows);
  if (!snapshot) return undefined;
  // The decisions the user entered on the summary's Decisions sheet come back with it (each part has its header row).
  const decisions = parts(REPORT_SHEETS.decisions).flatMap((sheet) => readDecisions(fromA1(sheet)));
  return decisions.length > 0 ? { ...snapshot, decisions } : snapshot;
}

/**
 * The names (lower case, no leading "/") of the parts readXlsxSource inflates to read the
 * `wanted` sheets, found by the same relationships: the package's and the workbook's
 * relationships, the workbook part, its (first) shared strings and styles, and each wanted
 * worksheet with its relationships and tables. This first look inflates only relationship parts
 * and the workbook part, each counted against the limits while it inflates; the damage checks
 * apply to every part, the declared sizes to none (readXlsxSource checks those of the parts named here).
 */
async function partsRead(bytes: Uint8Array, fileName: string, wanted: (sheet: string) => boolean, limits: ZipLimits): Promise<Set<string>> {
  const pkg = openPackage(bytes, { ...limits, readParts: () => false });
  if ('problem' in pkg) throw new SourceReadError(fileName, `${fileName} ${pkg.problem}.`);
  const key = (part: string) => part.replace(/^\/+/, '').toLowerCase();
  try {
    const read = new Set<string>([relsPartOf('')]);
    const workbook = await findWorkbookPart(pkg);
    read.add(key(workbook)).add(relsPartOf(key(workbook)));
    const rels = await readRelationships(pkg, workbook);
    for (const type of ['sharedStrings', 'styles']) {
      const rel = rels.find((r) => r.type === type && !r.external);
      if (rel) read.add(key(rel.target));
    }
    const byId = new Map(rels.map((r) => [r.id, r]));
    const sheets: Array<{ name: string; relId: string }> = [];
    parseXmlPart(pkg.bytes, findPart(pkg, workbook)!, pkg.budget, {
      open(tag, a) {
        if (tag === 'sheet') sheets.push({ name: a.name ?? '', relId: prefixedAttribute(a, 'id') ?? '' });
      },
      close() {},
    });
    for (const sheet of sheets) {
      const rel = byId.get(sheet.relId);
      if (!rel || rel.type !== 'worksheet' || rel.external || !wanted(sheet.name)) continue;
      read.add(key(rel.target)).add(relsPartOf(key(rel.target)));
      for (const table of await readRelationships(pkg, rel.target)) if (table.type === 'table' && !table.external) read.add(key(table.target));
    }
    return read;
  } catch (e) {
    if (e instanceof ZipPartProblem) throw new SourceReadError(fileName, `${fileName} ${e.message}.`);
    throw e;
  }
}

/** "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" (the package) -> "_rels/.rels" (ECMA-376 Part 2, 9.3). */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A sheet's rows from A1: the used range put back at its place. The reader's rows hold only the
 * cells present (a row with cells in A and XFD holds two, holes between), and so does each row
 * here: a row is shifted right by the range's left column cell by cell, never copied to its
 * length (spreading a row with a cell in XFD made 16,384 slots of it, every such row of a
 * snapshot: 20,000 of them took 53 s and 3.6 GB). Rows already at A1 are passed as they are.
 */
function fromA1(sheet: { readonly origin: { row: number; col: number }; readonly values: readonly (readonly CellValue[])[] }): (readonly CellValue[])[] {
  const { row: top, col: left } = sheet.origin;
  const rows: (readonly CellValue[])[] = Array.from({ length: top }, () => []);
  for (const row of sheet.values) rows.push(left === 0 ? row : shifted(row, left));
  return rows;
}

/** A row's cells `by` columns to the right, holes kept as holes (the cost is the cells present). */
function shifted(row: readonly CellValue[], by: number): CellValue[] {
  const out: CellValue[] = [];
  // Object.keys lists the indices present, not every slot up to the row's length.
  for (const key of Object.keys(row)) out[by + Number(key)] = row[Number(key)]!;
  return out;
}
