import { analyseModel } from '../../../src/core/analyse';
import { recoveryOf } from '../../../src/core/analyse/recovery';
import { ingestSources } from '../../../src/core/ingest';
import { buildModel } from '../../../src/core/model';
import { makeOptions, type CellValue, type SourceCalendar } from '../../../src/core/types';
import { dayFromIso, isoFromDay } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/**
 * The recovery search across two calendars, worked by hand. The Office works Mon-Fri (the run's
 * calendar), the Site all seven days. March 2026: Thu 5, Fri 6, ... Mon 9, Tue 10, Wed 11,
 * Thu 12, Fri 13, Sat 14, Sun 15, Mon 16, Tue 17, Wed 18, Thu 19, Fri 20, Sat 21. As of Wed 11.
 *
 * Forecast:
 * - P (Office) was due Fri 6 and is still open: it finishes no earlier than the as-of day, Wed 11.
 * - R (Office, red), planned Mon 9 .. Fri 13 (5 Office days), FS after P: starts Thu 12 and
 *   runs Thu 12, Fri 13, Mon 16, Tue 17, Wed 18. Due Fri 13: 3 Office days late (Mon 16, Tue 17, Wed 18).
 * - W (Site), planned Sat 14 .. Mon 16 (3 Site days), FS after R: starts Thu 19 and runs
 *   Thu 19, Fri 20, Sat 21. Due Mon 16: 5 Site days late (Tue 17 .. Sat 21).
 * Recovery of R (R finishing earlier):
 * - At most: R's work cut to one day, Thu 12: 4 Office days (Fri 13, Mon 16, Tue 17, Wed 18).
 * - R's own due date Fri 13: it recovers its 3 Office days of slip.
 * - W's due date Mon 16: W needs its 3 Site days Sat 14 .. Mon 16 (it never starts before its
 *   planned Sat 14), so R must end by the end of Sun 15, in Office days by Fri 13: from Wed 18
 *   that is 3 Office days, though W slips by 5 Site days (the weekend is no working time for the
 *   Office, but is for the Site).
 *   A 2-day recovery (R ends Mon 16) would start W on Tue 17 and end it Thu 19: still late.
 */
const d = (iso: string): number => dayFromIso(iso)!;

const rows: CellValue[][] = [
  ['ID', 'Name', 'Department', 'Status', 'Start', 'Due', 'Depends On'],
  ['P', 'Approve design', 'Office', 'Amber', '2026-03-05', '2026-03-06', null],
  ['R', 'Procure frame', 'Office', 'Red', '2026-03-09', '2026-03-13', 'P'],
  ['W', 'Erect frame', 'Site', 'Green', '2026-03-14', '2026-03-16', 'R'],
];
const SITE: SourceCalendar = { source: 'Plan.xlsx', department: 'site', weekdays: [0, 1, 2, 3, 4, 5, 6], holidays: [] };

describe('recovery across calendars (an Office predecessor, a seven-day Site successor)', () => {
  const options = makeOptions(d('2026-03-11'));
  const ingest = ingestSources([sheetSource(rows, { name: 'Plan.xlsx' })], options);
  const model = buildModel({ ...ingest, calendars: [SITE] }, options);
  const analysis = analyseModel(model, options);
  const at = (id: string) => model.initiatives.findIndex((i) => i.id === id);

  it('forecasts each in its own calendar', () => {
    expect(isoFromDay(analysis.byId.get('R')!.forecastFinish!)).toBe('2026-03-18');
    expect(isoFromDay(analysis.byId.get('W')!.forecastFinish!)).toBe('2026-03-21');
    // Named as the trackers write the department (the calendar says "site").
    expect(analysis.byId.get('W')!.calendar).toBe('Site');
  });

  it('finds the Office days of recovery that keep the Site date, by search', () => {
    const recovery = recoveryOf(model, analysis, options, at('R'))!;
    expect(recovery.maxRecoveryDays).toBe(4);
    expect(recovery.driven).toEqual([at('W')]);
    expect(recovery.dates.map((x) => [model.initiatives[x.at]!.id, x.kind, isoFromDay(x.date), isoFromDay(x.forecastFinish), x.slipDays, x.recoveryDays, x.spareDays])).toEqual([
      ['W', 'due', '2026-03-16', '2026-03-21', 5, 3, 0],
      ['R', 'due', '2026-03-13', '2026-03-18', 3, 3, 0],
    ]);
  });
});
