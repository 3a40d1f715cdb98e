/**
 * Cost breakdowns (issues #13/#15): a finance table whose rows are cost lines of initiatives
 * defined in a tracker. An analyst reads it as money per initiative, not as initiatives of its
 * own: the lines' budgets and forecasts are summed per initiative; a tracker's own figure stands.
 * Every sum below is worked by hand from the rows.
 */
import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { runPipeline } from '../../../src/core/pipeline';
import { day } from '../../support/read-export';

function source(name: string, sheet: string, rows: CellValue[][]): RawSource {
  return { name, origin: 'file', dateSystem: 1900, sheets: [{ name: sheet, origin: { row: 0, col: 0 }, values: rows }] };
}

const options = makeOptions(day('2026-11-16'));

const COSTS: CellValue[][] = [
  ['Cost line', 'Initiative', 'Cost centre', 'FY26 budget', 'FY26 forecast', 'Variance'],
  ['CL-1', 'CT-01', 'CC100', 400000, 455000, 55000],
  ['CL-2', 'CT-01', 'CC101', 800000, 895000, 95000],
  ['CL-3', 'CT-02', 'CC100', 250000, 240000, -10000],
];

const TRACKER: CellValue[][] = [
  ['ID', 'Name', 'Status', 'Due', 'Last updated'],
  ['CT-01', 'Payroll consolidation', 'Amber', '2027-03-31', '2026-11-10'],
  ['CT-02', 'Vendor portal', 'Green', '2027-01-31', '2026-11-12'],
];

describe('cost lines of initiatives whose tracker gives no money', () => {
  const sources = [source('Tracker.xlsx', 'Plan', TRACKER), source('Finance.xlsx', 'Costs', COSTS)];
  const ingest = ingestSources(sources, options);
  const run = runPipeline(sources, options);

  it('reads no initiative from the cost table: the two of the tracker only', () => {
    expect(ingest.initiatives.map((r) => [r.id, r.ref.source])).toEqual([
      ['CT-01', 'Tracker.xlsx'],
      ['CT-02', 'Tracker.xlsx'],
    ]);
    expect(run.model.initiatives.map((i) => i.id)).toEqual(['CT-01', 'CT-02']);
  });

  it('sums the lines per initiative: CT-01 400,000 + 800,000 and 455,000 + 895,000; CT-02 its one line', () => {
    expect(run.model.initiatives.map((i) => [i.id, i.budget, i.forecastCost])).toEqual([
      ['CT-01', 1200000, 1350000],
      ['CT-02', 250000, 240000],
    ]);
  });

  it('so CT-01 forecasts 12.5% over its budget, and CT-02 (under) does not', () => {
    const overruns = run.findings.filter((f) => f.code === 'finance.cost-overrun');
    expect(overruns.map((f) => f.initiativeId)).toEqual(['CT-01']);
    expect(overruns[0]!.message).toContain('1,350,000');
    expect(overruns[0]!.message).toContain('12.5%');
  });

  it('says the table was read as cost lines, with the columns it read, and raises no finding about its rows as initiatives', () => {
    const table = ingest.tables.find((t) => t.source === 'Finance.xlsx')!;
    expect(table.kind).toBeNull();
    expect(table.ignoredReason).toBe(
      'it was read as cost lines, not initiatives: 3 lines of 2 initiatives (CT-01, CT-02) named in "Initiative"; "FY26 budget", "FY26 forecast" are summed into each initiative\'s own row',
    );
    expect(table.mapping.map((m) => [m.field, m.header])).toEqual([
      ['id', 'Initiative'],
      ['budget', 'FY26 budget'],
      ['forecastCost', 'FY26 forecast'],
    ]);
    const finance = ingest.findings.filter((f) => f.cells.some((c) => c.source === 'Finance.xlsx'));
    expect(finance.map((f) => [f.code, f.cells.map((c) => c.address)])).toEqual([['ingest.table-ignored', ['A1']]]);
    expect(finance[0]!.message).toBe(
      'Finance.xlsx, sheet "Costs": the cells at A1:F4 hold cost lines, not initiatives, and were read as such: 3 lines of 2 initiatives (CT-01, CT-02) named in "Initiative"; "FY26 budget", "FY26 forecast" are summed into each initiative\'s own row.',
    );
    // No dates.missing, status.missing, id.duplicate... for cost lines taken as initiatives.
    expect(run.findings.filter((f) => f.initiativeId?.startsWith('CL-'))).toEqual([]);
  });

  it('the source summary counts no initiatives for the finance file', () => {
    expect(run.model.sources.map((s) => [s.name, s.initiativeCount])).toEqual([
      ['Tracker.xlsx', 2],
      ['Finance.xlsx', 0],
    ]);
  });
});

