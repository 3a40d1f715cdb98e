/**
 * Airtable has no source profile: a grid view downloaded as CSV has no column of its own to be
 * recognised by (every field but the primary one is the base's own), and the general matcher
 * already reads it exactly: the primary field (first column) as the name and the key, a
 * self-linking predecessor field's primary-field values as dependencies by name, a self-linking
 * parent field as the hierarchy. This proves it on test/fixtures/exports/airtable/Tasks-Grid view.csv
 * (see SOURCES.md there). Expected values read off the fixture by hand.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findTables } from '../../../../src/core/ingest/find-tables';
import { PROFILES, profileTable } from '../../../../src/core/ingest/profiles';
import type { IngestResult } from '../../../../src/core/types';
import { runMain } from '../../../cli/run-main';
import { codesOf, day, exportFixture, fieldsOf, ingestExports, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

const FILE = exportFixture(path.join('airtable', 'Tasks-Grid view.csv'));
const AS_OF = '2026-03-23';

/** Every depends-on link of the records as "predecessor -> successor TYPE+lag @cell", in sheet order. */
function dependenciesOf(result: IngestResult): string[] {
  return result.initiatives.flatMap((r) => r.dependsOn.map((l) => `${l.id} -> ${r.id} ${l.type}+${l.lagDays} @${l.cell?.address ?? '?'}`));
}

describe('Airtable grid view CSV (general matcher, no profile)', () => {
  it('is recognised by no profile and read as one table of seven records keyed by the primary field', async () => {
    const source = await readExport(FILE);
    const shape = profileTable(findTables(source.sheets[0]!)[0]!, source.name);
    expect(PROFILES.filter((p) => p.recognise(shape)).map((p) => p.id)).toEqual([]);
    const result = ingestExports([source], AS_OF);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', undefined, 7]]);
    expect(result.initiatives).toHaveLength(7);
    expect(result.initiatives.map((r) => r.id)).toEqual(['Website relaunch', 'Vendor shortlist', 'Contract signed', 'Content audit', 'Data migration', 'Launch', 'Brand refresh']);
    // No record id is exported: the primary field keys the rows, said once.
    expect(codesOf(result)).toContain('ingest.no-id-column');
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['name', 0, 'Name'],
      ['status', 1, 'Status'],
      ['owner', 2, 'Assignee'],
      // Project links each task to a record of another table: "Website relaunch" or "Brand 2026", the tasks' group.
      ['pillar', 3, 'Project'],
      ['start', 5, 'Start date'],
      ['due', 6, 'End date'],
      ['duration', 7, 'Duration'],
      ['dependsOn', 8, 'Predecessors'],
      ['lastUpdated', 11, 'Last modified'],
    ]);
    // Parent task (E) is read as the hierarchy. Duration is the working days Start to End (75 from Mon 5 Jan to Fri 17 Apr).
    expect(result.tables[0]!.unmapped.map((u) => u.header)).toEqual(['Priority', 'Notes']);
  });

  it('takes no department from the download\'s name: "Tasks" and "Grid view" name the table and its view', async () => {
    const result = ingestExports([await readExport(FILE)], AS_OF);
    expect(result.initiatives.map((r) => r.department)).toEqual(Array(7).fill(undefined));
  });

  it("reads each record's fields: single-select status, collaborator name, dates and the last-modified time", async () => {
    const result = ingestExports([await readExport(FILE)], AS_OF);
    expect(fieldsOf(recordOf(result, 'Vendor shortlist'))).toMatchObject({
      name: 'Vendor shortlist',
      owner: 'Ana Lima',
      status: 'done',
      statusText: 'Done',
      start: day('2026-01-05'),
      due: day('2026-01-23'),
      lastUpdated: day('2026-01-23'),
    });
    expect(fieldsOf(recordOf(result, 'Content audit'))).toMatchObject({
      owner: 'Cara Diaz',
      status: 'unknown',
      statusText: 'In progress',
      start: day('2026-01-26'),
      due: day('2026-03-13'),
      lastUpdated: day('2026-03-16'),
    });
    const launch = fieldsOf(recordOf(result, 'Launch'));
    expect(launch).toMatchObject({ status: 'not-started', statusText: 'Todo', start: day('2026-03-30'), due: day('2026-04-17'), lastUpdated: day('2026-01-14') });
    expect(launch.owner).toBeUndefined();
  });

  it('reads Predecessors (primary-field values, comma-separated) as finish-to-start links into the row, and Parent task as the parent', async () => {
    const result = ingestExports([await readExport(FILE)], AS_OF);
    // Predecessors on B names A: B depends on A (A -> B).
    expect(dependenciesOf(result)).toEqual([
      'Vendor shortlist -> Contract signed FS+0 @I4',
      'Vendor shortlist -> Content audit FS+0 @I5',
      'Contract signed -> Data migration FS+0 @I6',
      'Content audit -> Launch FS+0 @I7',
      'Data migration -> Launch FS+0 @I7',
      'Launch -> Brand refresh FS+0 @I8',
    ]);
    expect(codesOf(result)).not.toContain('dependency.unknown');
    expect(result.initiatives.filter((r) => r.parent !== undefined).map((r) => `${r.id} < ${r.parent}`)).toEqual([
      'Vendor shortlist < Website relaunch',
      'Contract signed < Website relaunch',
      'Content audit < Website relaunch',
      'Data migration < Website relaunch',
      'Launch < Website relaunch',
    ]);
  });

  it('a primary-field value two records share is not linked and is reported', async () => {
    const csv = ['Name,Status,Predecessors', 'Review,Todo,', 'Review,Todo,', 'Publish,Todo,Review'].join('\n');
    const result = ingestExports([await readCsvText(csv, 'Reviews-Grid view.csv')], AS_OF);
    expect(result.initiatives.map((r) => r.id)).toEqual(['Review (row 2)', 'Review (row 3)', 'Publish']);
    expect(recordOf(result, 'Publish').dependsOn.map((l) => [l.name, l.ambiguous])).toEqual([['Review', true]]);
    expect(result.findings.filter((f) => f.code === 'dependency.ambiguous').map((f) => f.initiativeId)).toEqual(['Publish']);
  });

  it('check --json names no profile and gives the links and parents', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'throughline-airtable-'));
    try {
      fs.copyFileSync(FILE, path.join(dir, 'Tasks-Grid view.csv'));
      const run = await runMain(['check', 'Tasks-Grid view.csv', '--as-of', AS_OF, '--json'], dir);
      type Row = { id: string; parent: string | null; dependsOn: Array<{ id: string; type: string; lagDays: number }> };
      const json = JSON.parse(run.stdout) as { sources: Array<{ tables: Array<{ profile: string | null; rowCount: number; initiatives: Row[] }> }> };
      const table = json.sources[0]!.tables[0]!;
      expect([table.profile, table.rowCount]).toEqual([null, 7]);
      const launch = table.initiatives.find((i) => i.id === 'Launch')!;
      expect([launch.parent, launch.dependsOn]).toEqual([
        'Website relaunch',
        [
          { id: 'Content audit', type: 'FS', lagDays: 0 },
          { id: 'Data migration', type: 'FS', lagDays: 0 },
        ],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
