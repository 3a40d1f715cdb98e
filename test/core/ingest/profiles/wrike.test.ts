/**
 * Wrike's Excel layout (test/fixtures/exports/wrike.csv: Key, Parent task, Title, Status, ...
 * with a folder and a project row, their titles wrapped in slashes; see SOURCES.md there).
 * Expected values read off the fixture by hand.
 */
import { codesOf, day, exportFixture, fieldsOf, ingestExports, mappingOf, readExport, recordOf } from '../../../support/read-export';

describe('Wrike export profile', () => {
  it('reads the tasks as one Wrike table; folder and project rows have no Key and are kept apart', async () => {
    const result = ingestExports([await readExport(exportFixture('wrike.csv'))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Wrike export', 5]]);
    expect(codesOf(result)).not.toContain('ingest.table-ignored');
    expect(result.initiatives).toHaveLength(3);
    // "/Marketing/" (row 2) and "/Marketing/Website relaunch/" (row 3): no Key, so no initiative.
    expect(result.rowsWithoutId.map((r) => r.ref.row)).toEqual([2, 3]);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'Key'],
      ['name', 2, 'Title'],
      ['status', 3, 'Status'],
      ['owner', 5, 'Assigned To'],
      ['start', 6, 'Start Date'],
      ['due', 8, 'Due Date'],
    ]);
  });

  it("reads each task's fields; keys are local to the file and no links are read", async () => {
    const result = ingestExports([await readExport(exportFixture('wrike.csv'))]);
    expect(fieldsOf(recordOf(result, '1'))).toMatchObject({
      name: 'Define requirements',
      owner: 'ana@example.com',
      status: 'done',
      statusText: 'Completed',
      start: day('2024-01-15'),
      due: day('2024-01-19'),
    });
    expect(fieldsOf(recordOf(result, '2'))).toMatchObject({ name: 'Build prototype', owner: 'ben@example.com', statusText: 'Active', start: day('2024-01-22'), due: day('2024-02-16') });
    expect(fieldsOf(recordOf(result, '3'))).toMatchObject({ name: 'Draft copy', statusText: 'Active', start: day('2024-01-22'), due: day('2024-01-31') });
    expect(result.dependencies).toEqual([]);
  });
});
