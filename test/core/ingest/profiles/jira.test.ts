import { sharedData } from '../../../support/shared-data';
import { day, fieldsOf, ingestExports, linksOf, mappingOf, readCsvText, readExport, recordOf } from '../../../support/read-export';

/**
 * Jira: the real "Export CSV (all fields)" file in ../shared/data/exports (56 columns, repeated
 * Watchers and Comment columns, multi-line descriptions, no issue links), and a "current fields"
 * export with issue links written from Jira's documented CSV headers (EXPORT-FORMATS.md): an
 * Inward issue link (Blocks) of A on row B means B is blocked by A; Relates and Cloners are not
 * dependencies; Work item headers as well as Issue headers.
 */
describe('Jira export (all fields, real)', () => {
  it('reads its 22 issues with the columns Jira documents, dates in its dd/MMM/yy h:mm a form', async () => {
    const result = ingestExports([await readExport(sharedData('exports', 'jira-cloud-allfields-testautogen.csv'))], '2025-09-23');
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Jira export', 22]]);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['name', 0, 'Summary'],
      ['id', 1, 'Issue key'],
      ['status', 4, 'Status'],
      ['department', 6, 'Project name'],
      ['owner', 13, 'Assignee'],
      ['lastUpdated', 20, 'Updated'],
      ['actualFinish', 22, 'Resolved'],
      ['due', 23, 'Due date'],
      ['start', 46, 'Custom field (Start date)'],
    ]);
    expect(result.initiatives).toHaveLength(22);
    // Row 3 of the CSV: TES-24, In Progress, assigned, updated 22/Sep/25 9:09 AM, no dates.
    expect(fieldsOf(recordOf(result, 'TES-24'))).toMatchObject({
      id: 'TES-24',
      name: 'Bug Fixing: problem in production',
      department: 'TestAutoGen',
      owner: 'Saicharan Basireddy',
      status: 'unknown',
      statusText: 'In Progress',
      lastUpdated: day('2025-09-22'),
    });
    expect(recordOf(result, 'TES-25')).toMatchObject({ status: 'not-started', statusText: 'To Do', lastUpdated: day('2025-09-22') });
    expect(recordOf(result, 'TES-24').due).toBeUndefined();
    expect(linksOf(result)).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'value.unparseable')).toEqual([]);
  });
});

describe('Jira export with issue links (current fields)', () => {
  const csv = [
    'Summary,Work item key,Work item id,Work item Type,Status,Status Category,Project name,Assignee,Due date,Updated,Parent,Outward issue link (Blocks),Outward issue link (Blocks),Inward issue link (Blocks),Inward issue link (Relates),Inward issue link (Cloners)',
    'Payments API,PAY-1,10001,Epic,In Progress,In Progress,Payments,Ann Bo,30/Nov/26 12:00 AM,20/Nov/26 4:15 PM,,PAY-2,PAY-3,,,',
    'Checkout form,PAY-2,10002,Story,To Do,To Do,Payments,Kim Lee,15/Dec/26 12:00 AM,18/Nov/26 9:00 AM,PAY-1,,,PAY-1,PAY-3,',
    'Receipts,PAY-3,10003,Story,Done,Done,Payments,,01/Dec/26 12:00 AM,19/Nov/26 10:30 AM,PAY-1,,,PAY-4,,PAY-2',
    'Refunds,PAY-4,10004,Story,Blocked,In Progress,Payments,Sam Oke,,21/Nov/26 11:00 AM,,,,,,',
  ].join('\n');

  it('reads Work item headers, and Blocks links in both directions as one dependency each way they are written', async () => {
    const result = ingestExports([await readCsvText(csv, 'Payments.csv')], '2026-11-23');
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Jira export', 4]]);
    expect(result.initiatives.map((r) => [r.id, r.status, r.due])).toEqual([
      ['PAY-1', 'unknown', day('2026-11-30')],
      ['PAY-2', 'not-started', day('2026-12-15')],
      ['PAY-3', 'done', day('2026-12-01')],
      ['PAY-4', 'red', undefined],
    ]);
    // PAY-1 blocks PAY-2 and PAY-3 (its Outward columns L, M); PAY-2 is blocked by PAY-1 (its Inward column N, the same link
    // written from the other side); PAY-3 is blocked by PAY-4. Relates (O) and Cloners (P) are not dependencies.
    expect(linksOf(result)).toEqual([
      'PAY-1 -> PAY-2 FS+0 Outward issue link (Blocks)@L2',
      'PAY-1 -> PAY-3 FS+0 Outward issue link (Blocks)@M2',
      'PAY-1 -> PAY-2 FS+0 Inward issue link (Blocks)@N3',
      'PAY-4 -> PAY-3 FS+0 Inward issue link (Blocks)@N4',
    ]);
    expect(recordOf(result, 'PAY-2').parent).toBe('PAY-1');
    // The Parent and Blocks columns are read by the profile, the Work item id a Parent may name and the Status Category an
    // unknown status falls back on: only the others are "not used".
    expect(result.tables[0]!.unmapped.map((u) => u.header)).toEqual(['Work item Type', 'Inward issue link (Relates)', 'Inward issue link (Cloners)']);
    expect(result.findings.filter((f) => f.code === 'ingest.unmapped-columns').map((f) => f.cells.map((c) => c.address))).toEqual([['D1', 'O1', 'P1']]);
  });
});

