/**
 * A Decisions sheet read back from a previous summary is the user's: a hostile one whose rows
 * reach column XFD, with no header row, costs the cells it holds, not 16,384 slots a row.
 */
import type { CellValue } from '../../../src/core/types';
import { readDecisions } from '../../../src/core/report/decisions-sheet';

function farRows(count: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 0; r < count; r++) {
    const row: CellValue[] = [];
    row[0] = `note ${r}`;
    row[16_383] = 'x';
    rows.push(row);
  }
  return rows;
}

describe('readDecisions on rows reaching XFD', () => {
  it('finds no header in 20,000 such rows within a second', () => {
    const rows = farRows(20_000);
    const started = performance.now();
    expect(readDecisions(rows)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('still reads the decisions under a header whatever columns it sits in', () => {
    const rows = farRows(3);
    const header: CellValue[] = [];
    header[2] = 'ID';
    header[16_000] = 'Decision';
    const decided: CellValue[] = [];
    decided[2] = 'FIN-2';
    decided[16_000] = 'Re-baseline to March';
    rows.push(header, decided);
    expect(readDecisions(rows)).toEqual([{ initiativeId: 'FIN-2', decision: 'Re-baseline to March' }]);
  });
});
