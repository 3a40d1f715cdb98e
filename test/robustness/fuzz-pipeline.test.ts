import fc from 'fast-check';
import { dayFromIso, ingestSources, makeOptions, parseA1, runPipeline } from '../../src/core';
import { buildReport } from '../../src/core/report';
import type { CellValue, Finding, RawSheet, RawSource } from '../../src/core/types';

/**
 * Random messy tables through ingest and the whole pipeline: nothing throws, nothing hangs
 * (inputs are bounded, each run is timed), every finding points at a real cell, the result is
 * deterministic, and every deliberately bad cell in a typed column comes back as a finding on
 * exactly that cell.
 */

const OPTIONS = makeOptions(dayFromIso('2026-03-02')!);
const RUNS = 150;
/** A run over at most 40 x 12 cells that takes longer than this is a hang for our purposes. */
const MAX_RUN_MS = 2_000;

const HEADERS = ['ID', 'Name', 'Department', 'Owner', 'Status', 'Start', 'Due', '% Complete', 'Last Updated', 'Depends On', 'KPI', 'Budget'];
const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];

const anyText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', 'TBC', 'n/a', '=SUM(A1:A9)', '+44 20', '-', '@user', '🟢', '🔴', 'Green', 'A', 'Done', '100%', '150%', '03/04/2026', '2026-02-30', '31/12/9999', 'FIN-1, OPS-2', 'X-1 FS+5d', 'Q3', '\u0000\u0007', 'a\nb', '   G   '),
  fc.string({ maxLength: 200 }).map((s) => s.repeat(3)),
);

/** Any value a host may hand over, including the awkward ones. */
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: anyText },
  { weight: 2, arbitrary: fc.double({ noNaN: false }) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 3_000_000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: false }) },
);

/** A sheet: maybe some junk rows, maybe a header row (shuffled subset), then messy rows. */
const anySheet: fc.Arbitrary<RawSheet> = fc
  .record({
    name: fc.constantFrom('Sheet1', 'Finance', 'Ops Tracker', "O'Brien's", 'Data 2026'),
    junkAbove: fc.array(fc.array(anyCell, { maxLength: 4 }), { maxLength: 2 }),
    headers: fc.shuffledSubarray(HEADERS, { minLength: 0, maxLength: HEADERS.length }),
    rows: fc.array(fc.array(anyCell, { maxLength: 12 }), { maxLength: 40 }),
    originRow: fc.nat(20),
    originCol: fc.nat(5),
  })
  .map(({ name, junkAbove, headers, rows, originRow, originCol }) => ({
    name,
    origin: { row: originRow, col: originCol },
    values: [...junkAbove, headers, ...rows],
  }));

const anySource: fc.Arbitrary<RawSource> = fc.record({
  name: fc.constantFrom('Finance.xlsx', 'Ops.xlsx', 'IT.csv', 'This workbook'),
  origin: fc.constantFrom('file' as const, 'workbook' as const),
  dateSystem: fc.constantFrom(1900 as const, 1904 as const),
  sheets: fc.uniqueArray(anySheet, { maxLength: 3, selector: (s) => s.name }),
});

const anySources = fc.uniqueArray(anySource, { minLength: 1, maxLength: 3, selector: (s) => s.name });

function timed<T>(fn: () => T): T {
  const t0 = performance.now();
  const value = fn();
  expect(performance.now() - t0).toBeLessThan(MAX_RUN_MS);
  return value;
}

/** Every cell a finding points at names a sheet of its source and a valid A1 address. */
function expectCellsExist(findings: readonly Finding[], sources: readonly RawSource[]): void {
  for (const f of findings) {
    expect(f.message.length).toBeGreaterThan(0);
    for (const cell of f.cells) {
      const source = sources.find((s) => s.name === cell.source);
      expect(source).toBeDefined();
      expect(source!.sheets.some((s) => s.name === cell.sheet)).toBe(true);
      expect(parseA1(cell.address)).toBeDefined();
    }
  }
}

