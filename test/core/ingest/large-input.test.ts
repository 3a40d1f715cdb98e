import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

describe('large inputs', () => {
  it('reports 130,000 bad cells, one finding each, without exhausting the stack', () => {
    const rows: CellValue[][] = [['ID', 'Due']];
    for (let i = 1; i <= 130_000; i++) rows.push([`A-${i}`, 'soon']);
    const result = ingestSources([sheetSource(rows)], makeOptions(0));
    const values = result.findings.filter((f) => f.code === 'value.unparseable');
    expect(result.initiatives).toHaveLength(130_000);
    expect(values).toHaveLength(130_000);
    expect(values[129_999]!.cells).toEqual([{ source: 'Finance.xlsx', sheet: 'Initiatives', address: 'B130001' }]);
  });
});
