import { ingestSources } from '../../../src/core/ingest';
import { runCurrency } from '../../../src/core/model/currency';
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

describe('runCurrency', () => {
  const run = (...sources: RawSource[]) => runCurrency(ingestSources(sources, options));

  it('is the one currency every table that gave money is written in', () => {
    expect(run(tracker('Finance.xlsx', [[1200, null]], [[GBP, null]]), tracker('Ops.xlsx', [['£300', '£1k']]))).toBe('GBP');
  });

  it('ignores tables that gave no money', () => {
    expect(run(tracker('Finance.xlsx', [[1200, null]], [[GBP, null]]), tracker('Ops.xlsx', [[null, null]]))).toBe('GBP');
  });

  it('is undefined when tables disagree, or one gave money in no stated currency, or none gave money', () => {
    expect(run(tracker('Finance.xlsx', [['£1,200', null]]), tracker('Sales.xlsx', [['€300', null]]))).toBeUndefined();
    expect(run(tracker('Finance.xlsx', [['£1,200', null]]), tracker('Ops.xlsx', [[300, null]]))).toBeUndefined();
    expect(run(tracker('Ops.xlsx', [[null, null]]))).toBeUndefined();
  });
});
