import { readFileSync } from 'fs';
import { findLinkViolations, scheduleTasks } from '../../src/core/analyse/schedule';
import { dayFromIso, isoFromDay } from '../../src/core/util/days';
import { makeCalendar, rollBackward, rollForward, type WorkCalendar } from '../../src/core/util/calendar';
import { projectCalendarDays, readMspdi, slackInWorkingDays, type MspdiProject } from '../../src/xlsx/read-mspdi';
import { EASTER_2026_CALENDARS, feedSchedule, finishDay, startDay, workTasks } from './feed';
import { sharedData } from '../support/shared-data';

/**
 * The proof against Microsoft Project: each file's tasks go through the same schedule engine the
 * add-in uses, and every non-summary task's early start, early finish, late finish, total slack and
 * critical flag must equal what Project computed and saved, at working-day resolution.
 */

const MON_FRI = makeCalendar([1, 2, 3, 4, 5]);

function load(file: string): MspdiProject {
  return readMspdi(readFileSync(sharedData('mspdi', file), 'utf8'));
}

/** The project's own calendar as the file defines it: its working weekdays and its exceptions. */
function calendarOf(project: MspdiProject): WorkCalendar {
  const days = projectCalendarDays(project);
  if (days === undefined) throw new Error('fixture names no project calendar');
  return makeCalendar(days.weekdays, days.holidays, days.workdays);
}

interface Row {
  earlyStart: string;
  earlyFinish: string;
  lateFinish: string;
  totalSlackDays: number;
  critical: boolean;
}

/** What Project saved for each task, in working days (a Monday 08:00 finish is the Friday before). */
function projectRows(project: MspdiProject): Record<string, Row> {
  const rows: Record<string, Row> = {};
  for (const t of workTasks(project)) {
    rows[String(t.uid)] = {
      earlyStart: isoFromDay(rollForward(MON_FRI, startDay(project, t.earlyStart, 'EarlyStart'))),
      earlyFinish: isoFromDay(rollBackward(MON_FRI, finishDay(project, t.earlyFinish, 'EarlyFinish'))),
      lateFinish: isoFromDay(rollBackward(MON_FRI, finishDay(project, t.lateFinish, 'LateFinish'))),
      totalSlackDays: slackInWorkingDays(t.totalSlack ?? NaN, project),
      critical: t.critical === true,
    };
  }
  return rows;
}

/** What the engine computes from lengths, links and constraints alone. */
function engineRows(project: MspdiProject): Record<string, Row> {
  const { tasks, links, projectStart } = feedSchedule(project, 'early');
  const schedule = scheduleTasks(tasks, links, calendarOf(project), { projectStart });
  const rows: Record<string, Row> = {};
  for (const task of tasks) {
    const s = schedule.tasks.get(task.id);
    if (s === undefined) throw new Error(`task ${task.id} was not scheduled`);
    rows[task.id] = {
      earlyStart: isoFromDay(s.earlyStart),
      earlyFinish: isoFromDay(s.earlyFinish),
      lateFinish: isoFromDay(s.lateFinish),
      totalSlackDays: s.totalSlackDays,
      critical: s.critical,
    };
  }
  return rows;
}

