/**
 * A minimal zip writer for .xlsx parts: deflate through the web-standard CompressionStream
 * ('deflate-raw', in browsers and Node 20 alike, so no Node built-ins and no extra library), one
 * part at a time from chunks of text, so a part is never held whole in memory (only its
 * compressed bytes are). Every entry gets the same fixed time, so the bytes depend only on the
 * contents.
 */

/** A part of the archive: its name and its contents as a sequence of text chunks. */
export interface ZipPart {
  readonly name: string;
  readonly chunks: Iterable<string>;
}

/** Text is encoded and compressed in batches of about this many characters. */
const BATCH_CHARS = 1 << 16;
/** 1980-01-01 00:00 in DOS date/time. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const CRC_TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of bytes, continuing from `crc` (0 to start). */
export function updateCrc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

interface Entry {
  readonly name: Uint8Array;
  readonly crc: number;
  readonly size: number;
  readonly compressed: number;
  readonly offset: number;
}

/** Text chunks regrouped into byte batches of about BATCH_CHARS characters. */
function* encodeBatches(chunks: Iterable<string>): Generator<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= BATCH_CHARS) {
      yield encoder.encode(pending.join(''));
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield encoder.encode(pending.join(''));
}

async function deflatePart(chunks: Iterable<string>): Promise<{ data: Uint8Array[]; crc: number; size: number; compressed: number }> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const data: Uint8Array[] = [];
  let compressed = 0;
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      data.push(value);
      compressed += value.byteLength;
    }
  })();
  let crc = 0;
  let size = 0;
  for (const batch of encodeBatches(chunks)) {
    crc = updateCrc32(crc, batch);
    size += batch.byteLength;
    await writer.ready;
    await writer.write(batch);
  }
  await writer.close();
  await reading;
  return { data, crc, size, compressed };
}

/** The parts as a zip archive (deflated, fixed entry times, no zip64: parts must stay under 4 GB). */
export async function writeZip(parts: Iterable<ZipPart>): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const blocks: Uint8Array[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const { data, crc, size, compressed } = await deflatePart(part.chunks);
    if (size > 0xffffffff || compressed > 0xffffffff || offset > 0xffffffff) {
      throw new Error(`writeZip: ${part.name} is over 4 GB, beyond a plain zip archive`);
    }
    const header = new Uint8Array(30 + name.length);
    const h = new DataView(header.buffer);
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    h.setUint16(6, 0x0800, true); // names are UTF-8
    h.setUint16(8, 8, true); // deflate
    h.setUint16(10, DOS_TIME, true);
    h.setUint16(12, DOS_DATE, true);
    h.setUint32(14, crc, true);
    h.setUint32(18, compressed, true);
    h.setUint32(22, size, true);
    h.setUint16(26, name.length, true);
    header.set(name, 30);
    entries.push({ name, crc, size, compressed, offset });
    blocks.push(header, ...data);
    offset += header.length + compressed;
  }
  const directoryStart = offset;
  for (const e of entries) {
    const record = new Uint8Array(46 + e.name.length);
    const v = new DataView(record.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 20, true);
    v.setUint16(8, 0x0800, true);
    v.setUint16(10, 8, true);
    v.setUint16(12, DOS_TIME, true);
    v.setUint16(14, DOS_DATE, true);
    v.setUint32(16, e.crc, true);
    v.setUint32(20, e.compressed, true);
    v.setUint32(24, e.size, true);
    v.setUint16(28, e.name.length, true);
    v.setUint32(42, e.offset, true);
    record.set(e.name, 46);
    blocks.push(record);
    offset += record.length;
  }
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, offset - directoryStart, true);
  ev.setUint32(16, directoryStart, true);
  blocks.push(end);
  offset += end.length;

  const out = new Uint8Array(offset);
  let at = 0;
  for (const b of blocks) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}
