/**
 * Trackers and tool exports nobody tuned the reader to (test/fixtures/unseen, see SOURCES.md there):
 * hand-made departmental sheets in unusual words and layouts, and exports of tools with no profile
 * (Azure DevOps, Linear, Notion, Airtable, YouTrack, Primavera P6, Zoho Projects, Teamwork,
 * ServiceNow). Each file is read as the CLI reads it and judged as a PMO analyst would: the tables
 * read and ignored, the column of each field, the initiative count, a few rows' fields, every
 * dependency with its direction, every parent. Expected values are read off the fixture files by hand.
 */
import * as path from 'path';
import type { IngestResult } from '../../../src/core/types';
import { REPO_ROOT } from '../../support/shared-data';
import { day, ingestExports, readExport } from '../../support/read-export';

const AS_OF = '2026-11-16';
const unseen = (name: string): string => path.join(REPO_ROOT, 'test', 'fixtures', 'unseen', name);

interface Expected {
  /** Each table: sheet, kind (null: ignored), rows read; for ignored tables the start of the reason. */
  readonly tables: ReadonlyArray<readonly [string, string | null, number, string?]>;
  /** Field -> header, per initiatives table in order (the whole mapping). */
  readonly mapping?: ReadonlyArray<Readonly<Record<string, string>>>;
  /** A few records' fields (dates as ISO). */
  readonly rows?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Every dependency as "predecessor -> successor TYPE+lag", row links then register links. */
  readonly links?: readonly string[];
  /** Every record with a parent, as "child < parent". */
  readonly parents?: readonly string[];
}

const DATE_FIELDS = new Set(['start', 'due', 'deadline', 'actualStart', 'actualFinish', 'lastUpdated', 'reportedFinish']);

