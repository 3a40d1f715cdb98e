import { runPipeline } from '../../../src/core/pipeline';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/**
 * Workflow states with no colour ("In Progress", "In Review", "Active", "Working on it") read as
 * 'unknown': live work. Effective status (DESIGN.md: at least amber when anything upstream is
 * amber, red or forecast late; red when its own forecast finish passes its due date) applies to
 * them as to any open initiative, and so do overdue and stale.
 */
describe('in-flight work without a colour is live work', () => {
  const asOf = dayFromIso('2026-03-02')!; // a Monday
  const rows: CellValue[][] = [
    ['ID', 'Name', 'Status', 'Start', 'Due', 'Last Updated', 'Depends On'],
    ['A-1', 'Supplier contract', 'Red', '2026-01-05', '2026-06-30', '2026-02-27', null],
    ['A-2', 'Build', 'In Progress', '2026-07-01', '2026-07-31', '2026-02-27', 'A-1'],
    // Due last Friday, not done, last updated four weeks ago.
    ['A-3', 'Review', 'In Review', '2026-02-02', '2026-02-27', '2026-02-02', null],
    ['A-4', 'Rollout', 'Working on it', '2026-03-16', '2026-03-31', '2026-02-27', 'A-3'],
    ['A-5', 'Training', 'Active', '2026-03-16', '2026-03-31', '2026-02-27', null],
  ];
  const result = runPipeline([sheetSource(rows)], makeOptions(asOf));

  it('takes its colour from upstream and from its own forecast', () => {
    expect(result.model.initiatives.map((i) => i.status)).toEqual(['red', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(result.model.initiatives.map((i) => [i.id, result.analysis.byId.get(i.id)!.effectiveStatus, result.analysis.byId.get(i.id)!.effectiveReason])).toEqual([
      ['A-1', 'red', undefined],
      // Downstream of a red item: amber.
      ['A-2', 'amber', 'Upstream A-1 is red.'],
      // Overdue open work finishes no earlier than the as-of date: Monday 2 March, one working day after Friday's due date.
      ['A-3', 'red', 'Forecast finish 2026-03-02 is 1 working day after due 2026-02-27.'],
      // Downstream of late work, with slack enough to absorb it: amber.
      ['A-4', 'amber', 'Upstream A-3 is forecast 1 working day late.'],
      // Nothing upstream, on time: no colour is given to it.
      ['A-5', 'unknown', undefined],
    ]);
  });

  it('can be overdue and stale', () => {
    const a3 = result.findings.filter((f) => f.initiativeId === 'A-3' && (f.code === 'schedule.overdue' || f.code === 'status.stale'));
    expect(a3.map((f) => [f.code, f.cells.map((c) => c.address).join(',')])).toEqual([
      ['schedule.overdue', 'E4'],
      ['status.stale', 'F4'],
    ]);
    expect(a3[1]!.message).toBe('A-3 "Review" was last updated 2026-02-02, 28 days before 2026-03-02 (review cadence 7 days).');
  });
});
