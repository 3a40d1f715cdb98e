/**
 * A minimal zip writer for .xlsx parts: deflate through the web-standard CompressionStream
 * (in browsers and Node alike, so no Node built-ins and no extra library), one
 * part at a time from chunks of text, so a part is never held whole in memory (only its
 * compressed bytes are). Every entry gets the same fixed time, so the bytes depend only on the
 * contents.
 */

/** A part of the archive: its name and its contents as a sequence of text chunks. */
export interface ZipPart {
  readonly name: string;
  readonly chunks: Iterable<string>;
}

/**
 * Text is encoded and compressed in batches of about this many characters. Small on purpose:
 * Node's CompressionStream deflates off the main thread but hands its output back 16 KB at a
 * time through the main thread, which is busy rendering the next batch; a batch that compresses
 * to one such piece is done in one round trip, so rendering and compressing overlap (at 100,000
 * initiatives 1 MB batches took 11.9 s, 64 K batches 7.3 s, the same bytes). Deflate's output
 * does not depend on how its input is split.
 */
const BATCH_CHARS = 1 << 16;
/** 1980-01-01 00:00 in DOS date/time. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

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

/**
 * Compresses one part into a gzip member (RFC 1952): batches are written in order, `end` gives
 * the whole member. A gzip member is a header, the raw deflate data a zip entry needs, and a
 * trailer with the CRC-32 and size, computed natively (a CRC in JavaScript took a fifth of the
 * write time). The default is the platform's CompressionStream; a host with a faster native
 * gzip passes its own (the CLI: Node's zlib, streamed, see src/cli/node-gzip.ts).
 */
export interface GzipPart {
  /** Resolves once the batch is taken (the caller renders the next batch meanwhile). */
  write(batch: Uint8Array<ArrayBuffer>): Promise<void>;
  end(): Promise<Uint8Array>;
}
export type MakeGzip = () => GzipPart;

/** The web-standard CompressionStream (browsers and Node alike). */
export const compressionStreamGzip: MakeGzip = () => {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const out: Uint8Array[] = [];
  let length = 0;
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      out.push(value);
      length += value.byteLength;
    }
  })();
  reading.catch(() => undefined); // awaited in end(); a stream failure surfaces from the writes first
  return {
    write: (batch) => writer.write(batch),
    end: async () => {
      await writer.close();
      await reading;
      return out.length === 1 ? out[0]! : concat(out, length);
    },
  };
};

/** Deflate a part: the raw deflate data, CRC-32 and size out of a gzip member. */
async function deflatePart(chunks: Iterable<string>, makeGzip: MakeGzip): Promise<{ data: Uint8Array; crc: number; size: number }> {
  const gz = makeGzip();
  let size = 0;
  // The next batch is rendered (the generator runs on) while this one compresses, and written
  // once this one is done. Waiting for `writer.ready` instead waits for the compression (the
  // queue holds one batch), so rendering and compressing would take turns.
  let previous: Promise<void> = Promise.resolve();
  for (const batch of encodeBatches(chunks)) {
    size += batch.byteLength;
    await previous;
    previous = gz.write(batch);
  }
  await previous;
  const gzip = await gz.end();
  const start = gzipHeaderLength(gzip);
  const trailer = new DataView(gzip.buffer, gzip.byteOffset + gzip.byteLength - 8, 8);
  if (trailer.getUint32(4, true) !== size % 0x1_0000_0000) throw new Error('writeZip: gzip trailer does not match the data written');
  return { data: gzip.subarray(start, gzip.byteLength - 8), crc: trailer.getUint32(0, true), size };
}

/** Length of a gzip member's header (RFC 1952: 10 bytes plus optional fields the flags announce). */
function gzipHeaderLength(gzip: Uint8Array): number {
  if (gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[2] !== 8) throw new Error('writeZip: the compressor did not produce gzip');
  const flags = gzip[3]!;
  let p = 10;
  if (flags & 4) p += 2 + (gzip[p]! | (gzip[p + 1]! << 8)); // FEXTRA
  if (flags & 8) while (gzip[p++] !== 0); // FNAME
  if (flags & 16) while (gzip[p++] !== 0); // FCOMMENT
  if (flags & 2) p += 2; // FHCRC
  return p;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const b of parts) {
    out.set(b, at);
    at += b.byteLength;
  }
  return out;
}

/** The parts as a zip archive (deflated, fixed entry times, no zip64: parts must stay under 4 GB). */
export async function writeZip(parts: Iterable<ZipPart>, makeGzip: MakeGzip = compressionStreamGzip): Promise<Uint8Array> {
  const blocks = await writeZipBlocks(parts, makeGzip);
  let length = 0;
  for (const b of blocks) length += b.byteLength;
  return concat(blocks, length);
}

/**
 * writeZip's archive as the blocks it is made of, in order (headers, compressed parts, the
 * directory): a host that writes a file writes them one after the other, without a copy of the
 * whole archive (80 MB at 100,000 initiatives).
 */
export async function writeZipBlocks(parts: Iterable<ZipPart>, makeGzip: MakeGzip = compressionStreamGzip): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const blocks: Uint8Array[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const { data, crc, size } = await deflatePart(part.chunks, makeGzip);
    const compressed = data.byteLength;
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
    blocks.push(header, data);
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
  return blocks;
}
