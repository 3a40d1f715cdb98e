import { detectTables, ingestSources } from '../../../src/core/ingest';
import { departmentFromTitleText } from '../../../src/core/ingest/department';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(20_500);
const HEADER: CellValue[] = ['ID', 'Name', 'Status'];
const ROW: CellValue[] = ['ENG-1', 'Claims portal', 'Green'];

/** The department of each table of a one-sheet file (a file name that names no department by default). */
function departments(rows: CellValue[][], name = 'Book1.xlsx'): Array<string | undefined> {
  return detectTables(sheetSource(rows, { name }), options).map((t) => t.department);
}

describe('departmentFromTitleText', () => {
  it.each([
    ['Engineering - Claims Automation Programme', 'Engineering'],
    ['Finance: initiatives tracker Q3', 'Finance'],
    ['Human Resources \u2013 People Plan 2026', 'Human Resources'],
    ['IT & Digital\u2014Roadmap', 'IT & Digital'],
    ['Finance initiatives: Q3 review', 'Finance'],
    ['  Customer   Service  -  weekly status ', 'Customer Service'],
    ['Department: Operations', 'Operations'],
    ['Dept: Customer Service - weekly', 'Customer Service'],
  ])('%j names %j', (title, department) => {
    expect(departmentFromTitleText(title)).toBe(department);
  });

  it.each([
    'Project Plan', // no separator, and generic words
    'Project plan - Q3', // generic words before the dash
    'Q3 2026 status',
    'Q3 2026 status: draft', // digits
    'Sheet1',
    'Sheet1: overview',
    'Claims Automation Programme', // a programme's name, no separator
    'Go-Live plan', // a hyphen inside a word is no separator
    'Updated: 3 March 2026', // a label
    'Prepared by: J Smith',
    'As of: 2026-03-16',
    'draft - do not circulate', // not a proper name
    'Department: finance team',
    ': Finance',
    'Big Four Transformation Board - 2026', // four words: not a short name
  ])('%j names no department', (title) => {
    expect(departmentFromTitleText(title)).toBeUndefined();
  });
});

describe('department of a table from a title row above it', () => {
  it('is read when the file name gives none', () => {
    expect(departments([['Engineering - Claims Automation Programme'], [], HEADER, ROW])).toEqual(['Engineering']);
    expect(departments([['Finance: initiatives tracker Q3'], HEADER, ROW])).toEqual(['Finance']);
  });

  it('is read when the open workbook sheet name gives none', () => {
    const source = sheetSource([{ name: 'Sheet1', rows: [['Finance: initiatives tracker Q3'], [], HEADER, ROW] }], { name: 'This workbook', origin: 'workbook' });
    expect(detectTables(source, options).map((t) => t.department)).toEqual(['Finance']);
  });

  it('is the last fallback: the file name, a department column and the user come first', () => {
    const rows = [['Engineering - Claims Automation Programme'], [], HEADER, ROW];
    expect(departments(rows, 'Operations.xlsx')).toEqual(['Operations']);
    expect(departments([['Engineering - Claims'], ['ID', 'Name', 'Department'], ['ENG-1', 'Portal', 'Risk']])).toEqual(['Risk']);
    const named = makeOptions(20_500, { sourceDepartments: { 'Book1.xlsx': 'Group IT' } });
    expect(detectTables(sheetSource(rows, { name: 'Book1.xlsx' }), named).map((t) => t.department)).toEqual(['Group IT']);
  });

  it('takes the topmost title that names one, and reads past a subtitle and blank rows', () => {
    expect(departments([['Finance: initiatives tracker Q3'], ['Prepared by: PMO'], [], HEADER, ROW])).toEqual(['Finance']);
    expect(departments([['Portfolio review'], [], ['IT - delivery plan'], [], HEADER, ROW])).toEqual(['IT']);
    expect(departments([['Engineering - Claims', null, null, 'Updated: 3 March'], [], HEADER, ROW])).toEqual(['Engineering']);
  });

  it('names none for generic, dated or sheet-like titles', () => {
    expect(departments([['Project Plan'], [], HEADER, ROW])).toEqual([undefined]);
    expect(departments([['Q3 2026 status'], [], HEADER, ROW])).toEqual([undefined]);
    expect(departments([['Sheet1'], [], HEADER, ROW])).toEqual([undefined]);
    expect(departments([HEADER, ROW])).toEqual([undefined]);
  });

  it('gives each of several tables in a sheet its own title, never the title of the table above', () => {
    const rows: CellValue[][] = [
      ['Finance: plan'],
      HEADER,
      ['FIN-1', 'Ledger', 'Green'],
      [],
      ['Engineering - Claims'],
      HEADER,
      ROW,
      [],
      HEADER,
      ['OPS-1', 'Depot', 'Amber'],
    ];
    expect(departments(rows)).toEqual(['Finance', 'Engineering', undefined]);
  });

  it('reads the title over a table before a title over its neighbour', () => {
    const rows: CellValue[][] = [
      ['Finance - plan', null, null, null, null, 'IT - plan'],
      [],
      ['ID', 'Name', 'Status', null, null, 'ID', 'Name', 'Status'],
      ['FIN-1', 'Ledger', 'Green', null, null, 'IT-1', 'Network', 'Red'],
    ];
    expect(detectTables(sheetSource(rows, { name: 'Book1.xlsx' }), options).map((t) => [t.range.left, t.department])).toEqual([
      [0, 'Finance'],
      [5, 'IT'],
    ]);
  });
});

describe('a department named in a title as "X Department", and a Department column per row', () => {
  it('a title row names the department of a file whose name names none', () => {
    expect(departments([['Finance Department \u2014 Project Tracker'], [], HEADER, ROW], 'tracker_v3_final.xlsx')).toEqual(['Finance']);
  });

  it('a Department column gives each row its own, whatever the title says', () => {
    const source = sheetSource([['Engineering - Claims'], ['ID', 'Name', 'Department'], ['ENG-1', 'Portal', 'Risk'], ['ENG-2', 'Triage', 'Claims']], { name: 'Finance.xlsx' });
    const result = ingestSources([source], options);
    expect(result.initiatives.map((i) => [i.id, i.department])).toEqual([
      ['ENG-1', 'Risk'],
      ['ENG-2', 'Claims'],
    ]);
    // The table itself: the file's department, as no single value runs down the column.
    expect(result.tables[0]!.department).toBe('Finance');
  });
});
