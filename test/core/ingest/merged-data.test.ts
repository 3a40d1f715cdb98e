/**
 * Merges over data rows read as Excel shows them (a covered cell shows its merge's value), at a
 * cost that does not grow with the cells a merge covers: a merge over D2:XFD2001 is one span per
 * mapped column, not 32 million cells (it used to end the run with "Map maximum size exceeded").
 */
import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';

const options = makeOptions(0);

function source(values: CellValue[][], merges: RawSource['sheets'][number]['merges']): RawSource {
  return { name: 'Plan.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values, merges }] };
}

describe('merged cells over data rows', () => {
  it('reads a department merged down its initiatives as each row\'s department', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Department', 'Status'],
      ['A-1', 'One', 'Finance', 'Green'],
      ['A-2', 'Two', null, 'Amber'],
      ['A-3', 'Three', null, 'Red'],
      ['B-1', 'Four', 'Legal', 'Green'],
    ];
    const result = ingestSources([source(rows, [{ top: 1, left: 2, bottom: 3, right: 2 }])], options);
    expect(result.initiatives.map((i) => [i.id, i.department])).toEqual([
      ['A-1', 'Finance'],
      ['A-2', 'Finance'],
      ['A-3', 'Finance'],
      ['B-1', 'Legal'],
    ]);
  });

  it('reads a merge as wide as the sheet over 2,000 rows without building a cell per covered cell', () => {
    const header: CellValue[] = ['ID', 'Name', 'Department', 'Owner'];
    for (let c = 4; c < 16_384; c++) header.push(`Note ${c}`);
    const rows: CellValue[][] = [header];
    for (let r = 1; r <= 2000; r++) rows.push([`A-${r}`, `Item ${r}`, r === 1 ? 'Finance' : null, r === 1 ? 'Ann Lee' : null]);
    // Department and everything right of it, rows 2-2001, one merge: Excel shows "Finance" in each covered cell of C.
    const started = Date.now();
    const result = ingestSources([source(rows, [{ top: 1, left: 2, bottom: 2000, right: 16_383 }])], options);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.initiatives).toHaveLength(2000);
    expect(new Set(result.initiatives.map((i) => i.department))).toEqual(new Set(['Finance']));
  });
});
