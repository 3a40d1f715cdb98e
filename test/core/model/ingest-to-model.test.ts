import { buildModel } from '../../../src/core/model';
import { ingestSources } from '../../../src/core/ingest';
import { checkRules } from '../../../src/core/rules';
import type { CellValue, RawSource } from '../../../src/core/types';
import { isoFromDay } from '../../../src/core/util/days';
import { cell, day, makeAnalysis, options } from '../../support/model-builders';

function source(name: string, sheet: string, values: CellValue[][], more: Record<string, CellValue[][]> = {}): RawSource {
  const sheets = [[sheet, values] as const, ...Object.entries(more)].map(([n, v]) => ({ name: n, origin: { row: 0, col: 0 }, values: v }));
  return { name, origin: 'file', dateSystem: 1900, sheets };
}

const HEADER = ['ID', 'Name', 'Department', 'Status', 'Start', 'Due', 'Depends On', 'Last Updated'];

const finance = source('Finance.xlsx', 'Initiatives', [
  HEADER,
  ['FIN-1', 'Ledger migration', 'Finance', 'Amber', '2026-03-02', '2026-06-01', '', '2026-03-12'],
  ['FIN-2', 'Close automation', 'Finance', 'Green', '2026-03-02', '2026-04-30', 'FIN-1', '2026-03-12'],
]);
const itDept = source('IT.xlsx', 'Projects', [
  HEADER,
  ['IT-5', 'Data platform', 'IT', 'Green', '2026-03-02', '2026-05-29', 'FIN-1; FIN-9', '2026-03-12'],
  ['FIN-1', 'Ledger migration', 'Finance', 'Green', '2026-03-02', '2026-05-01', '', '2026-03-13'],
], {
  Dependencies: [
    ['From', 'To', 'Type', 'Lag', 'Needed By'],
    ['FIN-1', 'IT-5', 'FS', 0, '2026-05-15'],
    ['FIN-2', 'IT-5', 'FS', 0, '2026-05-29'],
  ],
});

describe('ingest -> model -> rules on real sheets', () => {
  const opts = options();
  const ingest = ingestSources([itDept, finance], opts);
  const model = buildModel(ingest, opts);

  it("merges by id in order of appearance and keeps the owning department's record", () => {
    expect(model.initiatives.map((i) => i.id)).toEqual(['IT-5', 'FIN-1', 'FIN-2']);
    const fin1 = model.byId.get('FIN-1')!;
    expect(fin1.status).toBe('amber');
    expect(fin1.due).toBe(day('2026-06-01'));
    expect(fin1.sources).toEqual(['Finance.xlsx', 'IT.xlsx']);
    expect(fin1.home).toEqual(cell('Finance.xlsx', 'Initiatives', 'A2'));
  });

  it('links known dependencies only and summarises the sources', () => {
    // the register repeats FIN-1 -> IT-5: one link, with the register's needed-by date
    expect(model.dependencies.map((d) => `${d.from}>${d.to} ${d.origin}@${d.cell.sheet}!${d.cell.address} ${d.neededBy === undefined ? '-' : isoFromDay(d.neededBy)}`)).toEqual([
      'FIN-1>IT-5 column@Projects!G2 2026-05-15',
      'FIN-1>FIN-2 column@Initiatives!G3 -',
      'FIN-2>IT-5 register@Dependencies!A3 2026-05-29',
    ]);
    expect(model.sources.map((s) => [s.name, s.department, s.initiativeCount])).toEqual([
      ['IT.xlsx', 'IT', 2],
      ['Finance.xlsx', 'Finance', 2],
    ]);
  });

  it('reports the conflicts, the unknown dependency and the missed needed-by date with their cells', () => {
    const codes = ['source.conflict', 'dependency.unknown', 'dependency.needed-by-missed'];
    const found = checkRules(model, makeAnalysis(model), opts).filter((f) => codes.includes(f.code));
    expect(found.map((f) => [f.code, f.message, f.cells.map((c) => `${c.source}!${c.sheet}!${c.address}`)])).toEqual([
      ['source.conflict', "FIN-1 status is amber in Finance.xlsx but green in IT.xlsx; the owning department's amber is used.", ['Finance.xlsx!Initiatives!D2', 'IT.xlsx!Projects!D3']],
      ['source.conflict', "FIN-1 due date is 2026-06-01 in Finance.xlsx but 2026-05-01 in IT.xlsx; the owning department's 2026-06-01 is used.", ['Finance.xlsx!Initiatives!F2', 'IT.xlsx!Projects!F3']],
      ['dependency.unknown', 'IT-5 "Data platform" depends on FIN-9, which no source defines.', ['IT.xlsx!Projects!G2']],
      ['dependency.needed-by-missed', 'FIN-1 "Ledger migration" is due 2026-06-01, after 2026-05-15, the date IT-5 "Data platform" needs it by.', ['IT.xlsx!Dependencies!E2', 'Finance.xlsx!Initiatives!F2']],
    ]);
  });
});
