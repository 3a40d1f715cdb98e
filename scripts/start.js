#!/usr/bin/env node
/**
 * npm start: serve the add-in on https://localhost:3000 and, where Excel desktop exists
 * (Windows, macOS), sideload it with office-addin-debugging (which starts `npm run dev-server`
 * itself). Elsewhere (Linux, CI) only the dev server runs; sideload by hand (see README).
 */
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const hasExcelDesktop = process.platform === 'win32' || process.platform === 'darwin';

const [command, args] = hasExcelDesktop
  ? [bin('office-addin-debugging'), ['start', 'manifest.xml', 'desktop']]
  : [bin('webpack'), ['serve', '--mode', 'development']];

if (!hasExcelDesktop) {
  console.log(
    'No Excel desktop on this platform: serving https://localhost:3000 only.\n' +
      'Sideload in Excel on the web: Insert > Add-ins > Upload My Add-in > manifest.xml.',
  );
}
const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
