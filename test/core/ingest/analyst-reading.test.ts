/**
 * Trackers as departments write them, with words the vocabulary did not list: lettered keys under
 * a heading that is not "ID", blockers, a bare "Percent", a description as the only name, ids with
 * a space inside. Each expectation is what an analyst reading the sheet would say, worked by hand.
 */
import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { parseDependencyCell } from '../../../src/core/ingest/normalise/dependency';
import { runPipeline } from '../../../src/core/pipeline';
import { checkJson } from '../../../src/core/report/check-json';
import { day } from '../../support/read-export';

function source(name: string, rows: CellValue[][]): RawSource {
  return { name, origin: 'file', dateSystem: 1900, sheets: [{ name: 'Tracker', origin: { row: 0, col: 0 }, values: rows }] };
}

const options = makeOptions(day('2026-11-16'));
const mapped = (result: ReturnType<typeof ingestSources>, source: string) =>
  Object.fromEntries(result.tables.find((t) => t.source === source)!.mapping.map((m) => [m.field, m.header]));

describe('a people tracker keyed by lettered workstreams', () => {
  const rows: CellValue[][] = [
    ['Workstream', 'Activity', 'Lead', 'RAG', 'Target date', 'Blockers', 'Last touched'],
    ['HR-A', 'Job architecture refresh', 'Priya Nair', 'G', '2026-11-30', null, '2026-11-12'],
    ['HR-B', 'Grading review', 'Sam Carter', 'A', '2026-12-15', 'HR-A', '2026-11-03'],
    ['HR-C', 'Payroll uplift', 'Sam Carter', 'R', '2027-01-20', 'HR-B', '2026-10-28'],
    ['HR-D', 'Comms to staff', 'Leah Wu', 'G', '2027-01-31', 'HR-C (needs final figures)', '2026-11-14'],
  ];
  const result = ingestSources([source('People.xlsx', rows)], options);

  it('reads the lettered codes as the ids and the Blockers column as what each waits on', () => {
    expect(mapped(result, 'People.xlsx')).toEqual({
      id: 'Workstream',
      name: 'Activity',
      owner: 'Lead',
      status: 'RAG',
      due: 'Target date',
      dependsOn: 'Blockers',
      lastUpdated: 'Last touched',
    });
    expect(result.initiatives.map((i) => [i.id, i.name, i.dependsOn.map((d) => d.id)])).toEqual([
      ['HR-A', 'Job architecture refresh', []],
      ['HR-B', 'Grading review', ['HR-A']],
      ['HR-C', 'Payroll uplift', ['HR-B']],
      ['HR-D', 'Comms to staff', ['HR-C']],
    ]);
  });

  it('reads "HR-C (needs final figures)" as HR-C with its note, no finding', () => {
    expect(result.findings.filter((f) => f.code.startsWith('value.') || f.code.startsWith('ingest.no-id'))).toEqual([]);
  });
});

