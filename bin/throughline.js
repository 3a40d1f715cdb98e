#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build:cli` (run automatically by npm ci/install).
const os = require('os');
const v8 = require('v8');

// Node's heap stops at about 4 GB whatever the machine has, and a 1,000,000-initiative check
// needs more (docs/BENCHMARKS.md): for big inputs, run again with up to half the machine's
// memory (at most 8 GB), unless the user chose a heap size. Only for big inputs: a second
// node costs about 0.15 s.
function inputBytes(args) {
  const fs = require('fs');
  const path = require('path');
  let total = 0;
  for (const a of args) {
    try {
      const st = fs.statSync(a);
      if (st.isFile()) total += st.size;
      else if (st.isDirectory()) for (const e of fs.readdirSync(a)) total += fs.statSync(path.join(a, e)).size;
    } catch {
      // not a path (an option or its value), or unreadable: the CLI says so
    }
  }
  return total;
}
const heapMb = require('./heap.js').heapToRunWith({
  heapLimitBytes: v8.getHeapStatistics().heap_size_limit,
  totalMemoryBytes: os.totalmem(),
  execArgv: process.execArgv,
  nodeOptions: process.env.NODE_OPTIONS,
  inputBytes: () => inputBytes(process.argv.slice(2)),
});
if (heapMb !== undefined) {
  const { spawnSync } = require('child_process');
  const run = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${heapMb}`, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (!run.error) {
    if (run.signal) process.kill(process.pid, run.signal);
    process.exit(run.status === null ? 3 : run.status);
  }
  // Could not start a second node: run here, with the heap there is.
}

let cli;
try {
  cli = require('../dist/cli/main.js');
} catch (e) {
  process.stderr.write('throughline: the command line is not built yet; run `npm run build:cli` first.\n');
  process.exit(2);
}
cli.main(process.argv.slice(2), process).then((code) => {
  process.exitCode = code;
});
