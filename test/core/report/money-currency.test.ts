import { runPipeline } from '../../../src/core/pipeline';
import { buildReport, headline, REPORT_SHEETS, sheetRows } from '../../../src/core/report';
import { currencyFormat } from '../../../src/core/report/money';
import { makeOptions, type CellValue, type ReportCell, type RawSource, type RunResult } from '../../../src/core/types';
import { dayFromParts } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(dayFromParts(2026, 3, 16)!);

/** A tracker whose Budget and Benefit cells carry a number format: one red initiative, one done. */
function moneyTracker(name: string, format: string | null): RawSource {
  const rows: CellValue[][] = [
    ['ID', 'Name', 'Status', 'Budget', 'Benefit'],
    [`${name.slice(0, 3).toUpperCase()}-1`, 'Ledger', 'Red', 1200, 5000],
    [`${name.slice(0, 3).toUpperCase()}-2`, 'Close', 'Done', 300, 700],
  ];
  const numberFormats = [
    [null, null, null, null, null],
    [null, null, null, format, format],
    [null, null, null, format, format],
  ];
  return sheetSource([{ rows, numberFormats }], { name });
}

/** The Summary's value-at-risk row for a department (or Total): its five cells from column G. */
function valueAtRiskRow(result: RunResult, key: string): ReportCell[] {
  const summary = buildReport(result).sheets.find((s) => s.name === REPORT_SHEETS.summary)!;
  const row = sheetRows(summary).find((r) => r[6]?.value?.t === 'text' && r[6].value.v === key && r[7]?.value?.t === 'number');
  if (!row) throw new Error(`no value-at-risk row ${key}`);
  return row.slice(6, 11) as ReportCell[];
}

const pounds = (v: number): ReportCell => ({ value: { t: 'number', v }, style: 'money', numFmt: '"£"#,##0' });
const plain = (v: number): ReportCell => ({ value: { t: 'number', v }, style: 'money' });

describe('money cells in the sources’ currency', () => {
  it('writes currency formats with the symbol before whole amounts', () => {
    expect(['GBP', 'EUR', 'USD', 'CHF', 'SEK', 'PLN'].map(currencyFormat)).toEqual(['"£"#,##0', '"€"#,##0', '"$"#,##0', '"CHF "#,##0', '"SEK "#,##0', '"zł "#,##0']);
  });

  it('gives a £-formatted budget column £-formatted value-at-risk cells on the Summary', () => {
    const result = runPipeline([moneyTracker('Finance.xlsx', '"£"#,##0')], options);
    // FIN-1 is red: 1200 of budget and 5000 of benefit at risk; FIN-2 is done.
    for (const key of ['Finance', 'Total']) {
      const [, , budget, benefit, reported] = valueAtRiskRow(result, key);
      expect([budget, benefit, reported]).toEqual([pounds(1200), pounds(5000), pounds(1200)]);
    }
    expect(headline(result)).toContain('£1200 of budget and £5000 of benefit at risk');
  });

  it('formats the Initiatives and Departments money cells in the same currency, the Initiatives\' a bracket short of the ids beside them', () => {
    const doc = buildReport(runPipeline([moneyTracker('Finance.xlsx', '[$£-809]#,##0.00')], options));
    const initiatives = sheetRows(doc.sheets.find((s) => s.name === REPORT_SHEETS.initiatives)!);
    const budgetCol = initiatives[0]!.findIndex((c) => c?.value?.t === 'text' && c.value.v === 'Budget');
    const padded = (v: number): ReportCell => ({ ...pounds(v), numFmt: '"£"#,##0_)' });
    expect(initiatives.slice(1).map((r) => r[budgetCol])).toEqual([padded(1200), padded(300)]);
    const departments = sheetRows(doc.sheets.find((s) => s.name === REPORT_SHEETS.departments)!);
    const finance = departments.find((r) => r[0]?.value?.t === 'text' && r[0].value.v === 'Finance')!;
    // Budget 1200 + 300, then budget, benefit and reported budget at risk.
    expect(finance.slice(-4)).toEqual([pounds(1500), pounds(1200), pounds(5000), pounds(1200)]);
  });

  it('keeps plain numbers, and says no currency, when the sources disagree or give none', () => {
    const cases: Array<[RawSource[], string]> = [
      // Two red initiatives: 2 x 1200 of budget, 2 x 5000 = 10,000 (10k) of benefit.
      [[moneyTracker('Finance.xlsx', '"£"#,##0'), moneyTracker('Sales.xlsx', '[$€-407] #,##0.00')], '2400 of budget and 10k of benefit at risk'],
      [[moneyTracker('Finance.xlsx', '"£"#,##0'), moneyTracker('Sales.xlsx', null)], '2400 of budget and 10k of benefit at risk'],
      [[moneyTracker('Finance.xlsx', null)], '1200 of budget and 5000 of benefit at risk'],
    ];
    for (const [sources, risk] of cases) {
      const result = runPipeline(sources, options);
      const [, , budget, benefit, reported] = valueAtRiskRow(result, 'Total');
      const n = sources.length;
      expect([budget, benefit, reported]).toEqual([plain(1200 * n), plain(5000 * n), plain(1200 * n)]);
      expect(headline(result)).toContain(`. ${risk}.`);
    }
  });
});