describe('an operations tracker with ids written with a space', () => {
  const rows: CellValue[][] = [
    ['Ref', 'Initiative title', 'Accountable exec', 'Health', 'Go-live', 'Percent', 'Predecessor refs'],
    ['OPS 01', 'Warehouse consolidation', 'Dan Okafor', 'Amber', '2027-03-31', '40%', null],
    ['OPS 02', 'Fleet telematics', 'Dan Okafor', 'Green', '2027-02-28', '55%', 'OPS 01'],
    ['OPS 03', 'Returns automation', 'Maria Ruiz', 'Red', '2027-01-15', '20%', 'OPS 02; ops 01 SS+5d'],
  ];
  const result = ingestSources([source('Ops.xlsx', rows)], options);

  it('maps "Percent" to % complete', () => {
    expect(mapped(result, 'Ops.xlsx').percentComplete).toBe('Percent');
    expect(result.initiatives.map((i) => i.percentComplete)).toEqual([0.4, 0.55, 0.2]);
  });

  it('reads "OPS 02" in a dependency cell as the id OPS 02, not "OPS" and 02', () => {
    expect(result.initiatives.map((i) => i.dependsOn.map((d) => [d.id, d.type, d.lagDays]))).toEqual([
      [],
      [['OPS 01', 'FS', 0]],
      [
        ['OPS 02', 'FS', 0],
        ['OPS 01', 'SS', 5],
      ],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });

  it('joins two tokens only into an id that exists', () => {
    const spacedIds = new Set(['OPS 01']);
    // "OPS 7" is no id of the table: a reference in words (reported if nothing is named so), never the id 7.
    expect(parseDependencyCell('OPS 01, OPS 7', { workingDaysPerWeek: 5, spacedIds }).links).toEqual([
      { id: 'OPS 01', type: 'FS', lagDays: 0 },
      { id: 'OPS 7', name: 'OPS 7', type: 'FS', lagDays: 0 },
    ]);
  });
});

describe('a finance list whose only name is its description', () => {
  const rows: CellValue[][] = [
    ['Project Code', 'Project Description', 'PM', 'Overall Status', 'Planned Finish'],
    ['FIN-9', 'Chart of accounts redesign', 'Ana Lima', 'On Track', '2026-12-18'],
    ['FIN-10', 'Close automation', 'Ana Lima', 'Off Track', '2027-04-30'],
  ];
  it('reads "Project Description" as the name', () => {
    const result = ingestSources([source('Finance.xlsx', rows)], options);
    expect(mapped(result, 'Finance.xlsx').name).toBe('Project Description');
    expect(result.initiatives.map((i) => i.name)).toEqual(['Chart of accounts redesign', 'Close automation']);
  });

  it('still prefers a name column to a description beside it', () => {
    const withName = [['Project Code', 'Project Name', 'Project Description'], ['FIN-9', 'CoA redesign', 'Redesign the chart of accounts for the new ledger'], ['FIN-10', 'Close automation', 'Automate the month-end close']];
    const result = ingestSources([source('Finance.xlsx', withName)], options);
    expect(mapped(result, 'Finance.xlsx').name).toBe('Project Name');
  });
});

describe('an engineering list keyed by its Epic column', () => {
  it('reads unique keys under "Epic" as the ids when no header names an id', () => {
    const rows: CellValue[][] = [
      ['Epic', 'Summary', 'Squad', 'Owner', 'State', 'Start', 'End', 'Waiting on'],
      ['ENG-1', 'API gateway', 'Platform', 'Lee Chan', 'In Progress', '2026-09-01', '2026-12-20', null],
      ['ENG-2', 'Mobile app v2', 'Apps', 'Ravi Das', 'Not Started', '2027-01-05', '2027-04-30', 'ENG-1'],
      ['ENG-3', 'Observability', 'Platform', 'Lee Chan', 'On Hold', '2026-10-01', '2027-01-31', null],
    ];
    const result = ingestSources([source('Eng.xlsx', rows)], options);
    expect(mapped(result, 'Eng.xlsx').id).toBe('Epic');
    expect(result.initiatives.map((i) => [i.id, i.name, i.dependsOn.map((d) => d.id)])).toEqual([
      ['ENG-1', 'API gateway', []],
      ['ENG-2', 'Mobile app v2', ['ENG-1']],
      ['ENG-3', 'Observability', []],
    ]);
  });

  it('leaves an Epic column that several rows share (a parent) off the id', () => {
    const rows: CellValue[][] = [
      ['Epic', 'Summary', 'Owner', 'State'],
      ['ENG-1', 'Gateway routing', 'Lee Chan', 'In Progress'],
      ['ENG-1', 'Gateway auth', 'Lee Chan', 'To Do'],
      ['ENG-2', 'App login', 'Ravi Das', 'Done'],
    ];
    const result = ingestSources([source('Eng.xlsx', rows)], options);
    expect(mapped(result, 'Eng.xlsx').id).toBeUndefined();
  });

  it('leaves unique keys under "Parent" off the id', () => {
    const rows: CellValue[][] = [
      ['Parent', 'Summary', 'Owner', 'State'],
      ['ENG-1', 'Gateway routing', 'Lee Chan', 'In Progress'],
      ['ENG-2', 'Gateway auth', 'Lee Chan', 'To Do'],
      ['ENG-3', 'App login', 'Ravi Das', 'Done'],
    ];
    const result = ingestSources([source('Eng.xlsx', rows)], options);
    expect(mapped(result, 'Eng.xlsx').id).toBeUndefined();
  });
});

describe('a weekly status sheet with two header rows: This week and Last week over RAG', () => {
  const rows: CellValue[][] = [
    ['Claims Transformation - weekly status', null, null, null, null, null],
    ['Reporting week ending 13 Nov 2026', null, null, null, null, null],
    [null, null, 'Plan', null, 'This week', 'Last week'],
    ['Ref', 'Initiative', 'Start', 'Finish', 'RAG', 'RAG'],
    ['CT-01', 'Claims triage bot', '2026-09-01', '2027-01-29', 'Green-Amber', 'Green'],
    ['CT-02', 'Fraud scoring', '2026-10-05', '2027-03-31', 'Needs attention', 'Amber'],
    ['CT-03', 'Adjuster app', '2027-01-04', '2027-06-30', 'Red - awaiting funding', 'Amber'],
    ['CT-04', 'Legacy archive', '2026-03-01', '2026-10-30', 'Complete (100%)', 'Green'],
  ];
  const sheet: RawSource = {
    name: 'Claims.xlsx',
    origin: 'file',
    dateSystem: 1900,
    sheets: [{ name: 'Status', origin: { row: 0, col: 0 }, values: rows, merges: [{ top: 2, left: 2, bottom: 2, right: 3 }] }],
  };
  const result = ingestSources([sheet], options);

  it("reads this week's RAG, not last week's, and labels each column by the row above", () => {
    expect(mapped(result, 'Claims.xlsx')).toEqual({ id: 'Ref', name: 'Initiative', start: 'Plan Start', due: 'Plan Finish', status: 'This week RAG' });
  });

  it('dates every status by the title above the two header rows', () => {
    expect(result.tables[0]!.statusDate?.day).toBe(day('2026-11-13'));
    expect(result.initiatives.map((i) => i.lastUpdated)).toEqual([1, 2, 3, 4].map(() => day('2026-11-13')));
  });

  it('reads statuses as a PMO writes them: a combined rating, plain words, a status with a note after it', () => {
    expect(result.initiatives.map((i) => [i.id, i.status])).toEqual([
      ['CT-01', 'amber'],
      ['CT-02', 'amber'],
      ['CT-03', 'red'],
      ['CT-04', 'done'],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith('value.'))).toEqual([]);
  });
});

describe('a plan that lists successors rather than predecessors', () => {
  const rows: CellValue[][] = [
    ['Task ID', 'Task', 'Owner', 'Start', 'Finish', 'Depends on', 'Successors'],
    ['T-1', 'Discovery', 'Ann Lee', '2026-09-01', '2026-09-30', null, 'T-2, T-3'],
    ['T-2', 'Design', 'Ann Lee', '2026-10-01', '2026-10-30', 'T-1', 'T-4FS+2d'],
    ['T-3', 'Procurement', 'Bo Kim', '2026-09-15', '2026-10-15', null, 'Build; T-9'],
    ['T-4', 'Build', 'Cy Ng', '2026-11-02', '2027-01-29', null, null],
  ];
  const result = ingestSources([source('Plan.xlsx', rows)], options);

  it('maps the Successors column and reads each of its links with the row as predecessor', () => {
    expect(mapped(result, 'Plan.xlsx').successors).toBe('Successors');
    // T-1 -> T-2 is in T-2's own Depends On too: read there, not twice.
    expect(result.dependencies.map((d) => [d.from, d.to, d.type, d.lagDays, d.cells.from!.address, d.via])).toEqual([
      ['T-1', 'T-3', 'FS', 0, 'G2', 'Successors'],
      ['T-2', 'T-4', 'FS', 2, 'G3', 'Successors'],
      // "Build" is T-4's name, resolved to its id.
      ['T-3', 'T-4', 'FS', 0, 'G4', 'Successors'],
      ['T-3', 'T-9', 'FS', 0, 'G4', 'Successors'],
    ]);
    expect(result.initiatives.find((i) => i.id === 'T-2')!.dependsOn.map((d) => d.id)).toEqual(['T-1']);
  });

  it('says the table gives dependencies, so no field is reported missing for them', () => {
    expect(result.findings.filter((f) => f.code === 'ingest.fields-missing').map((f) => f.message).join(' ')).not.toMatch(/dependencies/);
  });

  it('lists each row\'s successors in check --json, as its cell wrote them', () => {
    const json = checkJson(runPipeline([source('Plan.xlsx', rows)], options));
    const table = [...json.sources][0]!.tables[0]!;
    expect(table.initiatives.map((r) => [r.id, (r as unknown as { successors: unknown }).successors])).toEqual([
      // T-1 -> T-2 is read from T-2's Depends On, so T-1's row lists only what its cell added.
      ['T-1', [{ id: 'T-3', type: 'FS', lagDays: 0 }]],
      ['T-2', [{ id: 'T-4', type: 'FS', lagDays: 2 }]],
      ['T-3', [{ id: 'T-4', type: 'FS', lagDays: 0 }, { id: 'T-9', type: 'FS', lagDays: 0 }]],
      ['T-4', []],
    ]);
  });

  it('links the model once per pair, and reports a successor no source defines', () => {
    const run = runPipeline([source('Plan.xlsx', rows)], options);
    expect(run.model.dependencies.map((d) => `${d.from}->${d.to} ${d.type}${d.lagDays ? `+${d.lagDays}` : ''}`)).toEqual(['T-1->T-2 FS', 'T-1->T-3 FS', 'T-2->T-4 FS+2', 'T-3->T-4 FS']);
    expect(run.findings.filter((f) => f.code === 'dependency.unknown').map((f) => [f.cells[0]!.address, f.message])).toEqual([
      ['G4', expect.stringContaining('T-9')],
    ]);
  });
});

describe('a KPI sheet whose initiatives are written as ids and names under "Supported by"', () => {
  const kpiRows: CellValue[][] = [
    ['Metric', 'Description', 'Unit', 'Baseline', 'Target', 'Current', 'Supported by'],
    ['KPI-1', 'Claims cycle time', 'days', 21, 12, 18, 'CT-01, CT-02'],
    ['KPI-3', 'Cost per claim', '£', 84, 70, 86, 'CT-01; Fraud scoring'],
    ['KPI-4', 'Leakage', '%', 4, 3, 5, 'Fraud models'],
  ];
  const initiativeRows: CellValue[][] = [
    ['ID', 'Initiative', 'Owner', 'Status', 'Due'],
    ['CT-01', 'Claims triage bot', 'Tom Reyes', 'Green', '2027-01-29'],
    ['CT-02', 'Fraud scoring', 'Asha Kaur', 'Red', '2027-03-31'],
  ];
  const result = ingestSources([source('KPIs.xlsx', kpiRows), source('Claims.xlsx', initiativeRows)], options);

  it('maps Supported by to the initiatives a KPI names, and links a unique name to its id', () => {
    expect(mapped(result, 'KPIs.xlsx').initiatives).toBe('Supported by');
    expect(result.kpis.map((k) => [k.kpi, [...k.initiatives]])).toEqual([
      ['KPI-1', ['CT-01', 'CT-02']],
      ['KPI-3', ['CT-01', 'CT-02']],
      // No initiative is called that: left as written, for kpi.unknown-initiative.
      ['KPI-4', ['FRAUD MODELS']],
    ]);
  });
});

describe('a roadmap that says when, not which day', () => {
  it('reads "When" as the due date, by the end of each period', () => {
    const rows: CellValue[][] = [
      ['#', 'Deliverable', 'Owner', 'When'],
      ['R-1', 'Customer portal', 'Jo Park', 'Q1 2027'],
      ['R-2', 'Login and accounts', 'Jo Park', 'Jan-27'],
      ['R-3', 'Ingestion', 'Ria Sen', 'Wk 6 2027'],
    ];
    const result = ingestSources([source('Roadmap.xlsx', rows)], options);
    expect(mapped(result, 'Roadmap.xlsx').due).toBe('When');
    expect(result.initiatives.map((i) => i.due)).toEqual([day('2027-03-31'), day('2027-01-31'), day('2027-02-14')]);
  });
});

describe('an owner given only as an email address', () => {
  it('reads "Owner email" as the owner where no column names them otherwise', () => {
    const rows: CellValue[][] = [
      ['Item #', 'Title', 'Owner email', 'RAG', 'Due date'],
      ['N-1', 'Network refresh', 'jo.park@corp.com', 'Green', '2027-01-31'],
      ['N-2', 'Firewall upgrade', 'sam.oneil@corp.com', 'Amber', '2027-02-28'],
    ];
    const result = ingestSources([source('Network.xlsx', rows)], options);
    expect(mapped(result, 'Network.xlsx').owner).toBe('Owner email');
    expect(result.initiatives.map((i) => i.owner)).toEqual(['jo.park@corp.com', 'sam.oneil@corp.com']);
  });

  it('prefers the Owner column to the Owner email beside it', () => {
    const rows: CellValue[][] = [
      ['ID', 'Title', 'Owner', 'Owner email', 'RAG'],
      ['N-1', 'Network refresh', 'Jo Park', 'jo.park@corp.com', 'Green'],
      ['N-2', 'Firewall upgrade', 'Sam Oneil', 'sam.oneil@corp.com', 'Amber'],
    ];
    expect(mapped(ingestSources([source('Network.xlsx', rows)], options), 'Network.xlsx').owner).toBe('Owner');
  });
});

describe('a RAG column kept by colouring its cells, with nothing written in them', () => {
  it('says the column is empty and that colours are not read, at its header cell', () => {
    const rows: CellValue[][] = [
      ['ID', 'Deliverable', 'Owner', 'Status', 'Due', 'Depends on'],
      ['R-1', 'Customer portal', 'Jo Park', null, '2027-03-31', null],
      ['R-2', 'Payments page', 'Ben Ito', null, '2027-03-31', null],
      ['R-3', 'Data platform', 'Ria Sen', null, '2027-06-30', null],
    ];
    const result = ingestSources([source('Roadmap.xlsx', rows)], options);
    const empty = result.findings.filter((f) => f.code === 'ingest.fields-missing' && f.message.includes('empty'));
    expect(empty.map((f) => [f.severity, f.cells.map((c) => c.address), f.message])).toEqual([
      [
        'warning',
        ['D1'],
        'Roadmap.xlsx, sheet "Tracker": the status column "Status" (D1) is empty in all 3 rows, so the report gives them no reported statuses (no status checks); they are shown as not given. A status shown only by colouring its cell is read from a red, amber or green fill of an .xlsx file or the open workbook, and none was found here: write it in the cell (Green, Amber, Red or G, A, R).',
      ],
    ]);
  });
});

describe('a dependency register written from the two sides of a need', () => {
  const register: CellValue[][] = [
    ['Dep ID', 'Needing project', 'Providing project', 'What is needed', 'Need date', 'Agreed?'],
    ['D-01', 'CT-02', 'CT-01', 'Triage API', '2027-01-15', 'Yes'],
    ['D-02', 'CT-03', 'CT-02', 'Fraud scores feed', '2027-04-01', 'No'],
  ];
  const tracker: CellValue[][] = [
    ['ID', 'Initiative', 'Owner', 'Status', 'Due'],
    ['CT-01', 'Claims triage bot', 'Tom Reyes', 'Green', '2027-01-29'],
    ['CT-02', 'Fraud scoring', 'Asha Kaur', 'Amber', '2027-03-31'],
    ['CT-03', 'Adjuster app', 'Tom Reyes', 'Green', '2027-06-30'],
  ];
  const result = ingestSources([source('Deps.xlsx', register), source('Claims.xlsx', tracker)], options);

  it('reads it as a register: the providing project is the predecessor, the needing one the successor', () => {
    expect(result.tables.find((t) => t.source === 'Deps.xlsx')!.kind).toBe('dependencies');
    expect(mapped(result, 'Deps.xlsx')).toMatchObject({ from: 'Providing project', to: 'Needing project', note: 'What is needed', neededBy: 'Need date', agreed: 'Agreed?' });
    expect(result.dependencies.map((d) => [d.from, d.to, d.neededBy, d.agreed])).toEqual([
      ['CT-01', 'CT-02', day('2027-01-15'), 'Yes'],
      ['CT-02', 'CT-03', day('2027-04-01'), 'No'],
    ]);
  });

  it('so the tracker, with no Depends On column of its own, is not said to lack dependencies', () => {
    expect(result.findings.filter((f) => f.code === 'ingest.fields-missing').map((f) => f.message).join(' ')).not.toMatch(/depends on/);
  });
});

describe('a RAID log in a file named for the programme', () => {
  it('is told by its Type column, not its name, and left out saying why', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Type', 'Description', 'Owner', 'Status', 'Date raised', 'Review date'],
      ['R1', 'Risk', 'Vendor insolvency', 'Jo Park', 'Open', '2026-10-01', '2026-12-01'],
      ['I1', 'Issue', 'Test data unavailable', 'Ben Ito', 'Open', '2026-10-15', '2026-11-20'],
      ['D1', 'Decision', 'Go with option B', 'Ria Sen', 'Closed', '2026-09-20', null],
    ];
    const result = ingestSources([source('Programme.xlsx', rows)], options);
    expect(result.initiatives).toEqual([]);
    expect(result.tables[0]!.ignoredReason).toBe('it looks like a RAID log ("Type" says each row is a risk, issue, decision), not initiatives');
  });

  it('leaves a Status column of "Risk" and "Issues" a status (amber), not a RAID type', () => {
    const rows: CellValue[][] = [
      ['ID', 'Status', 'Due'],
      ['A-1', 'Risk', '2027-01-01'],
      ['A-2', 'Issues', '2027-02-01'],
    ];
    expect(ingestSources([source('Programme.xlsx', rows)], options).initiatives.map((i) => [i.id, i.status])).toEqual([
      ['A-1', 'amber'],
      ['A-2', 'amber'],
    ]);
  });

  it('leaves a plan whose Type column says Task or Milestone an initiatives table', () => {
    const rows: CellValue[][] = [
      ['ID', 'Type', 'Name', 'Owner', 'Status', 'Due'],
      ['P-1', 'Task', 'Design', 'Jo Park', 'Green', '2027-01-15'],
      ['P-2', 'Milestone', 'Design signed off', 'Jo Park', 'Green', '2027-01-29'],
    ];
    expect(ingestSources([source('Programme.xlsx', rows)], options).initiatives.map((i) => i.id)).toEqual(['P-1', 'P-2']);
  });
});

