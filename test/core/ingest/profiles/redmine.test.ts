/**
 * Redmine's issue CSV, both ways it arrives: the real import fixture of Redmine's own test suite
 * (../shared/data/exports/redmine-subtasks-relations.csv: row, tracker, subject, start, due,
 * parent, follows = "2 1d"; read where it lives, see its SOURCES.md) and an issue-list export
 * built from Redmine's column labels and relation wording (test/fixtures/exports/redmine-export.csv;
 * see SOURCES.md there). Expected values read off the files by hand.
 */
import type { RawSource } from '../../../../src/core/types';
import { readSourceFile } from '../../../../src/xlsx/read-source';
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

describe("Redmine profile: Redmine's default statuses", () => {
  // lib/redmine/default_data/loader.rb: New, In Progress, Resolved and Feedback are open (is_closed false); Closed and Rejected closed.
  it('reads Resolved as in progress (not closed), Closed as done and Rejected as cancelled', async () => {
    const csv = ['#,Project,Tracker,Status,Subject,% Done', '1,Billing,Task,Resolved,PDF template,100', '2,Billing,Task,Closed,Mail relay,100', '3,Billing,Bug,Rejected,Duplicate report,0'].join('\n');
    const result = ingestExports([await readCsvText(csv, 'billing.csv')]);
    expect(result.initiatives.map((r) => [r.id, r.status, r.statusText])).toEqual([
      ['1', 'unknown', 'Resolved'],
      ['2', 'done', 'Closed'],
      ['3', 'cancelled', 'Rejected'],
    ]);
  });
});

describe('Redmine profile: a German Redmine\'s issue CSV (";", ISO-8859-1, the de locale\'s labels)', () => {
  // Headers, statuses and relation labels from redmine config/locales/de.yml (field_subject Thema, label_precedes
  // "Vorgänger von", label_blocks "Blockiert", x_days "%{count} Tagen" / "1 Tag"); the CSV as general_csv_* say.
  const csv = [
    '#;Projekt;Tracker;Übergeordnete Aufgabe;Status;Thema;Zugewiesen an;Aktualisiert;Beginn;Abgabedatum;% erledigt;Zugehörige Tickets',
    '210;Lager;Feature;;In Bearbeitung;Lagerverwaltung umstellen;Jana Vogel;12.11.2026 15:10;01.09.2026;18.12.2026;30;',
    '211;Lager;Aufgabe;210;Gelöst;Scanner beschaffen;Jana Vogel;02.11.2026 10:00;01.09.2026;30.10.2026;100;Vorgänger von (3 Tagen) #212',
    '212;Lager;Aufgabe;210;Neu;Schulung Lagerpersonal;Tim Roth;10.11.2026 10:00;05.11.2026;27.11.2026;0;Folgt (3 Tagen) #211, Blockiert durch #214',
    '213;Lager;Fehler;;Abgewiesen;Doppelte Buchung;;16.10.2026 11:00;;;0;Duplikat von #212, Beziehung mit #210',
    '214;Lager;Aufgabe;;Erledigt;WLAN in Halle 3;Tim Roth;01.10.2026 11:00;15.09.2026;30.09.2026;100;Blockiert #212',
    '215;Lager;Aufgabe;;Feedback;Etiketten drucken;Tim Roth;13.11.2026 09:00;01.10.2026;20.11.2026;50;Folgt (1 Tag) #214',
  ].join('\r\n');
  const read = async () => ingestExports([await latin1Source(csv)], '2026-11-16');

  it('is read by the Redmine profile, each German label on its field', async () => {
    const result = await read();
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Redmine issues CSV', 6]]);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, '#'],
      ['department', 1, 'Projekt'],
      ['status', 4, 'Status'],
      ['name', 5, 'Thema'],
      ['owner', 6, 'Zugewiesen an'],
      ['lastUpdated', 7, 'Aktualisiert'],
      ['start', 8, 'Beginn'],
      ['due', 9, 'Abgabedatum'],
      ['percentComplete', 10, '% erledigt'],
    ]);
    expect(fieldsOf(recordOf(result, '211'))).toMatchObject({
      name: 'Scanner beschaffen',
      department: 'Lager',
      owner: 'Jana Vogel',
      parent: '210',
      start: day('2026-09-01'),
      due: day('2026-10-30'),
      lastUpdated: day('2026-11-02'),
      percentComplete: 1,
    });
  });

  it('reads the default statuses Neu, In Bearbeitung, Gelöst (open), Feedback, Erledigt, Abgewiesen', async () => {
    const result = await read();
    expect(result.initiatives.map((r) => [r.id, r.status, r.statusText])).toEqual([
      ['210', 'unknown', 'In Bearbeitung'],
      ['211', 'unknown', 'Gelöst'],
      ['212', 'not-started', 'Neu'],
      ['213', 'cancelled', 'Abgewiesen'],
      ['214', 'done', 'Erledigt'],
      ['215', 'on-hold', 'Feedback'],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });

  it('reads "Vorgänger von (3 Tagen)", "Folgt", "Blockiert durch" and "Blockiert"; Duplikat von and Beziehung mit are no dependencies', async () => {
    const result = await read();
    // 211 precedes 212 by 3 days (L3), which 212 says as "Folgt (3 Tagen) #211" (L4); 212 is blocked by 214 (L4), which
    // 214 says as "Blockiert #212" (L6); 215 follows 214 by 1 day (L7).
    expect(linksOf(result)).toEqual([
      '211 -> 212 FS+3 Zugehörige Tickets@L3',
      '211 -> 212 FS+3 Zugehörige Tickets@L4',
      '214 -> 212 FS+0 Zugehörige Tickets@L4',
      '214 -> 212 FS+0 Zugehörige Tickets@L6',
      '214 -> 215 FS+1 Zugehörige Tickets@L7',
    ]);
  });
});

/** The text as a German Redmine writes its CSV (general_csv_encoding ISO-8859-1), read as a dropped file is. */
function latin1Source(text: string): Promise<RawSource> {
  return readSourceFile(new Uint8Array(Buffer.from(text, 'latin1')), 'lager.csv');
}
