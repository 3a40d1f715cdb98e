/**
 * Benefits registers (issue #13): a register whose rows are benefits, each naming the initiative
 * (defined in a tracker) that is to bring it. An analyst reads it as value per initiative, not as
 * initiatives of its own with no status or due date. Every sum below is worked by hand.
 */
import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { runPipeline } from '../../../src/core/pipeline';
import { day } from '../../support/read-export';

function source(name: string, sheet: string, rows: CellValue[][]): RawSource {
  return { name, origin: 'file', dateSystem: 1900, sheets: [{ name: sheet, origin: { row: 0, col: 0 }, values: rows }] };
}

const options = makeOptions(day('2026-11-16'));

const TRACKER: CellValue[][] = [
  ['ID', 'Project', 'Owner', 'RAG', 'Due', 'Depends on'],
  ['CX-1', 'Portal rebuild', 'Ana', 'Green', '2027-06-30', ''],
  ['CX-2', 'Chatbot', 'Ben', 'Amber', '2027-03-31', 'CX-1'],
  ['CX-3', 'Call routing', 'Cy', 'Green', '2027-05-31', ''],
];

describe('a benefits register keyed by benefit ids, naming each benefit’s project by id', () => {
  const BENEFITS: CellValue[][] = [
    ['Benefit ID', 'Benefit', 'Project', 'Benefit owner', 'Benefit type', 'Annual value (£)', 'Realisation start', 'Status'],
    ['B-01', 'Fewer calls', 'CX-1', 'Finance', 'Cashable', '£250,000', '2027-07-01', 'On track'],
    ['B-02', 'Faster onboarding', 'CX-2', 'Ops', 'Non-cashable', '£90,000', '2027-04-01', 'At risk'],
    ['B-03', 'Lower hosting', 'CX-1', 'IT', 'Cashable', '£40,000', '2027-09-01', 'On track'],
  ];
  const sources = [source('Tracker.xlsx', 'Plan', TRACKER), source('Benefits.xlsx', 'Register', BENEFITS)];
  const ingest = ingestSources(sources, options);
  const run = runPipeline(sources, options);

  it('reads no initiative from the register: the tracker’s three only', () => {
    expect(run.model.initiatives.map((i) => i.id)).toEqual(['CX-1', 'CX-2', 'CX-3']);
    expect(run.findings.filter((f) => f.cells.some((c) => c.source === 'Benefits.xlsx') && f.code.startsWith('status.'))).toEqual([]);
  });

  it('adds each benefit to its project: CX-1 250,000 + 40,000, CX-2 its one, CX-3 none given', () => {
    expect(run.model.initiatives.map((i) => [i.id, i.benefit])).toEqual([
      ['CX-1', 290000],
      ['CX-2', 90000],
      ['CX-3', undefined],
    ]);
  });

  it('says the table was read as a benefits register, naming the reference and the amount read', () => {
    const table = ingest.tables.find((t) => t.source === 'Benefits.xlsx')!;
    expect(table.kind).toBeNull();
    const notice = ingest.findings.find((f) => f.code === 'ingest.table-ignored' && f.cells[0]!.source === 'Benefits.xlsx')!;
    expect(notice.message).toBe(
      'Benefits.xlsx, sheet "Register": the cells at A1:H4 hold benefits (a benefits register), not initiatives, and were read as such: 3 benefits of 2 initiatives (CX-1, CX-2) named in "Project"; "Annual value (£)" is summed into each initiative\'s own row.',
    );
    expect(notice.severity).toBe('info');
  });
});

