// The launcher's heap decision, pure so it is tested (test/cli/launcher-heap.test.ts); the
// second node itself is started by bin/throughline.js.
'use strict';

/** Inputs named on the command line over this many bytes may need more than Node's default heap. */
const BIG_INPUT_BYTES = 32 * 2 ** 20; // about 350,000 initiatives in .xlsx (~0.65 GB of memory per 9 MB)
/** At most this heap (MB) however much memory the machine has: a 1,000,000-initiative check peaks at 5.4 GB. */
const MAX_HEAP_MB = 8192;

/**
 * The heap (MB) to run the CLI again with, or undefined to run it in this node: half the
 * machine's memory, at most 8 GB, when the inputs total over 32 MB, unless the user chose a heap
 * (--max-old-space-size on node's command line or in NODE_OPTIONS) or this heap is already about
 * that large. `inputBytes` is asked last: it reads the file system.
 */
function heapToRunWith({ heapLimitBytes, totalMemoryBytes, execArgv, nodeOptions, inputBytes }) {
  const wantedMb = Math.min(MAX_HEAP_MB, Math.floor(totalMemoryBytes / 2 / 2 ** 20));
  const chosen = execArgv.concat((nodeOptions || '').split(/\s+/)).some((a) => a.startsWith('--max-old-space-size'));
  if (chosen || heapLimitBytes / 2 ** 20 >= wantedMb - 256) return undefined;
  return inputBytes() > BIG_INPUT_BYTES ? wantedMb : undefined;
}

module.exports = { heapToRunWith, BIG_INPUT_BYTES, MAX_HEAP_MB };
