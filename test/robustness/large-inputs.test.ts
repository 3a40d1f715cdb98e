import { dayFromIso, ingestSources, makeOptions, runPipeline } from '../../src/core';
import { buildReport } from '../../src/core/report';
import type { CellValue, RawSource } from '../../src/core/types';

/**
 * Sizes that break code which is fine on small inputs: spreading a huge array into a call
 * (push(...xs), Math.max(...xs) overflow the stack past ~100,000 items), recursion along a long
 * dependency chain, loops over every week of an absurd date range. Built in memory (no exceljs),
 * so each case costs only the core's own time.
 */

const OPTIONS = makeOptions(dayFromIso('2026-03-02')!);

function source(name: string, values: CellValue[][]): RawSource {
  return { name, origin: 'file', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values }] };
}

describe('large and deep inputs', () => {
  it('reads 150,000 rows whose every due date is bad, with one finding per bad cell', () => {
    const values: CellValue[][] = [['ID', 'Name', 'Status', 'Due']];
    for (let i = 1; i <= 150_000; i++) values.push([`R-${i}`, `Row ${i}`, 'Green', 'not a date']);
    const result = ingestSources([source('Bad-dates.xlsx', values)], OPTIONS);
    const bad = result.findings.filter((f) => f.code === 'value.unparseable');
    expect(bad).toHaveLength(150_000);
    expect(bad[149_999]!.cells).toEqual([{ source: 'Bad-dates.xlsx', sheet: 'Plan', address: 'D150001' }]);
  }, 60_000);

  it('analyses and reports a 10,000-long dependency chain (no recursion limit, no quadratic timeline)', () => {
    const n = 10_000;
    const values: CellValue[][] = [['ID', 'Name', 'Status', 'Start', 'Due', 'Depends On']];
    for (let i = 1; i <= n; i++) values.push([`C-${i}`, `Step ${i}`, 'Green', '2026-01-05', '2026-01-09', i > 1 ? `C-${i - 1}` : null]);
    const t0 = performance.now();
    const result = runPipeline([source('Chain.xlsx', values)], OPTIONS);
    expect(result.model.initiatives).toHaveLength(n);
    // The last step waits for every one before it: its forecast is ~10,000 working weeks later.
    expect(result.analysis.byId.get(`C-${n}`)!.slipDays).toBeGreaterThan(n);
    const doc = buildReport(result);
    expect(doc.sheets.find((s) => s.name === 'Initiatives')!.rows.count).toBeGreaterThan(n);
    expect(performance.now() - t0).toBeLessThan(8_000);
  }, 60_000);

  it('reports 50,000 dated initiatives (more dates than a call can take as arguments)', () => {
    const n = 50_000;
    const values: CellValue[][] = [['ID', 'Name', 'Status', 'Start', 'Due']];
    for (let i = 1; i <= n; i++) values.push([`D-${i}`, `Item ${i}`, 'Green', '2026-01-05', i % 1000 === 0 ? '9999-12-31' : '2026-04-30']);
    const result = runPipeline([source('Dated.xlsx', values)], OPTIONS);
    const doc = buildReport(result);
    expect(doc.sheets.map((s) => s.name)).toContain('Timeline');
  }, 60_000);
});
