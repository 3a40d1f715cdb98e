import { detectTables, ingestSources } from '../../../src/core/ingest';
import { makeOptions, type RawSheet, type RawSource } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';

const options = makeOptions(dayFromIso('2026-04-01')!);

function source(sheets: RawSheet[]): RawSource {
  return { name: 'Finance.xlsx', origin: 'file', dateSystem: 1900, sheets };
}

const initiatives: RawSheet = {
  name: 'Plan',
  origin: { row: 2, col: 1 },
  values: [
    ['ID', 'Name', 'Status', 'Due'],
    ['FIN-1', 'Ledger', 'Green', '2026-05-01'],
    ['FIN-2', 'Close', 'Amber', '2026-06-01'],
  ],
};
const register: RawSheet = {
  name: 'Links',
  origin: { row: 0, col: 0 },
  values: [
    ['From', 'To', 'Type'],
    ['FIN-1', 'FIN-2', 'FS'],
  ],
};
const notes: RawSheet = { name: 'Notes', origin: { row: 0, col: 0 }, values: [['Term', 'Meaning'], ['EAC', 'Estimate at completion']] };

describe('tables on hidden sheets', () => {
  it('are read like any other, with one notice per table naming the sheet, range and rows', () => {
    const result = ingestSources([source([{ ...initiatives, hidden: true }, { ...register, hidden: true }])], options);
    expect(result.initiatives.map((r) => r.id)).toEqual(['FIN-1', 'FIN-2']);
    expect(result.dependencies.map((d) => `${d.from}->${d.to}`)).toEqual(['FIN-1->FIN-2']);
    const hidden = result.findings.filter((f) => f.code === 'ingest.hidden-sheet');
    expect(hidden.map((f) => [f.severity, f.message, f.cells])).toEqual([
      [
        'info',
        'Finance.xlsx, sheet "Plan" is hidden; its initiatives table at B3:E5 (2 rows) was read like any other.',
        [{ source: 'Finance.xlsx', sheet: 'Plan', address: 'B3' }],
      ],
      [
        'info',
        'Finance.xlsx, sheet "Links" is hidden; its dependency register table at A1:C2 (1 row) was read like any other.',
        [{ source: 'Finance.xlsx', sheet: 'Links', address: 'A1' }],
      ],
    ]);
  });

  it('are marked hidden where the taskpane lists them', () => {
    const tables = detectTables(source([initiatives, { ...register, hidden: true }, { ...notes, hidden: true }]), options);
    expect(tables.map((t) => [t.sheet, t.kind, t.hidden])).toEqual([
      ['Plan', 'initiatives', undefined],
      ['Links', 'dependencies', true],
      ['Notes', null, true],
    ]);
    expect('hidden' in tables[0]!).toBe(false);
  });

  it('say nothing for visible sheets, nor for a hidden sheet that holds nothing Throughline reads', () => {
    const result = ingestSources([source([initiatives, { ...notes, hidden: true }])], options);
    expect(result.initiatives).toHaveLength(2);
    expect(result.findings.filter((f) => f.code === 'ingest.hidden-sheet')).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'ingest.table-ignored').map((f) => f.cells[0]!.sheet)).toEqual(['Notes']);
  });
});
