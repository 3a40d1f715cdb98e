/**
 * Two tables side by side on one sheet one blank column apart (src/core/ingest/side-by-side.ts):
 * each part is judged as a table of its own, the blank column alone decides nothing. Every
 * expectation below is read off the hand-written rows: the column letters, the row extents, the
 * values of each cell.
 */
import { detectTables, ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue, type DetectedTable, type IngestResult } from '../../../src/core/types';
import { a1Range } from '../../../src/core/util/a1';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const d = (iso: string): number => dayFromIso(iso)!;
const options = makeOptions(d('2026-11-16'));
const ingest = (rows: CellValue[][]): IngestResult => ingestSources([sheetSource([{ name: 'Portfolio', rows }], { name: 'Portfolio.xlsx' })], options);
/** Each table as kind and range. */
const tablesOf = (r: { tables: readonly DetectedTable[] }): Array<[string | null, string]> =>
  r.tables.map((t) => [t.kind, a1Range(t.range.top, t.range.left, t.range.bottom, t.range.right)]);
/** A table's mapping as field -> column letter and header. */
const columns = (t: DetectedTable): Record<string, string> =>
  Object.fromEntries(t.mapping.map((m) => [m.field, `${String.fromCharCode(65 + t.range.left + m.column)} ${m.header}`]));

const INITIATIVES: CellValue[][] = [
  ['ID', 'Initiative', 'Owner', 'Status', 'Due', 'KPI'],
  ['FIN-1', 'Ledger upgrade', 'A. Shah', 'Green', '2026-09-30', 'K1'],
  ['FIN-2', 'New CRM', 'B. Jones', 'Amber', '2026-12-31', 'K2'],
  ['FIN-3', 'Payroll', 'C. Okafor', 'Red', '2027-03-31', 'K1'],
  ['FIN-4', 'Data lake', 'D. Silva', 'Green', '2027-06-30', 'K3'],
];
const KPIS: CellValue[][] = [
  ['KPI ID', 'KPI name', 'Target', 'Actual'],
  ['K1', 'Month-end close days', 5, 7],
  ['K2', 'Customer NPS', 45, 38],
  ['K3', 'Cost to serve', 12, 14],
  ['K4', 'Invoices paid on time', 95, 91],
];
/** `left` and `right` row by row, `blank` blank columns between (right padded when it is shorter). */
const beside = (left: CellValue[][], right: CellValue[][], blank = 1): CellValue[][] =>
  Array.from({ length: Math.max(left.length, right.length) }, (_, r) => [
    ...(left[r] ?? new Array<null>(left[0]!.length).fill(null)),
    ...new Array<null>(blank).fill(null),
    ...(right[r] ?? new Array<null>(right[0]!.length).fill(null)),
  ]);

