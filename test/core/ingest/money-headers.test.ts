/**
 * Money columns as trackers name them: a supplier's fees, a procurement's estimated value, a grant's
 * value are what the work costs (budget); a budget of days is effort, not money. Expected fields
 * worked out by hand.
 */
import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(dayFromIso('2026-11-16')!);
function fieldsOf(rows: CellValue[][]): Record<string, string> {
  const table = ingestSources([sheetSource(rows, { name: 'Plan.xlsx' })], options).tables[0]!;
  return Object.fromEntries(table.mapping.map((m) => [m.header, m.field]));
}

describe('money headers', () => {
  it('reads no share of the money as an amount: "% Spent", "Budget used (%)", "Percent of budget"', () => {
    const fields = fieldsOf([
      ['Project ID', 'Project', 'PM', 'Current RAG', '% Spent', 'Budget used (%)', 'Percent of budget', '% Complete', 'Go-live', 'Spend to date'],
      ['PR-01', 'ERP upgrade', 'Ann Lee', 'A', '45%', '45%', '45%', '40%', '2027-03-31', '£90,000'],
      ['PR-02', 'HR portal', 'Bo Chan', 'A', '80%', '80%', '80%', '60%', '2027-01-29', '£40,000'],
    ]);
    expect([fields['% Spent'], fields['Budget used (%)'], fields['Percent of budget'], fields['% Complete'], fields['Spend to date']]).toEqual([undefined, undefined, undefined, 'percentComplete', 'actualCost']);
  });

  it('reads "Approved (£k)" figures as the budget, in thousands; an Approved date or flag is no money', () => {
    const capex: CellValue[][] = [
      ['Project Code', 'Project Title', 'Sponsor', 'Approved (£k)', 'Spend to date (£k)', 'Forecast outturn (£k)', 'Completion date', 'RAG'],
      ['CX-101', 'Depot roof replacement', 'J. Patel', 450, 120, 470, '31/03/2027', 'A'],
      ['CX-103', 'Warehouse racking', 'J. Patel', 300, 290, 360, '15/12/2026', 'R'],
    ];
    const result = ingestSources([sheetSource(capex, { name: 'Capex.xlsx' })], options);
    expect(Object.fromEntries(result.tables[0]!.mapping.map((m) => [m.header, m.field]))).toMatchObject({ 'Approved (£k)': 'budget', 'Spend to date (£k)': 'actualCost', 'Forecast outturn (£k)': 'forecastCost' });
    expect(result.initiatives.map((r) => [r.id, r.budget, r.actualCost, r.forecastCost])).toEqual([
      ['CX-101', 450_000, 120_000, 470_000],
      ['CX-103', 300_000, 290_000, 360_000],
    ]);
    const dated = fieldsOf([
      ['ID', 'Project', 'Owner', 'Status', 'Due', 'Approved'],
      ['P-1', 'Roof', 'Ann', 'Green', '2027-01-29', '2026-10-01'],
      ['P-2', 'Racking', 'Bob', 'Amber', '2027-02-26', '2026-10-15'],
    ]);
    expect(dated['Approved']).toBeUndefined();
    const flagged = fieldsOf([
      ['ID', 'Project', 'Owner', 'Status', 'Due', 'Approved', 'Budget'],
      ['P-1', 'Roof', 'Ann', 'Green', '2027-01-29', 'Yes', 40000],
      ['P-2', 'Racking', 'Bob', 'Amber', '2027-02-26', 'No', 25000],
    ]);
    expect([flagged['Approved'], flagged['Budget']]).toEqual([undefined, 'budget']);
  });

  it('reads fees as the budget, and a budget of days as no money', () => {
    const fields = fieldsOf([
      ['WS-ID', 'Workstream', 'Status', 'Start', 'Due', 'Fees (EUR)', 'Days budget'],
      ['WS-01', 'Assessment', 'Done', '2026-09-07', '2026-10-02', 42000, 30],
      ['WS-02', 'Operating model', 'Green', '2026-10-05', '2026-11-27', 68500, 48],
    ]);
    expect(fields['Fees (EUR)']).toBe('budget');
    expect(fields['Days budget']).toBeUndefined();
  });

  it("reads a procurement's estimated value and a grant's value as its budget, not a benefit", () => {
    expect(
      fieldsOf([
        ['Event ID', 'Sourcing event', 'Status', 'Start', 'Contract award', 'Est. value (£)'],
        ['PR-1', 'Re-tender', 'In progress', '2026-08-03', '2027-01-29', 4200000],
        ['PR-2', 'Laptops', 'Complete', '2026-06-01', '2026-09-30', 850000],
      ])['Est. value (£)'],
    ).toBe('budget');
    expect(
      fieldsOf([
        ['Grant ref', 'Project', 'RAG', 'Start', 'End', 'Grant value'],
        ['G-1', 'Wells', 'Green', '2026-01-05', '2026-12-18', 250000],
        ['G-2', 'Schools', 'Amber', '2026-02-02', '2027-03-31', 180000],
      ])['Grant value'],
    ).toBe('budget');
  });

  it('reads a procurement\'s contract award dates, after every start, as its due', () => {
    expect(
      fieldsOf([
        ['Event ID', 'Sourcing event', 'Status', 'Start', 'Contract award'],
        ['PR-1', 'Re-tender', 'In progress', '2026-08-03', '2027-01-29'],
        ['PR-2', 'Laptops', 'Complete', '2026-06-01', '2026-09-30'],
      ])['Contract award'],
    ).toBe('due');
  });
});
