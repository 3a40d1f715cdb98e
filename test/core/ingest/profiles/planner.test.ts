/**
 * Microsoft Planner's "Export plan to Excel" (test/fixtures/exports/planner.csv: the plan's rows
 * above the table, the header on row 5, the documented columns; see SOURCES.md there). Expected
 * values read off the fixture by hand.
 */
import { codesOf, day, exportFixture, fieldsOf, ingestExports, mappingOf, readExport, recordOf } from '../../../support/read-export';

describe('Microsoft Planner export profile', () => {
  it('finds the table under the plan rows (header on row 5) and reads it as Planner tasks', async () => {
    const result = ingestExports([await readExport(exportFixture('planner.csv'))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.headerRow, t.range.top, t.range.bottom, t.rowCount])).toEqual([['initiatives', 'Microsoft Planner export', 4, 4, 7, 3]]);
    expect(codesOf(result)).not.toContain('ingest.table-ignored');
    expect(result.initiatives).toHaveLength(3);
    // The plan name, plan id and export date rows are titles, not rows without an id.
    expect(result.rowsWithoutId).toEqual([]);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'Task ID'],
      ['name', 1, 'Task Name'],
      ['status', 3, 'Progress'],
      ['owner', 5, 'Assigned To'],
      ['start', 8, 'Start date'],
      ['due', 9, 'Due date'],
      ['actualFinish', 12, 'Completed Date'],
    ]);
  });

  it("reads each task's fields (Progress as its status) and no dependencies", async () => {
    const result = ingestExports([await readExport(exportFixture('planner.csv'))]);
    // Task IDs are canonicalised like every id (upper case).
    expect(fieldsOf(recordOf(result, 'QLGCTO7TBKCIRJ_68JXKSSKAIJHK'))).toMatchObject({
      name: 'Define requirements',
      owner: 'Ana Lima',
      status: 'done',
      statusText: 'Completed',
      start: day('2024-01-15'),
      due: day('2024-01-26'),
      dependsOn: [],
    });
    expect(fieldsOf(recordOf(result, 'PR9_-PI36UMTEVBEZFIYW8GAFDIJ'))).toMatchObject({
      name: 'Build prototype',
      owner: 'Ben Ode;Cara Diaz',
      statusText: 'In progress',
      start: day('2024-01-29'),
      due: day('2024-02-16'),
    });
    const launch = fieldsOf(recordOf(result, 'C6S1FM3GEUWHLBQZ2PYLB2QAHUJT'));
    expect(launch).toMatchObject({ name: 'Launch', status: 'not-started', statusText: 'Not started', due: day('2024-03-15') });
    expect(launch.start).toBeUndefined();
    expect(launch.owner).toBeUndefined();
    expect(result.dependencies).toEqual([]);
  });
});