describe('cost lines beside a tracker that has its own budget', () => {
  const tracker: CellValue[][] = [
    ['ID', 'Name', 'Status', 'Due', 'Last updated', 'Budget'],
    ['CT-01', 'Payroll consolidation', 'Amber', '2027-03-31', '2026-11-10', 1200000],
    ['CT-02', 'Vendor portal', 'Green', '2027-01-31', '2026-11-12', 300000],
  ];
  const sources = [source('Tracker.xlsx', 'Plan', tracker), source('Finance.xlsx', 'Costs', COSTS)];
  const run = runPipeline(sources, options);

  it("keeps the tracker's budget (not doubled), and takes the summed forecast the tracker lacks", () => {
    expect(run.model.initiatives.map((i) => [i.id, i.budget, i.forecastCost])).toEqual([
      ['CT-01', 1200000, 1350000],
      ['CT-02', 300000, 240000],
    ]);
  });

  it('raises source.conflict where the sum differs (CT-02: 300,000 against 250,000), not where it agrees (CT-01)', () => {
    const conflicts = run.findings.filter((f) => f.code === 'source.conflict');
    expect(conflicts.map((f) => [f.initiativeId, f.cells.map((c) => `${c.source}!${c.address}`), f.message])).toEqual([
      [
        'CT-02',
        ['Tracker.xlsx!F3', 'Finance.xlsx!D4'],
        "CT-02 budget is 300,000 in Tracker.xlsx but 250,000 summed from 1 cost line in Finance.xlsx; the tracker's 300,000 is used.",
      ],
    ]);
  });
});

describe('a cost line naming an initiative no source defines', () => {
  const costs: CellValue[][] = [...COSTS, ['CL-4', 'CT-09', 'CC102', 50000, 60000, 10000], ['CL-5', 'CT-09', 'CC102', 5000, null, null]];
  const ingest = ingestSources([source('Tracker.xlsx', 'Plan', TRACKER), source('Finance.xlsx', 'Costs', costs)], options);

  it('is a finding on the cells naming it, its 55,000 budget and 60,000 forecast not counted anywhere', () => {
    const unknown = ingest.findings.filter((f) => f.code === 'value.unparseable');
    expect(unknown.map((f) => [f.cells.map((c) => `${c.sheet}!${c.address}`), f.message])).toEqual([
      [
        ['Costs!B5', 'Costs!B6'],
        'Finance.xlsx: 2 cost lines name initiative CT-09, which no source defines; budget 55,000 and forecast cost 60,000 are not counted. Correct the id, or add the initiative to its tracker.',
      ],
    ]);
    expect(ingest.initiatives.map((r) => [r.id, r.budget])).toEqual([
      ['CT-01', 1200000],
      ['CT-02', 250000],
    ]);
  });
});

describe('cost lines that give the initiative by id and name, with a description per line', () => {
  const costs: CellValue[][] = [
    ['Line', 'Description', 'Initiative ID', 'Initiative name', 'Approved budget', 'Benefit'],
    ['1', 'Licences', 'CT-01', 'Payroll consolidation', 400000, 100000],
    ['2', 'Contractors', 'CT-01', 'Payroll consolidation', 800000, 250000],
    ['3', 'Hosting', 'CT-02', 'Vendor portal', 250000, null],
  ];
  const ingest = ingestSources([source('Tracker.xlsx', 'Plan', TRACKER), source('Finance.xlsx', 'Costs', costs)], options);

  it('sums budget and benefit per initiative id: CT-01 1,200,000 and 350,000; CT-02 250,000 and none', () => {
    expect(ingest.tables.find((t) => t.source === 'Finance.xlsx')!.mapping.map((m) => [m.field, m.header])).toEqual([
      ['id', 'Initiative ID'],
      ['budget', 'Approved budget'],
      ['benefit', 'Benefit'],
    ]);
    expect(ingest.initiatives.map((r) => [r.id, r.budget, r.benefit])).toEqual([
      ['CT-01', 1200000, 350000],
      ['CT-02', 250000, undefined],
    ]);
  });
});

