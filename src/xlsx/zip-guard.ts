/**
 * A cheap look at an .xlsx file's zip structure before anything inflates it.
 *
 * This reads only the central directory (the table of contents at the end of the archive) and the
 * local headers it points to, never the compressed data, and returns one plain problem line
 * (phrased to follow the file name) or undefined when the archive looks sound: a zip bomb that
 * declares gigabytes or a truncated download is refused in milliseconds.
 *
 * Sizes are the ones the archive declares, and they can lie: the reader counts the bytes it
 * really inflates against the same limits while inflating (zip-part-stream.ts). Deflate cannot
 * expand more than ~1032x, so a part that declares more than its compressed size allows is also
 * refused as inconsistent. No Node built-ins here: it runs in the browser too.
 */

export interface ZipLimits {
  /** Largest uncompressed size of any one part (a worksheet's XML is the biggest). */
  readonly maxEntryBytes: number;
  /** Largest uncompressed size of all parts together. */
  readonly maxTotalBytes: number;
  /** Largest expansion (uncompressed / compressed) of a part bigger than ratioFloorBytes. */
  readonly maxRatio: number;
  /** Parts smaller than this are never refused for their ratio (a sheet of blanks packs well). */
  readonly ratioFloorBytes: number;
  /** Most parts an archive may hold. */
  readonly maxEntries: number;
  /**
   * The parts the reader will inflate, by the name they are looked up under (the stored path in
   * lower case, without a leading "/"): only their declared sizes count against maxEntryBytes and
   * maxTotalBytes, the total being theirs alone. Every part when not given. The damage checks (a stored part's size, more than
   * deflate can produce, the ratio, the part count, the local headers) apply to every part
   * whatever this says, and the reader counts the bytes it really inflates in any case.
   */
  readonly readParts?: (path: string) => boolean;
}

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/**
 * Sized from what reading costs (bench/read-limits.ts, docs/BENCHMARKS.md "Limits"): at worst
 * (the smallest numeric cells, `<c><v>1</v></c>`) the reader holds about 8 bytes of memory per
 * byte of sheet XML, so 160 MB of XML reads within about 1.3 GB, under the 1.5 GB ceiling. A
 * 200,000-row, 15-column tracker is about 60 MB of XML.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 160 * MB,
  maxTotalBytes: 160 * MB,
  maxRatio: 200,
  ratioFloorBytes: 16 * MB,
  maxEntries: 10_000,
};

/** Deflate's best case is 258 bytes from ~2 bits: about 1032:1 (plus a little block overhead). */
const DEFLATE_MAX_RATIO = 1032;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;

export interface ZipEntry {
  /** The part's path as stored ("xl/worksheets/sheet1.xml"), for lookups. */
  readonly path: string;
  /** The same, printable and at most 80 characters, for messages. */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressed: number;
  readonly uncompressed: number;
  readonly localOffset: number;
}

/** Thrown inside the reader only; turned into the returned problem line. */
class ZipProblem extends Error {}

/**
 * One line naming what is wrong with the archive, or undefined when it is within the limits.
 * Never throws for any input.
 */
export function checkZipLimits(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): string | undefined {
  const listed = listZipEntries(bytes, limits);
  return 'problem' in listed ? listed.problem : undefined;
}

/**
 * The archive's parts as its directory lists them, after the checks of checkZipLimits; or the
 * problem line. Never throws for any input.
 */
export function listZipEntries(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): { entries: ZipEntry[] } | { problem: string } {
  const lim: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  try {
    const entries = readCentralDirectory(bytes, lim);
    const problem = checkEntries(entries, lim);
    return problem === undefined ? { entries } : { problem };
  } catch (e) {
    if (e instanceof ZipProblem) return { problem: e.message };
    // A DataView range error means a length field points outside the file.
    if (e instanceof RangeError) return { problem: 'is damaged: its zip directory points past the end of the file' };
    throw e;
  }
}

function checkEntries(entries: readonly ZipEntry[], lim: ZipLimits): string | undefined {
  let total = 0;
  for (const e of entries) {
    const read = lim.readParts === undefined || lim.readParts(e.path.replace(/^\/+/, '').toLowerCase());
    if (read && e.uncompressed > lim.maxEntryBytes) {
      return `has a part (${e.name}) of ${formatSize(e.uncompressed)} uncompressed, over the ${formatLimit(lim.maxEntryBytes)} limit per part`;
    }
    if (e.method === 0 && (e.flags & 0x08) === 0 && e.uncompressed !== e.compressed) {
      return `is damaged: the stored part ${e.name} declares ${formatSize(e.uncompressed)} but holds ${formatSize(e.compressed)}`;
    }
    if (e.method === 8 && e.uncompressed > e.compressed * DEFLATE_MAX_RATIO + 64 * KB) {
      return `is damaged or hostile: the part ${e.name} declares ${formatSize(e.uncompressed)} from ${formatSize(e.compressed)} of compressed data, more than deflate can produce`;
    }
    if (e.uncompressed > lim.ratioFloorBytes && e.uncompressed > e.compressed * lim.maxRatio) {
      const ratio = Math.round(e.uncompressed / Math.max(1, e.compressed));
      return `has a part (${e.name}) that expands ${ratio.toLocaleString('en-US')} times (${formatSize(e.compressed)} to ${formatSize(e.uncompressed)}), over the ${lim.maxRatio}x limit: a zip bomb`;
    }
    if (read) total += e.uncompressed;
  }
  if (total > lim.maxTotalBytes) {
    const which = lim.readParts === undefined ? '' : ' in the parts it is read from';
    return `declares ${formatSize(total)} of uncompressed content${which}, over the ${formatLimit(lim.maxTotalBytes)} limit`;
  }
  return undefined;
}

