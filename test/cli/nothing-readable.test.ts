import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain } from './run-main';

/**
 * A run where nothing could be read: one unreadable input is said in one line (exit 2); several
 * are each said, then that no source was read.
 */

const AS_OF = ['--as-of', '2026-03-02'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'throughline-nothing-'));
  writeFileSync(path.join(dir, 'README.md'), '# Portfolio\n\nNotes about the plan, not a tracker.\n');
  writeFileSync(path.join(dir, 'notes.json'), '{"plan": "not a tracker"}\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOT_A_TRACKER = (name: string): string =>
  `throughline: ${name} is not a tracker: only .xlsx and .xls workbooks, .csv files and Microsoft Project .xml files are read; if it is a CSV file, name it .csv.\n`;

describe('nothing readable', () => {
  it.each(['check', 'report'])('%s README.md: exit 2 and exactly one line', async (command) => {
    const run = await runMain([command, 'README.md', ...AS_OF, ...(command === 'report' ? ['--out', 'summary.xlsx'] : [])], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: NOT_A_TRACKER('README.md') });
  });

  it('two unreadable inputs: a line each, then that no source was read', async () => {
    const run = await runMain(['check', 'README.md', 'notes.json', ...AS_OF], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${NOT_A_TRACKER('README.md')}${NOT_A_TRACKER('notes.json')}throughline: no source could be read.\n` });
  });
});
