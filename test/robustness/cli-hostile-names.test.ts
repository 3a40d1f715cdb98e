import { createHash } from 'crypto';
import { linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain } from '../cli/run-main';
import { goodWorkbook } from './support/hostile-files';

/**
 * Hostile names and text on the command line: escape sequences in cell text and file names never
 * reach the terminal raw, a file name with a newline stays on its one line, and --out through a
 * link to an input is refused before anything is written.
 */

const AS_OF = ['--as-of', '2026-03-02'];
/** ESC, CSI (8-bit), BEL, DEL, a right-to-left override: what clears screens, sets titles, hides or reorders text. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

let dir: string;
const file = (name: string): string => path.join(dir, name);
const sha256 = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'throughline-names-'));
  writeFileSync(
    file('Plan.csv'),
    [
      'ID,Name,Status,Due,Depends On',
      'P-1,"Clear \u001b[2J\u001b[3J screen",Green,2026-05-01,',
      'P-2,"Title \u001b]0;pwned\u0007 and \u001b[8mhidden\u001b[0m",Purple\u009b31m,2026-05-01,P-9\u202e',
    ].join('\r\n'),
  );
  writeFileSync(file('Bad\u001b[31mname\nsecond line.xlsx'), 'not a workbook at all');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('escape sequences', () => {
  it('cell text with escape sequences is shown with every control character visible, in text and JSON', async () => {
    const text = await runMain(['check', 'Plan.csv', ...AS_OF], dir);
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    // The unknown status and dependency are findings that quote the cells, escapes made visible.
    expect(text.stdout).toContain('Purple\\u009B31m');
    expect(text.stdout).toContain('P-9\\u202E');
    const json = await runMain(['check', 'Plan.csv', ...AS_OF, '--json'], dir);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const parsed = JSON.parse(json.stdout) as { initiatives: Array<{ name: string }> };
    // The JSON still carries the exact text: \u001B is JSON's own escape for ESC.
    expect(parsed.initiatives.map((i) => i.name)).toEqual(['Clear \u001b[2J\u001b[3J screen', 'Title \u001b]0;pwned\u0007 and \u001b[8mhidden\u001b[0m']);
  });

  it('a file name with an escape sequence and a newline is named on one line', async () => {
    const run = await runMain(['check', 'Plan.csv', 'Bad\u001b[31mname\nsecond line.xlsx', ...AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    const lines = run.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toEqual(['throughline: Bad\\u001B[31mname\\nsecond line.xlsx is not an .xlsx workbook: it holds plain text; if it is a CSV file, name it .csv.']);
  });

  it('a usage error quoting a value with escapes stays one visible line', async () => {
    const run = await runMain(['check', 'Plan.csv', '--cadence', '\u001b[2J\n7'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('throughline: --cadence must be a whole number of days from 1 to 3650 (got "\\u001B[2J\\n7").');
  });
});

describe('--out never overwrites an input, by any name', () => {
  it.each([
    ['a symbolic link to the input', (target: string, link: string) => symlinkSync(target, link)],
    ['a hard link to the input', (target: string, link: string) => linkSync(target, link)],
  ])('refuses --out that is %s, and leaves the input as it was', async (_what, makeLink) => {
    const input = file('Source.csv');
    writeFileSync(input, 'ID,Name,Status,Due\nS-1,One,Green,2026-05-01\n');
    const out = file(`linked-${Math.random().toString(36).slice(2)}.xlsx`);
    makeLink(input, out);
    const before = sha256(input);
    const run = await runMain(['report', 'Source.csv', '--out', path.basename(out), ...AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`throughline: --out ${path.basename(out)} is one of the input files; choose another file name.\n`);
    expect(sha256(input)).toBe(before);
  });

  it('refuses --out through a symbolic link to the folder the input is in', async () => {
    writeFileSync(file('Ops.xlsx'), await goodWorkbook());
    const sub = mkdtempSync(path.join(dir, 'sub-'));
    symlinkSync(dir, path.join(sub, 'up'));
    const before = sha256(file('Ops.xlsx'));
    const run = await runMain(['report', 'Ops.xlsx', '--out', path.join(path.basename(sub), 'up', 'Ops.xlsx'), ...AS_OF], dir);
    expect(run.code).toBe(2);
    expect(sha256(file('Ops.xlsx'))).toBe(before);
  });
});
