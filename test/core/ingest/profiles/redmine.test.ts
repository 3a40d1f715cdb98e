/**
 * Redmine's issue CSV, both ways it arrives: the real import fixture of Redmine's own test suite
 * (../shared/data/exports/redmine-subtasks-relations.csv: row, tracker, subject, start, due,
 * parent, follows = "2 1d"; read where it lives, see its SOURCES.md) and an issue-list export
 * built from Redmine's column labels and relation wording (test/fixtures/exports/redmine-export.csv;
 * see SOURCES.md there). Expected values read off the files by hand.
 */
import { sharedData } from '../../../support/shared-data';
import { codesOf, day, exportFixture, fieldsOf, ingestExports, linksOf, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

const IMPORT = 'redmine-subtasks-relations.csv';
const EXPORT = 'redmine-export.csv';

describe('Redmine profile: the CSV issue import (real fixture)', () => {
  it('reads the file as one Redmine table of four issues keyed by their row numbers', async () => {
    const result = ingestExports([await readExport(sharedData('exports', IMPORT))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Redmine issues CSV', 4]]);
    expect(codesOf(result)).not.toContain('ingest.table-ignored');
    expect(result.initiatives).toHaveLength(4);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'row'],
      ['name', 2, 'subject'],
      ['start', 3, 'start'],
      ['due', 4, 'due'],
    ]);
    expect(fieldsOf(recordOf(result, '1'))).toMatchObject({ name: '2nd Child', start: day('2020-01-12'), due: day('2020-01-20') });
    expect(fieldsOf(recordOf(result, '2'))).toMatchObject({ name: '1st Child', start: day('2020-01-01'), due: day('2020-01-10') });
    expect(fieldsOf(recordOf(result, '3'))).toMatchObject({ name: 'Parent', start: day('2020-01-01'), due: day('2020-01-31') });
    expect(fieldsOf(recordOf(result, '4'))).toMatchObject({ name: '3rd Child', start: day('2020-01-22'), due: day('2020-01-31') });
  });

  it('reads follows = "2 1d" as: this row depends on row 2, lag 1 day', async () => {
    const result = ingestExports([await readExport(sharedData('exports', IMPORT))]);
    expect(linksOf(result)).toEqual([
      // Row 1 (2nd Child) follows row 2 (1st Child); row 4 (3rd Child) follows row 1.
      '2 -> 1 FS+1 follows@G2',
      '1 -> 4 FS+1 follows@G5',
    ]);
  });

  it('an import relation "#12" names an issue already in Redmine, not row 12; precedes and blocks point the other way', async () => {
    const csv = ['row;tracker;subject;start;due;precedes;blocked by', '1;Task;Design;2024-01-01;2024-01-05;2 -2d;#12', '2;Task;Build;2024-01-08;2024-01-19;;'].join('\n');
    const result = ingestExports([await readCsvText(csv, 'import.csv')]);
    expect(result.tables[0]!.profile).toBe('Redmine issues CSV');
    expect(linksOf(result)).toEqual(['1 -> 2 FS-2 precedes@F2', '#12 -> 1 FS+0 blocked by@G2']);
  });
});

describe('Redmine profile: the issue list export', () => {
  it('reads the export as one Redmine table, each documented column on its field', async () => {
    const result = ingestExports([await readExport(exportFixture(EXPORT))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Redmine issues CSV', 4]]);
    expect(result.initiatives).toHaveLength(4);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, '#'],
      ['department', 1, 'Project'],
      ['status', 4, 'Status'],
      ['name', 6, 'Subject'],
      ['owner', 8, 'Assignee'],
      ['lastUpdated', 9, 'Updated'],
      ['start', 12, 'Start date'],
      ['due', 13, 'Due date'],
      ['percentComplete', 16, '% Done'],
    ]);
    expect(fieldsOf(recordOf(result, '12'))).toMatchObject({
      name: 'Define requirements',
      department: 'Website',
      owner: 'Ana Lima',
      status: 'done',
      statusText: 'Closed',
      start: day('2024-01-15'),
      due: day('2024-01-19'),
      percentComplete: 1,
      lastUpdated: day('2024-01-19'),
    });
    expect(fieldsOf(recordOf(result, '13'))).toMatchObject({ name: 'Build prototype', owner: 'Ben Ode', statusText: 'In Progress', percentComplete: 0.3, lastUpdated: day('2024-02-05') });
    const launch = fieldsOf(recordOf(result, '15'));
    expect(launch).toMatchObject({ name: 'Launch', status: 'not-started', statusText: 'New', start: day('2024-03-01'), due: day('2024-03-01'), percentComplete: 0 });
    expect(launch.owner).toBeUndefined();
  });

  it('reads Related issues: follows / blocked by = this depends on it, precedes / blocks = it depends on this, "(2 days)" the lag; related to and duplicates are no dependencies', async () => {
    const result = ingestExports([await readExport(exportFixture(EXPORT))]);
    expect(linksOf(result)).toEqual([
      // #12: "precedes #13, precedes (2 days) #14"
      '12 -> 13 FS+0 Related issues@T2',
      '12 -> 14 FS+2 Related issues@T2',
      // #13: "follows #12, blocks #15, related to #14"
      '12 -> 13 FS+0 Related issues@T3',
      '13 -> 15 FS+0 Related issues@T3',
      // #14: "follows (2 days) #12, related to #13, duplicates #16"
      '12 -> 14 FS+2 Related issues@T4',
      // #15: "blocked by #13, blocked by #14"
      '13 -> 15 FS+0 Related issues@T5',
      '14 -> 15 FS+0 Related issues@T5',
    ]);
  });
});
