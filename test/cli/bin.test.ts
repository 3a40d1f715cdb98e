import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SAMPLE_AS_OF } from '../fixtures/planted-findings';

const ROOT = path.join(__dirname, '..', '..');

describe('bin/throughline.js (the installed command)', () => {
  beforeAll(() => {
    // The bin runs the compiled CLI (dist/cli); build it from the current sources.
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))).toBe(true);
  }, 240_000);

  it('runs check --json on the samples with exit code 1 and JSON on stdout', () => {
    const run = spawnSync(process.execPath, ['bin/throughline.js', 'check', 'assets/samples/IT.xlsx', '--as-of', SAMPLE_AS_OF, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { asOf: string; initiatives: unknown[] };
    expect(json.asOf).toBe('2026-11-16');
    expect(json.initiatives).toHaveLength(16); // 9 IT-nn and 7 vendor milestones keyed by name
  });

  it('exits 2 for a usage error', () => {
    const run = spawnSync(process.execPath, ['bin/throughline.js', 'report', 'assets/samples'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('throughline: report needs --out FILE.xlsx.\nRun throughline --help for usage.\n');
  });
});
