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

  it('is absent when cells disagree, name a currency no code names, or name none', () => {
    expect(currencyOfTable(tracker('Finance.xlsx', [['£1,200', null], ['$5k', null]]))).toBeUndefined();
    expect(currencyOfTable(tracker('Finance.xlsx', [[1200, 500]], [[GBP, '[$€-407] #,##0.00']]))).toBeUndefined();
    // A blank cell's format says nothing.
    expect(currencyOfTable(tracker('Finance.xlsx', [[1200, null]], [[GBP, '[$€-407] #,##0.00']]))).toBe('GBP');
    expect(currencyOfTable(tracker('Nordics.xlsx', [['1 200 kr', null]]))).toBeUndefined();
    expect(currencyOfTable(tracker('Finance.xlsx', [[1200, 300]]))).toBeUndefined();
    expect('currency' in ingestSources([tracker('Finance.xlsx', [[1200, 300]])], options).tables[0]!).toBe(false);
  });
});
