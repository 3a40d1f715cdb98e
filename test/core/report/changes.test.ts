import { buildReport, sheetRows } from '../../../src/core/report';
import { compareRuns } from '../../../src/core/report/changes-sheet';
import { takeSnapshot } from '../../../src/core/report/snapshot';
import type { ReportCell } from '../../../src/core/types';
import { d, makeFixture, makeModifiedFixture } from './fixture';

describe('Changes against the previous summary', () => {
  const previous = takeSnapshot(makeFixture());
  const current = makeModifiedFixture();

  it('lists surprises first, then status changes, date moves, new/removed initiatives, new/resolved findings', () => {
    expect(compareRuns(previous, current)).toEqual([
      { change: 'Green to red', initiativeId: 'FIN-1', name: 'Chart of accounts redesign', was: { kind: 'status', status: 'green' }, now: { kind: 'status', status: 'red' }, detail: 'Own forecast finish 10 Apr 2026 passes due 27 Mar 2026.' },
      { change: 'Status change', initiativeId: 'IT-1', name: 'Data platform', was: { kind: 'status', status: 'red' }, now: { kind: 'status', status: 'red' }, detail: 'Reported red → amber.' },
      { change: 'Due date moved', initiativeId: 'IT-2', name: 'Single sign-on', was: { kind: 'date', day: d('2026-04-10') }, now: { kind: 'date', day: d('2026-04-24') }, detail: 'Later by 14 days.' },
      { change: 'Forecast slipped', initiativeId: 'FIN-1', name: 'Chart of accounts redesign', was: { kind: 'date', day: d('2026-03-27') }, now: { kind: 'date', day: d('2026-04-10') }, detail: 'Forecast finish 14 days later.' },
      { change: 'Forecast slipped', initiativeId: 'IT-2', name: 'Single sign-on', was: { kind: 'date', day: d('2026-04-10') }, now: { kind: 'date', day: d('2026-04-24') }, detail: 'Forecast finish 14 days later.' },
      { change: 'New initiative', initiativeId: 'SAL-3', name: 'Partner pricing', now: { kind: 'status', status: 'green' }, detail: 'Added in Sales.' },
      { change: 'Removed initiative', initiativeId: 'OPS-2', name: 'Supplier portal', was: { kind: 'status', status: 'done' }, detail: 'No longer in any source.' },
      { change: 'New finding', initiativeId: 'SAL-1', name: 'CRM migration', now: { kind: 'severity', severity: 'warning' }, detail: 'finance.cost-overrun: SAL-1 forecast cost 330,000 is 10% above its budget 300,000.' },
      { change: 'Resolved finding', initiativeId: 'IT-1', name: 'Data platform', was: { kind: 'severity', severity: 'warning' }, detail: 'status.stale: IT-1 was last updated on 2026-02-20, 24 days before the as-of date (cadence 7 days).' },
    ]);
  });

  it('finds nothing when the run did not change', () => {
    expect(compareRuns(previous, makeFixture())).toEqual([]);
  });

  it('adds the Changes sheet after Summary only when a previous snapshot is given', () => {
    expect(buildReport(current).sheets.map((s) => s.name)).not.toContain('Changes');
    const sheet = buildReport(current, { previous }).sheets[1]!;
    expect(sheet.name).toBe('Changes');
    const show = (c: ReportCell | null): string | number | boolean | null => (c?.value ? c.value.v : null);
    expect(sheetRows(sheet)[1]!.map(show)).toEqual([
      'Since the summary as of 16 Mar 2026: 1 green-to-red surprise, 1 status change, 3 date moves, 1 new and 1 removed initiatives, 1 new and 1 resolved findings.',
    ]);
    expect(sheetRows(sheet)[3]!.map(show)).toEqual(['Change', 'Initiative', 'Name', 'Was', 'Now', 'Detail']);
    expect(sheetRows(sheet)[4]!.map(show)).toEqual(['Green to red', 'FIN-1', 'Chart of accounts redesign', 'Green', 'Red', 'Own forecast finish 10 Apr 2026 passes due 27 Mar 2026.']);
    expect(sheetRows(sheet)[4]![0]!.style).toBe('rag-red');
    expect(sheetRows(sheet)[6]!.map((c) => c?.value?.t)).toEqual(['text', 'text', 'text', 'date', 'date', 'text']);
    expect(sheetRows(sheet)[6]!.map(show)).toEqual(['Due date moved', 'IT-2', 'Single sign-on', d('2026-04-10'), d('2026-04-24'), 'Later by 14 days.']);
    expect(sheet.tables).toEqual([{ name: 'tlChanges', range: 'A4:F13', style: 'TableStyleLight9', showFilter: true }]);
    expect(sheet.freeze).toEqual({ rows: 4, cols: 0 });
  });

  it('says on the Summary, under the headline, what moved since the previous summary', () => {
    const summary = buildReport(current, { previous }).sheets[0]!;
    expect(sheetRows(summary)[3]![0]).toEqual({
      value: {
        t: 'text',
        v: 'Since the summary as of 16 Mar 2026: 1 green-to-red surprise, 1 status change, 3 date moves, 1 new and 1 removed initiatives, 1 new and 1 resolved findings.',
      },
      style: 'link',
      link: { kind: 'internal', sheet: 'Changes', address: 'A1' },
    });
    expect(summary.merges).toContain('A4:K4');
    expect(sheetRows(buildReport(current).sheets[0]!)[3]![0]!.value).toEqual({ t: 'text', v: 'No previous summary was given, so there is no comparison with last week (report with --previous to add one).' });
  });
});
