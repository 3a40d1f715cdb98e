import { dayFromIso, makeOptions, runPipeline } from '../../src/core';
import type { CellValue, RawSource } from '../../src/core/types';

/**
 * One stray cell far from a small table (XFD1048576, Excel's last cell) makes the sheet's used
 * range 16,384 columns wide. Finding tables must cost what the cells present cost, not the
 * range's area: the same sheet with its stray cell at column J is read in about the same time.
 * Both are timed in the same run (ratios hold on a loaded machine where absolute times do not).
 */

const ROWS = 20_000;

function sheetWithStrayCellAt(col: number): RawSource {
  const values: CellValue[][] = [
    ['ID', 'Name', 'Status', 'Due'],
    ['A-1', 'One', 'Green', '2026-05-01'],
    ['A-2', 'Two', 'Red', '2026-06-01'],
  ];
  for (let r = values.length; r < ROWS - 1; r++) values.push([]);
  const last: CellValue[] = new Array<CellValue>(col + 1).fill(null);
  last[col] = 'stray';
  values.push(last);
  return { name: 'Far.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values }] };
}

function timed(source: RawSource): { ms: number; ids: string[] } {
  const t0 = performance.now();
  const result = runPipeline([source], makeOptions(dayFromIso('2026-03-02')!));
  return { ms: performance.now() - t0, ids: result.model.initiatives.map((i) => i.id) };
}

describe('a far cell beside a small table', () => {
  it('reads the table, in time that does not grow with the used range (16,384 columns vs 10)', () => {
    timed(sheetWithStrayCellAt(9)); // warm-up: the first run compiles
    const narrow = timed(sheetWithStrayCellAt(9));
    const wide = timed(sheetWithStrayCellAt(16_383));
    expect(wide.ids).toEqual(['A-1', 'A-2']);
    expect(narrow.ids).toEqual(['A-1', 'A-2']);
    // Walking every column of every row made this ~1,600 times the work (and 134 s at 1,048,576 rows).
    expect(wide.ms).toBeLessThan(Math.max(5 * narrow.ms, 250));
  });
});

describe('a far cell beside a small table, from an .xlsx file through check', () => {
  it('reads the table with the cell at XFD1048576 about as fast as with it at J1048576', async () => {
    const { buildZip, minimalXlsxParts } = await import('./support/build-zip');
    const { readXlsxSource } = await import('../../src/xlsx/read-workbook');
    const is = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const workbook = (strayRef: string, strayRow: number): Uint8Array =>
      buildZip(
        minimalXlsxParts(
          `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
            `<row r="1">${is('A1', 'ID')}${is('B1', 'Name')}${is('C1', 'Status')}${is('D1', 'Due')}</row>` +
            `<row r="2">${is('A2', 'A-1')}${is('B2', 'One')}${is('C2', 'Green')}${is('D2', '2026-05-01')}</row>` +
            `<row r="3">${is('A3', 'A-2')}${is('B3', 'Two')}${is('C3', 'Red')}${is('D3', '2026-06-01')}</row>` +
            `<row r="${strayRow}">${is(strayRef, 'stray')}</row></sheetData></worksheet>`,
        ),
      );
    const run = async (bytes: Uint8Array): Promise<{ ms: number; ids: string[] }> => {
      const t0 = performance.now();
      const source = await readXlsxSource(bytes, 'Far.xlsx');
      const result = runPipeline([source], makeOptions(dayFromIso('2026-03-02')!));
      return { ms: performance.now() - t0, ids: result.model.initiatives.map((i) => i.id) };
    };
    const near = workbook('J1048576', 1_048_576);
    const far = workbook('XFD1048576', 1_048_576);
    await run(near); // warm-up
    const narrow = await run(near);
    const wide = await run(far);
    expect([narrow.ids, wide.ids]).toEqual([['A-1', 'A-2'], ['A-1', 'A-2']]);
    expect(wide.ms).toBeLessThan(Math.max(10 * narrow.ms, 1_500));
  });
});
