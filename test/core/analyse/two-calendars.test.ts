import { analyseModel } from '../../../src/core/analyse';
import { ingestSources } from '../../../src/core/ingest';
import { buildModel } from '../../../src/core/model';
import { checkRules } from '../../../src/core/rules';
import { makeOptions, type CellValue, type SourceCalendar } from '../../../src/core/types';
import { dayFromIso, isoFromDay } from '../../../src/core/util/days';
import { sheetSource } from '../../support/messy-table';

/**
 * Two calendars, worked by hand: the Office works Mon-Fri (the run's calendar), the Site all
 * seven days. March 2026: Mon 16, Tue 17, Wed 18, Thu 19, Fri 20, Sat 21, Sun 22, Mon 23 ...
 * Sat 28, Sun 29, Mon 30. Lags count in the predecessor's calendar (P6's default).
 *
 * Forward pass:
 * - O-1 Office, 3 days (planned 03-16..03-18): Mon 16 .. Wed 18.
 * - S-1 Site, 2 days, FS after O-1: O-1 ends at the end of Wed 18; the Site's first working day
 *   after it is Thu 19: Thu 19 .. Fri 20.
 * - O-2 Office, 1 day, FS+2 after S-1: the lag counts in the Site's days, Sat 21 and Sun 22, so
 *   it ends at the end of Sun 22; the Office's first working day after it is Mon 23 (counted in
 *   the Office's days the lag would have been Mon 23 and Tue 24, and O-2 would start Wed 25).
 * - S-2 Site, 5 days, FS after O-2: Tue 24, Wed 25, Thu 26, Fri 27, Sat 28.
 * - O-3 Office, 1 day, FS after S-2: S-2 ends on Saturday, the Office starts Mon 30.
 * Backward pass from the project finish, Mon 30:
 * - O-3 late Mon 30 .. Mon 30: slack 0.
 * - S-2 may finish as late as the end of Sun 29 (O-3 still starts Mon 30): slack 1 Site day
 *   (Sat 28 -> Sun 29); late start Wed 25.
 * - O-2 must end before S-2's late start Wed 25: late finish Tue 24, slack 1 Office day.
 * - S-1: its end + 2 Site days must come before O-2's late start Tue 24, so it ends by Sat 21
 *   (+ Sun 22, Mon 23): slack 1 Site day; late start Fri 20.
 * - O-1 must end before S-1's late start Fri 20: late finish Thu 19, slack 1.
 */
const d = (iso: string): number => dayFromIso(iso)!;
const iso = (day: number | undefined): string | undefined => (day === undefined ? undefined : isoFromDay(day));

const rows: CellValue[][] = [
  ['ID', 'Name', 'Department', 'Status', 'Start', 'Due', 'Depends On'],
  ['O-1', 'Order steel', 'Office', 'Green', '2026-03-16', '2026-03-18', null],
  ['S-1', 'Clear site', 'Site', 'Green', '2026-03-16', '2026-03-17', 'O-1'],
  ['O-2', 'Sign permit', 'Office', 'Green', '2026-03-16', '2026-03-16', 'S-1FS+2d'],
  ['S-2', 'Erect frame', 'Site', 'Green', '2026-03-16', '2026-03-20', 'O-2'],
  ['O-3', 'Invoice', 'Office', 'Green', '2026-03-16', '2026-03-16', 'S-2'],
];
const SITE: SourceCalendar = { source: 'Plan.xlsx', department: 'site', weekdays: [0, 1, 2, 3, 4, 5, 6], holidays: [] };

function analyse(holidays: number[] = []) {
  const options = makeOptions(d('2026-03-02'), { holidays });
  const ingest = ingestSources([sheetSource(rows, { name: 'Plan.xlsx' })], options);
  const model = buildModel({ ...ingest, calendars: [SITE] }, options);
  const analysis = analyseModel(model, options);
  const dates = (id: string) => {
    const a = analysis.byId.get(id)!;
    return [iso(a.earlyStart), iso(a.earlyFinish), iso(a.lateStart), iso(a.lateFinish), a.totalSlackDays, a.calendar];
  };
  return { model, analysis, options, dates };
}

