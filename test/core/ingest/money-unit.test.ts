import { ingestSources } from '../../../src/core/ingest';
import { readMoneyUnit } from '../../../src/core/ingest/money-unit';
import { runCurrency } from '../../../src/core/model/currency';
import { runPipeline } from '../../../src/core/pipeline';
import { checkJson } from '../../../src/core/report/check-json';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(20_500);

describe('readMoneyUnit: the unit a money header or note names', () => {
  it.each<[string, { scale: number; currency?: string }]>([
    ['Budget (£k)', { scale: 3, currency: 'GBP' }],
    ['Cost ($m)', { scale: 6, currency: 'USD' }],
    ['Value in thousands', { scale: 3 }],
    ["EUR '000", { scale: 3, currency: 'EUR' }],
    ['Budget (mn)', { scale: 6 }],
    ['£000s', { scale: 3, currency: 'GBP' }],
    ["Budget £'000", { scale: 3, currency: 'GBP' }],
    ["Total (000's)", { scale: 3 }],
    ['Budget, $MM', { scale: 6, currency: 'USD' }],
    ['Benefit (€bn)', { scale: 9, currency: 'EUR' }],
    ['kEUR', { scale: 3, currency: 'EUR' }],
    ['Budget USDm', { scale: 6, currency: 'USD' }],
    ['Kosten € Mio.', { scale: 6, currency: 'EUR' }],
    ['Kosten (T€)', { scale: 3, currency: 'EUR' }],
    ['All figures in £000', { scale: 3, currency: 'GBP' }],
    ['Budget (£)', { scale: 0, currency: 'GBP' }],
  ])('%j', (header, unit) => {
    expect(readMoneyUnit(header)).toEqual(unit);
  });

  it.each(['Budget', 'Budget 2026', 'Cost per thousand users', 'M&E budget', 'Budget (TBC)', 'Budget (R)', 'Cost (all)', 'Top budget'])('%j names no unit', (header) => {
    expect(readMoneyUnit(header)).toBeUndefined();
  });
});

