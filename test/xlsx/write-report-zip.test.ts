import { crc32, inflateRawSync } from 'node:zlib';
import { nodeGzip } from '../../src/cli/node-gzip';
import { writeZip } from '../../src/xlsx/write-zip';

interface Entry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Buffer;
}

/** The entries of a zip, read from its central directory and checked against their local headers. */
function readZip(bytes: Uint8Array): Entry[] {
  const buf = Buffer.from(bytes);
  const eocd = buf.length - 22;
  expect(buf.readUInt32LE(eocd)).toBe(0x06054b50);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  expect(p + buf.readUInt32LE(eocd + 12)).toBe(eocd);
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const nameLen = buf.readUInt16LE(p + 28);
    const compressed = buf.readUInt32LE(p + 20);
    const local = buf.readUInt32LE(p + 42);
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    expect(buf.readUInt32LE(local + 14)).toBe(buf.readUInt32LE(p + 16)); // same CRC in both headers
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc: buf.readUInt32LE(p + 16),
      size: buf.readUInt32LE(p + 24),
      data: inflateRawSync(buf.subarray(start, start + compressed)),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

describe('writeZip', () => {
  const big = Array.from({ length: 40_000 }, (_, i) => `<row r="${i + 1}"><c><v>${i * 7}</v></c></row>`);

  it('deflates each part from its chunks, with its CRC-32 and size, UTF-8 names and a fixed time', async () => {
    const entries = readZip(await writeZip([
      { name: 'a.txt', chunks: ['hel', 'lo'] },
      { name: 'dir/Ünïcode €.xml', chunks: big },
      { name: 'empty', chunks: [] },
    ]));
    expect(entries.map((e) => e.name)).toEqual(['a.txt', 'dir/Ünïcode €.xml', 'empty']);
    expect(entries[0]!.data.toString('utf8')).toBe('hello');
    expect(entries[0]!.crc).toBe(0x3610a686);
    const text = big.join('');
    expect(entries[1]!.data.toString('utf8')).toBe(text); // over 1 MB: several batches
    expect(entries[1]!.size).toBe(Buffer.byteLength(text));
    expect(entries[1]!.crc).toBe(crc32(Buffer.from(text)));
    expect([entries[2]!.size, entries[2]!.data.length, entries[2]!.crc]).toEqual([0, 0, 0]);
    for (const e of entries) {
      expect([e.method, e.flags & 0x0800, e.time, e.date]).toEqual([8, 0x0800, 0, 0x21]); // deflate, UTF-8, 1980-01-01 00:00
    }
  });

  it('gives the same bytes for the same parts', async () => {
    const parts = () => [{ name: 'x.xml', chunks: big.slice(0, 5_000) }, { name: 'y.xml', chunks: ['<y/>'] }];
    expect(Buffer.from(await writeZip(parts())).equals(Buffer.from(await writeZip(parts())))).toBe(true);
  });

  it('gives the same bytes however the text is split into chunks', async () => {
    const text = big.join('');
    const whole = await writeZip([{ name: 'x.xml', chunks: [text] }]);
    const pieces = await writeZip([{ name: 'x.xml', chunks: big }]);
    const odd = await writeZip([{ name: 'x.xml', chunks: Array.from({ length: Math.ceil(text.length / 99_991) }, (_, k) => text.slice(k * 99_991, (k + 1) * 99_991)) }]);
    expect(Buffer.from(pieces).equals(Buffer.from(whole))).toBe(true);
    expect(Buffer.from(odd).equals(Buffer.from(whole))).toBe(true);
    expect(readZip(whole)[0]!.data.toString('utf8')).toBe(text);
  });

  it('compresses: 2 MB of repetitive XML is a small fraction of its size', async () => {
    const bytes = await writeZip([{ name: 'x.xml', chunks: big }]);
    expect(bytes.byteLength).toBeLessThan(Buffer.byteLength(big.join('')) / 5);
  });

  it("with the CLI's Node zlib (level 2) holds the same parts, CRCs and sizes as with CompressionStream, and the same bytes every time", async () => {
    const parts = () => [
      { name: 'a.txt', chunks: ['hel', 'lo'] },
      { name: 'dir/Ünïcode €.xml', chunks: big },
      { name: 'empty', chunks: [] },
    ];
    const web = readZip(await writeZip(parts()));
    const node = await writeZip(parts(), nodeGzip());
    const fields = (es: readonly Entry[]) => es.map((e) => [e.name, e.crc, e.size, e.method, e.flags, e.time, e.date, e.data.toString('utf8')]);
    expect(fields(readZip(node))).toEqual(fields(web));
    expect(readZip(node)[1]!.crc).toBe(crc32(Buffer.from(big.join(''))));
    expect(Buffer.from(node).equals(Buffer.from(await writeZip(parts(), nodeGzip())))).toBe(true);
    // Level 2 is not CompressionStream's level 6: the same text, other deflate bytes.
    expect(Buffer.from(node).equals(Buffer.from(await writeZip(parts())))).toBe(false);
  });
});