describe('an initiatives table and a KPI table one blank column apart', () => {
  it('are read as two tables, of their own kinds, with the same row count (A1:F5 and H1:K5)', () => {
    const r = ingest(beside(INITIATIVES, KPIS));
    expect(tablesOf(r)).toEqual([
      ['initiatives', 'A1:F5'],
      ['kpis', 'H1:K5'],
    ]);
    expect(columns(r.tables[0]!)).toEqual({ id: 'A ID', name: 'B Initiative', owner: 'C Owner', status: 'D Status', due: 'E Due', kpi: 'F KPI' });
    expect(columns(r.tables[1]!)).toEqual({ kpi: 'H KPI ID', name: 'I KPI name', target: 'J Target', actual: 'K Actual' });
    expect(r.initiatives.map((i) => [i.id, i.name, i.status, i.kpis])).toEqual([
      ['FIN-1', 'Ledger upgrade', 'green', ['K1']],
      ['FIN-2', 'New CRM', 'amber', ['K2']],
      ['FIN-3', 'Payroll', 'red', ['K1']],
      ['FIN-4', 'Data lake', 'green', ['K3']],
    ]);
    // The KPI "Actual" column is a KPI's actual, not an initiative's forecast cost (as it was read in one block).
    expect(r.initiatives.map((i) => i.forecastCost)).toEqual([undefined, undefined, undefined, undefined]);
    expect(r.kpis.map((k) => [k.kpi, k.name, k.target, k.actual, k.cells.actual?.address])).toEqual([
      ['K1', 'Month-end close days', 5, 7, 'K2'],
      ['K2', 'Customer NPS', 45, 38, 'K3'],
      ['K3', 'Cost to serve', 12, 14, 'K4'],
      ['K4', 'Invoices paid on time', 95, 91, 'K5'],
    ]);
    // The only notice: the plan has no update-date or dependency column (nothing of the KPI table is unmapped or ignored).
    expect(r.findings.filter((f) => f.code.startsWith('ingest.')).map((f) => f.code)).toEqual(['ingest.fields-missing']);
  });

  it('are read as two tables when the KPI table is shorter (H1:K3 beside A1:F5)', () => {
    const r = ingest(beside(INITIATIVES, KPIS.slice(0, 3)));
    expect(tablesOf(r)).toEqual([
      ['initiatives', 'A1:F5'],
      ['kpis', 'H1:K3'],
    ]);
    expect(r.tables.map((t) => t.rowCount)).toEqual([4, 2]);
    expect(r.kpis.map((k) => [k.kpi, k.actual])).toEqual([
      ['K1', 7],
      ['K2', 38],
    ]);
    expect(r.initiatives.every((i) => i.forecastCost === undefined)).toBe(true);
  });

  it('are read as two tables when the initiatives table is the shorter one', () => {
    const r = ingest(beside(INITIATIVES.slice(0, 3), KPIS));
    expect(tablesOf(r)).toEqual([
      ['initiatives', 'A1:F3'],
      ['kpis', 'H1:K5'],
    ]);
    expect(r.initiatives.map((i) => i.id)).toEqual(['FIN-1', 'FIN-2']);
    expect(r.kpis.map((k) => k.kpi)).toEqual(['K1', 'K2', 'K3', 'K4']);
  });

  it('are told apart by detectTables (what the taskpane shows) as by ingest', () => {
    const source = sheetSource([{ name: 'Portfolio', rows: beside(INITIATIVES, KPIS) }], { name: 'Portfolio.xlsx' });
    expect(tablesOf({ tables: detectTables(source, options) })).toEqual([
      ['initiatives', 'A1:F5'],
      ['kpis', 'H1:K5'],
    ]);
  });
});

