import { runPipeline } from '../../../src/core/pipeline';
import { buildReport, headline, sheetRows } from '../../../src/core/report';
import { makeOptions, type CellValue, type ReportCell } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/** A missing input is shown as missing: never as zero, "all clear" or "nothing blocked". */
const show = (c: ReportCell | null | undefined): string | number | boolean | null => (c?.value ? c.value.v : null);
const asOf = dayFromIso('2026-11-16')!;

function summaryOf(rows: CellValue[][], extra: CellValue[][][] = []) {
  const sources = [sheetSource([{ name: 'Plan', rows }, ...extra.map((r, k) => ({ name: `Extra${k}`, rows: r }))], { name: 'IT.xlsx' })];
  const result = runPipeline(sources, makeOptions(asOf));
  return { result, rows: sheetRows(buildReport(result).sheets[0]!).map((r) => r.map(show)) };
}

describe('money no source gives', () => {
  const plan: CellValue[][] = [
    ['ID', 'Name', 'Status', 'Due', 'Last Updated'],
    ['IT-1', 'Platform', 'Red', '2026-10-01', '2026-11-15'],
    ['IT-2', 'Portal', 'Green', '2026-12-01', '2026-11-15'],
  ];

  it('says "no budget or benefit data given" rather than "no budget or benefit at risk"', () => {
    const { result, rows } = summaryOf(plan);
    expect(headline(result)).toContain('. No budget or benefit data given.');
    // The block sits beside the status block, from column G: Department, At risk, Budget, Benefit, Reported budget at risk.
    // IT-1 is red (overdue); IT-2 is green with nothing upstream: one initiative at risk, and no money given at all.
    const start = rows.findIndex((r) => r[6] === 'Value at risk by department');
    expect(rows[start + 2]!.slice(6, 11)).toEqual(['IT', 1, 'not given', 'not given', 'not given']);
    expect(rows[start + 3]!.slice(6, 11)).toEqual(['Total', 1, 'not given', 'not given', 'not given']);
  });

  it('names the money that is given and the money that is not', () => {
    const withBudget = plan.map((r, k) => [...r, k === 0 ? 'Budget' : k === 1 ? 1000 : 500]);
    const { result } = summaryOf(withBudget);
    // IT-1 (budget 1000) is at risk; IT-2 (500) is not.
    expect(headline(result)).toContain('. 1000 of budget and no benefit data at risk.');
  });
});

describe('a KPI that names no initiatives', () => {
  it('says so, rather than "nothing blocked upstream"', () => {
    const plan: CellValue[][] = [['ID', 'Name', 'Status', 'Due'], ['IT-1', 'Platform', 'Green', '2026-12-01']];
    const kpis: CellValue[][] = [['KPI', 'Target', 'Actual', 'Direction'], ['Claims automated %', 40, 18, 'Higher']];
    const { rows } = summaryOf(plan, [kpis]);
    const row = rows.find((r) => r[6] === 'Claims automated %');
    expect(row?.slice(6, 10)).toEqual(['Claims automated %', 18, 40, 'Off target; this KPI names no initiatives.']);
  });
});

describe('no KPI, and updates dated after the as-of date', () => {
  const plan: CellValue[][] = [
    ['ID', 'Name', 'Status', 'Due', 'Last Updated'],
    ['IT-1', 'Platform', 'Green', '2026-12-01', '2026-11-20'],
  ];

  it('says no KPI was given rather than "every KPI is on target"', () => {
    const { rows } = summaryOf(plan);
    const start = rows.findIndex((r) => r[6] === 'Off-target KPIs and their blocking chain');
    expect(rows[start + 2]![6]).toBe('No KPI was given in the sources.');
  });

  it('does not call a source fresh whose latest update is after the as-of date (16 Nov; updated 20 Nov)', () => {
    const { rows } = summaryOf(plan);
    const row = rows.find((r) => r[6] === 'IT.xlsx');
    expect(row?.[10]).toBe('4 days after as-of');
  });
});
