import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { emptyWorkbook, farColumnRowsWorkbook, formulasWorkbook, goodWorkbook, hugeCellWorkbook, manyRowsWorkbook, textRenamedXlsx, truncatedWorkbook, zipBombWorkbook } from './support/hostile-files';

/**
 * The command line on files a user might really hand it. Unreadable files end with one line
 * naming the file and the problem, exit code 2, no stack trace, in bounded time and memory, and
 * the other files of the same run are still processed. Readable-but-odd files give a normal result.
 */

const ROOT = path.resolve(__dirname, '../..');
const AS_OF = ['--as-of', '2026-03-02'];
/** A stack frame line ("    at fn (file.ts:12:3)"): never shown to a user. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

type Proc = Parameters<typeof main>[1];

interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

let dir: string;
const file = (name: string): string => path.join(dir, name);

/** The CLI in-process, with its output captured (fast: no process start, no build needed). */
async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const fake = {
    argv: ['node', 'throughline', ...argv],
    env: { ...process.env, NO_COLOR: '1' },
    cwd: () => dir,
    platform: process.platform,
    exitCode: undefined as number | undefined,
    stdout: { write: (s: string | Uint8Array): boolean => ((stdout += String(s)), true), isTTY: false, columns: 120 },
    stderr: { write: (s: string | Uint8Array): boolean => ((stderr += String(s)), true), isTTY: false, columns: 120 },
    stdin: process.stdin,
  };
  const t0 = performance.now();
  const code = await main(argv, fake as unknown as Proc);
  return { code, stdout, stderr, ms: performance.now() - t0 };
}

function errorLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((l) => l.trim() !== '');
}

/** Exit 2 and one line naming the file and its problem (a run with nothing readable may add one summary line). */
function expectOneClearLine(run: CliRun, name: string, problem: RegExp): void {
  const naming = errorLines(run).filter((l) => l.includes(name));
  expect({ code: run.code, naming: naming.length }).toEqual({ code: 2, naming: 1 });
  expect(errorLines(run).length).toBeLessThanOrEqual(2);
  expect(errorLines(run)[0]).toBe(naming[0]);
  expect(naming[0]).toMatch(problem);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stdout).not.toMatch(STACK_FRAME);
}

function sha256(p: string): string {
  return createHash('sha256').update(readFileSync(p)).digest('hex');
}