describe('a cost line whose budget cannot be read', () => {
  const costs: CellValue[][] = [
    ['Cost line', 'Initiative', 'Budget', 'Forecast'],
    ['CL-1', 'CT-01', 'four hundred', 455000],
    ['CL-2', 'CT-01', 800000, 895000],
  ];
  const ingest = ingestSources([source('Tracker.xlsx', 'Plan', TRACKER), source('Finance.xlsx', 'Costs', costs)], options);

  it('is value.unparseable on its cell; the other line\'s budget and both forecasts still count', () => {
    expect(ingest.findings.filter((f) => f.code === 'value.unparseable').map((f) => [f.cells.map((c) => c.address), f.message])).toEqual([
      [['C2'], 'Cost line of CT-01 (row 2): budget "four hundred" cannot be read; expected a number or an amount such as 1200, £1,200, 1.2m or (300).'],
    ]);
    expect(ingest.initiatives.map((r) => [r.id, r.budget, r.forecastCost])).toEqual([
      ['CT-01', 800000, 1350000],
      ['CT-02', undefined, undefined],
    ]);
  });
});

describe('cost lines written in thousands', () => {
  const costs: CellValue[][] = [
    ['Project code', 'Line', 'Budget (£k)', 'Forecast (£k)'],
    ['CT-01', 'Licences', 400, 455],
    ['CT-01', 'Contractors', 800, 895.5],
  ];
  const ingest = ingestSources([source('Tracker.xlsx', 'Plan', TRACKER), source('Finance.xlsx', 'Costs', costs)], options);

  it('reads each line in units before summing: 1,200,000 and 1,350,500', () => {
    expect(ingest.initiatives.map((r) => [r.id, r.budget, r.forecastCost])).toEqual([
      ['CT-01', 1200000, 1350500],
      ['CT-02', undefined, undefined],
    ]);
  });

  it('says the columns were read from thousands, as for an initiatives table', () => {
    const unit = ingest.findings.filter((f) => f.code === 'ingest.money-unit');
    expect(unit.map((f) => [f.cells.map((c) => `${c.source}!${c.address}`), f.message])).toEqual([
      [['Finance.xlsx!C1', 'Finance.xlsx!D1'], expect.stringMatching(/^Finance\.xlsx, sheet "Costs": C1 "Budget \(£k\)" is in thousands.*D1 "Forecast \(£k\)" is in thousands/)],
    ]);
  });
});

describe('initiatives tables with a Project column stay initiatives tables', () => {
  it('a Project column holding a different id on each row (no status or dates either)', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Title', 'Project', 'Budget', 'Forecast'],
      ['IN-1', 'Data platform', 'PRJ-101', 500000, 520000],
      ['IN-2', 'CRM refresh', 'PRJ-102', 300000, 310000],
      ['IN-3', 'Payroll', 'PRJ-103', 200000, 190000],
    ];
    const ingest = ingestSources([source('Portfolio.xlsx', 'Plan', rows)], options);
    expect(ingest.tables.map((t) => t.kind)).toEqual(['initiatives']);
    expect(ingest.initiatives.map((r) => [r.id, r.budget])).toEqual([
      ['IN-1', 500000],
      ['IN-2', 300000],
      ['IN-3', 200000],
    ]);
  });

  it('rows named each their own under a repeated Project or Programme key, with budgets and no status or dates', () => {
    for (const parent of ['Project', 'Programme']) {
      const rows: CellValue[][] = [
        ['ID', 'Name', parent, 'Budget'],
        ['T-1', 'Discovery', 'PRG-1', 100000],
        ['T-2', 'Build', 'PRG-1', 400000],
        ['T-3', 'Rollout', 'PRG-2', 150000],
      ];
      const ingest = ingestSources([source('Portfolio.xlsx', 'Plan', rows)], options);
      expect(ingest.tables.map((t) => t.kind)).toEqual(['initiatives']);
      expect(ingest.initiatives.map((r) => [r.id, r.budget])).toEqual([
        ['T-1', 100000],
        ['T-2', 400000],
        ['T-3', 150000],
      ]);
    }
  });

  it('an initiative written twice (the same Initiative ID and Title), with a budget and no status or dates', () => {
    const rows: CellValue[][] = [
      ['Initiative ID', 'Title', 'Budget'],
      ['FIN-1', 'Ledger upgrade', 1200],
      ['FIN-1', 'Ledger upgrade', 1200],
      ['OPS-1', 'Fleet telematics', 800],
    ];
    const ingest = ingestSources([source('Portfolio.xlsx', 'Plan', rows)], options);
    expect(ingest.tables.map((t) => t.kind)).toEqual(['initiatives']);
    expect(ingest.initiatives.map((r) => r.id)).toEqual(['FIN-1', 'FIN-1', 'OPS-1']);
  });

  it('ids that repeat beside a budget and an owner per row: someone answers for each row, so it is no cost breakdown', () => {
    const rows: CellValue[][] = [
      ['Project ID', 'Baseline Cost', 'Accountable'],
      ['FIN-1', 1200, 'A. Shah'],
      ['FIN-1', 800, 'B. Jones'],
      ['OPS-1', 500, 'A. Shah'],
    ];
    const ingest = ingestSources([source('Portfolio.xlsx', 'Plan', rows)], options);
    expect(ingest.tables.map((t) => t.kind)).toEqual(['initiatives']);
    expect(ingest.initiatives.map((r) => [r.id, r.owner])).toEqual([
      ['FIN-1', 'A. Shah'],
      ['FIN-1', 'B. Jones'],
      ['OPS-1', 'A. Shah'],
    ]);
  });

  it('a Project column repeating a programme key, in a tracker with status and due dates', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Project', 'Status', 'Due', 'Budget'],
      ['T-1', 'Discovery', 'PRG-1', 'Green', '2027-01-31', 100000],
      ['T-2', 'Build', 'PRG-1', 'Amber', '2027-04-30', 400000],
      ['T-3', 'Rollout', 'PRG-2', 'Green', '2027-06-30', 150000],
    ];
    const ingest = ingestSources([source('Programme.xlsx', 'Plan', rows)], options);
    expect(ingest.tables.map((t) => t.kind)).toEqual(['initiatives']);
    expect(ingest.initiatives.map((r) => r.id)).toEqual(['T-1', 'T-2', 'T-3']);
  });
});

