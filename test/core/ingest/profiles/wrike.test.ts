/**
 * Wrike's Excel layout (test/fixtures/exports/wrike.csv: Key, Parent task, Title, Status, ...
 * with a folder and a project row, their titles wrapped in slashes; see SOURCES.md there).
 * Expected values read off the fixture by hand.
 */
import { codesOf, day, exportFixture, fieldsOf, ingestExports, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

describe('Wrike export profile', () => {
  it('reads the tasks as one Wrike table; folder and project rows are headings, neither items nor rows without an id', async () => {
    const result = ingestExports([await readExport(exportFixture('wrike.csv'))]);
    // Rows 4, 5 and 6 are tasks; "/Marketing/" (row 2) and "/Marketing/Website relaunch/" (row 3) head them.
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Wrike export', 3]]);
    expect(codesOf(result)).toEqual(['ingest.fields-missing', 'ingest.unmapped-columns']);
    expect(result.initiatives.map((r) => [r.ref.row, r.id, r.name])).toEqual([
      [4, '1', 'Define requirements'],
      [5, '2', 'Build prototype'],
      [6, '3', 'Draft copy'],
    ]);
    expect(result.rowsWithoutId).toEqual([]);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'Key'],
      ['name', 2, 'Title'],
      ['status', 3, 'Status'],
      ['owner', 5, 'Assigned To'],
      ['start', 6, 'Start Date'],
      ['duration', 7, 'Duration'],
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

  it('the folder a task sits under is not made its department or parent: only Parent task nests', async () => {
    const result = ingestExports([await readExport(exportFixture('wrike.csv'))]);
    expect(result.initiatives.map((r) => [r.id, r.parent, r.department])).toEqual([
      // "wrike.csv" names the tool, not a department (department.ts): no department is claimed.
      ['1', undefined, undefined],
      ['2', undefined, undefined],
      ['3', '2', undefined],
    ]);
  });

  it('a slash-wrapped Title with a Key stays an item; a task with a blank Key is still a row without an id', async () => {
    const csv = ['Key,Parent task,Title,Status', ',,/Ops/,', '7,,/Ops/Migration/,Green', '8,7,Cut over,Active', ',,Orphan task,Active'].join('\n');
    const result = ingestExports([await readCsvText(csv, 'ops.csv')]);
    expect(result.tables.map((t) => t.rowCount)).toEqual([3]);
    expect(result.initiatives.map((r) => [r.id, r.name, r.parent])).toEqual([
      ['7', '/Ops/Migration/', undefined],
      ['8', 'Cut over', '7'],
    ]);
    expect(result.rowsWithoutId.map((r) => r.ref.row)).toEqual([5]);
  });
});