describe('a benefits register naming its benefits and their projects by name', () => {
  const BENEFITS: CellValue[][] = [
    ['Benefit', 'Linked project', 'Value'],
    ['Fewer calls', 'Portal rebuild', 120000],
    ['Shorter queues', 'Call routing', 30000],
    ['Fewer repeat calls', 'Portal rebuild', 5000],
    ['Upsell', 'Loyalty app', 8000],
  ];
  const run = runPipeline([source('Tracker.xlsx', 'Plan', TRACKER), source('Benefits.xlsx', 'Benefits', BENEFITS)], options);

  it('resolves each project by its unique name: CX-1 125,000, CX-3 30,000', () => {
    expect(run.model.initiatives.map((i) => [i.id, i.benefit])).toEqual([
      ['CX-1', 125000],
      ['CX-2', undefined],
      ['CX-3', 30000],
    ]);
  });

  it('says which benefit names a project no source has, its value not counted', () => {
    const unknown = run.findings.filter((f) => f.code === 'value.unparseable' && f.cells.some((c) => c.source === 'Benefits.xlsx'));
    expect(unknown.map((f) => [f.message, f.cells.map((c) => c.address)])).toEqual([
      [
        'Benefits.xlsx: a benefit names initiative "Loyalty app", which no source defines by that id or name; benefit 8,000 is not counted. Correct the name, or write the initiative\'s id.',
        ['B5'],
      ],
    ]);
  });
});

describe('what is not a benefits register', () => {
  it('a tracker whose Benefit column holds amounts stays a tracker of its own projects', () => {
    const rows: CellValue[][] = [
      ['ID', 'Project', 'Benefit', 'RAG', 'Due'],
      ['P-1', 'Portal rebuild', 250000, 'Green', '2027-06-30'],
      ['P-2', 'Chatbot', 90000, 'Amber', '2027-03-31'],
    ];
    const run = runPipeline([source('Tracker.xlsx', 'Plan', rows)], options);
    expect(run.model.initiatives.map((i) => [i.id, i.name, i.benefit])).toEqual([
      ['P-1', 'Portal rebuild', 250000],
      ['P-2', 'Chatbot', 90000],
    ]);
  });

  it('a tracker with a Benefits description after its Project name stays a tracker', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Project', 'Benefits', 'Value', 'Status'],
      ['P-1', 'Portal rebuild', 'Fewer calls', 250000, 'Green'],
      ['P-2', 'Chatbot', 'Faster onboarding', 90000, 'Red'],
    ];
    const run = runPipeline([source('Tracker.xlsx', 'Plan', rows)], options);
    expect(run.model.initiatives.map((i) => [i.id, i.name, i.status])).toEqual([
      ['P-1', 'Portal rebuild', 'green'],
      ['P-2', 'Chatbot', 'red'],
    ]);
  });
});

describe('a benefits register read alone', () => {
  it('is the only list of its benefits: read as items of their own, not dropped', () => {
    const rows: CellValue[][] = [
      ['Benefit ID', 'Benefit', 'Project', 'Value'],
      ['B-01', 'Fewer calls', 'CX-1', 250000],
      ['B-02', 'Faster onboarding', 'CX-2', 90000],
    ];
    const run = runPipeline([source('Benefits.xlsx', 'Register', rows)], options);
    expect(run.model.initiatives.map((i) => [i.id, i.name, i.benefit])).toEqual([
      ['B-01', 'Fewer calls', 250000],
      ['B-02', 'Faster onboarding', 90000],
    ]);
  });
});

describe('a benefits register naming one project by its title among ids', () => {
  const BENEFITS: CellValue[][] = [
    ['Benefit ID', 'Benefit', 'Project', 'Benefit owner', 'Annual value (£)'],
    ['B-01', 'Fewer calls', 'CX-1', 'Finance', '£250,000'],
    ['B-02', 'Faster onboarding', 'CX-2', 'Ops', '£90,000'],
    // The routing project written by its name, as the register's author knew it.
    ['B-03', 'Shorter queues', 'Call routing', 'Ops', '£60,000'],
  ];
  const run = runPipeline([source('Tracker.xlsx', 'Plan', TRACKER), source('Benefits.xlsx', 'Register', BENEFITS)], options);

  it('resolves the title to its initiative and counts its benefit', () => {
    expect(run.model.initiatives.map((i) => [i.id, i.benefit])).toEqual([
      ['CX-1', 250000],
      ['CX-2', 90000],
      ['CX-3', 60000],
    ]);
    expect(run.findings.filter((f) => f.code === 'value.unparseable' && f.cells.some((c) => c.source === 'Benefits.xlsx'))).toEqual([]);
  });
});
