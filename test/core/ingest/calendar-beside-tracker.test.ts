import { ingestSources } from '../../../src/core/ingest';
import { runPipeline } from '../../../src/core/pipeline';
import { makeOptions, type CellValue, type IngestResult } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

const d = (iso: string): number => dayFromIso(iso)!;
const PLAN: CellValue[][] = [
  ['ID', 'Name', 'Department', 'Status', 'Start', 'Due', 'Depends On'],
  ['O-1', 'Order steel', 'Office', 'Green', '2026-03-16', '2026-03-18', null],
  ['S-1', 'Clear site', 'Site', 'Green', '2026-03-16', '2026-03-19', 'O-1'],
  ['S-2', 'Pour slab', 'Site', 'Amber', '2026-03-23', '2026-04-10', 'S-1'],
];
const HOLIDAYS: CellValue[][] = [
  ['Date', 'Holiday'],
  ['2026-04-03', 'Good Friday'],
  ['2026-04-06', 'Easter Monday'],
];
const gap = (n: number): null[] => new Array<null>(n).fill(null);
/** The plan with the holiday list `blank` columns to its right, row by row. */
const beside = (blank: number): CellValue[][] => PLAN.map((row, r) => [...row, ...gap(blank), ...(HOLIDAYS[r] ?? [null, null])]);
const ingest = (rows: CellValue[][], tables?: { name: string; range: { top: number; left: number; bottom: number; right: number } }[]): IngestResult =>
  ingestSources([sheetSource([{ name: 'Plan', rows, ...(tables ? { tables } : {}) }], { name: 'Plan.xlsx' })], makeOptions(d('2026-03-02')));
const days = (r: IngestResult): Array<[string | undefined, string, string | undefined]> =>
  (r.calendars ?? []).flatMap((c) => c.holidays.map((h) => [c.department, h.cell.address, h.name] as [string | undefined, string, string | undefined]));
/** What must hold on every layout: the plan's three rows are the initiatives, nothing else is reported unread. */
const planOnly = (r: IngestResult): void => {
  expect(r.initiatives.map((i) => i.id)).toEqual(['O-1', 'S-1', 'S-2']);
  expect(r.findings.filter((f) => ['ingest.unmapped-columns', 'ingest.table-ignored', 'value.unparseable'].includes(f.code))).toEqual([]);
};

describe('a Calendar/Holidays table on a tracker\'s sheet', () => {
  it('is read as its own table one blank column to the right of the plan, and the plan without it', () => {
    const r = ingest(beside(1));
    planOnly(r);
    // The holiday dates are in I2:I3 (column H blank); no department: the source's own calendar.
    expect(days(r)).toEqual([[undefined, 'I2', 'Good Friday'], [undefined, 'I3', 'Easter Monday']]);
    expect(r.calendars!.map((c) => [c.source, c.department])).toEqual([['Plan.xlsx', undefined]]);
  });

  it('is read two blank columns to the right (a header segment of its own)', () => {
    const r = ingest(beside(2));
    planOnly(r);
    expect(days(r)).toEqual([[undefined, 'J2', 'Good Friday'], [undefined, 'J3', 'Easter Monday']]);
  });

  it('is read below the plan past a blank row and its title, with a department column', () => {
    const rows: CellValue[][] = [
      ...PLAN,
      gap(7),
      ['Bank holidays', ...gap(6)],
      ['Date', 'Holiday', 'Department', ...gap(4)],
      ['2026-04-03', 'Good Friday', 'Site', ...gap(4)],
      ['2026-04-06', 'Easter Monday', null, ...gap(4)],
    ];
    const r = ingest(rows);
    planOnly(r);
    // Before: the holiday rows were read as initiatives "BANK HOLIDAYS", "DATE", "2026-04-03"...
    expect(days(r)).toEqual([['Site', 'A8', 'Good Friday'], [undefined, 'A9', 'Easter Monday']]);
  });

  it('is read as an Excel table of its own on the plan\'s sheet, not as initiatives', () => {
    const rows = beside(1);
    const r = ingest(rows, [{ name: 'Holidays', range: { top: 0, left: 8, bottom: 2, right: 9 } }]);
    planOnly(r);
    expect(days(r)).toEqual([[undefined, 'I2', 'Good Friday'], [undefined, 'I3', 'Easter Monday']]);
  });

  it('leaves a tracker with a blank row and a blank column in it whole', () => {
    // A blank row between groups and an empty column are not a calendar: every row stays an initiative.
    const rows: CellValue[][] = [
      ['ID', 'Name', 'Department', 'Status', 'Start', 'Due', 'Depends On', null, 'Notes'],
      ['O-1', 'Order steel', 'Office', 'Green', '2026-03-16', '2026-03-18', null, null, 'Christmas order'],
      gap(9),
      ['S-1', 'Clear site', 'Site', 'Green', '2026-03-16', '2026-03-19', 'O-1', null, null],
      ['S-2', 'Pour slab', 'Site', 'Amber', '2026-03-23', '2026-04-10', 'S-1', null, 'After Easter'],
    ];
    const r = ingest(rows);
    expect(r.initiatives.map((i) => i.id)).toEqual(['O-1', 'S-1', 'S-2']);
    expect(r.calendars).toBeUndefined();
  });

  it('schedules the plan on the days off it gives', () => {
    // S-1 (4 working days) waits for O-1 (ends Wed 03-18): Thu 03-19 .. Tue 03-24. S-2, planned
    // Mon 03-23 .. Thu 04-02 (9 working days, before Easter), starts Wed 03-25: 03-25..27, 03-30..04-02
    // are 7; the last 2 are Fri 04-03 and Mon 04-06 without the holidays, Tue 04-07 and Wed 04-08 with.
    const run = (rows: CellValue[][]) => runPipeline([sheetSource([{ name: 'Plan', rows }], { name: 'Plan.xlsx' })], makeOptions(d('2026-03-02')));
    const rows = beside(1).map((row) => [...row]);
    rows[3]![5] = '2026-04-02';
    expect(run(rows.map((row) => row.slice(0, 7))).analysis.byId.get('S-2')!.earlyFinish).toBe(d('2026-04-06'));
    expect(run(rows).analysis.byId.get('S-2')!.earlyFinish).toBe(d('2026-04-08'));
  });
});
