import { ingestSources } from '../../../src/core/ingest';
import { idKey } from '../../../src/core/ingest/id-spellings';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/** One id written several ways across departments, read as an analyst reads it: worked out by hand. */
const options = makeOptions(dayFromIso('2026-11-16')!);
const file = (name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>) => sheetSource([{ name: 'Plan', rows }], { name });

describe('id spellings', () => {
  it('keys letters and a number whatever the separator, case or zero padding; other shapes have no key', () => {
    expect(['IT-07', 'IT 7', 'IT07', 'IT_007', 'IT.7', 'IT/07'].map((id) => idKey(id))).toEqual(['IT-7', 'IT-7', 'IT-7', 'IT-7', 'IT-7', 'IT-7']);
    expect(['PRC/2026/014', 'IT-7a', '7', 'Data lake'].map((id) => idKey(id))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("reads another department's \"IT 7\", \"it-007\" and \"IT07\" as IT's own IT-07", () => {
    const it = file('IT.xlsx', [
      ['ID', 'Project', 'RAG'],
      ['IT-07', 'Billing platform', 'Red'],
      ['IT-08', 'CRM integration', 'Amber'],
    ]);
    const hr = file('HR.xlsx', [
      ['ID', 'Project', 'RAG', 'Depends on'],
      ['HR-01', 'Payroll move', 'Green', 'IT 7'],
      ['HR-02', 'Self service', 'Green', 'it-007, IT08'],
    ]);
    const result = ingestSources([it, hr], options);
    expect(result.initiatives.map((r) => [r.id, r.dependsOn.map((l) => l.id)])).toEqual([
      ['IT-07', []],
      ['IT-08', []],
      ['HR-01', ['IT-07']],
      ['HR-02', ['IT-07', 'IT-08']],
    ]);
  });

  it("merges a department's mirror row \"IT 16\" into IT's IT-16, in IT's spelling", () => {
    const it = file('IT.xlsx', [['ID', 'Project', 'RAG'], ['IT-15', 'Network', 'Green'], ['IT-16', 'Depot cutover', 'Green']]);
    const ops = file('Ops.xlsx', [['ID', 'Project', 'RAG'], ['OPS-1', 'Rota', 'Green'], ['IT 16', 'Depot cutover', 'Red']]);
    const result = ingestSources([it, ops], options);
    expect(result.initiatives.map((r) => [r.id, r.ref.source, r.status])).toEqual([
      ['IT-15', 'IT.xlsx', 'green'],
      ['IT-16', 'IT.xlsx', 'green'],
      ['OPS-1', 'Ops.xlsx', 'green'],
      ['IT-16', 'Ops.xlsx', 'red'],
    ]);
  });

  it('keeps two spellings one source writes as two rows, and a reference that spells no id as written', () => {
    const one = file('IT.xlsx', [['ID', 'Project', 'Depends on'], ['IT-7', 'Billing', null], ['IT 7', 'Billing copy', null], ['IT-9', 'CRM', 'IT-12']]);
    const result = ingestSources([one], options);
    expect(result.initiatives.map((r) => [r.id, r.dependsOn.map((l) => l.id)])).toEqual([
      ['IT-7', []],
      ['IT 7', []],
      ['IT-9', ['IT-12']],
    ]);
  });
});

describe('a table with no id column listing initiatives another table defines', () => {
  const plan = file('IT.xlsx', [
    ['Ref', 'Project', 'Lead', 'RAG'],
    ['IT-07', 'Billing platform migration', 'Priya Shah', 'Green'],
    ['IT-08', 'CRM integration', 'Tom Reed', 'Amber'],
  ]);

  it('reads a finance register of names and money as cost lines of those initiatives', () => {
    const finance = file('Finance.xlsx', [
      ['Project', 'Sponsor', 'Budget', 'Forecast outturn'],
      ['Billing platform migration', 'CFO', '£4.5m', '£5.1m'],
      ['CRM Integration', 'CCO', '£1,200,000', '£1,150,000'],
    ]);
    const result = ingestSources([plan, finance], options);
    expect(result.initiatives.map((r) => [r.id, r.ref.source, r.budget, r.forecastCost])).toEqual([
      ['IT-07', 'IT.xlsx', 4_500_000, 5_100_000],
      ['IT-08', 'IT.xlsx', 1_200_000, 1_150_000],
    ]);
  });

  it("gives a steering pack's rows, which report a status too, the ids of the initiatives they name, so the two are compared", () => {
    const pack = file('Steering.xlsx', [
      ['Project', 'Sponsor', 'Finance RAG', 'Budget'],
      ['Billing platform migration', 'CFO', 'Red', '£4.5m'],
      ['Data lake', 'CDO', 'Green', '£2m'],
    ]);
    const result = ingestSources([plan, pack], options);
    expect(result.initiatives.map((r) => [r.id, r.ref.source, r.status])).toEqual([
      ['IT-07', 'IT.xlsx', 'green'],
      ['IT-08', 'IT.xlsx', 'amber'],
      ['IT-07', 'Steering.xlsx', 'red'],
      ['Data lake', 'Steering.xlsx', 'green'],
    ]);
  });
});
