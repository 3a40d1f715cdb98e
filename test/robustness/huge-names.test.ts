import { dayFromIso, makeOptions, runPipeline } from '../../src/core';
import type { CellValue } from '../../src/core/types';

/**
 * Messages quote names and values cut to a sane length: a 4 MB name, a 4 MB dependency cell and
 * a 1 MB status quoted in full made check print 16.9 MB. The finding's cell names where the
 * whole text is.
 */
describe('huge names in finding messages', () => {
  it('quotes at most 80 characters of a name or value, and each message stays short', () => {
    const huge = 'N'.repeat(4 * 1024 * 1024);
    const values: CellValue[][] = [
      ['ID', 'Name', 'Status', 'Start', 'Due', 'Depends On'],
      ['H-1', huge, 'Green', '2026-06-01', '2026-01-05', null],
      ['H-2', 'Short', 'S'.repeat(1024 * 1024), '2026-01-05', '2026-05-01', `${'D'.repeat(4 * 1024 * 1024)} ; ?? ; !! ; ## ; %% ; && ; **`],
    ];
    const result = runPipeline([{ name: 'Huge.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values }] }], makeOptions(dayFromIso('2026-03-02')!));
    const finish = result.findings.find((f) => f.code === 'dates.finish-before-start')!;
    expect(finish.message.startsWith(`H-1 "${'N'.repeat(79)}…" `)).toBe(true);
    const longest = Math.max(...result.findings.map((f) => f.message.length));
    expect(longest).toBeLessThan(2_000);
    expect(result.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['dates.finish-before-start', 'value.unparseable']));
  });
});
