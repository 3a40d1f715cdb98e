/**
 * OpenProject's work package CSV export (test/fixtures/exports/openproject.csv: a table view's
 * columns with the Follows, Blocked by and Relates to relation columns; see SOURCES.md there).
 * Expected values read off the fixture by hand.
 */
import { codesOf, day, exportFixture, fieldsOf, ingestExports, linksOf, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

const ID = (n: number): string => String(n);

describe('OpenProject export profile', () => {
  it('reads the export as one OpenProject table of five work packages', async () => {
    const result = ingestExports([await readExport(exportFixture('openproject.csv'))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'OpenProject export', 5]]);
    expect(codesOf(result)).not.toContain('ingest.table-ignored');
    expect(result.initiatives).toHaveLength(5);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'ID'],
      ['name', 2, 'Subject'],
      ['status', 3, 'Status'],
      ['owner', 4, 'Assignee'],
      ['start', 6, 'Start date'],
      ['due', 7, 'Finish date'],
      ['department', 9, 'Project'],
      ['lastUpdated', 10, 'Updated on'],
      ['percentComplete', 11, '% Complete'],
    ]);
  });

  it("reads each work package's fields; ids are local to the file", async () => {
    const result = ingestExports([await readExport(exportFixture('openproject.csv'))]);
    expect(fieldsOf(recordOf(result, ID(101)))).toMatchObject({
      name: 'Website relaunch',
      department: 'Marketing',
      owner: 'Ana Lima',
      statusText: 'In progress',
      start: day('2024-01-15'),
      due: day('2024-03-01'),
      percentComplete: 0.4,
      lastUpdated: day('2024-02-05'),
    });
    expect(fieldsOf(recordOf(result, ID(102)))).toMatchObject({ name: 'Define requirements', status: 'done', statusText: 'Closed', due: day('2024-01-19'), percentComplete: 1 });
    expect(fieldsOf(recordOf(result, ID(104)))).toMatchObject({ name: 'Write test plan', owner: 'Cara Diaz', status: 'not-started', statusText: 'New', start: day('2024-01-22'), due: day('2024-02-02'), percentComplete: 0 });
  });

  it('reads Follows and Blocked by columns ("#102", "102", "#103, #104"); Relates to is no dependency', async () => {
    const result = ingestExports([await readExport(exportFixture('openproject.csv'))]);
    expect(linksOf(result)).toEqual([
      `${ID(102)} -> ${ID(103)} FS+0 Follows@M4`,
      `${ID(102)} -> ${ID(104)} FS+0 Follows@M5`,
      `${ID(103)} -> ${ID(105)} FS+0 Blocked by@N6`,
      `${ID(104)} -> ${ID(105)} FS+0 Blocked by@N6`,
    ]);
  });

  it('reads a Relations column worded as in Redmine, and Precedes the other way round', async () => {
    const csv = ['ID,Subject,Type,Status,Start date,Finish date,Precedes,Relations', '1,Design,Task,New,2024-01-01,2024-01-05,#3,', '2,Build,Task,New,2024-01-08,2024-01-19,,"follows (2 days) #1, relates to #3"', '3,Test,Task,New,2024-01-22,2024-01-26,,'].join('\n');
    const result = ingestExports([await readCsvText(csv, 'op.csv')]);
    expect(result.tables[0]!.profile).toBe('OpenProject export');
    expect(linksOf(result)).toEqual(['1 -> 3 FS+0 Precedes@G2', '1 -> 2 FS+2 Relations@H3']);
  });
});

describe("OpenProject's standard statuses", () => {
  // The standard seed's statuses in workflow order; only Closed and Rejected are closed (is_closed).
  it('reads In specification and the open states after it as in progress, New as not started, Closed, On hold and Rejected as such', async () => {
    const names = ['New', 'In specification', 'Specified', 'Confirmed', 'To be scheduled', 'Scheduled', 'In progress', 'Developed', 'In testing', 'Tested', 'Test failed', 'Closed', 'On hold', 'Rejected'];
    const csv = ['ID,Subject,Type,Status,Finish date', ...names.map((status, k) => `${k + 1},Package ${k + 1},Task,${status},2024-02-02`)].join('\n');
    const result = ingestExports([await readCsvText(csv, 'op.csv')]);
    expect(result.tables[0]!.profile).toBe('OpenProject export');
    expect(result.initiatives.map((r) => [r.statusText, r.status])).toEqual([
      ['New', 'not-started'],
      ['In specification', 'unknown'],
      ['Specified', 'unknown'],
      ['Confirmed', 'unknown'],
      ['To be scheduled', 'unknown'],
      ['Scheduled', 'unknown'],
      ['In progress', 'unknown'],
      ['Developed', 'unknown'],
      ['In testing', 'unknown'],
      ['Tested', 'unknown'],
      ['Test failed', 'unknown'],
      ['Closed', 'done'],
      ['On hold', 'on-hold'],
      ['Rejected', 'cancelled'],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });
});
