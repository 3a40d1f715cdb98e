import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain } from '../cli/run-main';
import { compoundFile } from './support/compound-file';
import { goodWorkbook } from './support/hostile-files';

/** Inputs that are not trackers: one line each naming the file and why, exit 2, the rest still read. */

const AS_OF = ['--as-of', '2026-03-02'];
let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'throughline-unreadable-'));
  writeFileSync(file('Finance.xlsx'), await goodWorkbook());
  writeFileSync(file('Locked.xlsx'), compoundFile([{ name: 'EncryptionInfo', size: 4096 }, { name: 'EncryptedPackage', size: 8192 }]));
  writeFileSync(file('Old.xls'), compoundFile([{ name: 'Workbook', size: 8192 }]));
  writeFileSync(file('README.md'), '# Portfolio\n\nNotes about the plan, not a tracker.\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('unreadable inputs are named for what they are', () => {
  it('a password-protected workbook is called that, and an .xls whose Workbook stream is blank is called damaged', async () => {
    const run = await runMain(['check', 'Locked.xlsx', 'Old.xls', 'Finance.xlsx', ...AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter((l) => l !== '')).toEqual([
      'throughline: Locked.xlsx is protected with a password; save a copy without the password in Excel (File > Info > Protect Workbook > Encrypt with Password, clear it) and try again.',
      'throughline: Old.xls is damaged: its Workbook stream does not begin with a BOF record, as every Excel workbook does.',
    ]);
    expect(run.stdout).toContain('3 initiatives');
  });

  it('check README.md is refused as not a tracker, with exit 2', async () => {
    const run = await runMain(['check', 'README.md', ...AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'throughline: README.md is not a tracker: only .xlsx and .xls workbooks, .csv files and Microsoft Project .xml files are read; if it is a CSV file, name it .csv.',
    );
  });

  it('--as-of followed by a file name is refused rather than taking the file as the date', async () => {
    const run = await runMain(['check', '--as-of', 'Finance.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('throughline: --as-of must be a date written YYYY-MM-DD (got "Finance.xlsx").');
  });
});