const CASES: ReadonlyArray<readonly [string, Expected]> = [
  [
    'finance-portfolio-tracker.csv',
    {
      tables: [['finance-portfolio-tracker', 'initiatives', 5]],
      // The workstreams (Close & Consolidate, Procure to Pay) group the portfolio's work as pillars do.
      mapping: [{ id: 'Ref', pillar: 'Workstream', name: 'Milestone', owner: 'Accountable exec', due: 'Go-live', status: 'RAG (this week)', dependsOn: 'Depends upon', lastUpdated: 'Last updated on' }],
      rows: {
        'FT-02': { name: 'Five-day close', owner: 'Priya Shah', status: 'amber', due: '2027-01-29', lastUpdated: '2026-11-06' },
        'FT-03': { status: 'red', due: '2026-12-15', lastUpdated: '2026-11-02' },
      },
      links: ['FT-01 -> FT-02 FS+0', 'FT-05 -> FT-03 FS+0', 'FT-03 -> FT-04 FS+0'],
      parents: [],
    },
  ],
  [
    // Month-first dates: the finish columns (12/18/2026) settle the Start column's 09/01/2026.
    'ops-warehouse-us-dates.csv',
    {
      tables: [['ops-warehouse-us-dates', 'initiatives', 5]],
      // The baseline finish is the due date; the forecast finish beside it is the owner's reported forecast.
      mapping: [{ id: 'Project #', name: 'Project', owner: 'Owner', start: 'Start', due: 'Baseline finish', reportedFinish: 'Forecast finish', status: 'Status', percentComplete: '% done', dependsOn: 'Blocked by', lastUpdated: 'Last updated' }],
      rows: {
        '1': { start: '2026-09-01', due: '2026-11-30', reportedFinish: '2026-12-18', percentComplete: 0.65, lastUpdated: '2026-11-10', status: 'amber' },
        '4': { start: '2026-11-02', due: '2027-03-31', status: 'red' },
        '3': { status: 'done', start: '2026-08-03' },
      },
      links: ['1 -> 2 FS+0', '1 -> 4 FS+0', '2 -> 4 FS+0'],
    },
  ],
  [
    // No id and no name header: the campaign titles are told by their values; dependencies by name.
    'marketing-campaigns-emoji.csv',
    {
      tables: [['marketing-campaigns-emoji', 'initiatives', 4]],
      // Launch holds a quarter, a week commencing, TBC and a day: due by the quarter's end, the week's Monday.
      mapping: [{ name: 'Campaign', owner: 'Lead', due: 'Launch', status: 'Health', percentComplete: 'Progress', dependsOn: 'Needs' }],
      rows: {
        'Spring brand refresh': { status: 'green', percentComplete: 0.4, owner: 'Maya Chen', due: '2027-03-31' },
        'Partner webinar series': { status: 'amber', due: '2026-12-07' },
        'Holiday email journey': { status: 'done', percentComplete: 1 },
      },
      links: ['Spring brand refresh -> Partner webinar series FS+0', 'Partner webinar series -> Customer stories hub FS+0'],
    },
  ],
  [
    'it-change-board.csv',
    {
      tables: [['it-change-board', 'initiatives', 4]],
      mapping: [{ id: 'Change ID', name: 'Change title', owner: 'Delivery lead', department: 'Business unit', due: 'Target date', status: 'Status', dependsOn: 'Dependencies', lastUpdated: 'Last check-in' }],
      rows: { 'CHG-103': { status: 'red', department: 'Infrastructure', due: '2027-02-26' }, 'CHG-104': { status: 'done' } },
      links: ['CHG-101 -> CHG-102 FS+0', 'CHG-101 -> CHG-103 FS+0', 'CHG-102 -> CHG-103 FS+0'],
    },
  ],
  [
    // Two tables on one sheet under their titles; totals rows and the note under them are not initiatives.
    'estates-regions-two-tables.csv',
    {
      tables: [
        ['estates-regions-two-tables', 'initiatives', 2],
        ['estates-regions-two-tables', 'initiatives', 3],
      ],
      // Budget (£k): 340 and 80 thousand pounds.
      rows: { N2: { budget: 340_000, status: 'amber', due: '2027-06-30' }, S3: { owner: 'Dev Patel', budget: 80_000 } },
      links: [],
    },
  ],
  ['construction-raci.csv', { tables: [['construction-raci', null, 4, 'it looks like a RACI chart']] }],
  ['risk-register.csv', { tables: [['risk-register', null, 3, 'it looks like a risk log']] }],
  ['stakeholder-map.csv', { tables: [['stakeholder-map', null, 4, 'it looks like a stakeholder list']] }],
  ['action-log.csv', { tables: [['action-log', null, 3, 'it looks like an action log']] }],
  ['resource-plan.csv', { tables: [['resource-plan', null, 3]] }],
  [
    'engineering-claims-programme.csv',
    {
      tables: [['engineering-claims-programme', 'initiatives', 4]],
      mapping: [{ id: 'Item', name: 'Deliverable', owner: 'Tech Lead', start: 'Planned Start', due: 'Planned End', status: 'Delivery Status', dependsOn: 'Waiting on' }],
      rows: { 'CA-1': { status: 'green', statusText: '● Green' }, 'CA-3': { status: 'red', owner: 'Ben Hale' } },
      links: ['CA-1 -> CA-2 FS+0', 'CA-1 -> CA-3 FS+0', 'CA-2 -> CA-4 FS+0', 'CA-3 -> CA-4 FS+0'],
    },
  ],
  [
    // Outline-numbered ids nest without an outline column: 1.2 under 1, 2.2 under 2.
    'wbs-outline-plan.csv',
    {
      tables: [['wbs-outline-plan', 'initiatives', 6]],
      links: ['1.1 -> 1.2 FS+0', '1.2 -> 2.1 FS+0', '2.1 -> 2.2 FS+5'],
      parents: ['1.1 < 1', '1.2 < 1', '2.1 < 2', '2.2 < 2'],
    },
  ],
  [
    // "Approved £" over amounts is the budget; "Complete by" the due date.
    'capex-schemes-uncommon-words.csv',
    {
      tables: [['capex-schemes-uncommon-words', 'initiatives', 3]],
      mapping: [{ id: 'Scheme ref', name: 'Scheme', owner: 'Sponsor', budget: 'Approved £', actualCost: 'Spend to date £', due: 'Complete by', status: 'Confidence', lastUpdated: 'Update as at' }],
      rows: { 'CX-201': { budget: 1_250_000, actualCost: 410_000, due: '2027-03-31', status: 'amber', lastUpdated: '2026-11-12' }, 'CX-203': { status: 'red', due: '2027-09-30' } },
      links: [],
    },
  ],
  [
    // Month, quarter and half-year targets are due by the period's end.
    'product-roadmap-text-dates.csv',
    {
      tables: [['product-roadmap-text-dates', 'initiatives', 4]],
      mapping: [{ name: 'Feature', owner: 'PM', due: 'Target', status: 'Status', dependsOn: 'Dependency', lastUpdated: 'Last reviewed' }],
      rows: {
        'Single sign-on': { due: '2026-12-31', lastUpdated: '2026-11-10' },
        'Audit trail export': { due: '2027-06-30' },
        'Mobile offline mode': { due: '2027-06-30', status: 'red' },
        'Usage analytics v2': { due: '2027-01-31' },
      },
      links: ['Single sign-on -> Audit trail export FS+0', 'Audit trail export -> Mobile offline mode FS+0'],
    },
  ],
  [
    'euro-milestones-semicolon.csv',
    {
      tables: [['euro-milestones-semicolon', 'initiatives', 3]],
      rows: { 'Tooling order placed': { due: '2026-11-30', percentComplete: 0.6, status: 'green' } },
      links: ['Kick-off Lyon site -> Tooling order placed FS+0', 'Tooling order placed -> First article inspection FS+0'],
    },
  ],
  [
    // The week columns of the Gantt grid are no field.
    'gantt-week-grid.csv',
    {
      tables: [['gantt-week-grid', 'initiatives', 3]],
      mapping: [{ name: 'Task', owner: 'Owner', start: 'Start', due: 'End', status: 'RAG' }],
      rows: { 'Site survey': { start: '2026-11-02', due: '2026-11-13' }, 'Tender pack': { start: '2026-11-23', due: '2026-12-18' } },
    },
  ],
  [
    // Sixteen week columns headed by ISO dates beside the table: the header row is the table's, the weeks are drawn.
    'gantt-sixteen-weeks.csv',
    {
      tables: [['gantt-sixteen-weeks', 'initiatives', 4]],
      mapping: [{ id: '#', name: 'Task', owner: 'Owner', start: 'Start', due: 'End', status: 'Status' }],
      rows: { '1': { name: 'Discovery', start: '2026-11-02', due: '2026-11-20', status: 'done' }, '4': { owner: 'Di Ford', start: '2027-02-15', due: '2027-02-26' } },
    },
  ],
  [
    // W1..W10 labels and block marks: no week column becomes a field.
    'gantt-week-labels.csv',
    {
      tables: [['gantt-week-labels', 'initiatives', 4]],
      mapping: [{ name: 'Activity', owner: 'Lead', due: 'Due', dependsOn: 'Depends on' }],
      rows: { Contract: { owner: 'Lu Park', due: '2026-12-18' } },
      links: ['Requirements -> Vendor shortlist FS+0', 'Vendor shortlist -> Contract FS+0', 'Contract -> Onboarding FS+0'],
    },
  ],
  [
    // No Start or End column: the dates are the blue bars under week-commencing date cells (Mondays), a milestone a diamond.
    'facilities-gantt-fills.xlsx',
    {
      tables: [['Plan', 'initiatives', 3]],
      mapping: [{ id: 'ID', name: 'Task', owner: 'Owner', status: 'RAG' }],
      rows: {
        'FR-1': { start: '2026-11-02', due: '2026-11-13' },
        'FR-2': { start: '2026-11-16', due: '2026-12-04' },
        'FR-3': { start: '2026-12-21', due: '2026-12-25' },
      },
    },
  ],
  [
    // Procurement words: the Contract is the item, "Award by" when it is due, the contract value its cost; "Next milestone" is another thing.
    'procurement-pipeline.csv',
    {
      tables: [['procurement-pipeline', 'initiatives', 4]],
      mapping: [{ name: 'Contract', owner: 'Buyer', status: 'Stage', due: 'Award by', budget: 'Contract value (£m)', dependsOn: 'Blockers' }],
      rows: {
        'FM re-tender': { owner: 'J. Patel', due: '2027-01-31', budget: 4_200_000 },
        'Service desk': { status: 'on-hold', budget: 2_500_000 },
      },
      // "Legal sign-off of T&Cs" names no initiative (dependency.unknown); the others name contracts of the sheet.
      links: ['LEGAL SIGN-OFF OF T&CS -> FM re-tender FS+0', 'FM re-tender -> Laptop refresh FS+0', 'Laptop refresh -> Service desk FS+0'],
    },
  ],
  // Key results and the initiatives that drive them; a change control log: neither lists initiatives.
  ['okr-key-results.csv', { tables: [['okr-key-results', null, 3, 'it looks like an OKR sheet']] }],
  ['change-request-log.csv', { tables: [['change-request-log', null, 3, 'it looks like a change log']] }],
  [
    // The benefit is the row's item; "Linked project" names the project it comes from, not the row.
    'benefits-register.csv',
    {
      tables: [['benefits-register', 'initiatives', 2]],
      mapping: [{ id: 'Benefit ID', name: 'Benefit', owner: 'Benefit owner', benefit: 'Target value', start: 'Realisation start', status: 'Status' }],
      rows: { 'B-01': { name: 'Reduced call volumes', benefit: 250_000 } },
    },
  ],
  [
    // "Key dates" ("Beta 15 Jan") is no key: the projects are keyed by name. Schedule, Scope, Budget and Resources rate dimensions.
    'weekly-status-dimensions.csv',
    {
      tables: [['weekly-status-dimensions', 'initiatives', 3]],
      mapping: [{ name: 'Project', owner: 'PM', status: 'Overall' }],
      rows: { 'Win-back emails': { owner: 'Leo', status: 'red' } },
    },
  ],
  [
    // Group row "Current plan" / "Baseline" over Start | End; the baseline serials are no budget.
    'digital-portfolio-two-header-rows.xlsx',
    {
      tables: [['Status report', 'initiatives', 3]],
      mapping: [{ id: 'No.', name: 'Project', start: 'Current plan Start', due: 'Current plan End', status: 'RAG', owner: 'Sponsor' }],
      rows: { '2': { start: '2026-08-03', due: '2027-02-26', status: 'red', department: 'Digital' } },
    },
  ],
  [
    'hr-directorate-workbook.xlsx',
    {
      tables: [
        ['Read me', null, 1],
        ['Tracker', 'initiatives', 4],
        ['Lookups', null, 3],
        ['Summary', null, 3, 'it looks like a pivot table'],
      ],
      rows: { 'HR-4': { name: 'Exit survey redesign', department: 'Talent', due: '2027-02-01' }, 'HR-3': { status: 'red', department: 'Employee Relations' } },
      links: ['HR-1 -> HR-3 FS+0', 'HR-2 -> HR-4 FS+0'],
    },
  ],
  [
    // P6: the column titles of row 2 are the header; TASKPRED is a register with P6's codes and lags in hours.
    'primavera-p6-export.xlsx',
    {
      tables: [
        ['TASK', 'initiatives', 4],
        ['TASKPRED', 'dependencies', 3],
      ],
      rows: { A1000: { status: 'done', actualStart: '2026-08-03', actualFinish: '2026-08-14' }, A1010: { percentComplete: 0.7, due: '2026-11-27' } },
      links: ['A1000 -> A1010 FS+0', 'A1010 -> A1020 FS+2', 'A1020 -> A1030 SS+5'],
    },
  ],
  [
    // A flat query: Parent names the parent work item (not a dependency); owners without their addresses.
    'azure-devops-flat-query.csv',
    {
      tables: [['azure-devops-flat-query', 'initiatives', 6]],
      mapping: [{ id: 'ID', name: 'Title', owner: 'Assigned To', status: 'State', department: 'Area Path', start: 'Start Date', due: 'Target Date', lastUpdated: 'Changed Date' }],
      rows: {
        '1217': { owner: 'Raisa Pokrovskaya', start: '2026-10-05', due: '2026-12-18', lastUpdated: '2026-11-13' },
        '1231': { status: 'cancelled' },
        // Resolved: implemented, not yet verified; Azure Boards counts it in progress (no colour).
        '1230': { status: 'unknown', statusText: 'Resolved' },
      },
      links: [],
      parents: ['1217 < 1204', '1218 < 1204', '1230 < 1217', '1231 < 1204', '1232 < 1218'],
    },
  ],
  [
    // A tree query: each row's title sits in the column of its level.
    'azure-devops-tree-query.csv',
    {
      tables: [['azure-devops-tree-query', 'initiatives', 5]],
      rows: { '2010': { name: 'Instant refunds' }, '2021': { name: 'Refund notification email', due: '2027-01-15' } },
      parents: ['2010 < 2001', '2020 < 2010', '2021 < 2010', '2011 < 2001'],
    },
  ],
  [
    'linear-issues.csv',
    {
      tables: [['linear-issues', 'initiatives', 5]],
      rows: { 'ENG-43': { status: 'done', actualFinish: '2026-10-30' }, 'ENG-44': { status: 'cancelled' }, 'ENG-42': { due: '2027-02-26' } },
      links: ['ENG-40 -> ENG-41 FS+0', 'ENG-40 -> ENG-42 FS+0', 'ENG-41 -> ENG-42 FS+0'],
      parents: ['ENG-41 < ENG-40', 'ENG-42 < ENG-40'],
    },
  ],
  [
    // Relations written as "Title (https://www.notion.so/...)".
    'notion-project-tasks.csv',
    {
      tables: [['notion-project-tasks', 'initiatives', 4]],
      rows: { 'Sign lease': { due: '2026-11-27', owner: 'Marco Bianchi' } },
      links: ['Vendor shortlist -> Sign lease FS+0', 'Sign lease -> Fit-out design FS+0'],
      parents: ['Furniture order < Fit-out design'],
    },
  ],
  [
    'airtable-launch-plan.csv',
    {
      tables: [['airtable-launch-plan', 'initiatives', 4]],
      rows: { 'Press briefing': { start: '2026-11-23', due: '2026-12-04', lastUpdated: '2026-11-09' } },
      links: ['Pricing page -> Launch blog post FS+0', 'Launch blog post -> Press briefing FS+0', 'Pricing page -> Press briefing FS+0', 'Press briefing -> Partner enablement FS+0'],
    },
  ],
  [
    'youtrack-issues.csv',
    {
      tables: [['youtrack-issues', 'initiatives', 4]],
      rows: { 'MOB-102': { status: 'done', actualFinish: '2026-11-03' }, 'MOB-104': { status: 'cancelled' }, 'MOB-103': { due: '2026-11-20', lastUpdated: '2026-11-13' } },
    },
  ],
  [
    'zoho-projects-tasks.csv',
    {
      tables: [['zoho-projects-tasks', 'initiatives', 4]],
      rows: { 'CRM-T2': { percentComplete: 0.6, start: '2026-09-21', due: '2026-11-27', lastUpdated: '2026-11-12' }, 'CRM-T4': { status: 'on-hold' } },
    },
  ],
  [
    'teamwork-tasks.csv',
    { tables: [['teamwork-tasks', 'initiatives', 4]], rows: { '4412': { percentComplete: 0.7 } }, parents: ['4414 < 4413'] },
  ],
  [
    // The RAG field (Overall health) is the status; a closed State still closes the work.
    'servicenow-pm-projects.csv',
    {
      tables: [['servicenow-pm-projects', 'initiatives', 5]],
      mapping: [
        {
          id: 'Number',
          name: 'Short description',
          owner: 'Project manager',
          start: 'Planned start date',
          due: 'Planned end date',
          percentComplete: 'Percent complete',
          status: 'Overall health',
          department: 'Assignment group',
          lastUpdated: 'Updated',
        },
      ],
      rows: {
        PRJ0010041: { status: 'amber', statusText: 'Yellow', due: '2027-03-31' },
        PRJ0010044: { status: 'done' },
        PRJ0010045: { status: 'cancelled' },
      },
    },
  ],
];

