import { dayFromIso, makeOptions, runPipeline } from '../../../src/core';
import type { CellValue, RawSource } from '../../../src/core/types';

const sheet = (name: string, values: CellValue[][]) => ({ name, origin: { row: 0, col: 0 }, values });

/**
 * T-1 (no owner) waits on red T-0 and feeds two off-target KPIs: Digital adoption, whose row
 * names its owner and also links GHOST, which no source defines, and Renewal rate, with no owner.
 */
const SOURCE: RawSource = {
  name: 'Service.xlsx',
  origin: 'file',
  dateSystem: 1900,
  sheets: [
    sheet('Plan', [
      ['ID', 'Name', 'Owner', 'Status', 'Start', 'Due', 'Last Updated', 'Depends On'],
      ['T-0', 'Upstream', 'Dara Quinn', 'Red', '2026-11-02', '2026-12-18', '2026-11-13', null],
      ['T-1', 'Downstream', null, 'Green', '2027-01-04', '2027-02-26', '2026-11-13', 'T-0'],
    ]),
    sheet('KPIs', [
      ['KPI', 'Target', 'Actual', 'Linked initiatives', 'KPI owner'],
      ['Digital adoption', 60, 41, 'T-1, GHOST', 'Nina Ford'],
      ['Renewal rate', 90, 80, 'T-1', null],
    ]),
  ],
};

describe("a KPI finding's action goes to the KPI's owner", () => {
  const result = runPipeline([SOURCE], makeOptions(dayFromIso('2026-11-16')!));
  const kpiActions = result
    .governance!.actions.filter((a) => a.finding.code.startsWith('kpi.'))
    .map((a) => `${a.finding.code} ${a.finding.cells[0]!.address} ${a.person} ${a.assignee}`)
    .sort();

  it('gives the KPI row with an owner to that owner, and leaves the one without to the initiative (here nobody)', () => {
    expect(kpiActions).toEqual([
      // Digital adoption's row 2: its actual (C2) and its Linked initiatives cell (D2).
      'kpi.off-target-blocked C2 Nina Ford owner',
      // Renewal rate names no owner and T-1 has none: nobody.
      'kpi.off-target-blocked C3 unassigned unassigned',
      'kpi.unknown-initiative D2 Nina Ford owner',
    ]);
  });
});