describe('a KPI table that names its measures', () => {
  it('reads "Measure" as the KPI\'s name', () => {
    const rows: CellValue[][] = [
      ['KPI', 'Measure', 'Target', 'Actual'],
      ['K-1', 'Leads per month', 500, 420],
      ['K-2', 'NPS', 40, 44],
    ];
    const result = ingestSources([source('KPIs.xlsx', rows)], options);
    expect(mapped(result, 'KPIs.xlsx')).toEqual({ kpi: 'KPI', name: 'Measure', target: 'Target', actual: 'Actual' });
    expect(result.kpis.map((k) => [k.kpi, k.name])).toEqual([
      ['K-1', 'Leads per month'],
      ['K-2', 'NPS'],
    ]);
  });
});

describe('a roadmap with a workflow Status and a Confidence rating', () => {
  const rows: CellValue[][] = [
    ['Feature', 'Squad', 'Quarter', 'Status', 'Confidence'],
    ['Single sign-on', 'Identity', 'Q1 2027', 'In Progress', 'High'],
    ['Audit log export', 'Platform', 'Q2 2027', 'Not Started', 'Medium'],
    ['Usage billing', 'Billing', 'Q2 2027', 'Blocked', 'High'],
    ['Mobile app beta', 'Mobile', 'Q3 2027', 'In Review', 'Low'],
    ['Partner API', 'Platform', 'Q4 2026', 'Done', 'Medium'],
    ['Offline mode', 'Mobile', 'Q3 2027', 'On Hold', 'High'],
  ];
  const result = ingestSources([source('Roadmap.xlsx', rows)], options);

  it('reads the rating as the status and the workflow state beside it', () => {
    expect(mapped(result, 'Roadmap.xlsx')).toMatchObject({ status: 'Confidence', due: 'Quarter' });
    // High green, Medium amber, Low red; Blocked is red over High, Done and On Hold say what they say.
    expect(result.initiatives.map((i) => [i.id, i.status])).toEqual([
      ['Single sign-on', 'green'],
      ['Audit log export', 'amber'],
      ['Usage billing', 'red'],
      ['Mobile app beta', 'red'],
      ['Partner API', 'done'],
      ['Offline mode', 'on-hold'],
    ]);
  });

  it('keeps a Status of colours as the status, with the confidence left unmapped', () => {
    const rag = ingestSources([source('Plan.xlsx', [['ID', 'Name', 'Status', 'Confidence'], ['P-1', 'A', 'Green', 'Low'], ['P-2', 'B', 'Red', 'High']])], options);
    expect(mapped(rag, 'Plan.xlsx')).toMatchObject({ status: 'Status' });
    expect(rag.initiatives.map((i) => i.status)).toEqual(['green', 'red']);
  });

  it('leaves a Priority beside a workflow Status alone: a ranking is not a rating', () => {
    const ranked = ingestSources([source('Backlog.xlsx', [['ID', 'Name', 'Status', 'Priority'], ['B-1', 'A', 'In Progress', 'High'], ['B-2', 'B', 'To Do', 'Low']])], options);
    expect(mapped(ranked, 'Backlog.xlsx').status).toBe('Status');
    expect(ranked.initiatives.map((i) => i.status)).toEqual(['unknown', 'not-started']);
  });
});

