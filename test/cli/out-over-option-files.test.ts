import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { goodWorkbook } from '../robustness/support/hostile-files';
import { runMain } from './run-main';

/**
 * The files options name (--holidays, --leads, --waivers, --previous) are inputs as much as the
 * sources: report --out never writes over one, by its name or through a link, and says so
 * before reading anything.
 */

const AS_OF = ['--as-of', '2026-03-02'];
let dir: string;
const file = (name: string): string => path.join(dir, name);
const sha256 = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'throughline-out-options-'));
  writeFileSync(file('Plan.csv'), 'ID,Name,Status,Due\nP-1,One,Green,2026-05-01\n');
  const workbook = await goodWorkbook();
  for (const name of ['Days off.xlsx', 'Leads.xlsx', 'Waivers.xlsx']) writeFileSync(file(name), workbook);
  symlinkSync(file('Days off.xlsx'), file('Link to days.xlsx'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report --out and the files options name', () => {
  it.each([
    ['--holidays', 'Days off.xlsx', 'Days off.xlsx'],
    ['--leads', 'Leads.xlsx', 'Leads.xlsx'],
    ['--waivers', 'Waivers.xlsx', 'Waivers.xlsx'],
    ['--holidays', 'Days off.xlsx', 'Link to days.xlsx'],
  ])('refuses --out over the %s file (%s, as %s) and leaves it as it was', async (option, given, out) => {
    const before = sha256(file(given));
    const run = await runMain(['report', 'Plan.csv', option, given, '--out', out, ...AS_OF], dir);
    expect({ code: run.code, stderr: run.stderr, stdout: run.stdout }).toEqual({
      code: 2,
      stderr: `throughline: --out ${out} is one of the input files; choose another file name.\n`,
      stdout: '',
    });
    expect(sha256(file(given))).toBe(before);
  });
});
