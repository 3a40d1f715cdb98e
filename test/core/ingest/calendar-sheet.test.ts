import { ingestSources } from '../../../src/core/ingest';
import { runPipeline } from '../../../src/core/pipeline';
import { buildReport, checkJson, REPORT_SHEETS, sheetRows } from '../../../src/core/report';
import { makeOptions, type CellValue } from '../../../src/core/types';
import { dayFromIso, isoFromDay } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const d = (iso: string): number => dayFromIso(iso)!;
const PLAN: CellValue[][] = [
  ['ID', 'Name', 'Department', 'Status', 'Start', 'Due', 'Depends On'],
  ['O-1', 'Order steel', 'Office', 'Green', '2026-03-16', '2026-03-18', null],
  ['S-1', 'Clear site', 'Site', 'Green', '2026-03-16', '2026-03-19', 'O-1'],
];

describe('a Calendar/Holidays sheet inside a source', () => {
  it('is told by its content, whatever the sheet is called, and read by department', () => {
    const source = sheetSource([
      { name: 'Plan', rows: PLAN },
      {
        name: 'Days we do not work',
        rows: [
          ['Working days', 'Sun-Thu'],
          [null, null],
          ['Date', 'Holiday', 'Department'],
          ['2026-01-01', 'New Year', null],
          ['2026-04-03', 'Good Friday', 'Site'],
          ['2026-13-01', 'Typo day', 'Site'],
        ],
      },
      { name: 'Weeks', rows: [['Calendar', 'Working days'], ['Site', 'Mon-Sun'], ['Office', 'Mon-Fry']] },
    ], { name: 'Plan.xlsx' });
    const ingest = ingestSources([source], makeOptions(d('2026-03-02')));
    const cell = (sheet: string, address: string) => ({ source: 'Plan.xlsx', sheet, address });
    expect(ingest.calendars).toEqual([
      // The rows without a department, with the sheet's Working days row: the source's own calendar.
      { source: 'Plan.xlsx', weekdays: [0, 1, 2, 3, 4], weekdaysCell: cell('Days we do not work', 'B1'), holidays: [{ day: d('2026-01-01'), name: 'New Year', cell: cell('Days we do not work', 'A4') }] },
      { source: 'Plan.xlsx', department: 'Site', departmentCell: cell('Days we do not work', 'C5'), weekdays: [0, 1, 2, 3, 4], weekdaysCell: cell('Days we do not work', 'B1'), holidays: [{ day: d('2026-04-03'), name: 'Good Friday', cell: cell('Days we do not work', 'A5') }] },
      { source: 'Plan.xlsx', department: 'Site', departmentCell: cell('Weeks', 'A2'), weekdays: [0, 1, 2, 3, 4, 5, 6], weekdaysCell: cell('Weeks', 'B2'), holidays: [] },
    ]);
    // Bad cells are findings with their cell; neither sheet is read as initiatives or reported as ignored.
    const unread = ingest.findings.filter((f) => f.code === 'value.unparseable');
    expect(unread.map((f) => f.cells[0]!.address)).toEqual(['A6', 'B3']);
    expect(ingest.findings.filter((f) => f.code === 'ingest.table-ignored')).toEqual([]);
    expect(ingest.initiatives.map((r) => r.id)).toEqual(['O-1', 'S-1']);
  });

  it('is not taken for a calendar when its dates are not days off', () => {
    const milestones = sheetSource([{ name: 'Milestones', rows: [['Date', 'Milestone', 'Owner'], ['2026-04-03', 'Design signed off', 'Ada Lovelace'], ['2026-05-01', 'Build complete', 'Alan Turing']] }]);
    expect(ingestSources([milestones], makeOptions(d('2026-03-02'))).calendars).toBeUndefined();
  });

  it('schedules a department in its calendar and says so in the Initiatives sheet and the JSON', () => {
    // Site works seven days. O-1 (Office, Mon-Fri) Mon 16 .. Wed 18; S-1 (Site) 4 days from the
    // next Site day, Thu 19: Thu 19, Fri 20, Sat 21, Sun 22 (on Mon-Fri it would end Tue 24).
    const source = sheetSource([{ name: 'Plan', rows: PLAN }, { name: 'Calendars', rows: [['Department', 'Working days'], ['Site', 'Mon-Sun']] }], { name: 'Plan.xlsx' });
    const result = runPipeline([source], makeOptions(d('2026-03-02')));
    const s1 = result.analysis.byId.get('S-1')!;
    expect([isoFromDay(s1.earlyStart!), isoFromDay(s1.earlyFinish!), s1.calendar]).toEqual(['2026-03-19', '2026-03-22', 'Site']);
    expect(result.analysis.byId.get('O-1')!.calendar).toBeUndefined();
    expect(checkJson(result).initiatives.map((i) => [i.id, i.calendar])).toEqual([['O-1', null], ['S-1', 'Site']]);
    const sheet = buildReport(result).sheets.find((s) => s.name === REPORT_SHEETS.initiatives)!;
    const rows = sheetRows(sheet).map((r) => r.map((c) => (c?.value ? c.value.v : null)));
    const at = rows[0]!.indexOf('Calendar');
    expect(rows[0]![at - 1]).toBe('Past deadline (working days)');
    expect(rows.slice(1).map((r) => r[at])).toEqual(['', 'Site']);
  });
});