function readCentralDirectory(bytes: Uint8Array, lim: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 8 && view.getUint32(0, false) === 0xd0cf11e0 && view.getUint32(4, false) === 0xa1b11ae1) {
    throw new ZipProblem('is an OLE compound file (a password-protected workbook or an old .xls), not an .xlsx zip archive; save it as an unprotected .xlsx');
  }
  if (bytes.length < 4 || view.getUint32(0, true) !== SIG_LOCAL) {
    if (bytes.length >= 4 && view.getUint32(0, true) === SIG_EOCD) throw new ZipProblem('is an empty zip archive, not an .xlsx workbook');
    throw new ZipProblem('is not an .xlsx workbook (not a zip archive)');
  }
  const eocd = findEocd(view);
  if (eocd < 0) {
    throw new ZipProblem('is truncated or damaged (the zip archive has no end-of-central-directory record)');
  }
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    ({ count, cdSize, cdOffset } = readZip64Eocd(view, eocd));
  }
  if (count > lim.maxEntries) {
    throw new ZipProblem(`holds ${count.toLocaleString('en-US')} parts, over the ${lim.maxEntries.toLocaleString('en-US')} limit`);
  }
  if (cdOffset + cdSize > eocd) {
    throw new ZipProblem('is truncated or damaged (its zip directory points past the end of the file)');
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + CENTRAL_SIZE > eocd || view.getUint32(p, true) !== SIG_CENTRAL) {
      throw new ZipProblem('is truncated or damaged (its zip directory ends early)');
    }
    const entry = readCentralEntry(bytes, view, p);
    checkLocalHeader(view, entry.entry);
    entries.push(entry.entry);
    p = entry.next;
  }
  return entries;
}

/** The EOCD record sits in the last 22 + up to 65,535 (comment) bytes. */
function findEocd(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    if (view.getUint32(p, true) === SIG_EOCD && p + EOCD_SIZE + view.getUint16(p + 20, true) <= view.byteLength) return p;
  }
  return -1;
}

function readZip64Eocd(view: DataView, eocd: number): { count: number; cdSize: number; cdOffset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_ZIP64_LOCATOR) {
    throw new ZipProblem('is damaged (a ZIP64 archive without its ZIP64 directory locator)');
  }
  const at = readUint64(view, locator + 8);
  if (at + 56 > locator || view.getUint32(at, true) !== SIG_ZIP64_EOCD) {
    throw new ZipProblem('is damaged (its ZIP64 directory record is missing)');
  }
  return { count: readUint64(view, at + 32), cdSize: readUint64(view, at + 40), cdOffset: readUint64(view, at + 48) };
}

function readCentralEntry(bytes: Uint8Array, view: DataView, p: number): { entry: ZipEntry; next: number } {
  const flags = view.getUint16(p + 8, true);
  const method = view.getUint16(p + 10, true);
  let compressed = view.getUint32(p + 20, true);
  let uncompressed = view.getUint32(p + 24, true);
  const nameLen = view.getUint16(p + 28, true);
  const extraLen = view.getUint16(p + 30, true);
  const commentLen = view.getUint16(p + 32, true);
  let localOffset = view.getUint32(p + 42, true);
  const nameStart = p + CENTRAL_SIZE;
  const path = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(nameStart, nameStart + nameLen));
  const name = printableName(path);
  // ZIP64 extra field (id 1): the 64-bit values, in this order, for each 32-bit field set to 0xFFFFFFFF.
  let q = nameStart + nameLen;
  const extraEnd = q + extraLen;
  while (q + 4 <= extraEnd) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 0x0001) {
      let r = q + 4;
      if (uncompressed === 0xffffffff) (uncompressed = readUint64(view, r)), (r += 8);
      if (compressed === 0xffffffff) (compressed = readUint64(view, r)), (r += 8);
      if (localOffset === 0xffffffff) localOffset = readUint64(view, r);
    }
    q += 4 + size;
  }
  return { entry: { path, name, method, flags, compressed, uncompressed, localOffset }, next: extraEnd + commentLen };
}

/** The part's data must lie inside the file: a cut-off download fails here, not inside exceljs. */
function checkLocalHeader(view: DataView, e: ZipEntry): void {
  const p = e.localOffset;
  if (p + LOCAL_SIZE > view.byteLength || view.getUint32(p, true) !== SIG_LOCAL) {
    throw new ZipProblem(`is damaged (the part ${e.name} is missing)`);
  }
  const dataStart = p + LOCAL_SIZE + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (dataStart + e.compressed > view.byteLength) {
    throw new ZipProblem(`is truncated (the part ${e.name} runs past the end of the file)`);
  }
}

function readUint64(view: DataView, p: number): number {
  const lo = view.getUint32(p, true);
  const hi = view.getUint32(p + 4, true);
  return hi * 0x1_0000_0000 + lo;
}

function printableName(name: string): string {
  // Keep messages one printable line whatever the archive holds.
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

const UNITS: ReadonlyArray<[number, string]> = [
  [GB, 'GB'],
  [MB, 'MB'],
  [KB, 'KB'],
];

/** 4294967296 -> "4.0 GB" (measured sizes keep one decimal). */
export function formatSize(n: number): string {
  for (const [size, unit] of UNITS) if (n >= size) return `${(n / size).toFixed(1)} ${unit}`;
  return `${n} bytes`;
}

/** 1073741824 -> "1 GB" (limits read as round numbers). */
export function formatLimit(n: number): string {
  for (const [size, unit] of UNITS) {
    if (n >= size) return `${Number((n / size).toFixed(1))} ${unit}`;
  }
  return `${n} bytes`;
}