function linksOf(result: IngestResult): string[] {
  const lag = (n: number): string => `${n >= 0 ? '+' : ''}${n}`;
  return [
    ...result.initiatives.flatMap((r) => r.dependsOn.map((l) => `${l.id} -> ${r.id} ${l.type}${lag(l.lagDays)}`)),
    ...result.dependencies.map((d) => `${d.from} -> ${d.to} ${d.type}${lag(d.lagDays)}`),
  ];
}

describe.each(CASES)('%s', (file, expected) => {
  let result: IngestResult;
  beforeAll(async () => {
    result = ingestExports([await readExport(unseen(file))], AS_OF);
  });

  it('reads the tables it should and ignores the rest, saying why', () => {
    expect(result.tables.map((t) => [t.sheet, t.kind, t.rowCount])).toEqual(expected.tables.map(([sheet, kind, rows]) => [sheet, kind, rows]));
    expected.tables.forEach(([, , , reason], k) => {
      if (reason !== undefined) expect(result.tables[k]!.ignoredReason).toMatch(new RegExp(`^${reason}`));
    });
    const rows = expected.tables.filter(([, kind]) => kind === 'initiatives').reduce((n, [, , r]) => n + r, 0);
    expect(result.initiatives).toHaveLength(rows);
  });

  if (expected.mapping) {
    it('maps each field to its column', () => {
      const tables = result.tables.filter((t) => t.kind === 'initiatives');
      expect(tables.map((t) => Object.fromEntries(t.mapping.map((m) => [m.field, m.header])))).toEqual(expected.mapping);
    });
  }

  if (expected.rows) {
    it("reads the rows' fields", () => {
      for (const [id, fields] of Object.entries(expected.rows!)) {
        const record = result.initiatives.find((r) => r.id === id);
        expect(record).toBeDefined();
        const want = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, DATE_FIELDS.has(k) ? day(v as string) : v]));
        expect(record).toMatchObject(want);
      }
    });
  }

  if (expected.links) {
    it('reads every dependency with its direction', () => {
      expect(linksOf(result)).toEqual(expected.links);
    });
  }

  if (expected.parents) {
    it('keeps the hierarchy', () => {
      expect(result.initiatives.filter((r) => r.parent !== undefined).map((r) => `${r.id} < ${r.parent}`)).toEqual(expected.parents);
    });
  }
});
