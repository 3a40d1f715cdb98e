import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue, type GridRange } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/**
 * How hand-made plans lay rows out beyond the items themselves: headings between groups of
 * tasks, totals rows labelled at the end, a sign-off block or footer line under the table,
 * a template's unused rows. Each worked out by hand from the sheet as written.
 */
const options = makeOptions(dayFromIso('2026-11-16')!);
const ingest = (rows: ReadonlyArray<ReadonlyArray<CellValue>>, merges?: readonly GridRange[]) =>
  ingestSources([sheetSource([{ name: 'Plan', rows, ...(merges ? { merges } : {}) }], { name: 'Bank.xlsx' })], options);
const ignored = (result: ReturnType<typeof ingest>) => result.findings.filter((f) => f.code === 'ingest.table-ignored').map((f) => [f.message, f.cells.map((c) => c.address)]);

describe('section headings between the items', () => {
  const HEADER = ['ID', 'Task', 'Owner', 'Status', 'Predecessors'];
  const GROUPED = [
    HEADER,
    ['Workstream: Payments', null, null, null, null],
    [1, 'ISO 20022 mapping', 'Hannah Cole', 'Green', null],
    [2, 'CHAPS migration', 'Hannah Cole', 'Amber', '1'],
    ['Workstream: Lending', null, null, null, null],
    [1, 'Origination RFP', 'Zara Hussain', 'Complete', null],
    [2, 'Broker portal', 'Owen Price', 'Amber', '1'],
  ];

  it('are not initiatives: their labels group the rows under them, and ids numbered anew in each group are read within it', () => {
    const result = ingest(GROUPED);
    expect(result.initiatives.map((r) => [r.id, r.name, r.pillar, r.dependsOn.map((l) => l.id)])).toEqual([
      ['Payments#1', 'ISO 20022 mapping', 'Payments', []],
      ['Payments#2', 'CHAPS migration', 'Payments', ['Payments#1']],
      ['Lending#1', 'Origination RFP', 'Lending', []],
      ['Lending#2', 'Broker portal', 'Lending', ['Lending#1']],
    ]);
    expect(result.rowsWithoutId).toEqual([]);
    expect(ignored(result)).toEqual([
      [
        'Bank.xlsx, sheet "Plan": 2 rows at A2 and A5 ("Workstream: Payments" and "Workstream: Lending") head the group of rows under them and were not read as initiatives; each label is the pillar of the rows under it; the ids start again in each group, so each is read within its group ("Payments#1").',
        ['A2', 'A5'],
      ],
    ]);
  });

  it('are told by a merge across the row, or by text in a column of ids, whatever the words', () => {
    const merged = ingest(
      [HEADER, ['Payments', null, null, null, null], ['PAY-1', 'ISO 20022 mapping', 'Hannah Cole', 'Green', null], ['PAY-2', 'CHAPS migration', 'Hannah Cole', 'Amber', 'PAY-1'], ['Lending', null, null, null, null], ['LEN-1', 'Origination RFP', 'Zara Hussain', 'Complete', null]],
      [{ top: 1, left: 0, bottom: 1, right: 4 }, { top: 4, left: 0, bottom: 4, right: 4 }],
    );
    expect(merged.initiatives.map((r) => [r.id, r.pillar, r.owner])).toEqual([
      ['PAY-1', 'Payments', 'Hannah Cole'],
      ['PAY-2', 'Payments', 'Hannah Cole'],
      ['LEN-1', 'Lending', 'Zara Hussain'],
    ]);
    const inIdColumn = ingest([HEADER, ['Lending book', null, null, null, null], ['LEN-1', 'Origination RFP', 'Zara Hussain', 'Complete', null], ['LEN-2', 'Broker portal', 'Owen Price', 'Amber', null], ['LEN-3', 'Pricing', 'Owen Price', 'Green', null]]);
    expect(inIdColumn.initiatives.map((r) => [r.id, r.pillar])).toEqual([
      ['LEN-1', 'Lending book'],
      ['LEN-2', 'Lending book'],
      ['LEN-3', 'Lending book'],
    ]);
  });

  it('leave an item with only a name written an item (a row without an id), and a pillar column wins over the heading', () => {
    const nameOnly = ingest([HEADER, ['PAY-1', 'ISO 20022 mapping', 'Hannah Cole', 'Green', null], [null, 'Payments roadmap', null, null, null], ['PAY-2', 'CHAPS migration', 'Hannah Cole', 'Amber', 'PAY-1']]);
    expect(nameOnly.rowsWithoutId.map((r) => r.ref.row)).toEqual([3]);
    const withPillar = ingest([
      ['ID', 'Task', 'Owner', 'Status', 'Pillar'],
      ['Phase 1 - Build', null, null, null, null],
      ['T-1', 'Core build', 'Ann Bo', 'Green', 'Growth'],
      ['T-2', 'Data load', 'Kim Lee', 'Amber', 'Growth'],
      ['T-3', 'Cutover', 'Kim Lee', 'Amber', 'Growth'],
    ]);
    expect(withPillar.initiatives.map((r) => [r.id, r.pillar])).toEqual([
      ['T-1', 'Growth'],
      ['T-2', 'Growth'],
      ['T-3', 'Growth'],
    ]);
  });

  it('keeps ids that repeat within one group as they are: those are duplicates, not a new numbering', () => {
    const result = ingest([HEADER, ['Workstream: Payments', null, null, null, null], [1, 'ISO 20022 mapping', 'Hannah Cole', 'Green', null], [1, 'CHAPS migration', 'Hannah Cole', 'Amber', null], ['Workstream: Lending', null, null, null, null], [1, 'Origination RFP', 'Zara Hussain', 'Complete', null]]);
    expect(result.initiatives.map((r) => r.id)).toEqual(['1', '1', '1']);
  });

  it('says a line under the last row is a footer, not an item', () => {
    const result = ingest([
      ['WBS', 'Activity', 'Start', 'Finish'],
      ['1', 'Facility', '2026-03-02', '2027-01-29'],
      ['1.1', 'Cleanroom', '2026-03-02', '2026-10-30'],
      ['1.2', 'HVAC qualification', '2026-11-02', '2026-12-25'],
      ['Status as of 11/13/2026', null, null, null],
    ]);
    expect(result.initiatives.map((r) => r.id)).toEqual(['1', '1.1', '1.2']);
    expect(ignored(result)).toEqual([['Bank.xlsx, sheet "Plan": the row at A5 ("Status as of 11/13/2026") is a line under the last row, not read as initiatives.', ['A5']]]);
  });
});