describe('money columns written in thousands or millions are read in units', () => {
  it('reads a header unit: 120 in "Budget (£k)" is 120000, and a cell with its own scale says its amount itself', () => {
    const source = sheetSource([
      ['ID', 'Name', 'Status', 'Due', 'Budget (£k)', 'Forecast cost (£k)'],
      ['E1', 'Depot solar', 'Green', '2027-03-31', 120, '£1.2m'],
      ['E2', 'Fleet chargers', 'Amber', '2027-06-30', '340.5', '95'],
    ]);
    const result = ingestSources([source], options);
    const [e1, e2] = result.initiatives;
    expect([e1!.budget, e1!.forecastCost, e2!.budget, e2!.forecastCost]).toEqual([120_000, 1_200_000, 340_500, 95_000]);
    const table = result.tables[0]!;
    expect(table.mapping.find((m) => m.field === 'budget')?.unit).toEqual({ scale: 3, currency: 'GBP', from: 'header', text: 'Budget (£k)' });
    expect(table.currency).toBe('GBP');
    // The written cells are untouched: the finding points at the headers and says how they were read.
    expect(result.findings.filter((f) => f.code === 'ingest.money-unit')).toEqual([
      {
        code: 'ingest.money-unit',
        severity: 'info',
        message:
          'Finance.xlsx, sheet "Initiatives": E1 "Budget (£k)" is in thousands (x1,000), from the header "Budget (£k)"; ' +
          'F1 "Forecast cost (£k)" is in thousands (x1,000), from the header "Forecast cost (£k)"; their values were read in units (the cells keep what was written).',
        cells: [
          { source: 'Finance.xlsx', sheet: 'Initiatives', address: 'E1' },
          { source: 'Finance.xlsx', sheet: 'Initiatives', address: 'F1' },
        ],
      },
    ]);
  });

  it('reads a note above the table for the columns whose header names no scale; a header scale wins over it', () => {
    const source = sheetSource([
      ['Capital programme'],
      ['All figures in £000'],
      [],
      ['ID', 'Name', 'Status', 'Budget', 'Benefit (£m)'],
      ['C1', 'Roof repairs', 'Green', 250, 1.5],
    ]);
    const result = ingestSources([source], options);
    expect([result.initiatives[0]!.budget, result.initiatives[0]!.benefit]).toEqual([250_000, 1_500_000]);
    expect(result.tables[0]!.mapping.find((m) => m.field === 'budget')?.unit).toEqual({ scale: 3, currency: 'GBP', from: 'note', text: 'All figures in £000' });
    expect(result.findings.find((f) => f.code === 'ingest.money-unit')?.message).toBe(
      'Finance.xlsx, sheet "Initiatives": D4 "Budget" is in thousands (x1,000), from the note "All figures in £000" above the table; ' +
        'E4 "Benefit (£m)" is in millions (x1,000,000), from the header "Benefit (£m)"; their values were read in units (the cells keep what was written).',
    );
  });

  it('applies a note that names a field only to that field\'s column ("benefits ... in thousands" leaves the budget in pounds)', () => {
    const source = sheetSource([
      ['Programme cost register'],
      ['Approved budget and EAC per initiative; benefits are annual run-rate, in thousands.'],
      [],
      ['ID', 'Name', 'Status', 'Approved Budget', 'EAC', 'Benefits'],
      ['C1', 'Roof repairs', 'Green', 250_000, 240_000, 90],
    ]);
    const r = ingestSources([source], options).initiatives[0]!;
    expect([r.budget, r.forecastCost, r.benefit]).toEqual([250_000, 240_000, 90_000]);
  });

  it('leaves a column of no unit as written, with no finding', () => {
    const result = ingestSources([sheetSource([['ID', 'Name', 'Status', 'Budget 2026'], ['A1', 'Portal', 'Green', 120]])], options);
    expect(result.initiatives[0]!.budget).toBe(120);
    expect(result.tables[0]!.mapping.find((m) => m.field === 'budget')?.unit).toBeUndefined();
    expect(result.findings.map((f) => f.code)).not.toContain('ingest.money-unit');
  });

  it('a header naming only its currency ("Budget (£)") names the table\'s currency for plain numbers', () => {
    const result = ingestSources([sheetSource([['ID', 'Name', 'Status', 'Budget (£)'], ['A1', 'Portal', 'Green', 120]])], options);
    expect(result.initiatives[0]!.budget).toBe(120);
    expect(result.tables[0]!.currency).toBe('GBP');
    expect(result.findings.map((f) => f.code)).not.toContain('ingest.money-unit');
  });

  it('adds up two departments in different units: £k and £', () => {
    const finance: CellValue[][] = [
      ['ID', 'Name', 'Status', 'Budget (£k)'],
      ['FIN-1', 'Ledger', 'Green', 120],
    ];
    const ops: CellValue[][] = [
      ['ID', 'Name', 'Status', 'Budget'],
      ['OPS-1', 'Depot', 'Green', 50_000],
      ['OPS-2', 'Fleet', 'Amber', '£80,000'],
    ];
    const result = runPipeline([sheetSource(finance, { name: 'Finance.xlsx' }), sheetSource(ops, { name: 'Operations.xlsx' })], options);
    // 120 x 1,000 + 50,000 + 80,000.
    expect(result.model.initiatives.reduce((sum, i) => sum + (i.budget ?? 0), 0)).toBe(250_000);
    expect(runCurrency(result.model.ingest)).toBe('GBP');
    const json = checkJson(result);
    const column = json.sources.flatMap((s) => s.tables).flatMap((t) => t.fields).find((f) => f.header === 'Budget (£k)');
    expect(column).toEqual({
      field: 'budget',
      column: 'D',
      header: 'Budget (£k)',
      matchedBy: 'header',
      confidence: column!.confidence,
      unit: { multiplier: 1000, currency: 'GBP', from: 'header', text: 'Budget (£k)' },
    });
  });
});

describe('a unit in a band label over its first column only', () => {
  // Row 1 is a band row: "Dates" merged over Start | End, "Budget (£k)" typed over Plan and left
  // unmerged over Actual and Forecast (centred across them, as people do), "Notes" over nothing.
  const rows: CellValue[][] = [
    [null, null, 'Dates', null, 'Budget (£k)', null, null, null],
    ['Store #', 'Location', 'Start', 'End', 'Plan', 'Actual', 'Forecast', 'Status'],
    ['ST-1', 'Bristol', '2026-09-07', '2027-01-29', 950, 400, 1080, 'Amber'],
    ['ST-2', 'Leeds', '2026-10-05', '2027-03-31', 580, 90, 560, 'Green'],
  ];
  const source = sheetSource([{ rows, merges: [{ top: 0, left: 2, bottom: 0, right: 3 }] }]);
  const result = ingestSources([source], options);

  it('reads the money columns under the blank band cells in the band\'s unit', () => {
    expect(result.initiatives.map((r) => [r.id, r.budget, r.actualCost, r.forecastCost])).toEqual([
      ['ST-1', 950_000, 400_000, 1_080_000],
      ['ST-2', 580_000, 90_000, 560_000],
    ]);
  });
});