describe('a cost line with no initiative named', () => {
  const costs: CellValue[][] = [
    ['Cost line', 'Initiative', 'Budget', 'Forecast'],
    ['CL-1', 'CT-01', 400000, 455000],
    ['CL-2', null, 70000, 72000],
    ['CL-3', 'CT-01', 800000, 895000],
  ];
  const ingest = ingestSources([source('Tracker.xlsx', 'Plan', TRACKER), source('Finance.xlsx', 'Costs', costs)], options);

  it('is said at its row, its amounts counted nowhere; the named lines still sum', () => {
    expect(ingest.findings.filter((f) => f.code === 'value.unparseable').map((f) => [f.cells.map((c) => c.address), f.message])).toEqual([
      [['B3'], 'Row 3: a cost line that names no initiative in "Initiative"; its Budget "70000", Forecast "72000" are counted nowhere.'],
    ]);
    expect(ingest.initiatives.find((r) => r.id === 'CT-01')).toMatchObject({ budget: 1200000, forecastCost: 1350000 });
  });
});

describe('cost lines that name their initiative by name, not id', () => {
  const costs: CellValue[][] = [
    ['Cost line', 'Initiative', 'Cost centre', 'Budget', 'Forecast'],
    ['CL-1', 'Payroll consolidation', 'CC100', 400000, 455000],
    ['CL-2', 'payroll  Consolidation', 'CC101', 800000, 895000], // case and spacing aside, the same name
    ['CL-3', 'Vendor portal', 'CC100', 250000, 240000],
    ['CL-4', 'Vendor portal', 'CC102', 10000, null],
  ];
  const sources = [source('Tracker.xlsx', 'Plan', TRACKER), source('Finance.xlsx', 'Costs', costs)];
  const ingest = ingestSources(sources, options);
  const run = runPipeline(sources, options);

  it('resolves each name to the one initiative that has it and sums: CT-01 1,200,000 / 1,350,000; CT-02 260,000 / 240,000', () => {
    expect(run.model.initiatives.map((i) => [i.id, i.budget, i.forecastCost])).toEqual([
      ['CT-01', 1200000, 1350000],
      ['CT-02', 260000, 240000],
    ]);
    const table = ingest.tables.find((t) => t.source === 'Finance.xlsx')!;
    expect(table.kind).toBeNull();
    expect(table.mapping.map((m) => [m.field, m.header])).toEqual([
      ['name', 'Initiative'],
      ['budget', 'Budget'],
      ['forecastCost', 'Forecast'],
    ]);
    expect(table.ignoredReason).toBe(
      'it was read as cost lines, not initiatives: 4 lines of 3 initiatives ("Payroll consolidation", "payroll Consolidation", "Vendor portal") named in "Initiative"; "Budget", "Forecast" are summed into each initiative\'s own row',
    );
  });

  it("points a summed figure at the first line's cell: CT-01's forecast overrun at Finance.xlsx!E2", () => {
    const overrun = run.findings.find((f) => f.code === 'finance.cost-overrun' && f.initiativeId === 'CT-01')!;
    expect(overrun.cells.map((c) => `${c.source}!${c.sheet}!${c.address}`)).toEqual(['Finance.xlsx!Costs!E2', 'Finance.xlsx!Costs!D2']);
  });

  it('counts no initiative for the finance file', () => {
    expect(run.model.sources.map((s) => [s.name, s.initiativeCount])).toEqual([
      ['Tracker.xlsx', 2],
      ['Finance.xlsx', 0],
    ]);
  });
});

