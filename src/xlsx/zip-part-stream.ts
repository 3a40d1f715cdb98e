import { Inflate } from 'pako';
import { formatLimit, type ZipEntry } from './zip-guard';

/**
 * One zip part's bytes as they inflate, chunk by chunk, counted against a budget while inflating:
 * the sizes an archive declares can lie, the count cannot. Inflation stops at the first chunk
 * over the budget, so a part that declares 1 MB and inflates to 6 GB costs one chunk of memory,
 * not 6 GB. Inflates with pako (synchronous, pure JavaScript: the same in Node and the taskpane;
 * the platform's DecompressionStream costs a thread-pool round trip per 16 KB in Node).
 */

/** What may still be inflated: per part, and for the whole file (shared by its parts). */
export interface InflateBudget {
  readonly maxPartBytes: number;
  remainingBytes: number;
  readonly maxTotalBytes: number;
}

/** A part that cannot be read: the message is phrased to follow the file name. */
export class ZipPartProblem extends Error {}

/** Compressed bytes handed to the inflater at a time (the budget is checked per output chunk). */
const SLICE = 64 * 1024;
/** Inflated bytes per output chunk. */
const OUT_CHUNK = 64 * 1024;
const LOCAL_SIZE = 30;

export function* streamZipPart(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Generator<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  const start = p + LOCAL_SIZE + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressed;
  let inflated = 0;
  const count = (n: number): void => {
    inflated += n;
    budget.remainingBytes -= n;
    if (inflated > budget.maxPartBytes) {
      throw new ZipPartProblem(`has a part (${entry.name}) that inflates to more than ${formatLimit(budget.maxPartBytes)}, the limit per part`);
    }
    if (budget.remainingBytes < 0) {
      throw new ZipPartProblem(`inflates to more than ${formatLimit(budget.maxTotalBytes)} in the parts a workbook is read from, the limit per file`);
    }
  };
  if ((entry.flags & 0x01) !== 0) throw new ZipPartProblem(`is encrypted (the part ${entry.name} needs a password); save it without a password`);
  if (entry.method === 0) {
    for (let q = start; q < end; q += SLICE) {
      const chunk = bytes.subarray(q, Math.min(end, q + SLICE));
      count(chunk.length);
      yield chunk;
    }
    return;
  }
  if (entry.method !== 8) {
    throw new ZipPartProblem(`stores the part ${entry.name} with a compression method (${entry.method}) that Excel does not use`);
  }
  yield* inflate(bytes.subarray(start, end), entry, count);
}

function* inflate(compressed: Uint8Array, entry: ZipEntry, count: (n: number) => void): Generator<Uint8Array> {
  const inflater = new Inflate({ raw: true, chunkSize: OUT_CHUNK });
  let out: Uint8Array[] = [];
  // Counted as each output chunk appears: over the budget, the throw stops pako mid-slice.
  inflater.onData = (chunk) => {
    count(chunk.length);
    out.push(chunk);
  };
  for (let q = 0; q < compressed.length; q += SLICE) {
    inflater.push(compressed.subarray(q, q + SLICE), q + SLICE >= compressed.length);
    if (inflater.err) throw new ZipPartProblem(`is damaged: its part ${entry.name} does not inflate (${inflater.msg || 'corrupt compressed data'})`);
    for (const chunk of out) yield chunk;
    out = [];
  }
  if (!inflater.ended) throw new ZipPartProblem(`is damaged: its part ${entry.name} ends before its compressed data does`);
}