describe('fuzzing ingest', () => {
  it('never throws on random messy sheets, and every finding points at a real cell', () => {
    fc.assert(
      fc.property(anySources, (sources) => {
        const result = timed(() => ingestSources(sources, OPTIONS));
        expectCellsExist(result.findings, sources);
      }),
      { numRuns: RUNS, seed: 8 },
    );
  });

  it('turns every deliberately bad cell of a typed column into a finding on that cell', () => {
    const typed = ['Status', 'Start', 'Due', '% Complete', 'Last Updated', 'Budget'] as const;
    // Text no reader can take for a date, status, percent or number.
    const garbage = fc.stringMatching(/^[qxz]{2}[0-9]{1,3}[qxz]$/).map((s) => `¤${s}`);
    const badCell = fc.oneof(garbage, fc.constantFrom(...ERRORS).map((error) => ({ error }) as CellValue));
    const table = fc.record({
      originRow: fc.nat(10),
      originCol: fc.nat(4),
      rows: fc.array(
        fc.record({ column: fc.constantFrom(...typed), value: badCell }),
        { minLength: 1, maxLength: 25 },
      ),
    });
    fc.assert(
      fc.property(table, ({ originRow, originCol, rows }) => {
        const headers = ['ID', 'Name', ...typed];
        const values: CellValue[][] = [headers];
        rows.forEach((r, i) => {
          const row: CellValue[] = [`T-${i + 1}`, `Initiative ${i + 1}`, 'Green', '2026-01-05', '2026-06-30', 0.5, '2026-02-27', 1000];
          row[headers.indexOf(r.column)] = r.value;
          values.push(row);
        });
        const source: RawSource = { name: 'Fuzz.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: originRow, col: originCol }, values }] };
        const result = timed(() => ingestSources([source], OPTIONS));
        const flagged = new Set(result.findings.flatMap((f) => f.cells.map((c) => `${c.source}|${c.sheet}|${c.address}`)));
        rows.forEach((r, i) => {
          const address = `${String.fromCharCode(65 + originCol + headers.indexOf(r.column))}${originRow + 2 + i}`;
          expect({ cell: address, value: r.value, flagged: flagged.has(`Fuzz.xlsx|Plan|${address}`) }).toEqual({ cell: address, value: r.value, flagged: true });
        });
      }),
      { numRuns: RUNS, seed: 11 },
    );
  });
});

describe('fuzzing the whole pipeline', () => {
  /** Well-formed tables whose dependencies point anywhere: unknown ids, self links, cycles. */
  const linkedPortfolio = fc
    .record({
      count: fc.integer({ min: 1, max: 40 }),
      links: fc.array(fc.tuple(fc.nat(45), fc.nat(45), fc.constantFrom('', ' FS+2d', 'SS', ' (FF-1 days)', ' SF')), { maxLength: 80 }),
      statuses: fc.array(fc.constantFrom('G', 'Amber', 'R', 'Done', 'On hold', '??', ''), { minLength: 40, maxLength: 40 }),
      starts: fc.array(fc.integer({ min: 45_000, max: 46_500 }), { minLength: 40, maxLength: 40 }),
      lengths: fc.array(fc.integer({ min: -30, max: 200 }), { minLength: 40, maxLength: 40 }),
      split: fc.integer({ min: 0, max: 40 }),
    })
    .map(({ count, links, statuses, starts, lengths, split }): RawSource[] => {
      const deps = new Map<number, string[]>();
      for (const [from, to, kind] of links) deps.set(from, [...(deps.get(from) ?? []), `P-${to}${kind}`]);
      const header = ['ID', 'Name', 'Status', 'Start', 'Due', 'Depends On', 'Budget', 'Forecast'];
      const row = (i: number): CellValue[] => [
        `P-${i}`,
        `Project ${i}`,
        statuses[i]!,
        starts[i]!,
        starts[i]! + lengths[i]!,
        (deps.get(i) ?? []).join('; ') || null,
        10_000 * (i + 1),
        11_000 * (i + 1),
      ];
      const ids = Array.from({ length: count }, (_, i) => i);
      const cut = Math.min(split, count);
      const sheet = (name: string, part: number[]): RawSheet => ({
        name,
        origin: { row: 0, col: 0 },
        values: [header, ...part.map(row)],
        numberFormats: [header.map(() => null), ...part.map(() => [null, null, null, 'yyyy-mm-dd', 'yyyy-mm-dd', null, null, null])],
      });
      return [
        { name: 'A.xlsx', origin: 'file', dateSystem: 1900, sheets: [sheet('A', ids.slice(0, cut))] },
        { name: 'B.xlsx', origin: 'file', dateSystem: 1900, sheets: [sheet('B', ids.slice(cut))] },
      ];
    });

  it('never throws, builds a report, and is deterministic on random dependency graphs', () => {
    fc.assert(
      fc.property(linkedPortfolio, (sources) => {
        const first = timed(() => runPipeline(sources, OPTIONS));
        const second = runPipeline(sources, OPTIONS);
        expect(second.findings).toEqual(first.findings);
        expectCellsExist(first.findings, sources);
        for (const cycle of first.analysis.cycles) expect(first.findings.some((f) => f.code === 'dependency.cycle' && cycle.every((id) => f.message.includes(id)))).toBe(true);
        const doc = timed(() => buildReport(first));
        expect(doc.sheets.map((s) => s.name)).toContain('Summary');
        expect(JSON.stringify(buildReport(second))).toBe(JSON.stringify(doc));
      }),
      { numRuns: 100, seed: 5 },
    );
  });

  it('never throws on random messy sources end to end (pipeline and report)', () => {
    fc.assert(
      fc.property(anySources, (sources) => {
        const result = timed(() => runPipeline(sources, OPTIONS));
        expectCellsExist(result.findings, sources);
        timed(() => buildReport(result));
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });
});
