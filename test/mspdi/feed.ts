import type { ScheduleLink, ScheduleTask } from '../../src/core/analyse/schedule';
import type { DayNumber } from '../../src/core/types';
import { finishDayOf, lagInWorkingDays, startDayOf, type MspdiProject, type MspdiTask } from '../../src/xlsx/read-mspdi';

/** The tasks a schedule is computed for: real rows, not summaries (the project summary is UID 0). */
export function workTasks(project: MspdiProject): MspdiTask[] {
  return project.tasks.filter((t) => !t.summary && !t.isNull && t.uid !== 0);
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`fixture is missing ${what}`);
  return value;
}

export function startDay(project: MspdiProject, dateTime: string | undefined, what: string): DayNumber {
  return required(startDayOf(required(dateTime, what), project), what);
}

export function finishDay(project: MspdiProject, dateTime: string | undefined, what: string): DayNumber {
  return required(finishDayOf(required(dateTime, what), project), what);
}

/** A task's constraint (ConstraintType: 2 MSO, 3 MFO, 4 SNET, 5 SNLT, 6 FNET, 7 FNLT) as the engine's field. */
function constraintOf(project: MspdiProject, t: MspdiTask): Partial<ScheduleTask> {
  const at = (what: 'start' | 'finish'): DayNumber =>
    what === 'start' ? startDay(project, t.constraintDate, `constraint of ${t.uid}`) : finishDay(project, t.constraintDate, `constraint of ${t.uid}`);
  switch (t.constraintType) {
    case 2:
      return { mustStartOn: at('start') };
    case 3:
      return { mustFinishOn: at('finish') };
    case 4:
      return { startNoEarlierThan: at('start') };
    case 5:
      return { startNoLaterThan: at('start') };
    case 6:
      return { finishNoEarlierThan: at('finish') };
    case 7:
      return { finishNoLaterThan: at('finish') };
    default:
      return {};
  }
}

/** Aspose.Tasks writes 2000-01-01 for an unset Deadline: one before the project start is none. */
function isDeadline(project: MspdiProject, dateTime: string): boolean {
  return project.startDate === undefined || dateTime >= project.startDate;
}

/**
 * Each task as the engine sees an initiative: its length from its own dates (`dates` picks
 * EarlyStart/EarlyFinish or Start/Finish), its constraint and deadline,
 * and its predecessor links with lags in working days.
 */
export function feedSchedule(
  project: MspdiProject,
  dates: 'early' | 'planned',
): { tasks: ScheduleTask[]; links: ScheduleLink[]; projectStart: DayNumber } {
  const work = workTasks(project);
  const tasks = work.map((t): ScheduleTask => {
    const from = dates === 'early' ? t.earlyStart : t.start;
    const to = dates === 'early' ? t.earlyFinish : t.finish;
    return {
      id: String(t.uid),
      start: startDay(project, from, `start of task ${t.uid}`),
      finish: finishDay(project, to, `finish of task ${t.uid}`),
      ...constraintOf(project, t),
      ...(t.deadline !== undefined && isDeadline(project, t.deadline) ? { deadline: finishDay(project, t.deadline, `deadline of ${t.uid}`) } : {}),
    };
  });
  const links = work.flatMap((t) =>
    t.predecessors.map(
      (l): ScheduleLink => ({ from: String(l.predecessorUid), to: String(t.uid), type: l.type, lagDays: lagInWorkingDays(l, project) }),
    ),
  );
  return { tasks, links, projectStart: startDay(project, project.startDate, 'project start') };
}

/**
 * A Standard calendar (Mon-Fri) with exceptions in both schemas: Project 2003 writes one as a
 * WeekDay with DayType 0, 2007 and later as Exceptions/Exception. Good Friday Fri 2026-04-03 and
 * Easter Monday Mon 2026-04-06 off; Sat 2026-04-11 worked.
 */
export const EASTER_2026_CALENDARS = `<Calendars>
      <Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>
        <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay><WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
        <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2026-04-03T00:00:00</FromDate><ToDate>2026-04-03T23:59:00</ToDate></TimePeriod></WeekDay>
      </WeekDays><Exceptions>
        <Exception><TimePeriod><FromDate>2026-04-06T00:00:00</FromDate><ToDate>2026-04-06T23:59:00</ToDate></TimePeriod><DayWorking>0</DayWorking></Exception>
        <Exception><TimePeriod><FromDate>2026-04-11T00:00:00</FromDate><ToDate>2026-04-11T23:59:00</ToDate></TimePeriod><DayWorking>1</DayWorking></Exception>
      </Exceptions></Calendar></Calendars>`;
