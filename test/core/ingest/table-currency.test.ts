import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(0);
const GBP = '"£"#,##0';

/** An initiatives table with Budget and Benefit columns, optionally number-formatted. */
function tracker(name: string, money: Array<[CellValue, CellValue]>, formats?: Array<[string | null, string | null]>): RawSource {
  const rows: CellValue[][] = [['ID', 'Name', 'Budget', 'Benefit'], ...money.map(([b, v], k) => [`${name.slice(0, 3).toUpperCase()}-${k + 1}`, `Item ${k + 1}`, b, v])];
  const numberFormats = formats ? [[null, null, null, null], ...formats.map(([b, v]) => [null, null, b, v])] : undefined;
  return sheetSource([{ rows, ...(numberFormats ? { numberFormats } : {}) }], { name });
}

const currencyOfTable = (source: RawSource): string | undefined => ingestSources([source], options).tables.find((t) => t.kind === 'initiatives')!.currency;

describe('DetectedTable.currency', () => {
  it('is the currency of the money columns’ number formats', () => {
    expect(currencyOfTable(tracker('Finance.xlsx', [[1200, 5000], [300, null]], [[GBP, GBP], [GBP, null]]))).toBe('GBP');
  });

  it('is the currency of money text, with plain cells beside it not disagreeing', () => {
    expect(currencyOfTable(tracker('Finance.xlsx', [['£1,200', 5000], [300, '£2k']]))).toBe('GBP');
    expect(currencyOfTable(tracker('Sales.xlsx', [['EUR 1.2m', null], ['1.234,50 €', null]]))).toBe('EUR');
  });

  it('is the currency most of its money cells name, the first written where two are as many', () => {
    expect(currencyOfTable(tracker('Finance.xlsx', [['£1,200', null], ['$5k', null]]))).toBe('GBP');
    expect(currencyOfTable(tracker('Finance.xlsx', [['$1,200', '$300'], ['£5k', '$40']]))).toBe('USD');
    expect(currencyOfTable(tracker('Finance.xlsx', [[1200, 500]], [['[$€-407] #,##0.00', GBP]]))).toBe('EUR');
  });

  it('is absent when a cell names a currency no code names, or none names one', () => {
    expect(currencyOfTable(tracker('Finance.xlsx', [['£1,200', null], ['1 200 kr', null]]))).toBeUndefined();
    // A blank cell's format says nothing.
    expect(currencyOfTable(tracker('Finance.xlsx', [[1200, null]], [[GBP, '[$€-407] #,##0.00']]))).toBe('GBP');
    expect(currencyOfTable(tracker('Nordics.xlsx', [['1 200 kr', null]]))).toBeUndefined();
    expect(currencyOfTable(tracker('Finance.xlsx', [[1200, 300]]))).toBeUndefined();
    expect('currency' in ingestSources([tracker('Finance.xlsx', [[1200, 300]])], options).tables[0]!).toBe(false);
  });
});

describe('value.mixed-currency', () => {
  it('leaves out the amounts in another currency than the rest of the table, and names each', () => {
    // Rows 2-5 (FIN-1..FIN-4): budgets £1,200, $5,000, £300, £2k; benefits £100, blank, €50, £10.
    const source = tracker('Finance.xlsx', [['£1,200', '£100'], ['$5,000', null], ['£300', '€50'], ['£2k', '£10']]);
    const result = ingestSources([source], options);
    const byId = new Map(result.initiatives.map((r) => [r.id, r]));
    expect([...byId.values()].map((r) => [r.id, r.budget, r.benefit])).toEqual([
      ['FIN-1', 1200, 100],
      ['FIN-2', undefined, undefined],
      ['FIN-3', 300, undefined],
      ['FIN-4', 2000, 10],
    ]);
    const mixed = result.findings.filter((f) => f.code === 'value.mixed-currency');
    expect(mixed).toHaveLength(1);
    expect(mixed[0]!.severity).toBe('warning');
    expect(mixed[0]!.cells.map((c) => c.address)).toEqual(['C3', 'D4']);
    expect(mixed[0]!.message).toBe(
      'Finance.xlsx, sheet "Initiatives": the table\'s money is in £ (GBP), but FIN-2 budget "$5,000" and FIN-3 benefit "€50" are in $ (USD) and € (EUR); they were not added to the budgets and costs, as no exchange rate is given.',
    );
  });

  it('reads a number-formatted cell of another currency as foreign too', () => {
    const result = ingestSources([tracker('Finance.xlsx', [[1200, null], [500, null], [700, null]], [[GBP, null], ['[$$-409]#,##0', null], [GBP, null]])], options);
    expect(result.initiatives.map((r) => r.budget)).toEqual([1200, undefined, 700]);
    expect(result.findings.filter((f) => f.code === 'value.mixed-currency').flatMap((f) => f.cells.map((c) => c.address))).toEqual(['C3']);
  });

  it('says once when tables keep their money in different currencies, and still reads them', () => {
    const uk = tracker('London.xlsx', [['£1,200', null], ['£300', null]]);
    const us = tracker('Boston.xlsx', [['$5,000', null]]);
    const eu = tracker('Paris.xlsx', [['1.200 €', null]]);
    const uk2 = tracker('Leeds.xlsx', [['£10', null]]);
    const result = ingestSources([uk, us, eu, uk2], options);
    expect(result.initiatives.map((r) => r.budget)).toEqual([1200, 300, 5000, 1200, 10]);
    const mixed = result.findings.filter((f) => f.code === 'value.mixed-currency');
    expect(mixed).toHaveLength(1);
    // The currencies fewest tables use first; each table's Budget header (C1).
    expect(mixed[0]!.cells.map((c) => `${c.source}!${c.address}`)).toEqual(['Boston.xlsx!C1', 'Paris.xlsx!C1', 'London.xlsx!C1', 'Leeds.xlsx!C1']);
    expect(mixed[0]!.message).toBe(
      'Money is kept in more than one currency: $ (USD) in Boston.xlsx "Initiatives"; € (EUR) in Paris.xlsx "Initiatives" and £ (GBP) in London.xlsx "Initiatives", Leeds.xlsx "Initiatives". ' +
        'Totals across them (value at risk, budgets by department) add the amounts as written, with no currency shown, as no exchange rate is given.',
    );
  });

  it('says nothing when one currency is written throughout, or none', () => {
    const result = ingestSources([tracker('London.xlsx', [['£1,200', 5]]), tracker('Leeds.xlsx', [[1200, 300]])], options);
    expect(result.findings.filter((f) => f.code === 'value.mixed-currency')).toEqual([]);
  });
});
