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

describe('Jira exports in German and French', () => {
  // The CSV is written in the user's language: Jira's de_DE and fr_FR field names and default statuses.
  it('reads a German export: Vorgangsschlüssel, Zusammenfassung, Übergeordnet by Vorgangs-ID, Statuskategorie for a status of its own', async () => {
    const csv = [
      'Zusammenfassung,Vorgangsschlüssel,Vorgangs-ID,Vorgangstyp,Status,Projektname,Zugewiesene Person,Aktualisiert,Erledigt,Fälligkeitsdatum,Benutzerdefiniertes Feld (Start date),Statuskategorie,Übergeordnet',
      'Lager ablösen,LAG-1,20001,Epic,In Arbeit,Logistik,Jana Keller,12.11.2026 17:45,,29.01.2027,01.09.2026,In Arbeit,',
      'Schnittstelle SAP,LAG-2,20002,Story,Fertig,Logistik,Tim Vogel,23.10.2026 11:02,23.10.2026 11:02,30.10.2026,07.09.2026,Fertig,20001',
      'Datenübernahme,LAG-3,20003,Story,Zu erledigen,Logistik,Tim Vogel,04.11.2026 10:20,,04.12.2026,23.11.2026,Zu erledigen,20001',
      'Schulung,LAG-4,20004,Aufgabe,Wartet auf Freigabe,Logistik,,02.11.2026 08:00,,15.01.2027,04.01.2027,Zu erledigen,LAG-1',
    ].join('\n');
    const result = ingestExports([await readCsvText(csv, 'Lager.csv')], '2026-11-16');
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Jira export', 4]]);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['name', 0, 'Zusammenfassung'],
      ['id', 1, 'Vorgangsschlüssel'],
      ['status', 4, 'Status'],
      ['department', 5, 'Projektname'],
      ['owner', 6, 'Zugewiesene Person'],
      ['lastUpdated', 7, 'Aktualisiert'],
      ['actualFinish', 8, 'Erledigt'],
      ['due', 9, 'Fälligkeitsdatum'],
      ['start', 10, 'Benutzerdefiniertes Feld (Start date)'],
    ]);
    // In Arbeit is in progress, Fertig done, Zu erledigen (To Do) not started; Wartet auf Freigabe, a status of the team's
    // own, is read by its category Zu erledigen. Übergeordnet 20001 is the issue whose Vorgangs-ID is 20001, LAG-1.
    expect(result.initiatives.map((r) => [r.id, r.status, r.statusText, r.parent ?? null, r.start, r.due, r.lastUpdated])).toEqual([
      ['LAG-1', 'unknown', 'In Arbeit', null, day('2026-09-01'), day('2027-01-29'), day('2026-11-12')],
      ['LAG-2', 'done', 'Fertig', 'LAG-1', day('2026-09-07'), day('2026-10-30'), day('2026-10-23')],
      ['LAG-3', 'not-started', 'Zu erledigen', 'LAG-1', day('2026-11-23'), day('2026-12-04'), day('2026-11-04')],
      ['LAG-4', 'not-started', 'Wartet auf Freigabe', 'LAG-1', day('2027-01-04'), day('2027-01-15'), day('2026-11-02')],
    ]);
    expect(result.tables[0]!.unmapped.map((u) => u.header)).toEqual(['Vorgangstyp']);
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });

  it('reads a French export: Clé de ticket, Parent by ID de ticket, Fermé as closed, Lien de ticket entrant / sortant (Blocks)', async () => {
    const csv = [
      'Résumé,Clé de ticket,ID de ticket,Type de ticket,État,Responsable,Mise à jour,Date d\'échéance,Parent,Lien de ticket entrant (Blocks),Lien de ticket sortant (Blocks),Lien de ticket sortant (Duplicate)',
      'Migration clients,CRM-1,10001,Epic,En cours,Claire Martin,12/11/2026,18/12/2026,,,,',
      'Extraction,CRM-2,10002,Story,Terminé,Luc Bernard,30/10/2026,30/10/2026,10001,,CRM-3,',
      'Nettoyage,CRM-3,10003,Story,À faire,Luc Bernard,05/11/2026,04/12/2026,10001,CRM-2,,CRM-5',
      'Doublon,CRM-5,10005,Story,Fermé,,04/09/2026,,,,,',
    ].join('\n');
    const result = ingestExports([await readCsvText(csv, 'Crm.csv')], '2026-11-16');
    expect(result.tables.map((t) => [t.kind, t.profile, t.rowCount])).toEqual([['initiatives', 'Jira export', 4]]);
    expect(result.initiatives.map((r) => [r.id, r.status, r.owner ?? null, r.parent ?? null, r.due])).toEqual([
      ['CRM-1', 'unknown', 'Claire Martin', null, day('2026-12-18')],
      ['CRM-2', 'done', 'Luc Bernard', 'CRM-1', day('2026-10-30')],
      ['CRM-3', 'not-started', 'Luc Bernard', 'CRM-1', day('2026-12-04')],
      ['CRM-5', 'done', null, null, undefined],
    ]);
    // CRM-2 blocks CRM-3 (sortant, outward, on CRM-2's row) and CRM-3 is blocked by CRM-2 (entrant, inward, on CRM-3's row):
    // the same link written from both sides. Duplicate is no dependency.
    expect(linksOf(result)).toEqual(['CRM-2 -> CRM-3 FS+0 Lien de ticket sortant (Blocks)@K3', 'CRM-2 -> CRM-3 FS+0 Lien de ticket entrant (Blocks)@J4']);
    expect(result.tables[0]!.unmapped.map((u) => u.header)).toEqual(['Type de ticket', 'Lien de ticket sortant (Duplicate)']);
  });
});

describe("Jira's older Epic Link", () => {
  it('is the parent where Parent is blank; a Parent written wins', async () => {
    const csv = [
      'Summary,Issue key,Issue id,Issue Type,Status,Custom field (Epic Link),Parent',
      'Payments revamp,PAY-1,30001,Epic,In Progress,,',
      'Card tokenisation,PAY-2,30002,Story,Done,PAY-1,',
      'Refund API,PAY-4,30004,Story,To Do,,30001',
      'Chargeback dashboard,PAY-5,30005,Story,To Do,PAY-9,PAY-2',
    ].join('\n');
    const result = ingestExports([await readCsvText(csv, 'Pay.csv')], '2026-11-16');
    expect(result.initiatives.map((r) => [r.id, r.parent ?? null])).toEqual([
      ['PAY-1', null],
      ['PAY-2', 'PAY-1'],
      ['PAY-4', 'PAY-1'],
      ['PAY-5', 'PAY-2'],
    ]);
    expect(result.tables[0]!.unmapped.map((u) => u.header)).toEqual(['Issue Type']);
  });
});
