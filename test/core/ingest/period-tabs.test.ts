/**
 * Tabs that are periods of one tracker (issue #13, item 7): snapshots, not departments. An analyst
 * reads the latest tab as the tracker and the earlier ones as its history.
 */
import { detectTables, ingestSources } from '../../../src/core/ingest';
import { periodOf } from '../../../src/core/ingest/period-tabs';
import { runPipeline } from '../../../src/core/pipeline';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(20_500);
const HEADER: CellValue[] = ['ID', 'Name', 'Owner', 'Status', 'Due'];

function snapshot(name: string, statuses: readonly string[], ids = ['FIN-1', 'FIN-2']): { name: string; rows: CellValue[][] } {
  return { name, rows: [HEADER, ...ids.map((id, k): CellValue[] => [id, `Work ${id}`, 'A. Shah', statuses[k] ?? 'Green', '2026-06-30'])] };
}

function workbook(tabs: ReadonlyArray<{ name: string; rows: CellValue[][] }>): RawSource {
  return sheetSource(tabs, { name: 'Finance.xlsx' });
}

describe('snapshots of one tracker on tabs named by period', () => {
  const source = workbook([snapshot('Q1', ['Green', 'Green']), snapshot('Q2', ['Amber', 'Green']), snapshot('Q3', ['Red', 'Green'])]);

  it('reads the latest tab (Q3) and reports the earlier ones as history, not read', () => {
    expect(detectTables(source, options).map((t) => [t.sheet, t.kind])).toEqual([
      ['Q1', null],
      ['Q2', null],
      ['Q3', 'initiatives'],
    ]);
    const ingest = ingestSources([source], options);
    const ignored = ingest.findings.filter((f) => f.code === 'ingest.table-ignored');
    expect(ignored.map((f) => [f.cells[0]!.sheet, f.message])).toEqual([
      ['Q1', 'Finance.xlsx, sheet "Q1": the cells at A1:E3 hold no initiatives, dependencies or KPIs and were not read: it is an earlier period ("Q1") of the tracker on sheet "Q3", which is read as the latest (2 of its 2 ids are there too); its rows are history, not read.'],
      ['Q2', 'Finance.xlsx, sheet "Q2": the cells at A1:E3 hold no initiatives, dependencies or KPIs and were not read: it is an earlier period ("Q2") of the tracker on sheet "Q3", which is read as the latest (2 of its 2 ids are there too); its rows are history, not read.'],
    ]);
  });

  it("so FIN-1 is red, as the latest tab says, not the first tab's green; and no id.duplicate", () => {
    const run = runPipeline([source], options);
    expect(run.model.initiatives.map((i) => [i.id, i.status, i.home.sheet])).toEqual([
      ['FIN-1', 'red', 'Q3'],
      ['FIN-2', 'green', 'Q3'],
    ]);
    expect(run.findings.filter((f) => f.code === 'id.duplicate')).toEqual([]);
  });

  it('orders months, weeks, years with months, versions and Current / Archive', () => {
    const latest = (names: string[]): string[] =>
      detectTables(workbook(names.map((n) => snapshot(n, ['Green', 'Green']))), options)
        .filter((t) => t.kind === 'initiatives')
        .map((t) => t.sheet);
    expect(latest(['Nov', 'Oct', 'Dec'])).toEqual(['Dec']);
    expect(latest(['Week 9', 'Week 12', 'Week 10'])).toEqual(['Week 12']);
    expect(latest(['Dec 2025', 'Jan 2026'])).toEqual(['Jan 2026']);
    expect(latest(['2026-11', '2026-09'])).toEqual(['2026-11']);
    expect(latest(['Plan v1', 'Plan v2'])).toEqual(['Plan v2']);
    expect(latest(['Archive', 'Current'])).toEqual(['Current']);
  });
});

describe('period tabs that are read whole', () => {
  it('tabs of different work (a plan cut into the quarters its work is due): every tab is read', () => {
    const source = workbook([snapshot('Q1', ['Green'], ['FIN-1']), snapshot('Q2', ['Green'], ['FIN-2']), snapshot('Q3', ['Green'], ['FIN-3'])]);
    expect(detectTables(source, options).map((t) => t.kind)).toEqual(['initiatives', 'initiatives', 'initiatives']);
    expect(ingestSources([source], options).initiatives.map((r) => r.id)).toEqual(['FIN-1', 'FIN-2', 'FIN-3']);
  });

  it('periods of different forms (Q3 beside Nov), or two tabs naming the same period: no order, every tab read', () => {
    expect(detectTables(workbook([snapshot('Q3', ['Green']), snapshot('Nov', ['Red'])]), options).map((t) => t.kind)).toEqual(['initiatives', 'initiatives']);
    expect(detectTables(workbook([snapshot('Q3', ['Green']), snapshot('Q3 status', ['Red'])]), options).map((t) => t.kind)).toEqual(['initiatives', 'initiatives']);
  });

  it('a tab the saved mapping gives a kind is read whatever its name says', () => {
    const source = workbook([snapshot('Q1', ['Green', 'Green']), snapshot('Q2', ['Red', 'Green'])]);
    const kept = makeOptions(20_500, { mappings: [{ tableKey: 'Finance.xlsx|Q1|0', kind: 'initiatives', fields: {} }] });
    expect(detectTables(source, kept).map((t) => [t.sheet, t.kind])).toEqual([
      ['Q1', 'initiatives'],
      ['Q2', 'initiatives'],
    ]);
  });
});

describe('periodOf', () => {
  // key: ((year * 100 + quarter, half or month) * 100 + week) * 100 + day; versions and ranks as they are.
  it.each([
    ['Q3', 'quarter', 30000],
    ['2026 Q3', 'year quarter', 2026030000],
    ['Nov', 'month', 110000],
    ['Week 12', 'week', 1200],
    ['W12', 'week', 1200],
    ['FY26', 'year', 2026000000],
    ['Status Q2', 'quarter', 20000],
    ['16 Nov', 'month day', 110016],
    ['v3', 'version', 3],
    ['Current', 'rank', 1],
    ['Archive', 'rank', -1],
  ])('%j is a period of shape %j, key %d', (name, shape, key) => {
    expect(periodOf(name)).toEqual({ shape, key });
  });

  it.each(['Finance', 'Finance Q3', 'Vendor Milestones', 'Sheet1', 'Current Q3'])('%j is none', (name) => {
    expect(periodOf(name)).toBeUndefined();
  });
});
