#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build:cli` (run automatically by npm ci/install).
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
