import { detectTables, ingestSources } from '../../../src/core/ingest';
import { departmentFromSheetName } from '../../../src/core/ingest/department';
import { runPipeline } from '../../../src/core/pipeline';
import { checkJson } from '../../../src/core/report/check-json';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(20_500);
const HEADER: CellValue[] = ['ID', 'Name', 'Owner', 'Status', 'Due'];

/** A tab of the shared template with one initiative, its id given. */
function tab(name: string, id: string, header: CellValue[] = HEADER): { name: string; rows: CellValue[][] } {
  const row: CellValue[] = [id, `Work ${id}`, 'A. Shah', 'Green', '2026-06-30'];
  return { name, rows: [header, header.map((_, k) => row[k] ?? 'x')] };
}

function workbook(tabs: ReadonlyArray<{ name: string; rows: CellValue[][] }>, name = 'Portfolio.xlsx', origin: 'file' | 'workbook' = 'file'): RawSource {
  return sheetSource(tabs, { name, origin });
}

/** [sheet, department, where it came from] of each table. */
function departments(source: RawSource, opts = options): Array<[string, string | undefined, string | undefined]> {
  return detectTables(source, opts).map((t) => [t.sheet, t.department, t.departmentFrom]);
}

describe('one tab per department: tabs of one template are told apart by their names', () => {
  it("gives each tab's rows the tab's name as their department", () => {
    const source = workbook([tab('Finance', 'FIN-1'), tab('HR', 'HR-1'), tab('IT', 'IT-1'), tab('Operations', 'OPS-1')]);
    expect(departments(source)).toEqual([
      ['Finance', 'Finance', 'sheets'],
      ['HR', 'HR', 'sheets'],
      ['IT', 'IT', 'sheets'],
      ['Operations', 'Operations', 'sheets'],
    ]);
    const result = ingestSources([source], options);
    expect(result.initiatives.map((r) => [r.id, r.department])).toEqual([
      ['FIN-1', 'Finance'],
      ['HR-1', 'HR'],
      ['IT-1', 'IT'],
      ['OPS-1', 'Operations'],
    ]);
  });

  it('wins over a file name that names a department, and drops the generic words of a tab name', () => {
    const source = workbook([tab('Finance initiatives', 'FIN-1'), tab('HR Tracker', 'HR-1')], 'Acme.xlsx');
    expect(departments(source)).toEqual([
      ['Finance initiatives', 'Finance', 'sheets'],
      ['HR Tracker', 'HR', 'sheets'],
    ]);
  });

  it('takes nearly the same header set as the same template (one extra column of six)', () => {
    const source = workbook([tab('Finance', 'FIN-1'), tab('HR', 'HR-1', [...HEADER, 'Notes'])]);
    expect(departments(source).map(([, d]) => d)).toEqual(['Finance', 'HR']);
  });

  it.each([
    [['Q1', 'Q2']],
    [['2026 Q3', '2026 Q4']],
    [['Nov', 'Dec']],
    [['Week 12', 'Week 13']],
    [['Current', 'Archive']],
    [['Sheet1', 'Sheet2']],
    [['Tab 1', 'Tab 2']],
    [['Plan v1', 'Plan v2']],
    [['Draft', 'Final']],
  ])('are periods, dates, versions or generic names %j: the rows keep the file name', (names) => {
    const source = workbook(names.map((n, k) => tab(n, `FIN-${k + 1}`)), 'Finance.xlsx');
    expect(departments(source)).toEqual(names.map((n) => [n, 'Finance', 'file']));
  });

  it('names the department tabs among an archive tab of the same template, which keeps the file name', () => {
    const source = workbook([tab('Finance', 'FIN-1'), tab('HR', 'HR-1'), tab('Archive', 'OLD-1')], 'Group.xlsx');
    expect(departments(source)).toEqual([
      ['Finance', 'Finance', 'sheets'],
      ['HR', 'HR', 'sheets'],
      ['Archive', 'Group', 'file'],
    ]);
  });

  it('needs two tabs naming distinct departments', () => {
    // One department-like name beside a generic one: nothing tells the tabs apart as departments.
    expect(departments(workbook([tab('Finance', 'FIN-1'), tab('Sheet2', 'FIN-2')], 'Book.xlsx'))).toEqual([
      ['Finance', undefined, undefined],
      ['Sheet2', undefined, undefined],
    ]);
  });

  it('leaves tabs of different templates to the file name: their names say what they hold', () => {
    const plan = tab('Plan', 'IT-1');
    const milestones = { name: 'Vendor Milestones', rows: [['Milestone', 'Supplier', 'Due Date', 'Status'], ['Cutover', 'Acme', '2026-06-30', 'Green']] as CellValue[][] };
    expect(departments(workbook([plan, milestones], 'IT.xlsx'))).toEqual([
      ['Plan', 'IT', 'file'],
      ['Vendor Milestones', 'IT', 'file'],
    ]);
  });

  it('a Department column still wins: its rows keep their own departments', () => {
    const header: CellValue[] = ['ID', 'Name', 'Department', 'Status'];
    const source = workbook([
      { name: 'North', rows: [header, ['N-1', 'Depot', 'Logistics', 'Green']] },
      { name: 'South', rows: [header, ['S-1', 'Port', 'Logistics', 'Amber']] },
    ]);
    expect(departments(source)).toEqual([
      ['North', 'Logistics', 'column'],
      ['South', 'Logistics', 'column'],
    ]);
    expect(ingestSources([source], options).initiatives.map((r) => r.department)).toEqual(['Logistics', 'Logistics']);
  });

  it("the user's name for the file wins over the tabs; a name for one sheet (FILE!SHEET) wins over the file's", () => {
    const source = workbook([tab('Finance', 'FIN-1'), tab('HR', 'HR-1'), tab('IT', 'IT-1')]);
    const whole = makeOptions(20_500, { sourceDepartments: { 'Portfolio.xlsx': 'Group Services' } });
    expect(departments(source, whole).map(([, d, from]) => [d, from])).toEqual([
      ['Group Services', 'user'],
      ['Group Services', 'user'],
      ['Group Services', 'user'],
    ]);
    const sheet = makeOptions(20_500, { sourceDepartments: { 'Portfolio.xlsx!HR': 'Human Resources' } });
    expect(departments(source, sheet)).toEqual([
      ['Finance', 'Finance', 'sheets'],
      ['HR', 'Human Resources', 'user'],
      ['IT', 'IT', 'sheets'],
    ]);
  });

  it('names an open workbook saved as a file as the same file read from disk; an unsaved one by its sheets', () => {
    const tabs = [tab('Finance', 'FIN-1'), tab('HR', 'HR-1')];
    expect(departments(workbook(tabs, 'Portfolio.xlsx', 'workbook'))).toEqual(departments(workbook(tabs, 'Portfolio.xlsx', 'file')));
    // Different templates in a saved workbook: the file's name, as the CLI reads it.
    const plan = tab('Plan', 'IT-1');
    const milestones = { name: 'Vendor Milestones', rows: [['Milestone', 'Supplier', 'Due Date', 'Status'], ['Cutover', 'Acme', '2026-06-30', 'Green']] as CellValue[][] };
    expect(departments(workbook([plan, milestones], 'IT.xlsx', 'workbook')).map(([, d]) => d)).toEqual(['IT', 'IT']);
    // Not yet saved: no file name to read, so each sheet's own name.
    expect(departments(workbook([tab('Finance', 'FIN-1')], 'Book1', 'workbook'))).toEqual([['Finance', 'Finance', 'sheet']]);
  });

  it('check --json says where each table’s department came from', () => {
    const source = workbook([tab('Finance', 'FIN-1'), tab('HR', 'HR-1'), tab('Q3', 'X-1')]);
    const json = checkJson(runPipeline([source], options));
    expect(json.sources[0]!.tables.map((t) => [t.sheet, t.department, t.departmentFrom])).toEqual([
      ['Finance', 'Finance', 'sheets'],
      ['HR', 'HR', 'sheets'],
      ['Q3', null, null],
    ]);
    // No one department speaks for the workbook: findings naming no initiative fall to no one department's lead.
    expect(json.sources[0]!.department).toBeNull();
  });

  it("keeps the source's department where its tabs name one department, or the user named the file's", () => {
    const one = checkJson(runPipeline([workbook([tab('Plan', 'FIN-1'), tab('Sheet2', 'FIN-2')], 'Finance.xlsx')], options));
    expect(one.sources[0]!.department).toBe('Finance');
    const named = makeOptions(20_500, { sourceDepartments: { 'Portfolio.xlsx': 'Group Services' } });
    const user = checkJson(runPipeline([workbook([tab('Finance', 'FIN-1'), tab('HR', 'HR-1')])], named));
    expect(user.sources[0]!.department).toBe('Group Services');
  });
});

describe('departmentFromSheetName', () => {
  it.each([
    ['Finance', 'Finance'],
    ['HR', 'HR'],
    ['Customer Service', 'Customer Service'],
    ['IT Plan', 'IT'],
    ['R&D', 'R&D'],
  ])('%j names %j', (name, department) => {
    expect(departmentFromSheetName(name)).toBe(department);
  });

  it.each(['Sheet1', 'Tab 2', 'Plan', 'Tracker', 'Q3', '2026', 'Nov', 'November', 'Week 12', 'Archive', 'Old', 'Finance (old)', 'v2', 'Draft', 'Latest', 'FY26'])('%j names none', (name) => {
    expect(departmentFromSheetName(name)).toBeUndefined();
  });
});
