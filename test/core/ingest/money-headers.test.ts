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
