/**
 * monday.com's "Export board to Excel" (test/fixtures/exports/monday-board*.csv: the board name
 * on row 1, then per group a title row and the header row again; see SOURCES.md there), with
 * the groups one after another and with blank rows between them. Expected values read off the
 * fixtures by hand.
 */
import { codesOf, day, exportFixture, fieldsOf, ingestExports, linksOf, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

const MAPPING = [
  ['name', 0, 'Name'],
  ['owner', 2, 'Person'],
  ['status', 3, 'Status'],
  ['due', 4, 'Date'],
  ['id', 6, 'Item ID (auto generated)'],
];

describe('monday.com export profile', () => {
  it('groups one after another: one table; the repeated header row and the group title above it are not read as items', async () => {
    const result = ingestExports([await readExport(exportFixture('monday-board.csv'))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.headerRow, t.rowCount])).toEqual([['initiatives', 'monday.com export', 2, 4]]);
    expect(result.findings.map((f) => f.code)).not.toContain('ingest.table-ignored');
    expect(mappingOf(result.tables[0]!)).toEqual(MAPPING);
    // Items on sheet rows 4, 5, 8 and 9; rows 6 ("In progress") and 7 (the header again) are neither items nor rows without an id.
    expect(result.initiatives.map((r) => r.ref.row)).toEqual([4, 5, 8, 9]);
    expect(result.rowsWithoutId).toEqual([]);
    expect(fieldsOf(recordOf(result, '1234567001'))).toMatchObject({ name: 'Define requirements', owner: 'Ana Lima', status: 'done', statusText: 'Done', due: day('2024-01-19') });
    expect(fieldsOf(recordOf(result, '1234567002'))).toMatchObject({ name: 'Build prototype', owner: 'Ben Ode', statusText: 'Working on it', due: day('2024-02-16') });
    expect(fieldsOf(recordOf(result, '1234567003'))).toMatchObject({ name: 'Write test plan', owner: 'Cara Diaz', status: 'red', statusText: 'Stuck', due: day('2024-02-02') });
    expect(fieldsOf(recordOf(result, '1234567004'))).toMatchObject({ name: 'Launch', due: day('2024-03-01') });
  });

  it('reads the Dependency column as item names of the board: Dependency = A on row B is A -> B', async () => {
    const result = ingestExports([await readExport(exportFixture('monday-board.csv'))]);
    expect(linksOf(result)).toEqual([
      '1234567001 -> 1234567002 FS+0 Dependency@F5 by name',
      '1234567001 -> 1234567003 FS+0 Dependency@F8 by name',
      '1234567002 -> 1234567004 FS+0 Dependency@F9 by name',
      '1234567003 -> 1234567004 FS+0 Dependency@F9 by name',
    ]);
  });

  it('groups separated by blank rows: one monday.com table per group, the same items and links', async () => {
    const result = ingestExports([await readExport(exportFixture('monday-board-groups.csv'))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.headerRow, t.rowCount])).toEqual([
      ['initiatives', 'monday.com export', 3, 2],
      ['initiatives', 'monday.com export', 8, 2],
    ]);
    expect(result.tables.map(mappingOf)).toEqual([MAPPING, MAPPING]);
    expect(result.initiatives.map((r) => [r.ref.row, r.name])).toEqual([
      [5, 'Define requirements'],
      [6, 'Build prototype'],
      [10, 'Write test plan'],
      [11, 'Launch'],
    ]);
    expect(result.rowsWithoutId).toEqual([]);
    // A name in the second group resolves to an item of the first.
    expect(linksOf(result)).toEqual([
      '1234567001 -> 1234567002 FS+0 Dependency@F6 by name',
      '1234567001 -> 1234567003 FS+0 Dependency@F10 by name',
      '1234567002 -> 1234567004 FS+0 Dependency@F11 by name',
      '1234567003 -> 1234567004 FS+0 Dependency@F11 by name',
    ]);
  });

  it('a subitem block (its own "Subitems, Name, ..." header and rows) is left out with one info finding, not read as items', async () => {
    const result = ingestExports([await readExport(exportFixture('monday-board-subitems.csv'))]);
    // Items on rows 4, 5 and 9; rows 6 to 8 are the subitem header and two subitems of row 5.
    expect(result.tables.map((t) => [t.kind, t.profile, t.headerRow, t.rowCount])).toEqual([['initiatives', 'monday.com export', 2, 3]]);
    expect(mappingOf(result.tables[0]!)).toEqual(MAPPING);
    expect(result.initiatives.map((r) => [r.ref.row, r.id, r.name, r.owner, r.parent])).toEqual([
      [4, '1234567001', 'Define requirements', 'Ana Lima', undefined],
      [5, '1234567002', 'Build prototype', 'Ben Ode', undefined],
      [9, '1234567004', 'Launch', undefined, undefined],
    ]);
    expect(result.rowsWithoutId).toEqual([]);
    expect(codesOf(result)).toEqual(['ingest.fields-missing', 'ingest.table-ignored', 'ingest.unmapped-columns']);
    const notice = result.findings.filter((f) => f.code === 'ingest.table-ignored');
    expect(notice.map((f) => [f.severity, f.message, f.cells.map((c) => c.address)])).toEqual([
      [
        'info',
        'monday-board-subitems.csv, sheet "monday-board-subitems": rows 6 to 8 (A6:G8) under row 5 ("Build prototype") hold monday.com subitems and were not read: ' +
          'subitems have their own header row and columns, which are not mapped, so they are not read as initiatives.',
        ['A6'],
      ],
    ]);
    expect(linksOf(result)).toEqual(['1234567001 -> 1234567002 FS+0 Dependency@F5 by name', '1234567002 -> 1234567004 FS+0 Dependency@F9 by name']);
  });

  it('a row with a blank Name outside a subitem block is still a row of the table', async () => {
    const csv = ['Name,Subitems,Person,Status,Date,Dependency,Item ID (auto generated)', 'Define requirements,,Ana Lima,Done,2024-01-19,,1234567001', ',Loose,Ben Ode,Done,2024-01-20,,1234567009'].join('\n');
    const result = ingestExports([await readCsvText(csv, 'board.csv')]);
    expect(result.initiatives.map((r) => [r.id, r.name])).toEqual([['1234567001', 'Define requirements'], ['1234567009', undefined]]);
    expect(codesOf(result)).not.toContain('ingest.table-ignored');
  });
});
