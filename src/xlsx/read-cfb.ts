/**
 * A bounded reader of OLE2 compound files ([MS-CFB]), the container of legacy .xls workbooks
 * (and of password-protected .xlsx files): the root storage's directory entries, and the bytes
 * of one stream on request.
 *
 * Written for hostile input rather than taken from npm's `cfb` (SheetJS, 1.2.2): that one reads
 * every stream of the file eagerly, follows a stream's sector chain without noticing a cycle (a
 * 22 KB file whose FAT points a chain back into itself ran Node out of heap), recurses along the
 * DIFAT chain for as many sectors as the header claims and resolves directory paths in quadratic
 * time. Here every chain is followed with a visited mark and never further than the sectors the
 * file holds or the stream needs, every sector number is checked against the file's length,
 * directory traversal marks what it has seen, and only the streams asked for are copied. Every
 * problem is a CompoundFileProblem whose message follows the file name ("is damaged: ...").
 * No Node built-ins: it runs in the taskpane too.
 */

/** A compound file that cannot be read; the message is phrased to follow the file name. */
export class CompoundFileProblem extends Error {}

export interface CompoundFileEntry {
  readonly name: string;
  /** 1 storage, 2 stream. */
  readonly type: number;
  readonly size: number;
}

export interface CompoundFile {
  /** The root storage's streams and storages, as the directory names them. */
  readonly entries: readonly CompoundFileEntry[];
  /** The bytes of the root storage's stream of this name (compared case-insensitively, as [MS-CFB] 2.6.4 does); undefined when it has none. */
  stream(name: string): Uint8Array | undefined;
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER = 512;
const DIR_ENTRY = 128;
/** Sector numbers above this are markers ([MS-CFB] 2.1). */
const MAXREGSECT = 0xfffffffa;
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const NOSTREAM = 0xffffffff;
const MINI_SECTOR = 64;

/** Does the file start with the compound file signature? */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Opens the container: header, FAT (through the DIFAT), directory. Throws CompoundFileProblem. */
export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  if (!isCompoundFile(bytes)) throw new CompoundFileProblem('is not an OLE compound file');
  if (bytes.length < HEADER) throw new CompoundFileProblem(`is truncated: it holds ${bytes.length} bytes, less than a compound file's 512-byte header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const major = u16(0x1a);
  const shift = u16(0x1e);
  if (!((major === 3 && shift === 9) || (major === 4 && shift === 12))) {
    throw new CompoundFileProblem(`is damaged: its compound file header gives version ${major} with ${shift > 30 ? shift : 2 ** shift}-byte sectors (only version 3 with 512 and version 4 with 4,096 exist)`);
  }
  if (u16(0x20) !== 6) throw new CompoundFileProblem('is damaged: its compound file header gives mini sectors other than 64 bytes');
  const sectorSize = 1 << shift;
  /** Sectors the file holds, the last one possibly cut short (sector n starts at (n + 1) * sectorSize). */
  const sectorCount = Math.ceil(Math.max(0, bytes.length - sectorSize) / sectorSize);
  const perSector = sectorSize / 4;
  const damaged = (what: string): never => {
    throw new CompoundFileProblem(`is damaged: ${what}`);
  };
  const sectorAt = (n: number): number => {
    if (n >= sectorCount) throw new CompoundFileProblem(`is truncated or damaged: its compound file points to sector ${n}, past the end of the file (${sectorCount} sectors)`);
    return (n + 1) * sectorSize;
  };

  // The FAT's own sectors: 109 in the header, the rest along the DIFAT chain.
  const fatSectorCount = u32(0x2c);
  if (fatSectorCount > sectorCount) damaged(`its compound file header claims ${fatSectorCount.toLocaleString('en-US')} FAT sectors, more than the file holds`);
  const fatSectors: number[] = [];
  for (let k = 0; k < 109 && fatSectors.length < fatSectorCount; k++) {
    const s = u32(0x4c + k * 4);
    if (s === FREESECT || s === ENDOFCHAIN) break;
    fatSectors.push(s);
  }
  let difat = u32(0x44);
  const seenDifat = new Set<number>();
  while (fatSectors.length < fatSectorCount && difat <= MAXREGSECT) {
    if (seenDifat.has(difat)) damaged('its DIFAT sector chain loops back on itself');
    seenDifat.add(difat);
    const at = sectorAt(difat);
    if (at + sectorSize > bytes.length) throw new CompoundFileProblem('is truncated: its DIFAT runs past the end of the file');
    for (let k = 0; k < perSector - 1 && fatSectors.length < fatSectorCount; k++) {
      const s = u32(at + k * 4);
      if (s > MAXREGSECT) continue;
      fatSectors.push(s);
    }
    difat = u32(at + sectorSize - 4);
  }
  if (fatSectors.length === 0) damaged('its compound file has no sector table (FAT)');
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((s, k) => {
    const at = sectorAt(s);
    if (at + sectorSize > bytes.length) throw new CompoundFileProblem('is truncated: its sector table (FAT) runs past the end of the file');
    for (let i = 0; i < perSector; i++) fat[k * perSector + i] = u32(at + i * 4);
  });

  /**
   * The sectors of a chain from `start`, at most `limit` of them (a chain may not end where its
   * stream does: readers stop at the stream's size). A loop, a sector past the table or the file,
   * or a chain shorter than `need` is damage.
   */
  const chain = (table: Uint32Array, start: number, limit: number, need: number, what: string, count: number): number[] => {
    const out: number[] = [];
    const seen = new Uint8Array(Math.min(table.length, count));
    let s = start;
    while (s !== ENDOFCHAIN && out.length < limit) {
      if (s > MAXREGSECT) damaged(`${what} runs into a sector marked ${s === FREESECT ? 'free' : 'reserved'}`);
      if (s >= seen.length) throw new CompoundFileProblem(`is truncated or damaged: ${what} points to sector ${s}, past the end of the file (${count} sectors)`);
      if (seen[s] === 1) damaged(`${what} loops back on itself`);
      seen[s] = 1;
      out.push(s);
      s = table[s]!;
    }
    if (out.length < need) throw new CompoundFileProblem(`is truncated or damaged: ${what} ends before its data does`);
    return out;
  };

  // The directory: a chain of 128-byte entries; the root storage is entry 0.
  const dirSectors = chain(fat, u32(0x30), sectorCount, 1, 'its compound file directory', sectorCount);
  const dirCount = dirSectors.length * (sectorSize / DIR_ENTRY);
  const entryAt = (k: number): number => {
    const at = sectorAt(dirSectors[Math.floor(k / (sectorSize / DIR_ENTRY))]!) + (k % (sectorSize / DIR_ENTRY)) * DIR_ENTRY;
    if (at + DIR_ENTRY > bytes.length) throw new CompoundFileProblem('is truncated: its compound file directory runs past the end of the file');
    return at;
  };
  const rootAt = entryAt(0);
  if (bytes[rootAt + 0x42] !== 5) damaged('its compound file directory does not begin with a root entry');
  const sizeOf = (at: number): number => {
    // Version 3 files may hold garbage in the high 32 bits ([MS-CFB] 2.6.3): only version 4's count.
    const high = major === 4 ? u32(at + 0x7c) : 0;
    return high * 0x1_0000_0000 + u32(at + 0x78);
  };
  const nameOf = (at: number): string => {
    const length = Math.min(64, u16(at + 0x40));
    let name = '';
    for (let i = 0; i + 1 < length; i += 2) {
      const c = u16(at + i);
      if (c === 0) break;
      name += String.fromCharCode(c);
    }
    return name;
  };

  // The root's children: a red-black tree through left and right siblings.
  const entries: Array<CompoundFileEntry & { readonly start: number }> = [];
  const visited = new Uint8Array(dirCount);
  const pending: number[] = [u32(rootAt + 0x4c)];
  while (pending.length > 0) {
    const k = pending.pop()!;
    if (k === NOSTREAM) continue;
    if (k >= dirCount) damaged(`its compound file directory points to entry ${k}, past its ${dirCount} entries`);
    if (visited[k] === 1) damaged('its compound file directory loops back on itself');
    visited[k] = 1;
    const at = entryAt(k);
    const type = bytes[at + 0x42]!;
    if (type === 1 || type === 2) entries.push({ name: nameOf(at), type, size: sizeOf(at), start: u32(at + 0x74) });
    pending.push(u32(at + 0x44), u32(at + 0x48));
  }

  const cutoff = u32(0x38);
  /** Copies a stream of `size` bytes from its chain of `unit`-byte sectors, the last one possibly part-filled. */
  const copy = (sectors: readonly number[], unit: number, size: number, offset: (s: number) => number, source: Uint8Array, what: string): Uint8Array => {
    const out = new Uint8Array(size);
    for (let k = 0, filled = 0; filled < size; k++) {
      const n = Math.min(unit, size - filled);
      const at = offset(sectors[k]!);
      if (at + n > source.length) throw new CompoundFileProblem(`is truncated: ${what} runs past the end of the file`);
      out.set(source.subarray(at, at + n), filled);
      filled += n;
    }
    return out;
  };
  let miniStream: { fat: Uint32Array; data: Uint8Array } | undefined;
  const mini = (): { fat: Uint32Array; data: Uint8Array } => {
    if (miniStream) return miniStream;
    const miniFatSectors = chain(fat, u32(0x3c), Math.min(u32(0x40), sectorCount), Math.min(u32(0x40), sectorCount), 'its mini sector table', sectorCount);
    const table = new Uint32Array(miniFatSectors.length * perSector);
    miniFatSectors.forEach((s, k) => {
      const at = sectorAt(s);
      if (at + sectorSize > bytes.length) throw new CompoundFileProblem('is truncated: its mini sector table runs past the end of the file');
      for (let i = 0; i < perSector; i++) table[k * perSector + i] = u32(at + i * 4);
    });
    const rootSize = sizeOf(rootAt);
    if (rootSize > bytes.length) damaged(`its mini stream claims ${rootSize.toLocaleString('en-US')} bytes, more than the file holds`);
    const need = Math.ceil(rootSize / sectorSize);
    const rootSectors = chain(fat, u32(rootAt + 0x74), need, need, 'its mini stream', sectorCount);
    miniStream = { fat: table, data: copy(rootSectors, sectorSize, rootSize, sectorAt, bytes, 'its mini stream') };
    return miniStream;
  };

  return {
    entries: entries.map(({ name, type, size }) => ({ name, type, size })),
    stream(name: string): Uint8Array | undefined {
      const wanted = name.toUpperCase();
      const entry = entries.find((e) => e.type === 2 && e.name.toUpperCase() === wanted);
      if (!entry) return undefined;
      const what = `its ${entry.name} stream`;
      // No stream can be longer than the file that holds it.
      if (entry.size > bytes.length) damaged(`${what} claims ${entry.size.toLocaleString('en-US')} bytes, more than the file holds`);
      if (entry.size === 0) return new Uint8Array(0);
      if (entry.size < cutoff) {
        const m = mini();
        const need = Math.ceil(entry.size / MINI_SECTOR);
        const sectors = chain(m.fat, entry.start, need, need, what, Math.ceil(m.data.length / MINI_SECTOR));
        return copy(sectors, MINI_SECTOR, entry.size, (s) => s * MINI_SECTOR, m.data, what);
      }
      const need = Math.ceil(entry.size / sectorSize);
      return copy(chain(fat, entry.start, need, need, what, sectorCount), sectorSize, entry.size, sectorAt, bytes, what);
    },
  };
}