describe('cost lines naming an unknown or a shared name', () => {
  const tracker: CellValue[][] = [
    ['ID', 'Name', 'Status', 'Due'],
    ['CT-01', 'Payroll consolidation', 'Amber', '2027-03-31'],
    ['CT-02', 'Vendor portal', 'Green', '2027-01-31'],
    ['OPS-7', 'Vendor portal', 'Green', '2027-02-28'],
  ];
  const costs: CellValue[][] = [
    ['Cost line', 'Initiative', 'Budget'],
    ['CL-1', 'Payroll consolidation', 400000],
    ['CL-2', 'Vendor portal', 250000],
    ['CL-3', 'Data lake', 70000],
    ['CL-4', 'Data lake', 5000],
    ['CL-5', 'CT-01', 1000], // an id written in the name column is that initiative
  ];
  const ingest = ingestSources([source('Tracker.xlsx', 'Plan', tracker), source('Finance.xlsx', 'Costs', costs)], options);

  it('is one finding per name on the cells naming it, its money not counted; the resolved lines still sum', () => {
    const found = ingest.findings.filter((f) => f.code === 'value.unparseable');
    expect(found.map((f) => [f.cells.map((c) => c.address), f.message, f.related])).toEqual([
      [
        ['B3'],
        'Finance.xlsx: a cost line names initiative "Vendor portal", a name 2 initiatives share (CT-02, OPS-7); budget 250,000 is not counted. Write the id of the one meant instead of its name.',
        ['CT-02', 'OPS-7'],
      ],
      [['B4', 'B5'], 'Finance.xlsx: 2 cost lines name initiative "Data lake", which no source defines by that id or name; budget 75,000 is not counted. Correct the name, or write the initiative\'s id.', undefined],
    ]);
    expect(ingest.initiatives.map((r) => [r.id, r.budget])).toEqual([
      ['CT-01', 401000],
      ['CT-02', undefined],
      ['OPS-7', undefined],
    ]);
  });
});

describe('a name column that repeats under ids of its own stays an initiatives table', () => {
  it('"ID | Initiative | Budget": rows keyed by their own ids are items, not cost lines', () => {
    const rows: CellValue[][] = [
      ['ID', 'Initiative', 'Budget'],
      ['T-1', 'Ledger upgrade', 100],
      ['T-2', 'Ledger upgrade', 200],
      ['T-3', 'Payroll', 300],
    ];
    const ingest = ingestSources([source('Portfolio.xlsx', 'Plan', rows)], options);
    expect(ingest.tables.map((t) => t.kind)).toEqual(['initiatives']);
    expect(ingest.initiatives.map((r) => r.id)).toEqual(['T-1', 'T-2', 'T-3']);
  });
});

