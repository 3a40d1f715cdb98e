/** `--department FILE=NAME`: the department a source speaks for, named the way the taskpane's Sources step names it. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain } from './run-main';

const CSV = ['ID,Name,Owner,Status,Due', 'OPS-1,Warehouse move,Ana Silva,Green,2027-01-29', 'OPS-2,New picking process,Ana Silva,Amber,2027-03-26'].join('\n');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-dept-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'plan.csv'), CSV);
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Json {
  initiatives: Array<{ id: string; department: string | null }>;
  sources: Array<{ name: string; department: string | null }>;
}

const departments = (stdout: string): unknown => {
  const json = JSON.parse(stdout) as Json;
  return { initiatives: json.initiatives.map((i) => [i.id, i.department]), sources: json.sources.map((s) => [s.name, s.department]) };
};

describe('throughline check --department FILE=NAME', () => {
  it('without it, "plan.csv" names no department (plan is a generic word)', async () => {
    const run = await runMain(['check', 'sub/plan.csv', '--as-of', '2026-11-16', '--json'], dir);
    expect(run.stderr).toBe('');
    expect(departments(run.stdout)).toEqual({ initiatives: [['OPS-1', null], ['OPS-2', null]], sources: [['plan.csv', null]] });
  });

  it.each([['plan.csv=Operations'], ['sub/plan.csv=Operations'], [`${'./sub/../sub/plan.csv'}=Operations`]])('names the department of the source given as %s', async (value) => {
    const run = await runMain(['check', 'sub/plan.csv', '--department', value, '--as-of', '2026-11-16', '--json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(departments(run.stdout)).toEqual({ initiatives: [['OPS-1', 'Operations'], ['OPS-2', 'Operations']], sources: [['plan.csv', 'Operations']] });
  });

  it('exits 2 with one clear line for a malformed value, before reading anything', async () => {
    const run = await runMain(['check', 'sub/plan.csv', '--department', 'Operations'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'throughline: --department must be FILE=NAME, e.g. --department Finance.xlsx=Finance (got "Operations").\nRun throughline --help for usage.\n',
    });
  });

  it('names a FILE that is none of the inputs in one line, still checks, and exits 2', async () => {
    const run = await runMain(['check', 'sub/plan.csv', '--department', 'fin.csv=Finance', '--as-of', '2026-11-16', '--json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('throughline: --department names fin.csv, which is not one of the input files.\n');
    expect(departments(run.stdout)).toEqual({ initiatives: [['OPS-1', null], ['OPS-2', null]], sources: [['plan.csv', null]] });
  });

  it('says nothing more about a FILE that names an input already reported as unreadable', async () => {
    fs.writeFileSync(path.join(dir, 'empty.xlsx'), '');
    const run = await runMain(['check', 'sub/plan.csv', 'empty.xlsx', '--department', 'empty.xlsx=Finance', '--as-of', '2026-11-16'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('throughline: empty.xlsx is empty.\n');
  });

  it('is in the usage text', async () => {
    const run = await runMain(['--help'], dir);
    expect(run.stdout).toContain('[--department FILE=NAME ...] [--all | --json]');
    expect(run.stdout).toContain('  --department FILE=NAME\n');
  });
});

describe('throughline check --department FILE!SHEET=NAME', () => {
  const tabs = (): void => {
    // One workbook kept one tab per department, its tabs named generically: the sheet form names each.
    const csv = ['ID,Name,Owner,Status,Due', 'A-1,Ledger,Ana Silva,Green,2027-01-29'].join('\n');
    fs.writeFileSync(path.join(dir, 'tracker.csv'), csv);
  };

  it("names one sheet's department; a source's other sheets keep theirs", async () => {
    tabs();
    const run = await runMain(['check', 'tracker.csv', 'sub/plan.csv', '--department', 'plan.csv!plan=Operations', '--as-of', '2026-11-16', '--json'], dir);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as { sources: Array<{ name: string; tables: Array<{ sheet: string; department: string | null; departmentFrom: string | null }> }> };
    expect(json.sources.map((s) => [s.name, s.tables.map((t) => [t.sheet, t.department, t.departmentFrom])])).toEqual([
      ['tracker.csv', [['tracker', null, null]]],
      ['plan.csv', [['plan', 'Operations', 'user']]],
    ]);
  });

  it('a sheet the file does not have is one problem line (exit 2), naming its sheets', async () => {
    const run = await runMain(['check', 'sub/plan.csv', '--department', 'plan.csv!HR=Human Resources', '--as-of', '2026-11-16', '--json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('throughline: --department names sheet "HR" of plan.csv, which has no such sheet (its sheets: "plan").\n');
  });
});
