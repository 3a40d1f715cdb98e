/**
 * Money spent so far is not a forecast: finance trackers keep Budget, Actuals (spend to date) and
 * Forecast (at completion) side by side. Each column is read as the field an analyst would name,
 * and a spend already past the budget is an overrun. Expectations worked by hand.
 */
import { ingestSources } from '../../../src/core/ingest';
import { runPipeline } from '../../../src/core/pipeline';
import { buildInitiativesSheet } from '../../../src/core/report/initiatives-sheet';
import { checkJson } from '../../../src/core/report/check-json';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { day } from '../../support/read-export';

function source(name: string, rows: CellValue[][]): RawSource {
  return { name, origin: 'file', dateSystem: 1900, sheets: [{ name: 'Tracker', origin: { row: 0, col: 0 }, values: rows }] };
}
const options = makeOptions(day('2026-11-16'));
const mapped = (rows: CellValue[][]) =>
  Object.fromEntries(ingestSources([source('Finance.xlsx', rows)], options).tables[0]!.mapping.map((m) => [m.field, m.header]));
const row = ['FIN-1', 'Ledger upgrade', 'Green', '2027-03-31', 100, 40, 110];

describe('cost columns as finance teams head them', () => {
  it.each([
    [['Budget', 'Actuals', 'Forecast'], { budget: 'Budget', actualCost: 'Actuals', forecastCost: 'Forecast' }],
    [['Approved budget (£k)', 'Spend to date (£k)', 'EAC (£k)'], { budget: 'Approved budget (£k)', actualCost: 'Spend to date (£k)', forecastCost: 'EAC (£k)' }],
    [['Budget', 'YTD Spend', 'Forecast spend'], { budget: 'Budget', actualCost: 'YTD Spend', forecastCost: 'Forecast spend' }],
    [['Baseline cost', 'Actual cost', 'Forecast at completion'], { budget: 'Baseline cost', actualCost: 'Actual cost', forecastCost: 'Forecast at completion' }],
    [['Budget', 'Costs incurred', 'Outturn'], { budget: 'Budget', actualCost: 'Costs incurred', forecastCost: 'Outturn' }],
  ])('reads %j as budget, actual cost and forecast', (money, expected) => {
    const fields = mapped([['ID', 'Name', 'RAG', 'Due', ...money], row]);
    expect({ budget: fields.budget, actualCost: fields.actualCost, forecastCost: fields.forecastCost }).toEqual(expected);
  });

  it('reads a tracker with only a spend column as spent, not forecast', () => {
    const fields = mapped([['ID', 'Name', 'RAG', 'Due', 'Budget', 'Spend to date'], row.slice(0, 6)]);
    expect(fields.actualCost).toBe('Spend to date');
    expect(fields.forecastCost).toBeUndefined();
  });
});

describe('finance.cost-overrun with spend to date', () => {
  const headers = ['ID', 'Name', 'RAG', 'Due', 'Budget', 'Actuals', 'Forecast'];
  const result = runPipeline(
    [
      source('Finance.xlsx', [
        headers,
        ['FIN-1', 'Spent past budget, no forecast', 'Green', '2027-03-31', 200, 230, null],
        ['FIN-2', 'Forecast past budget', 'Green', '2027-03-31', 200, 120, 260],
        ['FIN-3', 'Spent past budget, forecast within', 'Green', '2027-03-31', 200, 250, 205],
        ['FIN-4', 'Within budget', 'Green', '2027-03-31', 200, 120, 200],
        ['FIN-5', 'Spent within tolerance', 'Green', '2027-03-31', 200, 209, null],
      ]),
    ],
    options,
  );
  const overruns = result.findings.filter((f) => f.code === 'finance.cost-overrun');

  it('flags a spend past the budget where the forecast does not say so, citing the spent cell', () => {
    // Tolerance 5%: the limit is 210. FIN-1 230 spent (15% over), FIN-3 250 spent (25% over) though its forecast 205 is within.
    expect(overruns.map((f) => [f.initiativeId, f.message, f.cells.map((c) => c.address)])).toEqual([
      ['FIN-1', 'FIN-1 "Spent past budget, no forecast" has spent 230 against a budget of 200, 15% over (tolerance 5%).', ['F2', 'E2']],
      ['FIN-2', 'FIN-2 "Forecast past budget" forecasts 260 against a budget of 200, 30% over (tolerance 5%).', ['G3', 'E3']],
      ['FIN-3', 'FIN-3 "Spent past budget, forecast within" has spent 250 against a budget of 200, 25% over (tolerance 5%).', ['F4', 'E4']],
    ]);
  });

  it('gives the spent cost in the JSON rows read and as its own column on the Initiatives sheet, after Forecast cost', () => {
    const json = checkJson(result);
    expect(json.sources[0]!.tables[0]!.initiatives.map((i) => [i.id, i.actualCost, i.forecastCost])).toEqual([
      ['FIN-1', 230, null],
      ['FIN-2', 120, 260],
      ['FIN-3', 250, 205],
      ['FIN-4', 120, 200],
      ['FIN-5', 209, null],
    ]);
    const sheet = buildInitiativesSheet(result);
    const header = sheet.rows.row(0).map((c) => (c?.value as { v?: unknown } | undefined)?.v);
    const at = header.indexOf('Forecast cost');
    expect(header.slice(at, at + 3)).toEqual(['Forecast cost', 'Actual cost', 'Benefit']);
  });

  it('adds no Actual cost column where no tracker has one', () => {
    const plain = runPipeline([source('Ops.xlsx', [['ID', 'Name', 'RAG', 'Due', 'Budget'], ['OPS-1', 'Depot', 'Green', '2027-01-31', 50]])], options);
    expect(buildInitiativesSheet(plain).rows.row(0).map((c) => (c?.value as { v?: unknown } | undefined)?.v)).not.toContain('Actual cost');
  });
});
