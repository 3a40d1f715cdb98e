import { analyseModel } from '../../../src/core/analyse';
import { buildReport, REPORT_SHEETS, sheetRows } from '../../../src/core/report';
import type { ReportCell, ReportSheet, RunResult } from '../../../src/core/types';
import { makeModel, options, type RecordSpec } from '../../support/model-builders';

/**
 * The Summary's lists stay their size however large the portfolio: twelve departments, each one
 * red initiative Dnn-1 in its own file Dnn.xlsx, budget nn x 100k (D01-1: 50k), serving the KPI
 * Knn; D01-1 serves K02 too. D01..D10 were last updated 1 Feb (stale as of 16 Mar), D11 and D12
 * on 13 Mar. Worked by hand:
 * - departments by budget at risk: D12 (1.2m) .. D05 (500k) shown, then D04, D03, D02, D01:
 *   400k + 300k + 200k + 50k = 950k;
 * - KPIs: K12 (1.2m) .. K03 (300k) shown; K02 (D02-1 200k + D01-1 50k = 250k) and K01 (50k) left:
 *   250k over the two, D01-1 counted once (summing the rows would say 300k);
 * - sources, the stalest first: D01..D08 shown (stale, tied, in model order), then D09, D10
 *   (stale) and D11, D12: 2 stale rows.
 */
const pad = (n: number): string => String(n).padStart(2, '0');
const SPECS: RecordSpec[] = Array.from({ length: 12 }, (_, k) => {
  const n = k + 1;
  return {
    id: `D${pad(n)}-1`,
    name: `Work ${n}`,
    department: `D${pad(n)}`,
    source: `D${pad(n)}.xlsx`,
    status: 'red',
    start: '2026-03-02',
    due: '2026-06-30',
    lastUpdated: n <= 10 ? '2026-02-01' : '2026-03-13',
    budget: n === 1 ? 50_000 : n * 100_000,
    kpis: n === 1 ? ['K01', 'K02'] : [`K${pad(n)}`],
  };
});

function run(): RunResult {
  const opts = options();
  const model = makeModel({ initiatives: SPECS }, opts);
  return { options: opts, model, analysis: analyseModel(model, opts), findings: [], waived: [] };
}

const show = (c: ReportCell | null | undefined): unknown => (c?.value ? c.value.v : null);

describe('the Summary caps every list that grows with the portfolio, linking to the full list', () => {
  const result = run();
  const doc = buildReport(result);
  const sheet = (name: string): ReportSheet => doc.sheets.find((s) => s.name === name)!;
  const summary = sheetRows(sheet(REPORT_SHEETS.summary));
  /** Column G (the right panel) of the rows below the block titled `title` there, up to its end. */
  const rightBlock = (title: string): (ReportCell | null)[][] => {
    const top = summary.findIndex((r) => show(r[6]) === title);
    expect(top).toBeGreaterThan(0);
    const out: (ReportCell | null)[][] = [];
    for (let r = top + 2; r < summary.length && show(summary[r]![6]) !== null; r++) out.push(summary[r]!.slice(6, 11));
    return out;
  };

  it('shows the 8 departments most at risk, then one row for the other 4 with their budget at risk, linked to Value at risk', () => {
    const rows = rightBlock('Value at risk by department');
    expect(rows.map((r) => show(r[0]))).toEqual([
      'D12', 'D11', 'D10', 'D09', 'D08', 'D07', 'D06', 'D05',
      'and 4 more departments, 950k of budget at risk — see Value at risk',
      'Total',
    ]);
    expect(rows[8]![0]!.link).toEqual({ kind: 'internal', sheet: 'Value at risk', address: 'A4', report: true });
    // The total: 50k + (2 + 3 + .. + 12) x 100k.
    expect(show(rows[9]![2])).toBe(7_750_000);
  });

  it('shows the 10 KPIs most at risk and sums the rest over distinct initiatives', () => {
    const rows = rightBlock('Value at risk by KPI');
    expect(rows.map((r) => show(r[0]))).toEqual([
      'K12', 'K11', 'K10', 'K09', 'K08', 'K07', 'K06', 'K05', 'K04', 'K03',
      'and 2 more KPIs, 250k of budget at risk — see Value at risk',
    ]);
    // The Value at risk sheet: title, note, blank; departments from row 4 (title, header, 12, total, blank: 16 rows),
    // pillars from row 20 (title, header, the one row of no pillar, blank), KPIs from row 24.
    expect(rows[10]![0]!.link).toEqual({ kind: 'internal', sheet: 'Value at risk', address: 'A24', report: true });
  });

  it('shows the 8 stalest sources, then one row for the other 4 and their stale rows, linked to Sources', () => {
    const rows = rightBlock('Sources and freshness (stale: not updated in 7 days)');
    expect(rows.map((r) => show(r[0]))).toEqual([
      'D01.xlsx', 'D02.xlsx', 'D03.xlsx', 'D04.xlsx', 'D05.xlsx', 'D06.xlsx', 'D07.xlsx', 'D08.xlsx',
      'and 4 more sources, 2 stale rows — see Sources',
    ]);
    expect(rows[8]![0]!.link).toEqual({ kind: 'internal', sheet: 'Sources', address: 'A1', report: true });
  });

  it('lists every department, pillar and KPI on Value at risk, and every source on Sources, in the same order', () => {
    const full = sheetRows(sheet(REPORT_SHEETS.valueAtRisk)).map((r) => show(r[0]));
    expect(full[3]).toBe('Value at risk by department');
    expect(full.slice(5, 18)).toEqual(['D12', 'D11', 'D10', 'D09', 'D08', 'D07', 'D06', 'D05', 'D04', 'D03', 'D02', 'D01', 'Total']);
    // No initiative names a pillar: one row for them all.
    expect(full.slice(19, 22)).toEqual(['Value at risk by pillar', 'Pillar', 'Pillar not given']);
    expect(full[23]).toBe('Value at risk by KPI');
    expect(full.slice(25, 37)).toEqual(['K12', 'K11', 'K10', 'K09', 'K08', 'K07', 'K06', 'K05', 'K04', 'K03', 'K02', 'K01']);
    // K02: D02-1 and D01-1.
    expect(show(sheetRows(sheet(REPORT_SHEETS.valueAtRisk))[35]![2])).toBe(250_000);
    const sources = sheetRows(sheet(REPORT_SHEETS.sources)).map((r) => [show(r[0]), show(r[4])]);
    expect(sources.slice(3)).toEqual([
      ...Array.from({ length: 10 }, (_, k) => [`D${pad(k + 1)}.xlsx`, '1 stale']),
      ['D11.xlsx', 'None stale'],
      ['D12.xlsx', 'None stale'],
    ]);
  });

  it('charts the 8 departments most at risk and most late, saying so in the title', () => {
    const charts = sheet(REPORT_SHEETS.summary).charts;
    expect(charts.map((c) => c.title)).toEqual([
      'Initiatives by status: reported vs effective',
      'Value at risk by department: the 8 most at risk of 12',
      'Forecast slip by department: the 8 most late of 12 (working days late, summed)',
      'Findings by severity',
    ]);
    // Header and 8 bars each.
    expect(charts[1]!.dataRange).toMatch(/^M\d+:N\d+$/);
    const [from, to] = charts[1]!.dataRange.split(':').map((a) => Number(a.slice(1)));
    expect(to! - from!).toBe(8);
  });
});