describe('an Office calendar (Mon-Fri) beside a seven-day Site calendar', () => {
  it('counts each task in its own calendar and each lag in its predecessor’s', () => {
    const { dates, analysis } = analyse();
    expect(dates('O-1')).toEqual(['2026-03-16', '2026-03-18', '2026-03-17', '2026-03-19', 1, undefined]);
    expect(dates('S-1')).toEqual(['2026-03-19', '2026-03-20', '2026-03-20', '2026-03-21', 1, 'Site']);
    expect(dates('O-2')).toEqual(['2026-03-23', '2026-03-23', '2026-03-24', '2026-03-24', 1, undefined]);
    expect(dates('S-2')).toEqual(['2026-03-24', '2026-03-28', '2026-03-25', '2026-03-29', 1, 'Site']);
    expect(dates('O-3')).toEqual(['2026-03-30', '2026-03-30', '2026-03-30', '2026-03-30', 0, undefined]);
    // Every link of the chain drives its successor (test/core/analyse/longest-path.test.ts): on two
    // calendars the critical path is the longest path, not the tasks with no slack (O-3 alone).
    expect(analysis.criticalPath).toEqual(['O-1', 'S-1', 'O-2', 'S-2', 'O-3']);
    // The forecast (as of 03-02, nothing late yet) follows the same links.
    expect(iso(analysis.byId.get('S-2')!.forecastFinish)).toBe('2026-03-28');
  });

  it('keeps the run’s holidays in the Site calendar, which is based on it', () => {
    // Thu 19 off for everyone: S-1 runs Fri 20 .. Sat 21; its lag is Sun 22 and Mon 23, so
    // O-2 starts Tue 24. S-2's planned 03-16 .. 03-20 now holds 4 Site days (Thu 19 is off):
    // Wed 25 .. Sat 28; O-3 Mon 30.
    const { dates } = analyse([d('2026-03-19')]);
    expect(dates('S-1').slice(0, 2)).toEqual(['2026-03-20', '2026-03-21']);
    expect(dates('O-2').slice(0, 2)).toEqual(['2026-03-24', '2026-03-24']);
    expect(dates('S-2').slice(0, 2)).toEqual(['2026-03-25', '2026-03-28']);
    expect(dates('O-3').slice(0, 2)).toEqual(['2026-03-30', '2026-03-30']);
  });

  it('counts SS and FF lags from the predecessor’s start and finish in its calendar', () => {
    // A-1 (Office) Thu 19 .. Fri 20. B-1 (Site, 1 day) SS+2 after it: A-1's start + Thu 19 and
    // Fri 20 = the end of Fri 20, so B-1 starts Sat 21. C-1 (Site, 3 days) FF+1 after A-1: its
    // finish + Mon 23 = the end of Mon 23, so C-1 finishes Mon 23: Sat 21, Sun 22, Mon 23.
    const options = makeOptions(d('2026-03-02'));
    const plan: CellValue[][] = [
      ['ID', 'Name', 'Department', 'Status', 'Start', 'Due', 'Depends On'],
      ['A-1', 'Design', 'Office', 'Green', '2026-03-19', '2026-03-20', null],
      ['B-1', 'Stake out', 'Site', 'Green', '2026-03-16', '2026-03-16', 'A-1SS+2d'],
      ['C-1', 'Level', 'Site', 'Green', '2026-03-16', '2026-03-18', 'A-1FF+1d'],
    ];
    const ingest = ingestSources([sheetSource(plan, { name: 'Plan.xlsx' })], options);
    const analysis = analyseModel(buildModel({ ...ingest, calendars: [SITE] }, options), options);
    const early = (id: string) => [iso(analysis.byId.get(id)!.earlyStart), iso(analysis.byId.get(id)!.earlyFinish)];
    expect([early('B-1'), early('C-1')]).toEqual([
      ['2026-03-21', '2026-03-21'],
      ['2026-03-21', '2026-03-23'],
    ]);
  });

  it('checks planned dates against a link between the two calendars the same way', () => {
    const { model, analysis, options } = analyse();
    const broken = checkRules(model, analysis, options).filter((f) => f.code === 'schedule.successor-before-predecessor' && f.initiativeId === 'O-2');
    // S-1 is planned to finish Tue 17 (Site); + Wed 18 and Thu 19 (Site days): O-2 can start Fri 20.
    expect(broken.map((f) => f.message)).toEqual([expect.stringContaining('so it can start 2026-03-20 at the earliest')]);
  });
});
