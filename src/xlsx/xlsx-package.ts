import { listZipEntries, type ZipEntry, type ZipLimits } from './zip-guard';
import { parseXmlPart } from './parse-xml-part';
import { streamZipPart, ZipPartProblem, type InflateBudget } from './zip-part-stream';

/**
 * An .xlsx file as an Open Packaging Convention package: its parts by name and the relationships
 * that lead from one part to the next (_rels/.rels -> the workbook -> its sheets, shared strings
 * and styles; a sheet -> its tables). Parts are found by following relationships, never by
 * their usual names, so a valid workbook whose sheet parts are called anything reads the same.
 */
export interface XlsxPackage {
  readonly bytes: Uint8Array;
  /** Parts by lower-cased name (part names are case-insensitive, ECMA-376 Part 2, 9.1.1). */
  readonly parts: ReadonlyMap<string, ZipEntry>;
  readonly budget: InflateBudget;
}

export interface Relationship {
  readonly id: string;
  /** The last segment of the type URI ("worksheet", "sharedStrings"): the same in transitional and strict files. */
  readonly type: string;
  /** The target part's name, resolved against the source part (no leading "/"). */
  readonly target: string;
  readonly external: boolean;
}

export function openPackage(bytes: Uint8Array, limits: ZipLimits): XlsxPackage | { problem: string } {
  const listed = listZipEntries(bytes, limits);
  if ('problem' in listed) return listed;
  const parts = new Map<string, ZipEntry>();
  for (const entry of listed.entries) parts.set(entry.path.replace(/^\/+/, '').toLowerCase(), entry);
  return { bytes, parts, budget: { maxPartBytes: limits.maxEntryBytes, maxTotalBytes: limits.maxTotalBytes, remainingBytes: limits.maxTotalBytes } };
}

export function findPart(pkg: XlsxPackage, name: string): ZipEntry | undefined {
  return pkg.parts.get(name.toLowerCase());
}

/** The relationships of a part (from its .rels part); none when it has no .rels part. */
export async function readRelationships(pkg: XlsxPackage, sourcePart: string): Promise<Relationship[]> {
  const slash = sourcePart.lastIndexOf('/');
  const relsName = `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
  const entry = findPart(pkg, relsName);
  if (!entry) return [];
  const out: Relationship[] = [];
  parseXmlPart(pkg.bytes, entry, pkg.budget, {
    open(name, a) {
      if (name !== 'Relationship' || a.Target === undefined) return;
      const external = a.TargetMode === 'External';
      const type = (a.Type ?? '').slice((a.Type ?? '').lastIndexOf('/') + 1);
      out.push({ id: a.Id ?? '', type, target: external ? a.Target : resolveTarget(sourcePart, a.Target), external });
    },
    close() {},
  });
  return out;
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml"; "/xl/x.xml" is from the root. */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded text: use it as written.
  }
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The workbook part: the package's officeDocument relationship (Part 1, 8.1), else xl/workbook.xml. */
export async function findWorkbookPart(pkg: XlsxPackage): Promise<string> {
  const root = await readRelationships(pkg, '');
  const main = root.find((r) => r.type === 'officeDocument' && !r.external && findPart(pkg, r.target));
  if (main) return main.target;
  if (findPart(pkg, 'xl/workbook.xml')) return 'xl/workbook.xml';
  throw new ZipPartProblem(await notAWorkbook(pkg));
}

/** Why a zip archive holds no workbook, in words a person can act on. */
async function notAWorkbook(pkg: XlsxPackage): Promise<string> {
  const mimetype = findPart(pkg, 'mimetype');
  if (mimetype && mimetype.uncompressed < 256) {
    let text = '';
    const decoder = new TextDecoder();
    for (const chunk of streamZipPart(pkg.bytes, mimetype, pkg.budget)) text += decoder.decode(chunk, { stream: true });
    if (text.includes('opendocument.spreadsheet')) {
      return 'is an OpenDocument spreadsheet (.ods), not an .xlsx workbook; open it in LibreOffice or Excel and save it as .xlsx';
    }
    if (text.includes('opendocument')) return 'is an OpenDocument file, not an .xlsx workbook';
  }
  if (findPart(pkg, 'xl/workbook.bin')) return 'is a binary workbook (.xlsb), which Throughline does not read; save it as .xlsx in Excel';
  if (findPart(pkg, 'word/document.xml')) return 'is a Word document, not an .xlsx workbook';
  if (findPart(pkg, 'ppt/presentation.xml')) return 'is a PowerPoint presentation, not an .xlsx workbook';
  return 'is a zip archive but not an .xlsx workbook (it holds no workbook part)';
}
