import { ingestSources } from '../../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../../src/core/types';
import { sheetSource } from '../../../support/messy-table';

/**
 * Issue 13: a % complete column of whole numbers 0-100 (GanttProject's "Conclusão") is read by
 * the column's evidence. Expected fractions worked by hand: 1 beside 25 and 100 is 1% (0.01).
 */
const percentsOf = (values: CellValue[]): Array<number | undefined> => {
  const rows: CellValue[][] = [['ID', 'Nome', 'Conclusão'], ...values.map((v, k) => [`T-${k + 1}`, `Task ${k + 1}`, v])];
  return ingestSources([sheetSource(rows)], makeOptions(0)).initiatives.map((r) => r.percentComplete);
};

describe('% complete read by the column evidence', () => {
  it('0, 1, 25, 100: a value above 1 makes the column 0-100, so 1 is 1%', () => {
    expect(percentsOf([0, 1, 25, 100])).toEqual([0, 0.01, 0.25, 1]);
  });
  it('the same column written as text reads the same', () => {
    expect(percentsOf(['0', '1', '25', '100'])).toEqual([0, 0.01, 0.25, 1]);
  });
  it('a column of 0..1 decimals is fractions: 1 is 100%', () => {
    expect(percentsOf([0, 0.5, 0.25, 1])).toEqual([0, 0.5, 0.25, 1]);
  });
  it('a true mix (0.3 among 60 and 10) leaves 0.3 unread', () => {
    expect(percentsOf([0.3, 60, 10])).toEqual([undefined, 0.6, 0.1]);
  });
});
