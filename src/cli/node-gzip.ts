import * as zlib from 'zlib';
import type { MakeGzip } from '../xlsx/write-zip';

/**
 * The summary's parts compressed by Node's zlib, streamed (a part is never whole in memory).
 * Cheaper than the platform's CompressionStream: no web-stream layer between the batches and
 * zlib, and a lower level (CompressionStream has no level and uses zlib's default 6, which
 * costs twice level 3's time for a file about a seventh smaller). Level 2: zlib's fast levels
 * (1-3) differ in how far each looks for a match, and level 3's longer search cost a third more
 * time than level 2 on the summary's XML for a file 4% smaller (docs/BENCHMARKS.md). Same
 * contents at any level.
 */
export function nodeGzip(level = 2): MakeGzip {
  return () => {
    const gz = zlib.createGzip({ level });
    const out: Buffer[] = [];
    let length = 0;
    gz.on('data', (b: Buffer) => {
      out.push(b);
      length += b.byteLength;
    });
    const ended = new Promise<void>((resolve, reject) => {
      gz.once('end', resolve);
      gz.once('error', reject);
    });
    ended.catch(() => undefined); // awaited in end(); a failure surfaces from the writes first
    return {
      write: (batch) => new Promise<void>((resolve, reject) => gz.write(batch, (e) => (e ? reject(e) : resolve()))),
      end: async () => {
        gz.end();
        await ended;
        const all = Buffer.concat(out, length);
        return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
      },
    };
  };
}
