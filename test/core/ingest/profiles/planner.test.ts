/**
 * Microsoft Planner's "Export plan to Excel" (test/fixtures/exports/planner.csv: the plan's rows
 * above the table, the header on row 5, the documented columns; see SOURCES.md there). Expected
 * values read off the fixture by hand.
 */
import { PLANNER } from '../../../../src/core/ingest/profiles/planner';
import { codesOf, day, exportFixture, fieldsOf, ingestExports, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

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

  it("leaves the plan's details out when they stand as a block of their own (a plan name a matcher could take for a date column)", async () => {
    const csv = [
      'Plan name,Finance close',
      'Plan ID,Zk3PqR8sT2uV4wX6yA0bC1dE5fGh',
      'Export date,16/11/2026',
      '',
      'Task ID,Task Name,Bucket Name,Progress,Priority,Assigned To,Start date,Due date',
      'x1Y2z3,Accruals review,Close,In progress,Important,Rosa Lind,02/11/2026,20/11/2026',
      'x4Y5z6,Board pack,Report,Not started,Medium,Rosa Lind,30/11/2026,04/12/2026',
    ].join('\n');
    const result = ingestExports([await readCsvText(csv, 'close.csv')], '2026-11-16');
    expect(result.tables.map((t) => [t.kind, t.profile, t.range.top, t.rowCount, t.ignoredReason])).toEqual([
      [null, 'Microsoft Planner export', 0, 2, "it is the plan's details that Microsoft Planner writes above its tasks (plan name, plan ID, export date), not tasks"],
      ['initiatives', 'Microsoft Planner export', 4, 2, undefined],
    ]);
    expect(result.initiatives.map((r) => r.name)).toEqual(['Accruals review', 'Board pack']);
    expect(result.rowsWithoutId).toEqual([]);
  });

  it('reads a two-column table headed "Plan name" as its own when no Plan ID row says it is the plan\'s details', () => {
    const table = (labels: string[]) => ({ headers: ['plan name', 'due date'], sheet: 'Sheet1', source: 'x.csv', labels: () => labels });
    expect(PLANNER.recognise(table(['payroll', 'ledger']))).toBe(false);
    expect(PLANNER.recognise(table(['plan id', 'export date']))).toBe(true);
  });
});
