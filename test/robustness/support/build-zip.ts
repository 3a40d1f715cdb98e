import * as zlib from 'zlib';

/**
 * Hand-built zip archives for tests: exact control over what the headers declare, so hostile
 * archives (bombs, lies, truncation, ZIP64) can be made in milliseconds.
 */
export interface ZipPart {
  readonly name: string;
  /** Bytes as stored in the archive (already deflated when method is 8). */
  readonly data: Uint8Array;
  /** 0 stored, 8 deflate. */
  readonly method: 0 | 8;
  /** What the headers declare as the uncompressed size (may lie). */
  readonly uncompressedSize: number;
  readonly crc32?: number;
}

export function storedPart(name: string, text: string): ZipPart {
  const data = Buffer.from(text, 'utf8');
  return { name, data, method: 0, uncompressedSize: data.length, crc32: zlib.crc32(data) };
}

export function deflatedPart(name: string, text: string | Uint8Array): ZipPart {
  const raw = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
  return { name, data: zlib.deflateRawSync(raw), method: 8, uncompressedSize: raw.length, crc32: zlib.crc32(raw) };
}

/**
 * A genuine deflate stream of `totalBytes` zero bytes, built without deflating them all:
 * one full-flushed block of 1 MB of zeros (it references nothing before it) repeated, then an
 * empty final block. Inflating it really produces totalBytes of zeros.
 */
export function deflatedZeros(totalBytes: number): Uint8Array {
  const chunk = 1024 * 1024;
  if (totalBytes % chunk !== 0) throw new Error('deflatedZeros: whole MB only');
  const deflate = zlib.deflateRawSync(Buffer.alloc(chunk), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  const count = totalBytes / chunk;
  const out = Buffer.alloc(deflate.length * count + finalEmptyBlock.length);
  for (let i = 0; i < count; i++) deflate.copy(out, i * deflate.length);
  finalEmptyBlock.copy(out, deflate.length * count);
  return out;
}

/** Assemble parts into a zip; zip64 forces ZIP64 records (needed for sizes >= 4 GB). */
export function buildZip(parts: readonly ZipPart[], opts: { zip64?: boolean } = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const big = opts.zip64 === true;
    const zip64Extra = big ? zip64Field(part.uncompressedSize, part.data.length, offset) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(big ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc32 ?? 0, 14);
    local.writeUInt32LE(big ? 0xffffffff : part.data.length, 18);
    local.writeUInt32LE(big ? 0xffffffff : part.uncompressedSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(big ? zip64Extra.length - 8 : 0, 28); // local extra carries the two sizes only
    const localExtra = big ? Buffer.from(zip64Extra.subarray(0, zip64Extra.length - 8)) : Buffer.alloc(0);
    if (big) localExtra.writeUInt16LE(16, 2);
    chunks.push(local, name, localExtra, Buffer.from(part.data));

    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(big ? 45 : 20, 4);
    cd.writeUInt16LE(big ? 45 : 20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(part.method, 10);
    cd.writeUInt32LE(part.crc32 ?? 0, 16);
    cd.writeUInt32LE(big ? 0xffffffff : part.data.length, 20);
    cd.writeUInt32LE(big ? 0xffffffff : part.uncompressedSize >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(zip64Extra.length, 30);
    cd.writeUInt32LE(big ? 0xffffffff : offset, 42);
    central.push(cd, name, zip64Extra);
    offset += local.length + name.length + localExtra.length + part.data.length;
  }
  const cdBytes = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (opts.zip64) {
    const z = Buffer.alloc(56);
    z.writeUInt32LE(0x06064b50, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE(45, 12);
    z.writeUInt16LE(45, 14);
    z.writeBigUInt64LE(BigInt(parts.length), 24);
    z.writeBigUInt64LE(BigInt(parts.length), 32);
    z.writeBigUInt64LE(BigInt(cdBytes.length), 40);
    z.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cdBytes.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(z, loc);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(opts.zip64 ? 0xffff : parts.length, 8);
  eocd.writeUInt16LE(opts.zip64 ? 0xffff : parts.length, 10);
  eocd.writeUInt32LE(opts.zip64 ? 0xffffffff : cdBytes.length, 12);
  eocd.writeUInt32LE(opts.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...chunks, cdBytes, ...tail, eocd]);
}

function zip64Field(uncompressed: number, compressed: number, offset: number): Buffer {
  const b = Buffer.alloc(4 + 24);
  b.writeUInt16LE(0x0001, 0);
  b.writeUInt16LE(24, 2);
  b.writeBigUInt64LE(BigInt(uncompressed), 4);
  b.writeBigUInt64LE(BigInt(compressed), 12);
  b.writeBigUInt64LE(BigInt(offset), 20);
  return b;
}

/** The smallest set of parts Excel needs to open a workbook with one sheet. */
export function minimalXlsxParts(sheetXml: string): ZipPart[] {
  return [
    deflatedPart(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    deflatedPart(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    deflatedPart(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    deflatedPart(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    deflatedPart('xl/worksheets/sheet1.xml', sheetXml),
  ];
}