describe('a finance table of one line per initiative: ids and money, nothing else', () => {
  const finance: CellValue[][] = [
    ['Initiative ID', 'Budget', 'Forecast', 'Cost centre'],
    ['CT-01', 1200000, 1350000, 'CC100'],
    ['CT-02', 250000, 240000, 'CC100'],
  ];
  const sources = [source('Tracker.xlsx', 'Plan', TRACKER), source('Finance.xlsx', 'Money', finance)];
  const ingest = ingestSources(sources, options);
  const run = runPipeline(sources, options);

  it('merges into the initiatives the tracker defines, not a second set of them', () => {
    expect(ingest.initiatives.map((r) => [r.id, r.ref.source, r.budget, r.forecastCost])).toEqual([
      ['CT-01', 'Tracker.xlsx', 1200000, 1350000],
      ['CT-02', 'Tracker.xlsx', 250000, 240000],
    ]);
    const table = ingest.tables.find((t) => t.source === 'Finance.xlsx')!;
    expect(table.kind).toBeNull();
    expect(table.ignoredReason).toBe(
      'it was read as cost lines, not initiatives: 2 lines of 2 initiatives (CT-01, CT-02), one line each, named in "Initiative ID"; "Budget", "Forecast" are summed into each initiative\'s own row',
    );
  });

  it('is counted as no initiative of Finance in the sources, and raises nothing about missing names, statuses or dates', () => {
    expect(run.model.sources.map((s) => [s.name, s.initiativeCount])).toEqual([
      ['Tracker.xlsx', 2],
      ['Finance.xlsx', 0],
    ]);
    const finance = run.findings.filter((f) => f.cells.some((c) => c.source === 'Finance.xlsx'));
    // The overrun (CT-01: 1,350,000 against 1,200,000) falls to nobody, the tracker naming no owner: action.unassigned on its cells.
    expect(finance.map((f) => f.code).sort()).toEqual(['action.unassigned', 'finance.cost-overrun', 'ingest.table-ignored', 'ingest.unmapped-columns']);
    expect(finance.find((f) => f.code === 'finance.cost-overrun')!.cells.map((c) => `${c.source}!${c.address}`)).toEqual(['Finance.xlsx!C2', 'Finance.xlsx!B2']);
  });

  it('read alone (no tracker defines its ids), it is the only list of them: initiatives, as before', () => {
    const alone = ingestSources([source('Finance.xlsx', 'Money', finance)], options);
    expect(alone.tables.map((t) => t.kind)).toEqual(['initiatives']);
    expect(alone.initiatives.map((r) => [r.id, r.budget])).toEqual([
      ['CT-01', 1200000],
      ['CT-02', 250000],
    ]);
  });

  it('beside a tracker that defines none of its ids, it stays initiatives of its own', () => {
    const other: CellValue[][] = [
      ['Initiative ID', 'Budget', 'Forecast'],
      ['FIN-1', 50000, 60000],
      ['FIN-2', 70000, 65000],
    ];
    const mixed = ingestSources([source('Tracker.xlsx', 'Plan', TRACKER), source('Finance.xlsx', 'Money', other)], options);
    expect(mixed.initiatives.map((r) => [r.id, r.ref.source])).toEqual([
      ['CT-01', 'Tracker.xlsx'],
      ['CT-02', 'Tracker.xlsx'],
      ['FIN-1', 'Finance.xlsx'],
      ['FIN-2', 'Finance.xlsx'],
    ]);
  });

  it('a table with a Name column is never cost lines, though it holds only money besides', () => {
    const named: CellValue[][] = [
      ['Initiative ID', 'Name', 'Budget'],
      ['CT-01', 'Payroll consolidation', 1200000],
      ['CT-02', 'Vendor portal', 250000],
    ];
    const both = ingestSources([source('Tracker.xlsx', 'Plan', TRACKER), source('Finance.xlsx', 'Money', named)], options);
    expect(both.tables.map((t) => t.kind)).toEqual(['initiatives', 'initiatives']);
    expect(both.initiatives.map((r) => [r.id, r.ref.source])).toEqual([
      ['CT-01', 'Tracker.xlsx'],
      ['CT-02', 'Tracker.xlsx'],
      ['CT-01', 'Finance.xlsx'],
      ['CT-02', 'Finance.xlsx'],
    ]);
  });

  it('an ID column of the rows\u2019 own beside a bare Initiative heading keys them: Initiative is their name, not a reference', () => {
    // The Initiative cells repeat and look like ids ("7"), but the rows have their own ID: a tracker, names written as numbers.
    const keyed: CellValue[][] = [
      ['Initiative', 'Baseline Cost', 'ID'],
      [7, 1200, 'FIN-1'],
      [7, 900, 'FIN-2'],
      [8, 300, 'FIN-3'],
      [8, 50, 'FIN-4'],
    ];
    const read = ingestSources([source('Finance.xlsx', 'Plan', keyed)], options);
    expect(read.tables.map((t) => t.kind)).toEqual(['initiatives']);
    expect(read.initiatives.map((r) => [r.id, r.budget])).toEqual([
      ['FIN-1', 1200],
      ['FIN-2', 900],
      ['FIN-3', 300],
      ['FIN-4', 50],
    ]);
  });
});
