import { dayFromIso, makeOptions, runPipeline } from '../../../src/core';
import type { RawSource } from '../../../src/core/types';

const sheet = (name: string, values: (string | null)[][]) => ({ name, origin: { row: 0, col: 0 }, values });

/** A workbook whose Leads sheet names each department's lead, beside an initiatives table with an ownerless row. */
const SOURCE: RawSource = {
  name: 'Programme.xlsx',
  origin: 'file',
  dateSystem: 1900,
  sheets: [
    sheet('Plan', [
      ['ID', 'Name', 'Department', 'Owner', 'Status', 'Start', 'Due', 'Last Updated', 'Depends On'],
      ['OPS-1', 'Warehouse scanners', 'Operations', 'Dara Quinn', 'Green', '2026-10-01', '2026-12-18', '2026-11-02', null],
      ['OPS-2', 'Returns desk', 'Operations', null, 'Amber', '2026-10-01', '2026-12-18', '2026-11-02', null],
    ]),
    sheet('Leads', [
      ['Department', 'Head of department'],
      ['Operations', 'Sam Patel'],
      ['operations', 'Someone Else'],
    ]),
  ],
};

describe('department leads from a Departments/leads table in a source', () => {
  const result = runPipeline([SOURCE], makeOptions(dayFromIso('2026-11-16')!));

  it('reads the table for who leads each department (the first row for a department wins), not as an ignored table', () => {
    expect(result.model.ingest.leads).toEqual([{ department: 'Operations', lead: 'Sam Patel', cell: { source: 'Programme.xlsx', sheet: 'Leads', address: 'B2' } }]);
    expect(result.findings.filter((f) => f.code === 'ingest.table-ignored')).toEqual([]);
  });

  it('gives the ownerless initiative\'s action to the lead, and escalations name the lead', () => {
    const actions = result.governance!.actions.filter((a) => a.finding.code === 'status.stale').map((a) => [a.finding.initiativeId, a.person, a.assignee]);
    expect(actions).toEqual([
      ['OPS-1', 'Dara Quinn', 'owner'],
      ['OPS-2', 'Sam Patel', 'lead'],
    ]);
    expect(result.findings.some((f) => f.code === 'action.unassigned')).toBe(false);
  });
});
