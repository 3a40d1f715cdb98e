/**
 * Columns told by their values as an analyst tells them: a links column where each task waits on a
 * different one (a chain) is still the links; yes/no flags are no links; ranks under a money
 * header are no amounts. Expected mappings worked out by hand.
 */
import { ingestSources } from '../../../src/core/ingest';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const options = makeOptions(dayFromIso('2026-11-16')!);
const fieldOf = (rows: CellValue[][], header: string): string | undefined =>
  ingestSources([sheetSource(rows, { name: 'Plan.xlsx' })], options).tables[0]!.mapping.find((m) => m.header === header)?.field;

describe('columns told by their values', () => {
  it('reads "Dependent on" naming a different task on each row that has one as what the row depends on', () => {
    // Project for the web's export: task numbers, the first tasks of a plan wait on nothing.
    const rows: CellValue[][] = [
      ['Task number', 'Name', 'Start', 'Finish', 'Dependent on'],
      [1, 'Discovery', '2026-09-07', '2026-10-16', null],
      [2, 'Interviews', '2026-09-07', '2026-09-25', null],
      [3, 'Requirements', '2026-09-28', '2026-10-16', '2'],
      [4, 'Build', '2026-10-19', '2027-01-29', null],
      [5, 'Design system', '2026-10-19', '2026-11-20', '3'],
      [6, 'Account pages', '2026-11-02', '2026-12-18', '5SS+10 days'],
      [7, 'Payments', '2026-11-23', '2027-01-15', '3,5'],
      [8, 'Beta', '2027-01-29', '2027-01-29', '6,7'],
      [9, 'Launch', '2027-02-01', '2027-02-26', null],
      [10, 'Campaign', '2027-02-01', '2027-02-26', '8'],
    ];
    expect(fieldOf(rows, 'Dependent on')).toBe('dependsOn');
  });

  it('leaves a yes/no flag under a blocker header out of the links', () => {
    const rows: CellValue[][] = [
      ['id', 'name', 'state', 'is_a_blocker', 'is_blocked'],
      [1855, 'Checkout API', 'In Progress', 'TRUE', 'FALSE'],
      [1856, 'Checkout UI', 'Ready', 'FALSE', 'TRUE'],
      [1857, 'Receipts', 'Done', 'FALSE', 'FALSE'],
    ];
    expect(fieldOf(rows, 'is_a_blocker')).toBeUndefined();
    expect(fieldOf(rows, 'is_blocked')).toBeUndefined();
  });

  it('leaves MoSCoW ranks under "Business Value" out of the money, and keeps a budget of odd words to report', () => {
    const ranks: CellValue[][] = [
      ['ID', 'Name', 'State', 'Business Value'],
      [3101, 'Returns', 'In Progress', 'Must Have'],
      [3110, 'Portal', 'In Progress', 'Should Have'],
      [3112, 'Refunds', 'Done', 'Could Have'],
    ];
    expect(fieldOf(ranks, 'Business Value')).toBeUndefined();
    const odd: CellValue[][] = [
      ['ID', 'Name', 'Status', 'Budget'],
      ['FIN-1', 'Ledger', 'Green', 'Exempt'],
      ['FIN-2', 'Payroll', 'Amber', 'Exempt'],
    ];
    expect(fieldOf(odd, 'Budget')).toBe('budget');
  });
});

describe('a planned date beside a bare one', () => {
  it('reads "Planned Start/End Date" as the plan and the bare "Start/End Date" as what happened', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'State', 'Planned Start Date', 'Planned End Date', 'Start Date', 'End Date'],
      [3111, 'Return label', 'Done', '2026-09-14', '2026-10-09', '2026-09-14', '2026-10-08'],
      [3112, 'Refund tracking', 'In Testing', '2026-10-12', '2026-11-13', '2026-10-14', null],
    ];
    const table = ingestSources([sheetSource(rows, { name: 'Plan.xlsx' })], options).tables[0]!;
    expect(Object.fromEntries(table.mapping.map((m) => [m.header, m.field]))).toMatchObject({
      'Planned Start Date': 'start',
      'Planned End Date': 'due',
      'Start Date': 'actualStart',
      'End Date': 'actualFinish',
    });
  });

  it('keeps a bare Start beside a Baseline Start as the schedule', () => {
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Start', 'Finish', 'Baseline Start', 'Baseline Finish'],
      [1, 'Survey', '2026-09-14', '2026-10-09', '2026-09-07', '2026-10-02'],
      [2, 'Design', '2026-10-12', '2026-11-13', '2026-10-05', '2026-11-06'],
    ];
    const table = ingestSources([sheetSource(rows, { name: 'Plan.xlsx' })], options).tables[0]!;
    const fields = Object.fromEntries(table.mapping.map((m) => [m.header, m.field]));
    expect(fields['Start']).toBe('start');
    expect(fields['Finish']).toBe('due');
  });
});