describe('an initiatives table with a legend beside it', () => {
  const LEGEND: CellValue[][] = [
    ['Status', 'Meaning'],
    ['Green', 'On track'],
    ['Amber', 'At risk, recoverable'],
    ['Red', 'Off track, needs help'],
  ];
  const PLAN: CellValue[][] = [
    ['ID', 'Initiative', 'Owner', 'Status', 'Due', 'Budget'],
    ['FIN-1', 'Ledger upgrade', 'A. Shah', 'Green', '2026-09-30', 1000],
    ['FIN-2', 'New CRM', 'B. Jones', 'Amber', '2026-12-31', 2000],
    ['FIN-3', 'Payroll', 'C. Okafor', 'Red', '2027-03-31', 3000],
    ['FIN-4', 'Data lake', 'D. Silva', 'Green', '2027-06-30', 4000],
    ['FIN-5', 'Portal', 'E. Novak', 'Amber', '2027-09-30', 5000],
  ];

  it('reads the plan alone and names the legend (H1:I4) as a table of its own, not initiatives', () => {
    const r = ingest(beside(PLAN, LEGEND));
    expect(tablesOf(r)).toEqual([
      ['initiatives', 'A1:F6'],
      [null, 'H1:I4'],
    ]);
    expect(columns(r.tables[0]!)).toEqual({ id: 'A ID', name: 'B Initiative', owner: 'C Owner', status: 'D Status', due: 'E Due', budget: 'F Budget' });
    expect(r.tables[1]!.ignoredReason).toBe('it stands beside the table at A1:F6 as a table of its own, a legend or lookup ("Status", "Meaning"), not initiatives');
    expect(r.initiatives.map((i) => [i.id, i.status, i.budget])).toEqual([
      ['FIN-1', 'green', 1000],
      ['FIN-2', 'amber', 2000],
      ['FIN-3', 'red', 3000],
      ['FIN-4', 'green', 4000],
      ['FIN-5', 'amber', 5000],
    ]);
    const ignored = r.findings.filter((f) => f.code === 'ingest.table-ignored');
    expect(ignored.map((f) => [f.cells[0]!.address, f.message])).toEqual([
      [
        'H1',
        'Portfolio.xlsx, sheet "Portfolio": the cells at H1:I4 hold no initiatives, dependencies or KPIs and were not read: it stands beside the table at A1:F6 as a table of its own, a legend or lookup ("Status", "Meaning"), not initiatives.',
      ],
    ]);
    // Nothing of the legend is left over as an unmapped column of the plan.
    expect(r.findings.filter((f) => f.code === 'ingest.unmapped-columns')).toEqual([]);
  });

  it('reads the plan alone when the legend is only one row shorter (H1:I4 beside A1:F5)', () => {
    const r = ingest(beside(PLAN.slice(0, 5), LEGEND));
    expect(tablesOf(r)).toEqual([
      ['initiatives', 'A1:F5'],
      [null, 'H1:I4'],
    ]);
    expect(r.initiatives.map((i) => i.id)).toEqual(['FIN-1', 'FIN-2', 'FIN-3', 'FIN-4']);
  });

  it('reads a lookup of owners beside the plan the same way (its Owner repeats the plan\'s)', () => {
    const owners: CellValue[][] = [
      ['Owner', 'Email'],
      ['A. Shah', 'a.shah@example.com'],
      ['B. Jones', 'b.jones@example.com'],
    ];
    const r = ingest(beside(PLAN, owners));
    expect(tablesOf(r)).toEqual([
      ['initiatives', 'A1:F6'],
      [null, 'H1:I3'],
    ]);
    expect(r.initiatives.map((i) => i.owner)).toEqual(['A. Shah', 'B. Jones', 'C. Okafor', 'D. Silva', 'E. Novak']);
  });
});

describe('two initiatives lists side by side, each with its own ID, Name and Status', () => {
  it('are two tables, rows read from each', () => {
    const left: CellValue[][] = [
      ['ID', 'Name', 'Status'],
      ['FIN-1', 'Ledger upgrade', 'Green'],
      ['FIN-2', 'New CRM', 'Amber'],
    ];
    const right: CellValue[][] = [
      ['ID', 'Name', 'Status'],
      ['OPS-1', 'Warehouse move', 'Red'],
      ['OPS-2', 'Fleet renewal', 'Green'],
    ];
    const r = ingest(beside(left, right));
    expect(tablesOf(r)).toEqual([
      ['initiatives', 'A1:C3'],
      ['initiatives', 'E1:G3'],
    ]);
    expect(r.initiatives.map((i) => [i.id, i.name, i.status, i.ref.table, i.ref.row])).toEqual([
      ['FIN-1', 'Ledger upgrade', 'green', 'Portfolio.xlsx|Portfolio|[id,name,status]', 2],
      ['FIN-2', 'New CRM', 'amber', 'Portfolio.xlsx|Portfolio|[id,name,status]', 3],
      ['OPS-1', 'Warehouse move', 'red', 'Portfolio.xlsx|Portfolio|[id,name,status]#2', 2],
      ['OPS-2', 'Fleet renewal', 'green', 'Portfolio.xlsx|Portfolio|[id,name,status]#2', 3],
    ]);
  });
});

