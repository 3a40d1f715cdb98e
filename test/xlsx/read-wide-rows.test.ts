import { readXlsxSource } from '../../src/xlsx/read-workbook';
import { farColumnRowsWorkbook } from '../robustness/support/hostile-files';

/**
 * Rows that each hold a cell in A and one in XFD (Excel's last column): the sheet's rows keep the
 * cells they hold, not 16,384 slots each (RawSheet rows may have holes, read as empty), so a
 * file of a few hundred KB costs what its cells cost, not rows x 16,384.
 */
describe('rows reaching column XFD', () => {
  it('keeps each cell where it is and stores only the cells present', async () => {
    const source = await readXlsxSource(farColumnRowsWorkbook(2_000), 'Far.xlsx');
    const sheet = source.sheets[0]!;
    expect(sheet.origin).toEqual({ row: 0, col: 0 });
    expect(sheet.values).toHaveLength(2_001);
    const row = sheet.values[2]!;
    expect([row.length, row[0], row[1], row[16_383]]).toEqual([16_384, 'W-2', 'Row 2', 2]);
    // Slots actually held: the three cells (an array padded with nulls held 16,384).
    expect(Object.keys(row)).toEqual(['0', '1', '16383']);
    expect(Object.keys(sheet.numberFormats![2]!)).toEqual(['0', '1', '16383']);
    expect(Object.keys(sheet.values[0]!)).toEqual(['0', '1']);
  });
});
