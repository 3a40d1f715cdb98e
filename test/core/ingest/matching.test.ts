import { detectTables, ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

/**
 * Column matching that generalises: trackers written in words the vocabulary lists only as
 * head nouns or not at all, tables that are not initiatives told by their content. Expected
 * mappings are what an analyst reading each sheet would say.
 */
const options = makeOptions(20_500);
const tableOf = (name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>) => detectTables(sheetSource([{ name, rows }]), options)[0]!;
const mapping = (name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>) => tableOf(name, rows).mapping.map((m) => [m.field, m.header]);

describe('header evidence beyond the synonym list', () => {
  it('reads an IT tracker whose first header is Ticket', () => {
    expect(
      mapping('IT', [
        ['Ticket', 'Deliverable', 'Tech Lead', 'Delivery Status', 'Planned Start', 'Planned End', 'Needs', 'Reviewed'],
        ['IT-1', 'New CRM', 'Sam Smith', 'Green', '2026-01-05', '2026-03-01', null, '2026-11-10'],
        ['IT-2', 'Data lake', 'Kim Lee', 'Amber', '2026-02-01', '2026-05-01', 'IT-1', '2026-11-12'],
      ]),
    ).toEqual([
      ['id', 'Ticket'],
      ['name', 'Deliverable'],
      ['owner', 'Tech Lead'],
      ['status', 'Delivery Status'],
      ['start', 'Planned Start'],
      ['due', 'Planned End'],
      ['dependsOn', 'Needs'],
      ['lastUpdated', 'Reviewed'],
    ]);
  });

  it('reads What, Driven by, Buyer, Launch Date, Last Check-in and a Confidence status', () => {
    expect(
      mapping('Marketing', [
        ['What', 'Driven by', 'Buyer', 'Launch Date', 'Last Check-in', 'Confidence'],
        ['New app', 'Data lake', 'Ann Bo', '2026-06-01', '2026-11-01', 'High'],
        ['Data lake', null, 'Kim Lee', '2026-03-01', '2026-11-02', 'Medium'],
      ]),
    ).toEqual([
      ['name', 'What'],
      ['dependsOn', 'Driven by'],
      ['owner', 'Buyer'],
      ['due', 'Launch Date'],
      ['lastUpdated', 'Last Check-in'],
      ['status', 'Confidence'],
    ]);
  });

  it('reads Model, Last refresh, Target Go-Live and Waiting on; a Budget Owner is neither budget nor the owner', () => {
    expect(
      mapping('Data science', [
        ['Model', 'Owner', 'Last refresh', 'Target Go-Live', 'Waiting on', 'Budget Owner'],
        ['Churn', 'Ann Bo', '2026-11-01', '2026-12-01', 'Feature store', 'Kim Lee'],
        ['Feature store', 'Lee Bo', '2026-11-02', '2026-10-01', null, 'Kim Lee'],
      ]),
    ).toEqual([
      ['name', 'Model'],
      ['owner', 'Owner'],
      ['lastUpdated', 'Last refresh'],
      ['due', 'Target Go-Live'],
      ['dependsOn', 'Waiting on'],
    ]);
  });

  it('takes a sprint\'s, cycle\'s or iteration\'s dates for no item\'s start or due', () => {
    expect(
      mapping('Eng', [
        ['Key', 'Title', 'Sprint Start', 'Cycle End', 'Iteration End', 'Due Date'],
        ['E-1', 'Retry', '2026-11-09', '2026-11-23', '2026-11-23', '2026-11-20'],
        ['E-2', 'Refund', '2026-11-09', '2026-11-23', '2026-11-23', '2026-11-27'],
      ]),
    ).toEqual([
      ['id', 'Key'],
      ['name', 'Title'],
      ['due', 'Due Date'],
    ]);
  });

  it('reads a deed and "by" as when it is due ("Award by", "Sign off by"), and a participle and "by" as who ("Approved by", "Signed off by")', () => {
    const rows = (header: string): CellValue[][] => [
      ['Ref', 'Contract', header, 'Status'],
      ['P-1', 'FM re-tender', '2027-01-31', 'Open'],
      ['P-2', 'Laptops', '2027-04-30', 'Open'],
    ];
    for (const due of ['Award by', 'Sign off by', 'Deliver by', 'Decide by']) expect(mapping('Buy', rows(due))).toContainEqual(['due', due]);
    const people = (header: string): CellValue[][] => [
      ['Ref', 'Contract', header, 'Status'],
      ['P-1', 'FM re-tender', 'Jo Bloggs', 'Open'],
      ['P-2', 'Laptops', 'Kim Osei', 'Open'],
    ];
    for (const who of ['Approved by', 'Signed off by', 'Driven by', 'Led by', 'Action by']) expect(mapping('Buy', people(who)).filter(([f]) => f === 'due')).toEqual([]);
  });

  it('takes "Next milestone", "Linked project" and "Key dates" for neither the name nor the id', () => {
    expect(
      mapping('PMO', [
        ['Key dates', 'Project', 'Next milestone', 'Linked project', 'RAG'],
        ['Beta 15 Jan', 'Loyalty app', 'Design sign-off', 'CRM', 'Amber'],
        ['Go-live 28 Feb', 'Chatbot v2', 'Intent model', 'CRM', 'Green'],
      ]),
    ).toEqual([
      ['name', 'Project'],
      ['status', 'RAG'],
    ]);
  });

  it('takes a Workstream of repeated names for the pillar, beside a Department column or not', () => {
    expect(mapping('PMO', [['Workstream', 'Ref', 'Deliverable'], ['Data', 'D1', 'Hub'], ['Data', 'D2', 'Consent'], ['Channels', 'C1', 'App']])).toEqual([
      ['pillar', 'Workstream'],
      ['id', 'Ref'],
      ['name', 'Deliverable'],
    ]);
    expect(mapping('PMO', [['Department', 'Workstream', 'Ref', 'Deliverable'], ['IT', 'Data', 'D1', 'Hub'], ['Finance', 'Data', 'D2', 'Ledger']])).toEqual([
      ['department', 'Department'],
      ['pillar', 'Workstream'],
      ['id', 'Ref'],
      ['name', 'Deliverable'],
    ]);
  });

  it('reads misspelt headers within one letter', () => {
    expect(mapping('Ops', [['ID', 'Titel', 'Dependancies', 'Statsu'], ['OPS-1', 'Depot move', null, 'Green'], ['OPS-2', 'Fleet', 'OPS-1', 'Red']])).toEqual([
      ['id', 'ID'],
      ['name', 'Titel'],
      ['dependsOn', 'Dependancies'],
      ['status', 'Statsu'],
    ]);
  });
});

describe('one-to-one assignment from header and value evidence', () => {
  it('prefers the per-task assignee to the one project lead, the task name to the one project name, the filled Predecessors to an empty Predecessor, and never takes Priority for the pillar', () => {
    expect(
      mapping('Plan', [
        ['ID', 'Project Name', 'Name', 'Project lead', 'Assignee', 'Priority', 'Predecessor', 'Predecessors'],
        ['T-1', 'Apollo', 'Design', 'Ann Bo', 'Kim Lee', 'High', null, null],
        ['T-2', 'Apollo', 'Build', 'Ann Bo', 'Lee Bo', 'Low', null, 'T-1'],
        ['T-3', 'Apollo', 'Test', 'Ann Bo', 'Lee Bo', 'Low', null, 'T-2'],
      ]),
    ).toEqual([
      ['id', 'ID'],
      ['name', 'Name'],
      ['owner', 'Assignee'],
      ['dependsOn', 'Predecessors'],
    ]);
  });

  it('groups an issue export’s items by their Project where Title names each item, and not by a Project every row shares', () => {
    const issues: CellValue[][] = [
      ['ID', 'Title', 'Status', 'Project', 'Assignee'],
      ['ENG-1', 'Billing service split', 'In Progress', 'Billing v2', 'Ana Lima'],
      ['ENG-2', 'Invoice PDF renderer', 'Todo', 'Billing v2', 'Raj Patel'],
      ['ENG-3', 'SSO for partners', 'Todo', 'Partner portal', 'Ana Lima'],
    ];
    expect(mapping('Export', issues)).toEqual([
      ['id', 'ID'],
      ['name', 'Title'],
      ['status', 'Status'],
      ['pillar', 'Project'],
      ['owner', 'Assignee'],
    ]);
    // A tracker of projects: Project is each row's name, not a group.
    const projects: CellValue[][] = [
      ['ID', 'Project', 'Status', 'Owner'],
      ['P-1', 'Billing v2', 'Green', 'Ana Lima'],
      ['P-2', 'Partner portal', 'Amber', 'Raj Patel'],
    ];
    expect(mapping('Projects', projects)).toEqual([
      ['id', 'ID'],
      ['name', 'Project'],
      ['status', 'Status'],
      ['owner', 'Owner'],
    ]);
  });

  it('finds the header row of a wide export with hundreds of repeated columns', () => {
    const header: CellValue[] = ['Key', 'Title', 'Owner', 'Status', 'Due'];
    for (let k = 0; k < 370; k++) header.push(k % 2 === 0 ? 'Watchers' : `Custom ${k}`);
    const row = (id: string): CellValue[] => [id, `Item ${id}`, 'Ann Bo', 'Green', '2026-05-01', ...Array<CellValue>(370).fill('x')];
    const table = tableOf('Export', [header, row('X-1'), row('X-2')]);
    expect(table.kind).toBe('initiatives');
    expect(table.rowCount).toBe(2);
    expect(table.mapping.slice(0, 5).map((m) => m.field)).toEqual(['id', 'name', 'owner', 'status', 'due']);
  });
});

describe('header rows', () => {
  it('never takes a data row after a blank row for a header, though "50%" and "see notes" look like column names', () => {
    const table = tableOf('Plan', [
      ['ID', 'Status', 'Budget', 'Due', '% Complete'],
      ['FIN-1', 'Green', '£1,200', '2026-05-01', '10%'],
      [],
      ['FIN-2', 'see notes', '£1,200', 45000, '50%'],
      ['FIN-3', 'Amber', 'NA', '2026-06-01', '20%'],
    ]);
    expect([table.range, table.rowCount]).toEqual([{ top: 0, left: 0, bottom: 4, right: 4 }, 3]);
  });
});

describe('tables that are not initiatives, told by their content', () => {
  it.each([
    ['a resource table', 'Resources', [['Name', 'Initials', 'Max Units', 'Std. Rate', 'Cost/Use'], ['Ann Bo', 'AB', '100%', '£50/hr', '0'], ['Kim Lee', 'KL', '100%', '£60/hr', '0']], 'it looks like a resource table ("Initials", "Max Units", "Std. Rate", "Cost/Use"), not initiatives'],
    ['a RACI chart', 'RACI', [['Task', 'Ann', 'Kim', 'Lee', 'Bo'], ['Design', 'R', 'A', 'C', 'I'], ['Build', 'A', 'R', 'I', 'C']], 'it looks like a RACI chart ("Ann", "Kim", "Lee", "Bo"), not initiatives'],
    ['a pivot', 'Pivot', [['Row Labels', 'Sum of Budget'], ['Finance', 100], ['IT', 200], ['Grand Total', 300]], 'it looks like a pivot table or summary block ("Row Labels", "Sum of Budget"), not initiatives'],
    ['a stakeholder list', 'People', [['Stakeholder', 'Role', 'Influence', 'Interest', 'Email'], ['Ann Bo', 'CFO', 'High', 'High', 'a@b.com'], ['Kim Lee', 'CIO', 'High', 'Low', 'k@b.com']], 'it looks like a stakeholder list ("Stakeholder", "Role", "Influence", "Interest"), not initiatives'],
    ['a risk log', 'Log', [['Risk ID', 'Description', 'Likelihood', 'Impact', 'Mitigation', 'Owner'], ['R-1', 'Vendor fails', 'High', 'High', 'Second vendor', 'Ann Bo']], 'it looks like a risk log ("Risk ID"), not initiatives'],
  ] as const)('%s', (_what, sheet, rows, reason) => {
    const table = tableOf(sheet, rows as unknown as CellValue[][]);
    expect([table.kind, table.ignoredReason]).toEqual([null, reason]);
  });

  it('says why in the ignored-table finding', () => {
    const result = ingestSources([sheetSource([{ name: 'Resources', rows: [['Name', 'Initials', 'Max Units', 'Std. Rate'], ['Ann Bo', 'AB', '100%', '£50/hr']] }])], options);
    expect(result.initiatives).toEqual([]);
    expect(result.findings.map((f) => f.message)).toEqual([
      'Finance.xlsx, sheet "Resources": the cells at A1:D2 hold no initiatives, dependencies or KPIs and were not read: it looks like a resource table ("Initials", "Max Units", "Std. Rate"), not initiatives.',
    ]);
  });

  it('reads a work tracker whose key column is Issue key or Ticket, not taking it for an issue log', () => {
    for (const key of ['Issue key', 'Issue ID', 'Ticket']) {
      expect(tableOf('Work', [[key, 'Title', 'Owner', 'Status', 'Due'], ['W-1', 'Depot', 'Ann Bo', 'Green', '2026-01-05']]).kind).toBe('initiatives');
    }
  });
});
