import { departmentFromName, detectTables } from '../../../src/core/ingest';
import { departmentFromTitleText } from '../../../src/core/ingest/department';
import { makeOptions } from '../../../src/core/types';
import * as path from 'path';
import { sheetSource } from '../../support/messy-table';
import { exportFixture, ingestExports, readExport } from '../../support/read-export';

/**
 * Airtable names a CSV download "<table>-<view>.csv", and a view's default name is its kind
 * ("Grid view", "Kanban view", "Gallery", "Calendar", "Gantt", "Timeline", "List", "Form"). The
 * view names no department: the table's name may ("Marketing-Grid view.csv" -> Marketing), or
 * is generic too ("Tasks-Grid view.csv" -> none).
 */
describe('a department from a file named by a table and its view', () => {
  it.each([
    ['Marketing-Grid view.csv', 'Marketing'],
    ['Customer Success-Grid view.csv', 'Customer Success'],
    ['Finance Projects-Kanban view.csv', 'Finance'],
    ['Engineering-Gallery.csv', 'Engineering'],
    ['HR-Calendar view.csv', 'HR'],
    ['Operations-Gantt.csv', 'Operations'],
    ['Legal-Timeline view.csv', 'Legal'],
    ['Procurement-List view.csv', 'Procurement'],
    ['IT-Board.csv', 'IT'],
    ['Facilities-Form view.csv', 'Facilities'],
    ['Sales_grid_view.csv', 'Sales'],
  ])('%s -> %s', (file, department) => {
    expect(departmentFromName(file)).toBe(department);
  });

  it.each(['Tasks-Grid view.csv', 'Projects-Kanban view.csv', 'Grid view.csv', 'Initiatives-Gantt view.csv', 'Roadmap-Timeline.csv', 'Kanban.csv'])(
    '%s names none',
    (file) => {
      expect(departmentFromName(file)).toBeUndefined();
    },
  );

  it('is the department of the tables of such a file', () => {
    const rows = [['ID', 'Name', 'Status'], ['MK-1', 'Spring campaign', 'Green']];
    const department = (name: string): Array<string | undefined> => detectTables(sheetSource(rows, { name }), makeOptions(20_500)).map((t) => t.department);
    expect(department('Marketing-Grid view.csv')).toEqual(['Marketing']);
    expect(department('Tasks-Grid view.csv')).toEqual([undefined]);
  });

  it('names none for the Airtable fixture Tasks-Grid view.csv, whose rows give none either', async () => {
    const result = ingestExports([await readExport(exportFixture(path.join('airtable', 'Tasks-Grid view.csv')))], '2026-03-23');
    expect(result.tables.map((t) => t.department)).toEqual([undefined]);
    expect(new Set(result.initiatives.map((i) => i.department))).toEqual(new Set([undefined]));
  });

  it('in the open workbook, a sheet named for a view names none; the sheet of a department still names it', () => {
    const rows = [['ID', 'Name', 'Status'], ['MK-1', 'Spring campaign', 'Green']];
    const sheets = ['Gantt', 'Board', 'Calendar view', 'Marketing Board'].map((name) => ({ name, rows }));
    const source = sheetSource(sheets, { name: 'This workbook', origin: 'workbook' });
    expect(detectTables(source, makeOptions(20_500)).map((t) => t.department)).toEqual([undefined, undefined, undefined, 'Marketing']);
  });

  it('in a title a board is a body of people, not a view: it stays in the name', () => {
    expect(departmentFromTitleText('Transformation Board - 2026 plan')).toBe('Transformation Board');
  });
});
