import { calendarRightOf } from '../../../src/core/ingest/calendar-part';
import type { Block } from '../../../src/core/ingest/find-tables';
import { makeGrid } from '../../../src/core/ingest/sheet-grid';
import { makeOptions, type CellValue, type GridRange, type RawSource } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';

/**
 * calendarRightOf: a holiday list in cells right of every table of a sheet. Its answer is the
 * cells from the first row to the last with a value right of the tables, from the leftmost such
 * column to the sheet's last; undefined when those cells are not a calendar. Rows are given as
 * the .xlsx reader gives them: holey arrays holding only the cells a row has.
 */

const OPTIONS = makeOptions(dayFromIso('2026-03-02')!);
const PLAN: CellValue[][] = [
  ['ID', 'Name', 'Status', 'Due'],
  ['A-1', 'One', 'Green', '2026-05-01'],
  ['A-2', 'Two', 'Red', '2026-06-01'],
];

/** Rows with `cells` put at their columns: [row, col, value]. Only those entries are stored. */
function rowsWith(height: number, cells: ReadonlyArray<readonly [number, number, CellValue]>): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: height }, (_, r) => [...(PLAN[r] ?? [])]);
  for (const [r, c, v] of cells) rows[r]![c] = v;
  return rows;
}

/** calendarRightOf for a sheet whose one table is the plan, A1:D3. */
function rightOf(rows: CellValue[][]): GridRange | undefined {
  const sheet = { name: 'Plan', origin: { row: 0, col: 0 }, values: rows };
  const source: RawSource = { name: 'Plan.xlsx', origin: 'file', dateSystem: 1900, sheets: [sheet] };
  const grid = makeGrid(sheet);
  const block: Block = { grid, range: { top: 0, left: 0, bottom: 2, right: 3 }, headerRow: 0, headers: PLAN[0] as string[], ownHeaders: PLAN[0] as string[], recognised: true };
  return calendarRightOf(source, grid, [block], OPTIONS);
}

const holidaysAt = (col: number, top = 0): Array<[number, number, CellValue]> => [
  [top, col, 'Date'],
  [top, col + 1, 'Holiday'],
  [top + 1, col, '2026-04-03'],
  [top + 1, col + 1, 'Good Friday'],
  [top + 2, col, '2026-04-06'],
  [top + 2, col + 1, 'Easter Monday'],
];

describe('calendarRightOf', () => {
  it('finds a holiday list two columns past the plan (G1:H3)', () => {
    expect(rightOf(rowsWith(3, holidaysAt(6)))).toEqual({ top: 0, left: 6, bottom: 2, right: 7 });
  });

  it('finds it at the sheet\'s last columns (XFC1:XFD3), rows holding only their cells', () => {
    expect(rightOf(rowsWith(3, holidaysAt(16_382)))).toEqual({ top: 0, left: 16_382, bottom: 2, right: 16_383 });
  });

  it('takes the rows from the first to the last with a value right of the plan, and the leftmost such column', () => {
    // The list starts on row 3 (below two blank rows at its right); a note at F6 widens it to column F.
    const rows = rowsWith(6, [...holidaysAt(7, 2), [5, 5, 'note']]);
    expect(rightOf(rows)).toEqual({ top: 2, left: 5, bottom: 5, right: 8 });
  });

  it('is undefined with nothing right of the plan, and for cells there that are no calendar', () => {
    expect(rightOf(rowsWith(3, []))).toBeUndefined();
    expect(rightOf(rowsWith(3, [[0, 6, 'Owner'], [1, 6, 'Ann'], [2, 6, 'Bo']]))).toBeUndefined();
    expect(rightOf(rowsWith(3, [[1, 16_383, 'stray']]))).toBeUndefined();
  });

  it('costs the cells a row holds, not its width: 20,000 rows each with a cell at XFD', () => {
    const time = (col: number): number => {
      const rows = rowsWith(20_000, Array.from({ length: 20_000 }, (_, r) => [r, col, `x${r}`] as [number, number, CellValue]));
      const t0 = performance.now();
      expect(rightOf(rows)).toBeUndefined();
      return performance.now() - t0;
    };
    time(10); // warm-up
    const narrow = time(10);
    const wide = time(16_383);
    // Walking every slot up to each row's last cell made the wide sheet ~40,000 times the work (about 2 s here).
    expect(wide).toBeLessThan(Math.max(5 * narrow, 300));
  });
});
