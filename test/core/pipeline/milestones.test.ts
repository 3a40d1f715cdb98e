/**
 * A zero-length task (Microsoft Project's "0 days", Start = Finish) is a milestone at the end of its
 * day, as Project schedules it: it may fall on the day its FS predecessor finishes, and its FS
 * successor starts the next working day. Expected dates worked by hand on a Mon-Fri calendar
 * (Fri 6 Nov 2026, Mon 9 Nov, Fri 13 Nov), as Project shows them for this plan.
 */
import { runPipeline } from '../../../src/core/pipeline';
import { makeOptions } from '../../../src/core/types';
import { dayFromIso, isoFromDay } from '../../../src/core/util/days';
import { readCsvSource } from '../../../src/xlsx/read-csv';

const run = (csv: string, asOf = '2026-11-01') =>
  runPipeline([readCsvSource(new TextEncoder().encode(csv), 'Plan.csv')], makeOptions(dayFromIso(asOf)!));
const HEADER = 'ID,Task Name,Duration,Start,Finish,Predecessors,Resource Names,% Complete\n';
const schedule = (result: ReturnType<typeof run>) =>
  result.model.initiatives.map((i) => {
    const a = result.analysis.byId.get(i.id)!;
    return [i.id, a.forecastFinish === undefined ? null : isoFromDay(a.forecastFinish), a.slipDays, a.totalSlackDays];
  });
const links = (result: ReturnType<typeof run>) => result.findings.filter((f) => f.code === 'schedule.successor-before-predecessor').map((f) => f.message);

describe('a zero-length task', () => {
  const plan =
    HEADER +
    '1,Design,5 days,Mon 11/02/26,Fri 11/06/26,,Ann,0%\n' +
    '2,Design approved,0 days,Fri 11/06/26,Fri 11/06/26,1,Ann,0%\n' +
    '3,Build,5 days,Mon 11/09/26,Fri 11/13/26,2,Bob,0%\n';

  it('falls on the day its predecessor finishes: no broken link, no slip, its successor on time', () => {
    const result = run(plan);
    expect(links(result)).toEqual([]);
    expect(schedule(result)).toEqual([
      ['1', '2026-11-06', 0, 0],
      ['2', '2026-11-06', 0, 0],
      ['3', '2026-11-13', 0, 0],
    ]);
  });

  it('is still flagged when it is due before its predecessor finishes', () => {
    const early = plan.replace('2,Design approved,0 days,Fri 11/06/26,Fri 11/06/26', '2,Design approved,0 days,Thu 11/05/26,Thu 11/05/26');
    const found = links(run(early));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('2026-11-06 at the earliest');
  });

  it('is a one-day task when its duration is 1 day: starting on its predecessor\'s finish day breaks the link', () => {
    const oneDay = plan.replace('2,Design approved,0 days', '2,Design approved,1 day');
    const found = links(run(oneDay));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('2026-11-09 at the earliest');
  });
});

describe('a start milestone (zero length, a start and no finish: P6\'s, or Project\'s at 08:00)', () => {
  // A P6 layout export: the project's start milestone on Tue 1 Dec 2026 has a Start and no Finish;
  // the design starts that day, as P6 schedules the successor of a start milestone; the approval
  // is a finish milestone (a Finish, no Start) on the design's last day, Mon 14 Dec; the build
  // starts the next working day.
  const p6 = [
    'Activity ID,Activity Name,Original Duration,Start,Finish,Predecessors,Activity Status',
    'A1000,Project start,0,01-Dec-26,,,Not Started',
    'A1010,Design,10,01-Dec-26,14-Dec-26,A1000,Not Started',
    'A1020,Design approved,0,,14-Dec-26,A1010,Not Started',
    'A1030,Build,5,15-Dec-26,21-Dec-26,A1020,Not Started',
  ].join('\n');

  it('falls at the start of its day: its successor may start that day, and it is due that day', () => {
    const result = run(p6, '2026-11-16');
    expect(result.model.initiatives.map((i) => [i.id, i.milestone, i.start === undefined ? null : isoFromDay(i.start), isoFromDay(i.due!)])).toEqual([
      ['A1000', 'start', '2026-12-01', '2026-12-01'],
      ['A1010', undefined, '2026-12-01', '2026-12-14'],
      ['A1020', 'finish', null, '2026-12-14'],
      ['A1030', undefined, '2026-12-15', '2026-12-21'],
    ]);
    expect(links(result)).toEqual([]);
    // Each finishes on time (slip 0); slack to the build's end, 21 Dec: all on the one chain, 0.
    expect(schedule(result)).toEqual([
      ['A1000', '2026-12-01', 0, 0],
      ['A1010', '2026-12-14', 0, 0],
      ['A1020', '2026-12-14', 0, 0],
      ['A1030', '2026-12-21', 0, 0],
    ]);
  });

  it('still breaks a link when its FS successor starts before it', () => {
    const early = p6.replace('A1010,Design,10,01-Dec-26', 'A1010,Design,10,30-Nov-26').replace('14-Dec-26,A1000', '11-Dec-26,A1000');
    expect(links(run(early, '2026-11-16'))).toEqual([
      'A1010 "Design" starts 2026-11-30, but its FS predecessor A1000 "Project start" finishes 2026-12-01, so it can start 2026-12-01 at the earliest.',
    ]);
  });
});

describe("a milestone by P6's activity type", () => {
  // The same plan as a P6 layout with an Activity Type column, each milestone written with both dates.
  const typed = [
    'Activity ID,Activity Name,Activity Type,Original Duration,Start,Finish,Predecessors,Activity Status',
    'A1000,Project start,Start Milestone,0,01-Dec-26,01-Dec-26,,Not Started',
    'A1010,Design,Task Dependent,10,01-Dec-26,14-Dec-26,A1000,Not Started',
    'A1020,Design approved,Finish Milestone,0,14-Dec-26,14-Dec-26,A1010,Not Started',
    'A1030,Build,Task Dependent,5,15-Dec-26,21-Dec-26,A1020,Not Started',
  ].join('\n');

  it('is a start or finish milestone as its type says, whatever dates it writes: no link broken, nothing slips', () => {
    const result = run(typed, '2026-11-16');
    expect(result.model.initiatives.map((i) => [i.id, i.milestone])).toEqual([
      ['A1000', 'start'],
      ['A1010', undefined],
      ['A1020', 'finish'],
      ['A1030', undefined],
    ]);
    expect(links(result)).toEqual([]);
    expect(schedule(result).map(([id, , slip]) => [id, slip])).toEqual([
      ['A1000', 0],
      ['A1010', 0],
      ['A1020', 0],
      ['A1030', 0],
    ]);
    // The type column is read, so it is not listed as unused.
    expect(result.findings.filter((f) => f.code === 'ingest.unmapped-columns')).toEqual([]);
  });
});
