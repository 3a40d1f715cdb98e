import * as zlib from 'zlib';
import type { MakeGzip } from '../xlsx/write-zip';

/**
 * The summary's parts compressed by Node's zlib, streamed (a part is never whole in memory).
 * Cheaper than the platform's CompressionStream: no web-stream layer between the batches and
 * zlib, and a lower level (CompressionStream has no level and uses zlib's default 6, which
 * costs twice level 3's time for a file about a seventh smaller; docs/BENCHMARKS.md). Same
 * contents either way.
 */
export function nodeGzip(level = 3): MakeGzip {
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
