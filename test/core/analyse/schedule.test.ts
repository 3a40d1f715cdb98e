import { findLinkViolations, scheduleTasks, type ScheduleLink, type ScheduleTask } from '../../../src/core/analyse/schedule';
import { makeCalendar } from '../../../src/core/util/calendar';
import { isoFromDay } from '../../../src/core/util/days';
import { day, parseLink } from './build';

const MON_FRI = makeCalendar();

function task(id: string, start: string, finish: string, snet?: string): ScheduleTask {
  return { id, start: day(start), finish: day(finish), ...(snet ? { startNoEarlierThan: day(snet) } : {}) };
}

function links(...texts: string[]): ScheduleLink[] {
  return texts.map(parseLink);
}

function early(tasks: ScheduleTask[], ls: ScheduleLink[]): Record<string, string> {
  const s = scheduleTasks(tasks, ls, MON_FRI);
  return Object.fromEntries([...s.tasks].map(([id, t]) => [id, `${isoFromDay(t.earlyStart)}..${isoFromDay(t.earlyFinish)}`]));
}

// A runs Mon 2026-03-02 to Wed 03-04 (3 working days); B is 2 working days long.
const A = task('A', '2026-03-02', '2026-03-04');
const B = task('B', '2026-03-02', '2026-03-03');

describe('scheduleTasks: link conventions on a Mon-Fri calendar', () => {
  it.each([
    ['A>B', 'B starts the working day after A finishes', '2026-03-05..2026-03-06'],
    ['A>B FS+1', 'one day gap, over the weekend', '2026-03-06..2026-03-09'],
    ['A>B FS-1', 'a lead: B starts on A last day', '2026-03-04..2026-03-05'],
    ['A>B SS+2', 'B starts two working days after A starts', '2026-03-04..2026-03-05'],
    ['A>B FF+1', 'B finishes a working day after A finishes', '2026-03-04..2026-03-05'],
    ['A>B SF+3', 'B finishes the day before A start + 3', '2026-03-03..2026-03-04'],
  ])('%s: %s', (link, _why, expected) => {
    expect(early([A, B], links(link))['B']).toBe(expected);
  });

  it('honours start-no-earlier-than, rolling a weekend constraint to Monday', () => {
    expect(early([A, task('B', '2026-03-02', '2026-03-03', '2026-03-07')], links('A>B'))['B']).toBe('2026-03-09..2026-03-10');
  });

  it('computes late dates, slack and critical flags backwards from the project finish', () => {
    const s = scheduleTasks([A, task('B', '2026-03-02', '2026-03-06'), task('C', '2026-03-02', '2026-03-02')], links('A>C', 'B>C'), MON_FRI);
    const rows = Object.fromEntries(
      [...s.tasks].map(([id, t]) => [id, [isoFromDay(t.lateStart), isoFromDay(t.lateFinish), t.totalSlackDays, t.critical]]),
    );
    // B (5 days) drives C to Mon 03-09; A could finish as late as Fri 03-06.
    expect(rows).toEqual({
      A: ['2026-03-04', '2026-03-06', 2, false],
      B: ['2026-03-02', '2026-03-06', 0, true],
      C: ['2026-03-09', '2026-03-09', 0, true],
    });
    expect(isoFromDay(s.projectFinish!)).toBe('2026-03-09');
  });

  it('leaves tasks in a cycle unscheduled and schedules the rest', () => {
    const s = scheduleTasks([A, B, task('C', '2026-03-02', '2026-03-02')], links('A>B', 'B>A', 'B>C'), MON_FRI);
    expect([...s.tasks.keys()]).toEqual(['C']);
    expect(s.cycles).toEqual([['A', 'B']]);
  });

  it('schedules nothing for no tasks', () => {
    expect(scheduleTasks([], [], MON_FRI)).toEqual({ tasks: new Map(), cycles: [] });
  });
});

describe('findLinkViolations', () => {
  it('names each broken link with the earliest day the link allows', () => {
    const tasks = [A, task('B', '2026-03-04', '2026-03-05'), task('C', '2026-03-02', '2026-03-02'), task('D', '2026-03-02', '2026-03-02')];
    const found = findLinkViolations(tasks, links('A>B', 'A>C SS+1', 'A>D FF', 'A>D SF', 'A>ZZ', 'A>B SS'), MON_FRI);
    expect(
      found.map((v) => [`${v.link.from}>${v.link.to} ${v.link.type}`, v.constrains, isoFromDay(v.actual), isoFromDay(v.earliestAllowed), v.shortByDays]),
    ).toEqual([
      ['A>B FS', 'start', '2026-03-04', '2026-03-05', 1],
      ['A>C SS', 'start', '2026-03-02', '2026-03-03', 1],
      ['A>D FF', 'finish', '2026-03-02', '2026-03-04', 2],
    ]);
  });
});
