/**
 * Lags of part of a day ("FS+4h", "SS+1.5d"), as Microsoft Project schedules them on an 8-hour day:
 * the lag moves the successor's start or finish into a day, and that day is the one it falls in.
 * After a task finishing Friday 17:00, FS+4h lets the successor start Monday 12:00 (Monday: lag
 * rounded down, 0); FF+4h asks it to finish by Monday 12:00 (Monday: rounded up, 1); SS+1.5d after
 * a start on Monday 08:00 is Tuesday 12:00 (Tuesday: 1). Dates by hand on a Mon-Fri calendar:
 * Mon 2 Nov 2026 .. Fri 6 Nov, Mon 9 Nov.
 */
import { wholeLag } from '../../../src/core/model';
import { runPipeline } from '../../../src/core/pipeline';
import { makeOptions } from '../../../src/core/types';
import { dayFromIso } from '../../../src/core/util/days';
import { readCsvSource } from '../../../src/xlsx/read-csv';

describe('wholeLag', () => {
  it('rounds a part day down for start links and up for finish links, and keeps whole days', () => {
    expect([wholeLag('FS', 0.5), wholeLag('SS', 1.5), wholeLag('FF', 0.5), wholeLag('SF', 1.5)]).toEqual([0, 1, 1, 2]);
    // Leads: FS-4h after a Friday 17:00 finish is Friday 13:00 (Friday: -1); FF-4h is Friday too (0).
    expect([wholeLag('FS', -0.5), wholeLag('FF', -0.5)]).toEqual([-1, 0]);
    expect([wholeLag('FS', 2), wholeLag('FF', 2), wholeLag('FS', 0.9999999), wholeLag('FF', 3.0000001), wholeLag('SS', NaN)]).toEqual([2, 2, 1, 3, 0]);
  });
});

describe('part-day lags in a plan', () => {
  const csv = [
    'ID,Task,Start,Finish,Predecessors,Status',
    'A,Design,2026-11-02,2026-11-06,,Green',
    'B,Build,2026-11-09,2026-11-13,A FS+4h,Green',
    'C,Review,2026-11-02,2026-11-06,A FF+4h,Green',
    'D,Tooling,2026-11-03,2026-11-06,A SS+1.5d,Green',
  ].join('\n');
  const run = runPipeline([readCsvSource(new TextEncoder().encode(csv), 'Plan.csv')], makeOptions(dayFromIso('2026-10-26')!));

  it('keeps the part day in the link', () => {
    expect(run.model.dependencies.map((d) => [d.to, d.type, d.lagDays])).toEqual([
      ['B', 'FS', 0.5],
      ['C', 'FF', 0.5],
      ['D', 'SS', 1.5],
    ]);
  });

  it('breaks only the link whose part day pushes a date into the next day: the review must finish Monday', () => {
    expect(run.findings.filter((f) => f.code === 'schedule.successor-before-predecessor').map((f) => [f.initiativeId, f.message])).toEqual([
      ['C', 'C "Review" finishes 2026-11-06, but its FF+0.5d predecessor A "Design" finishes 2026-11-06, so it can finish 2026-11-09 at the earliest.'],
    ]);
  });
});