let errorCells: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'throughline-hostile-'));
  writeFileSync(file('Finance.xlsx'), await goodWorkbook());
  writeFileSync(file('Truncated.xlsx'), await truncatedWorkbook());
  writeFileSync(file('Notes.xlsx'), textRenamedXlsx());
  writeFileSync(file('Empty.xlsx'), await emptyWorkbook());
  writeFileSync(file('Bomb.xlsx'), zipBombWorkbook());
  writeFileSync(file('Huge-cell.xlsx'), await hugeCellWorkbook(5 * 1024 * 1024));
  writeFileSync(file('Many-rows.xlsx'), manyRowsWorkbook(200_000));
  writeFileSync(file('Far-column-rows.xlsx'), farColumnRowsWorkbook(3_000));
  const formulas = await formulasWorkbook();
  writeFileSync(file('Formulas.xlsx'), formulas.bytes);
  errorCells = formulas.errorCells;
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('unreadable files: one line naming the file, exit 2', () => {
  it('a truncated .xlsx', async () => {
    const run = await cli('check', file('Truncated.xlsx'), ...AS_OF);
    expectOneClearLine(run, 'Truncated.xlsx', /truncated|damaged/i);
  });

  it('a zip bomb is refused by the size limit before it is inflated, in bounded time and memory', async () => {
    const before = process.memoryUsage().rss;
    const run = await cli('check', file('Bomb.xlsx'), ...AS_OF);
    expectOneClearLine(run, 'Bomb.xlsx', /2\.0 GB.*limit/);
    expect(run.ms).toBeLessThan(2_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('a .txt renamed .xlsx', async () => {
    const run = await cli('check', file('Notes.xlsx'), ...AS_OF);
    expectOneClearLine(run, 'Notes.xlsx', /not an? .*(workbook|xlsx)|no (initiatives|table)/i);
  });
});

describe('readable but hostile files: a normal result', () => {
  it('an empty workbook reads as a source with nothing in it', async () => {
    const run = await cli('check', file('Empty.xlsx'), ...AS_OF, '--json');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    if (run.code === 2) expectOneClearLine(run, 'Empty.xlsx', /empty|no (initiatives|table|data)/i);
    else expect((JSON.parse(run.stdout) as { initiatives: unknown[] }).initiatives).toEqual([]);
  });

  it('formulas and error values in every field: each error cell becomes a finding on that cell', async () => {
    const run = await cli('check', file('Formulas.xlsx'), ...AS_OF, '--json');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    // Error values are warnings (value.excel-error), so no error findings: exit 0.
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { initiatives: Array<{ id: string }>; findings: Array<{ code: string; cells: Array<{ source: string; sheet: string; address: string }> }> };
    expect(out.initiatives.map((i) => i.id)).toEqual(['RSK-1', 'RSK-2', 'RSK-3', 'RSK-4', 'RSK-5']);
    const flagged = new Set(out.findings.filter((f) => f.code === 'value.excel-error').flatMap((f) => f.cells.map((c) => `${c.sheet}!${c.address}`)));
    expect(errorCells.filter((a) => !flagged.has(`Risk!${a}`))).toEqual([]);
  });

  it('a 5 MB cell is read (or refused by a documented limit)', async () => {
    const run = await cli('check', file('Huge-cell.xlsx'), ...AS_OF, '--json');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    if (run.code === 2) expectOneClearLine(run, 'Huge-cell.xlsx', /limit/i);
    else expect((JSON.parse(run.stdout) as { initiatives: Array<{ id: string }> }).initiatives.map((i) => i.id)).toEqual(['OPS-1', 'OPS-2']);
    expect(run.ms).toBeLessThan(15_000);
  });

  it('a sheet of 200,000 rows is processed (or refused by a documented limit) in bounded time', async () => {
    const run = await cli('check', file('Many-rows.xlsx'), ...AS_OF, '--json');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    if (run.code === 2) expectOneClearLine(run, 'Many-rows.xlsx', /limit/i);
    else {
      const out = JSON.parse(run.stdout) as { initiatives: Array<{ id: string }> };
      expect(out.initiatives.length).toBe(200_000);
      expect(out.initiatives[199_999]!.id).toBe('R-200000');
    }
    expect(run.ms).toBeLessThan(40_000);
  }, 60_000);
});

describe('a run with good and bad files together', () => {
  it('reports each bad file on its own line, still processes the good one, and exits 2', async () => {
    const run = await cli('check', file('Truncated.xlsx'), file('Finance.xlsx'), file('Bomb.xlsx'), ...AS_OF, '--json');
    expect(run.code).toBe(2);
    const lines = errorLines(run);
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes('Truncated.xlsx'))).toBeDefined();
    expect(lines.find((l) => l.includes('Bomb.xlsx'))).toBeDefined();
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const out = JSON.parse(run.stdout) as { initiatives: Array<{ id: string }> };
    expect(out.initiatives.map((i) => i.id)).toEqual(['FIN-1', 'FIN-2', 'FIN-3']);
  });

  it('leaves every source byte-identical and writes the same report twice', async () => {
    const names = readdirSync(dir).filter((n) => n.endsWith('.xlsx'));
    const before = new Map(names.map((n) => [n, sha256(file(n))]));
    const first = await cli('report', file('Finance.xlsx'), file('Formulas.xlsx'), '--out', file('summary-1.out.xlsx'), ...AS_OF);
    const second = await cli('report', file('Finance.xlsx'), file('Formulas.xlsx'), '--out', file('summary-2.out.xlsx'), ...AS_OF);
    // Error findings in these files: exit 1 (as check), the summary written all the same.
    expect([first.code, second.code]).toEqual([1, 1]);
    expect(first.stderr).not.toMatch(STACK_FRAME);
    const a = readFileSync(file('summary-1.out.xlsx'));
    const b = readFileSync(file('summary-2.out.xlsx'));
    expect(a.length).toBeGreaterThan(1000);
    expect(a.equals(b)).toBe(true);
    for (const n of names) expect({ n, hash: sha256(file(n)) }).toEqual({ n, hash: before.get(n) });
  });
});

describe('the installed command (one real process)', () => {
  const bin = path.join(ROOT, 'bin', 'throughline.js');
  const built = path.join(ROOT, 'dist', 'cli', 'main.js');

  /** Build the CLI when dist is missing or older than its sources. */
  function ensureBuilt(): void {
    const newest = (d: string): number =>
      readdirSync(d, { withFileTypes: true }).reduce((m, e) => {
        const p = path.join(d, e.name);
        return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
      }, 0);
    const sourcesTime = Math.max(...['src/cli', 'src/xlsx', 'src/core'].map((d) => newest(path.join(ROOT, d))));
    if (existsSync(built) && statSync(built).mtimeMs >= sourcesTime) return;
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run build:cli failed:\n${r.stdout}${r.stderr}`);
  }

  it('exits 2 with one line per unreadable file, under a 256 MB heap cap, and processes the rest', () => {
    ensureBuilt();
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', bin, 'check', 'Bomb.xlsx', 'Finance.xlsx', 'Truncated.xlsx', ...AS_OF], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(2);
    expect(Date.now() - t0).toBeLessThan(30_000);
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Bomb.xlsx');
    expect(lines[1]).toContain('Truncated.xlsx');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stdout).toContain('FIN-');
  }, 90_000);

  it('reads 3,000 rows that each reach column XFD under a 256 MB heap cap (a few hundred KB of file)', () => {
    ensureBuilt();
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', bin, 'check', 'Far-column-rows.xlsx', ...AS_OF], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    // Each row padded to 16,384 cells took 0.8 GB here (3,000 x 16,384 values and formats): out of memory.
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stdout).toContain('1 source, 3000 initiatives.');
  }, 90_000);

  it('refuses a zip bomb given as --previous the same way (it is inflated by no one)', () => {
    ensureBuilt();
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=256', bin, 'report', 'Finance.xlsx', '--previous', 'Bomb.xlsx', '--out', 'with-previous.out.xlsx', ...AS_OF],
      { cwd: dir, encoding: 'utf8', timeout: 30_000 },
    );
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    expect({ status: r.status, lines: lines.length }).toEqual({ status: 2, lines: 1 });
    expect(lines[0]).toContain('Bomb.xlsx');
    expect(lines[0]).toMatch(/2\.0 GB.*limit/);
  }, 60_000);
});