describe('totals rows labelled by the group they sum', () => {
  it('leaves out "Place Total", "Lending subtotal" and "Programme total" rows of figures', () => {
    const result = ingest([
      ['Scheme', 'Directorate', 'Owner', 'Budget', 'Forecast'],
      ['Town centre realm', 'Place', 'J Whitfield', '3,450', '3,600'],
      ['Flood defence', 'Place', 'A Kaur', '5,200', '4,100'],
      ['Place Total', null, null, '8,650', '7,700'],
      ['Oakfield Primary', 'People', 'R Dobson', '4,100', '4,350'],
      ['People subtotal', null, null, '4,100', '4,350'],
      ['Programme total', null, null, '12,750', '12,050'],
    ]);
    expect(result.initiatives.map((r) => [r.id, r.budget])).toEqual([
      ['Town centre realm', 3450],
      ['Flood defence', 5200],
      ['Oakfield Primary', 4100],
    ]);
    expect(result.rowsWithoutId).toEqual([]);
  });

  it('keeps a row whose name ends in "total" beside an owner and a status: an initiative', () => {
    const result = ingest([
      ['ID', 'Initiative', 'Owner', 'Status'],
      ['HR-1', 'Reward total', 'Ann Bo', 'Green'],
      ['HR-2', 'Pay review', 'Kim Lee', 'Amber'],
    ]);
    expect(result.initiatives.map((r) => r.id)).toEqual(['HR-1', 'HR-2']);
  });
});

describe('blocks of another kind under the table', () => {
  const TASKS = [
    ['#', 'Task', 'Preparer', 'Due', 'Status'],
    [1, 'Cut-off of invoices', 'Ann Bo', '2026-11-27', 'Complete'],
    [2, 'Accruals', 'Kim Lee', '2026-12-01', 'In review'],
    [3, 'Payroll journal', 'Lee Bo', '2026-12-01', 'Not started'],
  ];

  it('cuts a sign-off block off after a blank row: a line of its own, then rows that never fill the id column', () => {
    const result = ingest([...TASKS, [null, null, null, null, null], ['Sign-off', null, null, null, null], [null, 'Prepared by', 'Ann Bo', '2026-12-08', null], [null, 'Reviewed by', 'CFO', null, null]]);
    expect(result.initiatives.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(result.rowsWithoutId).toEqual([]);
  });

  it('keeps rows typed below a gap that fill the table like its rows: rows without an id, said as such', () => {
    const result = ingest([...TASKS, [null, null, null, null, null], [null, 'Depreciation run', 'Sam Oke', '2026-12-02', 'Not started']]);
    expect(result.rowsWithoutId.map((r) => r.ref.row)).toEqual([6]);
  });
});

describe("a template's unused rows", () => {
  it('are left out when they hold only preset statuses, and said once; a preset row with data after it stays a row without an id', () => {
    const result = ingest([
      ['ID', 'Project', 'Owner', 'Phase', 'RAG'],
      ['ST-1', 'Self-checkout', 'Kelly Dunn', 'In Progress', 'Amber'],
      [null, null, null, 'Not Started', 'Green'],
      ['ST-2', 'Labour model', 'Kelly Dunn', 'In Progress', 'Green'],
      [null, null, null, 'Not Started', 'Green'],
      [null, null, null, 'Not Started', 'Green'],
    ]);
    expect(result.initiatives.map((r) => r.id)).toEqual(['ST-1', 'ST-2']);
    expect(result.rowsWithoutId.map((r) => r.ref.row)).toEqual([3]);
    expect(ignored(result)).toEqual([
      ['Bank.xlsx, sheet "Plan": rows 5 to 6 (A5:E6) hold no id and no name, only preset values such as statuses, and were not read: unused rows of the template.', ['D5', 'E5', 'D6', 'E6']],
    ]);
  });
});
