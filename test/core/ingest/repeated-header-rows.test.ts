/**
 * dataRows: a row repeating the header row's texts is not data, in any table (monday.com's board
 * export repeats its header per group; pasted sheets carry stray header rows), and a one-cell row
 * right above such a repeat is the title of the group it opens.
 */
import { dataRows } from '../../../src/core/ingest/cell-reader';
import { findTables } from '../../../src/core/ingest/find-tables';
import type { CellValue, RawSheet } from '../../../src/core/types';

function sheet(values: CellValue[][]): RawSheet {
  return { name: 'Tracker', origin: { row: 0, col: 0 }, values };
}

describe('repeated header rows', () => {
  it('skips a repeat of the header (case and spacing aside) and the one-cell group title above it', () => {
    const [block] = findTables(
      sheet([
        ['ID', 'Name', 'Owner', 'Status'],
        ['FIN-1', 'Ledger', 'Ana', 'Green'],
        ['Phase 2', null, null, null],
        ['id', ' Name ', 'OWNER', 'Status'],
        ['FIN-2', 'Payroll', 'Ben', 'Amber'],
      ]),
    );
    expect(block!.headerRow).toBe(0);
    expect(dataRows(block!)).toEqual([1, 4]);
  });

  it('keeps rows that only resemble the header, and a one-cell row that no repeat follows', () => {
    const [block] = findTables(
      sheet([
        ['ID', 'Name', 'Owner', 'Status'],
        ['FIN-1', 'Ledger', 'Ana', 'Green'],
        ['ID', 'Name', 'Owner', 'Green'],
        ['FIN-3', null, null, null],
        ['FIN-2', 'Payroll', 'Ben', 'Amber'],
      ]),
    );
    expect(dataRows(block!)).toEqual([1, 2, 3, 4]);
  });
});
