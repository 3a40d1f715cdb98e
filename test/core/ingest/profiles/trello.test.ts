/**
 * Trello's board CSV export (test/fixtures/exports/trello.csv: the documented column set; see
 * SOURCES.md there). Expected values read off the fixture by hand.
 */
import { codesOf, day, exportFixture, fieldsOf, ingestExports, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

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

describe('Trello archived cards', () => {
  // Archiving takes a card off the board (the API's closed: true); the export keeps it with Archived true.
  it('reads an archived card as done whatever list it was left in, unless its list says it was cancelled', async () => {
    const csv = [
      'Card ID,Card Name,List Name,Board Name,Archived,Due Date',
      '6712a1b2c3d4e5f601234561,Choose venue,Done,Summit,false,2026-10-30T17:00:00.000Z',
      '6712a1b2c3d4e5f601234562,Speaker line-up,Doing,Summit,false,2026-12-04T17:00:00.000Z',
      '6712a1b2c3d4e5f601234564,Old venue shortlist,To Do,Summit,true,2026-09-30T17:00:00.000Z',
      '6712a1b2c3d4e5f601234565,Gala dinner,Cancelled,Summit,true,',
      '6712a1b2c3d4e5f601234566,Early bird offer,Doing,Summit,TRUE,2026-10-01T17:00:00.000Z',
    ].join('\n');
    const result = ingestExports([await readCsvText(csv, 'summit.csv')], '2026-11-16');
    expect(result.initiatives.map((r) => [r.name, r.status, r.statusText])).toEqual([
      ['Choose venue', 'done', 'Done'],
      ['Speaker line-up', 'unknown', 'Doing'],
      ['Old venue shortlist', 'done', 'To Do'],
      ['Gala dinner', 'cancelled', 'Cancelled'],
      ['Early bird offer', 'done', 'Doing'],
    ]);
    // The status read off Archived points at its cell (E4, E6); Archived is read, not "not used".
    expect(result.initiatives.map((r) => ('elsewhere' in r.cells ? r.cells.elsewhere?.status?.address : undefined) ?? null)).toEqual([null, null, 'E4', null, 'E6']);
    expect(result.tables[0]!.unmapped).toEqual([]);
  });
});
