/**
 * A minimal OLE2 compound file ([MS-CFB] version 3: 512-byte sectors, one FAT sector, one
 * directory sector) holding the named streams, each at least 4,096 bytes so they live in
 * ordinary sectors rather than the mini stream. A password-protected .xlsx is such a file with
 * the streams EncryptionInfo and EncryptedPackage; a legacy .xls one with a Workbook stream.
 */
export function compoundFile(streams: ReadonlyArray<{ name: string; size: number }>): Uint8Array {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  const sizes = streams.map((s) => Math.max(4096, s.size));
  const sectorsOf = sizes.map((n) => Math.ceil(n / SECTOR));
  const total = 2 + sectorsOf.reduce((a, b) => a + b, 0);
  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector shift: 512
  view.setUint16(0x20, 6, true); // mini sector shift: 64
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, END, true); // no mini FAT
  view.setUint32(0x44, END, true); // no DIFAT sectors
  for (let k = 0; k < 109; k++) view.setUint32(0x4c + k * 4, k === 0 ? 0 : FREE, true);
  const sector = (n: number): number => SECTOR * (1 + n);
  // FAT: sector 0 is the FAT, 1 the directory, then each stream's chain.
  const fat = (n: number, v: number): void => view.setUint32(sector(0) + n * 4, v, true);
  for (let n = 0; n < 128; n++) fat(n, FREE);
  fat(0, FATSECT);
  fat(1, END);
  let next = 2;
  const starts: number[] = [];
  for (const count of sectorsOf) {
    starts.push(next);
    for (let k = 0; k < count; k++) fat(next + k, k === count - 1 ? END : next + k + 1);
    next += count;
  }
  const entry = (k: number, name: string, type: number, child: number, right: number, start: number, size: number): void => {
    const at = sector(1) + k * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = type;
    out[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, FREE, true); // left sibling
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, size, true);
  };
  entry(0, 'Root Entry', 5, streams.length > 0 ? 1 : FREE, FREE, END, 0);
  streams.forEach((s, k) => entry(k + 1, s.name, 2, FREE, k + 1 < streams.length ? k + 2 : FREE, starts[k]!, sizes[k]!));
  return out;
}