describe('one table with an empty spacer column', () => {
  it('stays one table with every field mapped (the spacer D is blank from the header down)', () => {
    const r = ingest([
      ['ID', 'Initiative', 'Owner', null, 'Status', 'Due', 'Budget'],
      ['FIN-1', 'Ledger upgrade', 'A. Shah', null, 'Green', '2026-09-30', 1000],
      ['FIN-2', 'New CRM', 'B. Jones', null, 'Amber', '2026-12-31', 2000],
      ['FIN-3', 'Payroll', 'C. Okafor', null, 'Red', '2027-03-31', 3000],
    ]);
    expect(tablesOf(r)).toEqual([['initiatives', 'A1:G4']]);
    expect(columns(r.tables[0]!)).toEqual({ id: 'A ID', name: 'B Initiative', owner: 'C Owner', status: 'E Status', due: 'F Due', budget: 'G Budget' });
    expect(r.initiatives.map((i) => [i.id, i.owner, i.status, i.due, i.budget])).toEqual([
      ['FIN-1', 'A. Shah', 'green', d('2026-09-30'), 1000],
      ['FIN-2', 'B. Jones', 'amber', d('2026-12-31'), 2000],
      ['FIN-3', 'C. Okafor', 'red', d('2027-03-31'), 3000],
    ]);
  });

  it('stays one table when the right part alone would read as initiatives too (Name beside the spacer, no field named twice)', () => {
    const r = ingest([
      ['ID', 'Owner', 'Status', null, 'Name', 'Due'],
      ['FIN-1', 'A. Shah', 'Green', null, 'Ledger upgrade', '2026-09-30'],
      ['FIN-2', 'B. Jones', 'Amber', null, 'New CRM', '2026-12-31'],
    ]);
    expect(tablesOf(r)).toEqual([['initiatives', 'A1:F3']]);
    expect(columns(r.tables[0]!)).toEqual({ id: 'A ID', owner: 'B Owner', status: 'C Status', name: 'E Name', due: 'F Due' });
  });

  it('stays one table when a column right of the spacer repeats a field but the rows run together (last week\'s status)', () => {
    const r = ingest([
      ['ID', 'Initiative', 'Status', 'Due', null, 'Previous Status', 'Comments'],
      ['FIN-1', 'Ledger upgrade', 'Green', '2026-09-30', null, 'Amber', 'recovered'],
      ['FIN-2', 'New CRM', 'Amber', '2026-12-31', null, 'Amber', null],
      ['FIN-3', 'Payroll', 'Red', '2027-03-31', null, 'Green', 'supplier late'],
    ]);
    expect(tablesOf(r)).toEqual([['initiatives', 'A1:G4']]);
    expect(columns(r.tables[0]!)).toMatchObject({ id: 'A ID', name: 'B Initiative', status: 'C Status', due: 'D Due' });
  });

  it('stays one table when the shorter part past the spacer names a field the rest lacks (its Owner is this table\'s)', () => {
    const r = ingest([
      ['ID', 'Initiative', 'Status', null, 'RAG', 'Owner'],
      ['FIN-1', 'Ledger upgrade', 'Green', null, 'Green', 'A. Shah'],
      ['FIN-2', 'New CRM', 'Amber', null, 'Amber', 'B. Jones'],
      ['FIN-3', 'Payroll', 'Red', null, null, null],
    ]);
    expect(tablesOf(r)).toEqual([['initiatives', 'A1:F4']]);
    expect(columns(r.tables[0]!)).toMatchObject({ id: 'A ID', name: 'B Initiative', owner: 'F Owner' });
    expect(r.initiatives.map((i) => i.owner)).toEqual(['A. Shah', 'B. Jones', undefined]);
  });

  it('stays one table when a ragged column past the spacer has gaps (a sparse column, not a shorter table)', () => {
    const r = ingest([
      ['ID', 'Initiative', 'Status', null, 'Status note', 'Owner'],
      ['FIN-1', 'Ledger upgrade', 'Green', null, 'fine', 'A. Shah'],
      ['FIN-2', 'New CRM', 'Amber', null, null, null],
      ['FIN-3', 'Payroll', 'Red', null, 'late', 'C. Okafor'],
      ['FIN-4', 'Data lake', 'Green', null, null, null],
      ['FIN-5', 'Portal', 'Green', null, null, null],
    ]);
    expect(tablesOf(r)).toEqual([['initiatives', 'A1:F6']]);
    expect(r.initiatives.map((i) => i.owner)).toEqual(['A. Shah', undefined, 'C. Okafor', undefined, undefined]);
  });
});

