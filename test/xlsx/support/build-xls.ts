/**
 * Builds legacy .xls files record by record for the reader's tests, from [MS-XLS] and [MS-CFB]
 * rather than from the reader: BIFF records, a BIFF8 (or BIFF5) Workbook stream with its
 * BOUNDSHEET offsets worked out, and a version 3 compound file holding the streams (in ordinary
 * 512-byte sectors, or the mini stream for streams under 4,096 bytes when asked).
 */

export type Bytes = Uint8Array | number[];

const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
export const le16 = u16;
export const le32 = u32;

export function f64(n: number): number[] {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, n, true);
  return [...new Uint8Array(v.buffer)];
}

/** A record: type, length, payload. */
export function record(type: number, payload: Bytes = []): Uint8Array {
  return new Uint8Array([...u16(type), ...u16(payload.length), ...payload]);
}

/** BIFF8 XLUnicodeString: 16-bit count, flags, characters (one byte each when all are Latin-1, unless `wide`). */
export function unicodeString(text: string, wide = [...text].some((c) => c.charCodeAt(0) > 0xff)): number[] {
  return [...u16(text.length), wide ? 1 : 0, ...chars(text, wide)];
}

export function chars(text: string, wide: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(...(wide ? u16(text.charCodeAt(i)) : [text.charCodeAt(i)]));
  return out;
}

export const BOF = 0x0809;
export const EOF = 0x000a;

export function bof(type: number, version = 0x0600): Uint8Array {
  return record(BOF, version === 0x0600 ? [...u16(version), ...u16(type), ...u16(0x0dbb), ...u16(0x07cc), ...u32(0), ...u32(6)] : [...u16(version), ...u16(type), ...u16(0), ...u16(0)]);
}

export const eof = (): Uint8Array => record(EOF);

export const number = (row: number, col: number, xf: number, value: number): Uint8Array => record(0x0203, [...u16(row), ...u16(col), ...u16(xf), ...f64(value)]);
export const rk = (row: number, col: number, xf: number, raw: number): Uint8Array => record(0x027e, [...u16(row), ...u16(col), ...u16(xf), ...u32(raw)]);
export const labelSst = (row: number, col: number, xf: number, index: number): Uint8Array => record(0x00fd, [...u16(row), ...u16(col), ...u16(xf), ...u32(index)]);

export interface SheetSpec {
  readonly name: string;
  /** 0 visible, 1 hidden, 2 very hidden. */
  readonly state?: number;
  /** BOUNDSHEET's sheet type: 0 worksheet, 2 chart. */
  readonly type?: number;
  /** Records between the sheet's BOF and EOF. */
  readonly records: readonly Uint8Array[];
  /** BOF's substream type (0x0010 worksheet, 0x0020 chart). */
  readonly bofType?: number;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Globals records after the BOF (CODEPAGE, DATEMODE, FORMAT, XF, SST...), before the BOUNDSHEETs. */
  readonly globals?: readonly Uint8Array[];
  /** BIFF5 (Excel 5.0/95): byte-string sheet names in the given code page. */
  readonly biff5?: { readonly encode: (name: string) => number[] };
  /** Overrides each sheet's BOF offset (to aim it somewhere else). */
  readonly offsets?: (computed: number[]) => number[];
}

