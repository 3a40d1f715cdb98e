import { readSnapshot, snapshotRows, takeSnapshot } from '../../../src/core/report/snapshot';
import { d, makeFixture } from './fixture';

describe('snapshot rows (the hidden sheet)', () => {
  const result = makeFixture();

  it('writes a versioned header, one row per initiative and one per active finding', () => {
    const rows = snapshotRows(result);
    expect(rows[0]).toEqual(['throughline-snapshot', 1, '2026-03-16']);
    expect(rows.slice(1, 4)).toEqual([
      ['initiative', 'FIN-1', 'Chart of accounts redesign', 'Finance', 'green', 'green', '2026-03-27', '2026-03-27'],
      ['initiative', 'FIN-2', 'Rolling forecast', 'Finance', 'green', 'red', '2026-04-30', '2026-05-14'],
      ['initiative', 'IT-1', 'Data platform', 'IT', 'red', 'red', '2026-03-06', '2026-03-20'],
    ]);
    expect(rows.filter((r) => r[0] === 'initiative')).toHaveLength(8);
    // Waived findings are not in the snapshot: they must not show up as "resolved" next time.
    expect(rows.filter((r) => r[0] === 'finding')).toHaveLength(9);
    expect(rows[9]).toEqual([
      'finding',
      'dependency.cycle|SAL-1|This workbook!Sales!H2',
      'dependency.cycle',
      'error',
      'SAL-1',
      'SAL-1 and SAL-2 depend on each other: SAL-1 → SAL-2 → SAL-1.',
      // First seen at this review (no history given), open at one review.
      '2026-03-16',
      1,
    ]);
    // The waived finding is kept as 'waived' (its age stands still), never as a 'finding'.
    expect(rows.filter((r) => r[0] === 'waived')).toHaveLength(1);
  });

  it('reads back exactly what it wrote', () => {
    expect(readSnapshot(snapshotRows(result))).toEqual(takeSnapshot(result));
  });

  it('reads cells a host converted: dates as Date objects or serials, the version as text', () => {
    const snap = readSnapshot([
      ['throughline-snapshot', '1', new Date(Date.UTC(2026, 2, 16))],
      ['initiative', 'A-1', '=HYPERLINK("x")', null, 'amber', 'red', 46112, new Date(Date.UTC(2026, 3, 30))],
      ['initiative', '', 'no id: skipped'],
      ['future-row-kind', 'ignored'],
      ['finding', 'k|A-1|', 'status.stale', 'warning', 'A-1', 'Stale.'],
      ['finding', 'k2', 'x', 'fatal', '', 'bad severity: skipped'],
    ]);
    expect(snap).toEqual({
      version: 1,
      asOf: d('2026-03-16'),
      initiatives: [{ id: 'A-1', name: '=HYPERLINK("x")', reportedStatus: 'amber', effectiveStatus: 'red', due: d('2026-03-31'), forecastFinish: d('2026-04-30') }],
      findings: [{ key: 'k|A-1|', code: 'status.stale', severity: 'warning', initiativeId: 'A-1', message: 'Stale.' }],
      // A row of a snapshot written before findings had a life: first seen at that review, open one review.
      history: {
        asOf: d('2026-03-16'),
        entries: [{ key: 'k|A-1|', code: 'status.stale', severity: 'warning', initiativeId: 'A-1', message: 'Stale.', firstSeen: d('2026-03-16'), reviewsOpen: 1, state: 'open' }],
      },
    });
  });

  it('refuses rows that are not a snapshot of this version', () => {
    expect(readSnapshot([])).toBeUndefined();
    expect(readSnapshot([['something else', 1, '2026-03-16']])).toBeUndefined();
    expect(readSnapshot([['throughline-snapshot', 2, '2026-03-16']])).toBeUndefined();
    expect(readSnapshot([['throughline-snapshot', 1, 'not a date']])).toBeUndefined();
  });
});