describe('schedule engine against Microsoft Project', () => {
  it.each([
    ['mpxj_task-links-project2003-mspdi.xml', 16],
    ['mpxj_legacy_sample.xml', 16],
    ['mpxj_mspdirelations.xml', 5],
  ])('%s: every non-summary task matches Project (%i tasks)', (file, count) => {
    const project = load(file);
    const expected = projectRows(project);
    expect(Object.keys(expected)).toHaveLength(count);
    expect(engineRows(project)).toEqual(expected);
  });

  it.each([
    ['mpxj_task-links-project2003-mspdi.xml', 'Standard'],
    ['mpxj_task-links-project2019-mspdi.xml', 'Standard'],
    ['mpxj_legacy_sample.xml', 'Standard'],
    ['mpxj_mspdirelations.xml', 'Standard'],
  ])('%s is scheduled on its own project calendar (%s: Mon-Fri, no exceptions in the file)', (file, name) => {
    const project = load(file);
    expect(project.calendars.find((c) => c.uid === project.calendarUid)?.name).toBe(name);
    expect(projectCalendarDays(project)).toEqual({ weekdays: [1, 2, 3, 4, 5], holidays: [], workdays: [] });
  });

  it('reads calendar exceptions of both schemas and schedules around them', () => {
    // Project 2003 writes an exception as a WeekDay with DayType 0; 2007 and later as Exceptions/Exception.
    // Good Friday Fri 2026-04-03 and Easter Monday Mon 2026-04-06 off; Sat 2026-04-11 worked.
    const xml = `<Project xmlns="http://schemas.microsoft.com/project"><CalendarUID>1</CalendarUID>${EASTER_2026_CALENDARS}</Project>`;
    const project = readMspdi(xml);
    const days = projectCalendarDays(project)!;
    expect([days.weekdays, days.holidays.map(isoFromDay), days.workdays.map(isoFromDay)]).toEqual([[1, 2, 3, 4, 5], ['2026-04-03', '2026-04-06'], ['2026-04-11']]);
    // A 3-day task from Thu 04-02: Thu 2, (Fri 3, Mon 6 off) Tue 7, Wed 8; a 4-day successor:
    // Thu 9, Fri 10, Sat 11 (worked), Mon 13.
    const s = scheduleTasks(
      [
        { id: 'A', start: dayFromIso('2026-04-02')!, finish: dayFromIso('2026-04-02')! + 6 },
        { id: 'B', start: dayFromIso('2026-04-09')!, finish: dayFromIso('2026-04-13')! },
      ],
      [{ from: 'A', to: 'B', type: 'FS', lagDays: 0 }],
      calendarOf(project),
    );
    expect(['A', 'B'].map((id) => `${isoFromDay(s.tasks.get(id)!.earlyStart)}..${isoFromDay(s.tasks.get(id)!.earlyFinish)}`)).toEqual([
      '2026-04-02..2026-04-08',
      '2026-04-09..2026-04-13',
    ]);
  });

  it('mpxj_legacy_sample.xml covers leads, lags, all link types, SNET constraints and a milestone', () => {
    const project = load('mpxj_legacy_sample.xml');
    const links = workTasks(project).flatMap((t) => t.predecessors);
    expect(new Set(links.map((l) => l.type))).toEqual(new Set(['FS', 'SS', 'FF', 'SF']));
    expect(links.map((l) => l.lag).sort((a, b) => a - b)).toEqual([-4800, 0, 0, 0, 0, 4800]);
    expect(workTasks(project).filter((t) => t.constraintType === 4).map((t) => t.uid)).toEqual([7, 8, 20, 21]);
    // "Third task" is a zero-length milestone: 08:00 to 08:00 on 2003-01-07, i.e. it ends with 2003-01-06.
    expect(engineRows(project)['3']).toEqual({
      earlyStart: '2003-01-07',
      earlyFinish: '2003-01-06',
      lateFinish: '2003-03-17',
      totalSlackDays: 50,
      critical: false,
    });
  });

  describe('mpxj_task-links-project2019-mspdi.xml', () => {
    /**
     * Project 2019 leaves the late dates of start-to-start and start-to-finish predecessors
     * unconstrained by those links: it reports 11 days of slack for them (late finish = project
     * finish), where textbook CPM (and Project 2003 on the same network, file above) gives 9 and 10.
     * UID 13 is the predecessor of the SS +2d link to UID 14; UID 11 of the SF +2d link to UID 12.
     */
    const PROJECT_2019_UNCONSTRAINED = ['11', '13'];

    it('matches Project 2019 on every other task, and on the early dates and flags of those two', () => {
      const project = load('mpxj_task-links-project2019-mspdi.xml');
      const expected = projectRows(project);
      const actual = engineRows(project);
      expect(Object.keys(expected)).toHaveLength(16);
      for (const uid of PROJECT_2019_UNCONSTRAINED) {
        const { lateFinish: _pl, totalSlackDays: _ps, ...projectRest } = expected[uid]!;
        const { lateFinish: _el, totalSlackDays: _es, ...engineRest } = actual[uid]!;
        expect(engineRest).toEqual(projectRest);
        delete expected[uid];
        delete actual[uid];
      }
      expect(actual).toEqual(expected);
    });

    it('gives those two SS/SF predecessors textbook slack (9 and 10 days), where Project 2019 says 11', () => {
      const project = load('mpxj_task-links-project2019-mspdi.xml');
      const expected = projectRows(project);
      const actual = engineRows(project);
      expect(PROJECT_2019_UNCONSTRAINED.map((uid) => expected[uid]!.totalSlackDays)).toEqual([11, 11]);
      expect(PROJECT_2019_UNCONSTRAINED.map((uid) => [actual[uid]!.totalSlackDays, actual[uid]!.lateFinish])).toEqual([
        [10, '2018-11-01'],
        [9, '2018-10-31'],
      ]);
      // Project 2003 computed the same textbook values on the same network.
      const older = projectRows(load('mpxj_task-links-project2003-mspdi.xml'));
      expect(PROJECT_2019_UNCONSTRAINED.map((uid) => older[uid]!.totalSlackDays)).toEqual([10, 9]);
    });
  });

  it('aspose-net_not-updated_STALE.xml (never recalculated) breaks every one of its FS links', () => {
    const project = load('aspose-net_not-updated_STALE.xml');
    const { tasks, links } = feedSchedule(project, 'planned');
    const violations = findLinkViolations(tasks, links, MON_FRI).map((v) => ({
      link: `${v.link.from}->${v.link.to} ${v.link.type}${v.link.lagDays ? `+${v.link.lagDays}` : ''}`,
      starts: isoFromDay(v.actual),
      earliest: isoFromDay(v.earliestAllowed),
      shortBy: v.shortByDays,
    }));
    expect(violations).toEqual([
      { link: '1->2 FS', starts: '2000-01-27', earliest: '2000-01-28', shortBy: 1 },
      { link: '2->3 FS+1', starts: '2000-01-27', earliest: '2000-02-01', shortBy: 3 },
      { link: '3->4 FS', starts: '2000-01-27', earliest: '2000-02-01', shortBy: 3 },
      { link: '4->5 FS', starts: '2000-01-27', earliest: '2000-01-31', shortBy: 2 },
      { link: '6->7 FS', starts: '2000-01-27', earliest: '2000-01-28', shortBy: 1 },
      { link: '7->8 FS', starts: '2000-01-27', earliest: '2000-02-01', shortBy: 3 },
      { link: '8->9 FS', starts: '2000-01-27', earliest: '2000-01-31', shortBy: 2 },
      { link: '9->10 FS', starts: '2000-01-27', earliest: '2000-01-31', shortBy: 2 },
    ]);
  });

  it.each(['mpxj_task-links-project2003-mspdi.xml', 'mpxj_legacy_sample.xml', 'mpxj_mspdirelations.xml'])(
    '%s: Project-computed early dates break no link',
    (file) => {
      const { tasks, links } = feedSchedule(load(file), 'early');
      expect(findLinkViolations(tasks, links, MON_FRI)).toEqual([]);
    },
  );
});
