/**
 * `throughline check` at scale: the terminal listing stops at the first 50 findings of each
 * severity and counts the rest by rule (--all lists every one); --json is written in pieces and
 * is exactly the JSON of the whole result.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { runMain } from './run-main';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-scale-'));
  // 70 initiatives, each with one unknown dependency (an error) and an impossible due date (a warning).
  const rows = ['ID,Name,Status,Due,Last Updated,Depends On'];
  for (let i = 1; i <= 70; i++) rows.push(`OPS-${i},Task ${i},Green,31/02/2026,2026-11-13,NOPE-${i}`);
  fs.writeFileSync(path.join(dir, 'ops.csv'), rows.join('\n'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const AS_OF = ['--as-of', '2026-11-16'];

describe('check on the terminal', () => {
  it('lists the first 50 findings of a severity, then counts the other 20 by rule, with the hint once', async () => {
    const run = await runMain(['check', 'ops.csv', ...AS_OF], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const errors = lines.indexOf('Errors (70)');
    const listed = lines.slice(errors + 1).filter((l, i, all) => l.startsWith('  dependency.unknown ') && all.slice(0, i).every((p) => !p.startsWith('  ...')));
    expect(listed).toHaveLength(50);
    expect(listed[0]).toBe('  dependency.unknown OPS-1: OPS-1 "Task 1" depends on NOPE-1, which no source defines.');
    expect(listed[49]).toBe('  dependency.unknown OPS-50: OPS-50 "Task 50" depends on NOPE-50, which no source defines.');
    const more = lines.indexOf('  ... and 20 more errors, by rule:');
    expect(more).toBeGreaterThan(errors);
    expect(lines[more + 1]).toBe('      dependency.unknown  20');
    expect(lines.filter((l) => l.startsWith('Only the first 50'))).toEqual([
      'Only the first 50 of each severity are listed: --all lists every finding, --json gives everything as JSON.',
    ]);
    expect(run.stdout).not.toContain('OPS-51 "Task 51" depends on NOPE-51');
  });

  it('lists every finding with --all and gives no hint', async () => {
    const run = await runMain(['check', 'ops.csv', ...AS_OF, '--all'], dir);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('  dependency.unknown '))).toHaveLength(70);
    expect(run.stdout).not.toContain('more errors');
    expect(run.stdout).not.toContain('Only the first 50');
  });

  it('refuses --all for report', async () => {
    const run = await runMain(['report', 'ops.csv', '--out', 'x.xlsx', '--all'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('throughline: --all belongs to check, not report.\nRun throughline --help for usage.\n');
  });
});

describe('check --json', () => {
  it('is written in pieces of bounded size, and the pieces are one JSON document of every finding', async () => {
    const writes: string[] = [];
    const code = await main(['check', 'ops.csv', ...AS_OF, '--json'], { stdout: { write: (s: string) => writes.push(s) }, stderr: { write: () => true }, cwd: () => dir });
    expect(code).toBe(1);
    const text = writes.join('');
    const parsed = JSON.parse(text) as { findings: Array<{ code: string }>; initiatives: unknown[] };
    expect(parsed.initiatives).toHaveLength(70);
    expect(parsed.findings.filter((f) => f.code === 'dependency.unknown')).toHaveLength(70);
    // Indented as JSON.stringify(value, null, 2) indents it (scripts and diffs rely on the layout).
    expect(text).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(2 * 65536);
  });
});