describe('a blank row inside a table, then rows that carry it on', () => {
  // Row 6 under the gap holds "Done" under Status and FIN-1 under Ref and words that look like column
  // names ("see notes"); it repeats the table's own values in their columns, so it is data, and so is row 5.
  const rows: CellValue[][] = [
    ['Ref', 'Project', 'Lead', 'Status', 'KPIs', 'Due'],
    ['FIN-1', 'Ledger upgrade', 'A. Shah', 'Done', 'K1', '2026-10-30'],
    ['FIN-2', 'Close automation', 'B. Lee', 'Amber', 'K2', '2027-01-29'],
    [null, null, null, null, null, null],
    ['FIN-3', 'Treasury', 'A. Shah', 'Green', 'K1', '2027-03-31'],
    ['FIN-1', 'see notes', null, 'Done', 'K1', null],
    ['FIN-4', 'Audit trail', 'B. Lee', 'Red', 'K2', '2027-02-26'],
  ];
  const result = ingestSources([source('Finance.xlsx', rows)], options);

  it('reads every row under the one header', () => {
    expect(result.tables.filter((t) => t.kind === 'initiatives').map((t) => t.range)).toEqual([{ top: 0, left: 0, bottom: 6, right: 5 }]);
    expect(result.initiatives.map((i) => [i.id, i.ref.row])).toEqual([
      ['FIN-1', 2],
      ['FIN-2', 3],
      ['FIN-3', 5],
      ['FIN-1', 6],
      ['FIN-4', 7],
    ]);
    expect(result.findings.filter((f) => f.code === 'ingest.table-ignored')).toEqual([]);
  });

  it('reads a row past the gap that names two fields by chance as data ("see notes", "Done")', () => {
    const chance = ingestSources(
      [source('Chance.xlsx', [...rows.slice(0, 4), ['FIN-5', 'see notes', null, 'Done', 'K3', 0.25], ['FIN-6', 'Audit trail', 'B. Lee', 'Red', 'K2', '2027-02-26']])],
      options,
    );
    expect(chance.initiatives.map((i) => i.id)).toEqual(['FIN-1', 'FIN-2', 'FIN-5', 'FIN-6']);
  });

  it('still finds a second table under a blank row when its header names columns', () => {
    const two = ingestSources(
      [source('Two.xlsx', [...rows.slice(0, 3), [null, null, null, null, null, null], ['KPI', 'Name', 'Target', 'Actual', 'Owner', null], ['K1', 'Close days', 5, 7, 'A. Shah', null]])],
      options,
    );
    expect(two.tables.map((t) => [t.kind, t.range.top])).toEqual([
      ['initiatives', 0],
      ['kpis', 4],
    ]);
  });
});
