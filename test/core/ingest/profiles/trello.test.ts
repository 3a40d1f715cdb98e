/**
 * Trello's board CSV export (test/fixtures/exports/trello.csv: the documented column set; see
 * SOURCES.md there). Expected values read off the fixture by hand.
 */
import { codesOf, day, exportFixture, fieldsOf, ingestExports, mappingOf, readExport, recordOf } from '../../../support/read-export';

describe('Trello export profile', () => {
  it('reads the export as one Trello table, the list a card sits in as its status', async () => {
    const result = ingestExports([await readExport(exportFixture('trello.csv'))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Trello export', 3]]);
    expect(codesOf(result)).not.toContain('ingest.table-ignored');
    expect(result.initiatives).toHaveLength(3);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'Card ID'],
      ['name', 1, 'Card Name'],
      ['owner', 5, 'Members'],
      ['due', 6, 'Due Date'],
      ['lastUpdated', 13, 'Last Activity Date'],
      ['status', 15, 'List Name'],
      ['department', 17, 'Board Name'],
      ['start', 19, 'Start Date'],
    ]);
  });

  it("reads each card's fields; Trello has no dependencies", async () => {
    const result = ingestExports([await readExport(exportFixture('trello.csv'))]);
    expect(fieldsOf(recordOf(result, '65A1F0C2B3D4E5F601234567'))).toMatchObject({
      name: 'Define requirements',
      department: 'Website relaunch',
      owner: 'Ana Lima',
      status: 'done',
      statusText: 'Done',
      start: day('2024-01-15'),
      due: day('2024-01-19'),
      lastUpdated: day('2024-01-19'),
    });
    expect(fieldsOf(recordOf(result, '65A1F0C2B3D4E5F601234568'))).toMatchObject({
      name: 'Build prototype',
      owner: 'Ben Ode, Cara Diaz',
      statusText: 'Doing',
      start: day('2024-01-22'),
      due: day('2024-02-16'),
      lastUpdated: day('2024-02-05'),
    });
    const launch = fieldsOf(recordOf(result, '65A1F0C2B3D4E5F601234569'));
    expect(launch).toMatchObject({ name: 'Launch', status: 'not-started', statusText: 'To Do', due: day('2024-03-01'), lastUpdated: day('2024-01-16') });
    expect(launch.start).toBeUndefined();
    expect(result.dependencies).toEqual([]);
  });
});
