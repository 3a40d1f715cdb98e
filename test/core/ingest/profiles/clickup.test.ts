/**
 * ClickUp's task CSV export (test/fixtures/exports/clickup.csv: the documented standard columns;
 * see SOURCES.md there). Expected values read off the fixture by hand.
 */
import { ingestSources } from '../../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../../src/core/types';
import { sheetSource } from '../../../support/messy-table';
import { codesOf, day, exportFixture, fieldsOf, ingestExports, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

describe('ClickUp export profile', () => {
  it('reads the export as one ClickUp table; the (Unix) twins of the date columns are not read', async () => {
    const result = ingestExports([await readExport(exportFixture('clickup.csv'))]);
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'ClickUp export', 3]]);
    expect(codesOf(result)).not.toContain('ingest.table-ignored');
    expect(result.initiatives).toHaveLength(3);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'Task ID'],
      ['name', 1, 'Task Name'],
      ['status', 3, 'Status'],
      ['lastUpdated', 7, 'Date Updated'],
      ['start', 9, 'Start Date'],
      ['due', 11, 'Due Date'],
      ['actualFinish', 13, 'Date Closed'],
      ['department', 15, 'Space Name'],
      ['owner', 19, 'Assignees'],
    ]);
  });

  it("reads each task's fields; no dependency columns, no links", async () => {
    const result = ingestExports([await readExport(exportFixture('clickup.csv'))]);
    expect(fieldsOf(recordOf(result, '86A1B2C3D'))).toMatchObject({
      name: 'Define requirements',
      department: 'Marketing',
      // Assignees "[Ana Lima]" and "[Ben Ode, Cara Diaz]": the list's names, not its brackets.
      owner: 'Ana Lima',
      status: 'done',
      statusText: 'complete',
      start: day('2024-01-15'),
      due: day('2024-01-19'),
      lastUpdated: day('2024-01-19'),
    });
    expect(fieldsOf(recordOf(result, '86A1B2C3E'))).toMatchObject({
      name: 'Build prototype',
      owner: 'Ben Ode, Cara Diaz',
      statusText: 'in progress',
      start: day('2024-01-22'),
      due: day('2024-02-16'),
      lastUpdated: day('2024-02-05'),
    });
    const draft = fieldsOf(recordOf(result, '86A1B2C3F'));
    expect(draft).toMatchObject({ name: 'Draft copy', status: 'not-started', statusText: 'to do', due: day('2024-01-31'), lastUpdated: day('2024-01-22') });
    expect(draft.start).toBeUndefined();
    expect(result.dependencies).toEqual([]);
  });

  it('reads a custom field that holds dependencies, in ClickUp\'s own "waiting on" words, as the general matcher would', () => {
    const rows: CellValue[][] = [
      ['Task ID', 'Task Name', 'Status', 'Date Updated', 'Due Date', 'Space Name', 'List Name', 'Dependencies'],
      ['86a1b2c3d', 'Vendor shortlist', 'complete', '2026-10-03', '2026-08-15', 'Operations', 'Procurement', null],
      ['86a1b2c3e', 'Contract negotiation', 'in progress', '2026-11-20', '2026-12-18', 'Operations', 'Procurement', 'waiting on 86a1b2c3d'],
      ['86a1b2c3f', 'Data migration plan', 'to do', '2026-09-01', '2027-01-29', 'IT', 'Migration', 'waiting on 86a1b2c3e and 86a1b2c3d'],
    ];
    const result = ingestSources([sheetSource(rows)], makeOptions(0));
    expect(result.tables.map((t) => t.profile)).toEqual(['ClickUp export']);
    expect(mappingOf(result.tables[0]!)).toContainEqual(['dependsOn', 7, 'Dependencies']);
    expect(result.initiatives.map((r) => [r.id, r.dependsOn.map((l) => l.id)])).toEqual([
      ['86A1B2C3D', []],
      ['86A1B2C3E', ['86A1B2C3D']],
      ['86A1B2C3F', ['86A1B2C3E', '86A1B2C3D']],
    ]);
    expect(codesOf(result)).not.toContain('value.unparseable');
  });
});

describe('ClickUp statuses of a space', () => {
  it('reads a "qa review" stage as in progress beside the defaults to do, in progress and complete', async () => {
    const csv = [
      'Task ID,Task Name,Status,Space Name,List Name,Due Date',
      '86B2XK1A1,WMS rollout,in progress,Operations,Rollout,2027-01-29',
      '86B2XK1A2,Scanner order,complete,Operations,Rollout,2026-09-30',
      '86B2XK1A3,Pick paths,qa review,Operations,Rollout,2026-11-27',
      '86B2XK1A4,Staff training,to do,Operations,Rollout,2027-01-15',
    ].join('\n');
    const result = ingestExports([await readCsvText(csv, 'wms.csv')]);
    expect(result.tables[0]!.profile).toBe('ClickUp export');
    expect(result.initiatives.map((r) => [r.id, r.status, r.statusText])).toEqual([
      ['86B2XK1A1', 'unknown', 'in progress'],
      ['86B2XK1A2', 'done', 'complete'],
      ['86B2XK1A3', 'unknown', 'qa review'],
      ['86B2XK1A4', 'not-started', 'to do'],
    ]);
    expect(codesOf(result)).not.toContain('value.unparseable');
  });
});