/** A Workbook stream: globals (BOF, the given records, a BOUNDSHEET per sheet, EOF) then each sheet's substream. */
export function workbookStream(spec: WorkbookSpec): Uint8Array {
  const version = spec.biff5 ? 0x0500 : 0x0600;
  const sheetName = (name: string): number[] => (spec.biff5 ? [spec.biff5.encode(name).length, ...spec.biff5.encode(name)] : [name.length, ...unicodeString(name).slice(2)]);
  const boundsheet = (s: SheetSpec, offset: number): Uint8Array => record(0x0085, [...u32(offset), s.state ?? 0, s.type ?? 0, ...sheetName(s.name)]);
  const head = [bof(0x0005, version), ...(spec.globals ?? [])];
  const globalsLength = [...head, ...spec.sheets.map((s) => boundsheet(s, 0)), eof()].reduce((n, r) => n + r.length, 0);
  const bodies = spec.sheets.map((s) => concat([bof(s.bofType ?? 0x0010, version), ...s.records, eof()]));
  const offsets: number[] = [];
  let at = globalsLength;
  for (const b of bodies) {
    offsets.push(at);
    at += b.length;
  }
  const aimed = spec.offsets ? spec.offsets(offsets) : offsets;
  return concat([...head, ...spec.sheets.map((s, k) => boundsheet(s, aimed[k]!)), eof(), ...bodies]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;

/**
 * A compound file holding the streams under the root storage: version 3 (512-byte sectors, files
 * up to about 7 MB) or, with `version: 4`, 4,096-byte sectors (up to about 450 MB). Streams of
 * 4,096 bytes or more live in ordinary sectors; smaller ones are padded to 4,096 unless `mini` is
 * set, when they go in the mini stream. At most 109 FAT sectors (no DIFAT).
 */
export function compoundFileOf(streams: ReadonlyArray<{ name: string; data: Uint8Array }>, options: { mini?: boolean; version?: 3 | 4 } = {}): Uint8Array {
  const mini = options.mini === true;
  const v4 = options.version === 4;
  const SECTOR = v4 ? 4096 : 512;
  const PER = SECTOR / 4;
  const big = streams.map((s) => !mini || s.data.length >= 4096);
  const sizes = streams.map((s, k) => (big[k] ? Math.max(4096, s.data.length) : s.data.length));
  // The mini stream: 64-byte sectors, itself a chain of ordinary sectors (the root entry's).
  const miniStarts: number[] = [];
  let miniSectors = 0;
  streams.forEach((s, k) => {
    miniStarts.push(big[k] ? -1 : miniSectors);
    if (!big[k]) miniSectors += Math.ceil(s.data.length / 64);
  });
  const miniBytes = miniSectors * 64;
  const miniStreamSectors = Math.ceil(miniBytes / SECTOR);
  const miniFatSectors = miniSectors > 0 ? Math.ceil(miniSectors / PER) : 0;
  const dirSectors = Math.ceil((streams.length + 1) / (SECTOR / 128));
  const dataSectors = sizes.reduce((n, size, k) => n + (big[k] ? Math.ceil(size / SECTOR) : 0), 0);
  let fatSectors = 1;
  while (fatSectors * PER < fatSectors + dirSectors + miniFatSectors + miniStreamSectors + dataSectors) fatSectors++;
  if (fatSectors > 109) throw new Error('test file too big for the builder');
  const total = fatSectors + dirSectors + miniFatSectors + miniStreamSectors + dataSectors;
  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  const sector = (n: number): number => SECTOR * (1 + n);
  const fat = new Uint32Array(fatSectors * PER).fill(FREE);
  let next = 0;
  const allocate = (count: number): number => {
    const start = next;
    for (let k = 0; k < count; k++) fat[start + k] = k === count - 1 ? END : start + k + 1;
    next += count;
    return count === 0 ? END : start;
  };
  for (let k = 0; k < fatSectors; k++) fat[k] = FATSECT;
  next = fatSectors;
  const dirStart = allocate(dirSectors);
  const miniFatStart = allocate(miniFatSectors);
  const miniStreamStart = allocate(miniStreamSectors);
  const starts = streams.map((_, k) => (big[k] ? allocate(Math.ceil(sizes[k]! / SECTOR)) : miniStarts[k]!));

  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, v4 ? 4 : 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, v4 ? 12 : 9, true);
  if (v4) view.setUint32(0x28, dirSectors, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, fatSectors, true);
  view.setUint32(0x30, dirStart, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, miniFatSectors ? miniFatStart : END, true);
  view.setUint32(0x40, miniFatSectors, true);
  view.setUint32(0x44, END, true);
  for (let k = 0; k < 109; k++) view.setUint32(0x4c + k * 4, k < fatSectors ? k : FREE, true);
  fat.forEach((v, n) => view.setUint32(sector(Math.floor(n / PER)) + (n % PER) * 4, v, true));

  // The mini FAT and the mini stream's contents.
  if (miniSectors > 0) {
    const miniFat = new Uint32Array(miniFatSectors * PER).fill(FREE);
    streams.forEach((s, k) => {
      if (big[k]) return;
      const count = Math.ceil(s.data.length / 64);
      for (let j = 0; j < count; j++) miniFat[miniStarts[k]! + j] = j === count - 1 ? END : miniStarts[k]! + j + 1;
    });
    miniFat.forEach((v, n) => view.setUint32(sector(miniFatStart + Math.floor(n / PER)) + (n % PER) * 4, v, true));
    streams.forEach((s, k) => {
      if (!big[k]) out.set(s.data, sector(miniStreamStart) + miniStarts[k]! * 64);
    });
  }
  streams.forEach((s, k) => {
    if (big[k]) out.set(s.data, sector(starts[k]!));
  });

  const entry = (k: number, name: string, type: number, child: number, right: number, start: number, size: number): void => {
    const at = sector(dirStart) + k * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = type;
    out[at + 0x43] = 1;
    view.setUint32(at + 0x44, FREE, true);
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, size, true);
  };
  entry(0, 'Root Entry', 5, streams.length > 0 ? 1 : FREE, FREE, miniStreamSectors ? miniStreamStart : END, miniBytes);
  streams.forEach((s, k) => entry(k + 1, s.name, 2, FREE, k + 1 < streams.length ? k + 2 : FREE, starts[k]!, sizes[k]!));
  return out;
}

/** A workbook file: the spec's Workbook stream in a compound file. */
export function xlsFile(spec: WorkbookSpec, options: { mini?: boolean; streamName?: string; version?: 3 | 4 } = {}): Uint8Array {
  return compoundFileOf([{ name: options.streamName ?? (spec.biff5 ? 'Book' : 'Workbook'), data: workbookStream(spec) }], options);
}

/** Where a version 3 file's FAT entry and sectors lie, to damage it on purpose. */
export function fatEntryOffset(sectorIndex: number, fatSector = 0): number {
  return 512 * (1 + fatSector) + sectorIndex * 4;
}
export const sectorOffset = (n: number): number => 512 * (1 + n);
