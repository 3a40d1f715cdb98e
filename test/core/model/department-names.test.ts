import { departmentKey, departmentNames } from '../../../src/core/model';
import { runPipeline } from '../../../src/core/pipeline';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const d = (iso: string): number => dayFromIso(iso)!;
const cell = { source: 'Depts.xlsx', sheet: 'Departments', address: 'B2' };

describe('department names compare by one key', () => {
  it('ignores case, spacing, punctuation, & for and, and the words that only say "department"', () => {
    expect(['Finance', ' finance ', 'Finance Dept', 'Finance Dept.', 'Dept. of Finance', 'the Finance team', 'FINANCE DEPARTMENT'].map(departmentKey)).toEqual(new Array(7).fill('finance'));
    expect(departmentKey('Risk & Compliance')).toBe(departmentKey('Risk and Compliance'));
    expect(departmentKey('Department')).toBe('department');
    expect(departmentKey('Finance')).not.toBe(departmentKey('Fintech'));
  });

  it('matches a code through a department list, or a code that begins one name or is its initials', () => {
    const names = departmentNames(['Finance', 'Human Resources', 'Site', 'Fintech'], [{ department: 'Site', code: 'CON', cell }]);
    expect(names.match('Finance Dept')).toEqual({ key: 'finance' });
    expect(names.match('HR')).toEqual({ key: 'human resources' });
    expect(names.match('CON')).toEqual({ key: 'site' });
    expect(names.canonical('con')).toBe('site');
    // FIN begins both Finance and Fintech: matched to neither, and both named.
    expect(names.match('FIN')).toEqual({ candidates: ['Finance', 'Fintech'] });
    // A code is written in capitals; "hr" in lower case, or a longer name, is not taken for one.
    expect(names.match('hr')).toBeUndefined();
    expect(names.match('Sites')).toBeUndefined();
  });
});

describe('a Calendar sheet names its departments as people write them', () => {
  const PLAN: CellValue[][] = [
    ['ID', 'Name', 'Department', 'Status', 'Start', 'Due'],
    ['F-1', 'Close the books', 'Finance', 'Green', '2026-03-16', '2026-03-20'],
    ['H-1', 'Hire welders', 'Human Resources', 'Green', '2026-03-16', '2026-03-20'],
    ['S-1', 'Clear site', 'Site', 'Green', '2026-03-16', '2026-03-20'],
  ];
  const CALENDARS: CellValue[][] = [
    ['Calendar', 'Working days'],
    ['Finance Dept', 'Sun-Thu'],
    ['HR', 'Mon-Sat'],
    ['CON', 'Mon-Sun'],
    ['Facilities', 'Mon-Sun'],
  ];
  const DEPARTMENTS: CellValue[][] = [
    ['Department', 'Code'],
    ['Site', 'CON'],
    ['Finance', 'FIN'],
  ];
  const run = () =>
    runPipeline(
      [sheetSource([{ name: 'Plan', rows: PLAN }, { name: 'Calendars', rows: CALENDARS }, { name: 'Departments', rows: DEPARTMENTS }], { name: 'Plan.xlsx' })],
      makeOptions(d('2026-03-02')),
    );

  it('schedules each tracker department in the calendar that names it, by key, code or initials', () => {
    const result = run();
    const a = (id: string) => result.analysis.byId.get(id)!;
    expect(['F-1', 'H-1', 'S-1'].map((id) => a(id).calendar)).toEqual(['Finance', 'Human Resources', 'Site']);
    // Finance works Sun-Thu: Mon 03-16 .. Fri 03-20 is four working days, ending Thu 03-19.
    expect(a('F-1').earlyFinish).toBe(d('2026-03-19'));
    // The department list is read for its codes, not reported as an ignored table or read as initiatives.
    expect(result.model.initiatives.map((i) => i.id)).toEqual(['F-1', 'H-1', 'S-1']);
    expect(result.findings.filter((f) => f.code === 'ingest.table-ignored')).toEqual([]);
  });

  it('reports a calendar for a department no tracker names, on its cell', () => {
    const unknown = run().findings.filter((f) => f.code === 'calendar.unknown-department');
    expect(unknown.map((f) => [f.cells, f.message])).toEqual([
      [
        [{ source: 'Plan.xlsx', sheet: 'Calendars', address: 'A5' }],
        'Plan.xlsx, sheet "Calendars" A5: the calendar for "Facilities" names no department of the trackers (the trackers\' departments are "Finance", "Human Resources", "Site"); its days off schedule nothing.',
      ],
    ]);
  });
});