describe('Jira export with Depends links', () => {
  // Jira's Depends type: outward "depends on", inward "is depended on by" (developer.atlassian.com, issue linking model),
  // the opposite way round from Blocks (outward "blocks").
  const csv = [
    'Summary,Work item key,Status,Outward work item link (Depends),Inward work item link (Depends),Outward work item link (Blocks),Outward work item link (Duplicate)',
    'Data centre exit,OPS-1,In Progress,,,OPS-5,',
    'Migrate batch jobs,OPS-2,In Review,OPS-3,OPS-4,,',
    'Landing zone,OPS-3,Done,,OPS-2,,OPS-5',
    'Network peering,OPS-4,To Do,OPS-2,,,',
    'Decommission racks,OPS-5,To Do,,,,',
  ].join('\n');

  it('reads an Outward (Depends) cell as the row depending on the issue it names, and Inward (Depends) as that issue depending on the row', async () => {
    const result = ingestExports([await readCsvText(csv, 'Ops.csv')], '2026-11-23');
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Jira export', 5]]);
    // OPS-1 blocks OPS-5 (F2). OPS-2 depends on OPS-3 (D3) and is depended on by OPS-4 (E3); OPS-3 is depended on by OPS-2 (E4),
    // OPS-4 depends on OPS-2 (D5): the same two links from their other ends. Duplicate (G4) is no dependency.
    expect(linksOf(result)).toEqual([
      'OPS-1 -> OPS-5 FS+0 Outward work item link (Blocks)@F2',
      'OPS-3 -> OPS-2 FS+0 Outward work item link (Depends)@D3',
      'OPS-2 -> OPS-4 FS+0 Inward work item link (Depends)@E3',
      'OPS-3 -> OPS-2 FS+0 Inward work item link (Depends)@E4',
      'OPS-2 -> OPS-4 FS+0 Outward work item link (Depends)@D5',
    ]);
  });
});

describe('Jira parents named by their numeric Issue id', () => {
  // Since Epic Link's end (2024) Parent holds the parent's Issue id (EXPORT-FORMATS.md); a Parent id column always does.
  it('resolves a Parent of 10001 to the issue whose Issue id is 10001, a key as before, and an id of no row as written', async () => {
    const csv = [
      'Summary,Issue key,Issue id,Status,Parent',
      'Payments platform,PAY-1,10001,In Progress,',
      'Card vault,PAY-2,10002,To Do,10001',
      'Key ceremony,PAY-6,10006,To Do,10002',
      'Settlement file,PAY-5,10005,To Do,PAY-1',
      'Receipts,PAY-7,10007,To Do,20900',
    ].join('\n');
    const result = ingestExports([await readCsvText(csv, 'Payments.csv')], '2026-11-23');
    expect(result.initiatives.map((r) => [r.id, r.parent ?? null])).toEqual([
      ['PAY-1', null],
      ['PAY-2', 'PAY-1'],
      ['PAY-6', 'PAY-2'],
      ['PAY-5', 'PAY-1'],
      ['PAY-7', '20900'],
    ]);
  });

  it('reads a Parent id column (Data Center) the same way', async () => {
    const csv = ['Issue Type,Issue key,Issue id,Parent id,Summary,Status', 'Story,HR-10,20010,,Payroll cut-over,In Progress', 'Sub-task,HR-11,20011,20010,Parallel run,Done'].join('\n');
    const result = ingestExports([await readCsvText(csv, 'Hr.csv')], '2026-11-23');
    expect(result.initiatives.map((r) => [r.id, r.parent ?? null])).toEqual([
      ['HR-10', null],
      ['HR-11', 'HR-10'],
    ]);
    expect(result.tables[0]!.unmapped.map((u) => u.header)).toEqual(['Issue Type']);
  });
});

describe("Jira's Status Category and Jira Plans' target dates", () => {
  // Status is the workflow's own state; Status Category the one of To Do / In Progress / Done Jira files it under.
  const csv = [
    'Summary,Issue key,Status,Status Category,Due date,Custom field (Target start),Custom field (Target end)',
    'Key ceremony,PAY-6,Awaiting approval,In Progress,20/Nov/26 12:00 AM,,',
    'Reconciliation,PAY-8,Ready for Release,Done,,01/Oct/26,05/Feb/27',
    'Tokenise vault,PAY-2,To Do,To Do,27/Nov/26 12:00 AM,15/Sep/26,30/Nov/26',
    'Vault spike,PAY-9,Parked upstairs,,,,',
  ].join('\n');

  it('reads a status Jira does not know by its category; one with no category stays unread and is said so', async () => {
    const result = ingestExports([await readCsvText(csv, 'Payments.csv')], '2026-11-23');
    expect(result.initiatives.map((r) => [r.id, r.status ?? null, r.statusText])).toEqual([
      ['PAY-6', 'unknown', 'Awaiting approval'],
      ['PAY-8', 'done', 'Ready for Release'],
      ['PAY-2', 'not-started', 'To Do'],
      ['PAY-9', null, 'Parked upstairs'],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('value.')).map((f) => [f.code, f.cells.map((c) => c.address)])).toEqual([['value.unparseable', ['C5']]]);
  });

  it('reads the target start and end where the row has no start or due of its own; a Due date written wins', async () => {
    const result = ingestExports([await readCsvText(csv, 'Payments.csv')], '2026-11-23');
    // Start: the only start column is Target start (F). Due: Due date (E), else Target end (G).
    expect(mappingOf(result.tables[0]!).filter(([f]) => f === 'start' || f === 'due')).toEqual([
      ['due', 4, 'Due date'],
      ['start', 5, 'Custom field (Target start)'],
    ]);
    expect(result.initiatives.map((r) => [r.id, r.start, r.due])).toEqual([
      ['PAY-6', undefined, day('2026-11-20')],
      ['PAY-8', day('2026-10-01'), day('2027-02-05')],
      ['PAY-2', day('2026-09-15'), day('2026-11-27')],
      ['PAY-9', undefined, undefined],
    ]);
    expect(result.tables[0]!.unmapped).toEqual([]);
  });
});