describe('a wide export with a blank column', () => {
  /** A tool-like export (no source profile knows it): repeated Labels, sparse custom fields right of a blank column. */
  const header = ['Ticket', 'Deliverable', 'Tech Lead', 'Delivery Status', 'Planned Start', 'Planned End', null, 'Labels', 'Labels', 'Reviewed', 'Needs'];
  const rows: CellValue[][] = [
    header,
    ['DEL-1', 'Payments API', 'Ada Lovelace', 'On track', '2026-01-05', '2026-03-27', null, 'api', 'q1', '2026-11-02', null],
    ['DEL-2', 'Checkout redesign', 'Alan Turing', 'At risk', '2026-02-02', '2026-05-29', null, 'ux', null, '2026-11-09', 'DEL-1'],
    ['DEL-3', 'Fraud scoring', 'Grace Hopper', 'Off track', '2026-03-02', '2026-06-26', null, null, null, '2026-10-26', 'DEL-1'],
    ['DEL-4', 'Ledger sync', 'Edsger Dijkstra', 'On track', '2026-04-06', '2026-07-31', null, 'data', null, null, null],
  ];

  it('stays one table: the columns past the blank one are that table\'s', () => {
    const r = ingest(rows);
    expect(tablesOf(r)).toEqual([['initiatives', 'A1:K5']]);
    expect(columns(r.tables[0]!)).toMatchObject({
      id: 'A Ticket',
      name: 'B Deliverable',
      owner: 'C Tech Lead',
      status: 'D Delivery Status',
      start: 'E Planned Start',
      due: 'F Planned End',
      lastUpdated: 'J Reviewed',
      dependsOn: 'K Needs',
    });
    expect(r.initiatives.map((i) => [i.id, i.lastUpdated, i.dependsOn.map((l) => l.id)])).toEqual([
      ['DEL-1', d('2026-11-02'), []],
      ['DEL-2', d('2026-11-09'), ['DEL-1']],
      ['DEL-3', d('2026-10-26'), ['DEL-1']],
      ['DEL-4', undefined, []],
    ]);
  });

  it('stays one table when a source profile knows the export (Jira: Summary, Issue key, Status)', () => {
    const r = ingest([
      ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Assignee', 'Due date', null, 'Sprint', 'Sprint', 'Parent summary', 'Custom field (Start date)'],
      ['Build login', 'WEB-1', 10001, 'Story', 'In Progress', 'Ada Lovelace', '2026-12-01', null, 'S1', null, 'Accounts', '2026-11-01'],
      ['Reset password', 'WEB-2', 10002, 'Story', 'To Do', 'Alan Turing', '2026-12-15', null, 'S1', 'S2', 'Accounts', '2026-11-10'],
      ['Audit trail', 'WEB-3', 10003, 'Task', 'Done', 'Grace Hopper', '2026-11-20', null, null, null, null, null],
      ['Rate limits', 'WEB-4', 10004, 'Task', 'To Do', 'Grace Hopper', '2027-01-10', null, null, null, null, null],
    ]);
    expect(tablesOf(r)).toEqual([['initiatives', 'A1:L5']]);
    expect(r.tables[0]!.profile).toBe('Jira export');
    expect(r.initiatives.map((i) => i.id)).toEqual(['WEB-1', 'WEB-2', 'WEB-3', 'WEB-4']);
  });
});
