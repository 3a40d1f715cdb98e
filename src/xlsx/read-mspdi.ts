import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { DayNumber, LinkType } from '../core/types';
import { dayFromParts } from '../core/util/days';
import { exceptionDays, type MspdiRecurrence } from './read-mspdi-exceptions';

/**
 * Reader for Microsoft Project XML (MSPDI, namespace http://schemas.microsoft.com/project).
 * It takes the XML text (no file access, so the browser can use it too) and returns the
 * project's tasks as plain data: identity, outline, dates, Project's own computed schedule
 * (early/late dates, total slack, critical flag), constraints and predecessor links.
 * Values stay in MSPDI's units (local date-times, tenths of a minute); the helpers below turn
 * them into working days and day numbers.
 */

/** A local date-time as MSPDI writes it: "2018-10-18T08:00:00" (no time zone). */
export type MspdiDateTime = string;

export interface MspdiLink {
  readonly predecessorUid: number;
  /** MSPDI Type codes: 0 = FF, 1 = FS, 2 = SF, 3 = SS. */
  readonly type: LinkType;
  /** LinkLag: tenths of a minute; negative is a lead. */
  readonly lag: number;
  /**
   * LagFormat (display unit): 3 m, 4 em, 5 h, 6 eh, 7 d, 8 ed, 9 w, 10 ew, 11 mo, 12 emo, 19 %,
   * 20 e%; 35 to 52 the same units estimated ("d?"). With % and e% LinkLag is the percent itself.
   */
  readonly lagFormat?: number;
  readonly crossProject: boolean;
  /** The other project's file and task ID of a cross-project link (`\\\\server\\plan.mpp\\7`: file path, then the task ID). */
  readonly crossProjectName?: string;
}

export interface MspdiTask {
  readonly uid: number;
  /** Row number. */
  readonly id?: number;
  readonly name?: string;
  readonly outlineLevel?: number;
  readonly outlineNumber?: string;
  readonly wbs?: string;
  readonly summary: boolean;
  readonly milestone: boolean;
  /** A blank row in Project (IsNull): no task at all. */
  readonly isNull: boolean;
  /** Active 0: the task is inactive, kept in the plan but out of the schedule (Project 2010 and later). */
  readonly inactive: boolean;
  /** ExternalTask 1: a placeholder for another project's task, the far end of a cross-project link. */
  readonly external: boolean;
  /** The other project's file (ExternalTaskProject) of an external task. */
  readonly externalProject?: string;
  readonly start?: MspdiDateTime;
  readonly finish?: MspdiDateTime;
  readonly earlyStart?: MspdiDateTime;
  readonly earlyFinish?: MspdiDateTime;
  readonly lateStart?: MspdiDateTime;
  readonly lateFinish?: MspdiDateTime;
  /** Tenths of a minute (4800 per 8-hour day). */
  readonly totalSlack?: number;
  readonly freeSlack?: number;
  readonly critical?: boolean;
  /** 0 ASAP, 1 ALAP, 2 MSO, 3 MFO, 4 SNET, 5 SNLT, 6 FNET, 7 FNLT (Project's ConstraintType codes). */
  readonly constraintType?: number;
  readonly constraintDate?: MspdiDateTime;
  /** Project's Deadline field: caps the late finish without moving the task. */
  readonly deadline?: MspdiDateTime;
  /** When the task really started and finished (Project writes them once work is recorded). */
  readonly actualStart?: MspdiDateTime;
  readonly actualFinish?: MspdiDateTime;
  /** ISO-8601 duration in working time, e.g. "PT16H0M0S". */
  readonly duration?: string;
  readonly percentComplete?: number;
  readonly calendarUid?: number;
  readonly predecessors: readonly MspdiLink[];
}

/** A resource of the project's resource sheet (MSPDI Project/Resources/Resource). */
export interface MspdiResource {
  readonly uid: number;
  readonly name?: string;
  /** Type 0 material, 1 work, 2 cost (IsCostResource 1 makes one a cost resource too); a person or team is a work resource. */
  readonly kind: 'work' | 'material' | 'cost';
}

/** Which resource works on which task (MSPDI Project/Assignments/Assignment); ResourceUID -65535 or -1: none. */
export interface MspdiAssignment {
  readonly taskUid: number;
  readonly resourceUid: number;
}

/** A calendar of the file (Project/Calendars/Calendar): its week and its exceptions. */
export interface MspdiCalendar {
  readonly uid: number;
  readonly name?: string;
  /** The calendar it derives from (a resource calendar's base); days it leaves out come from there. */
  readonly baseUid?: number;
  /** Working or not per weekday it sets, 0 = Sunday .. 6 = Saturday (MSPDI DayType 1..7). */
  readonly weekdays: ReadonlyMap<number, boolean>;
  /** Exceptions: days worked or not (WeekDay DayType 0 in Project 2003 files, Exceptions/Exception since 2007). */
  readonly exceptions: readonly MspdiException[];
}

/**
 * A calendar exception: its TimePeriod and, since Project 2007, how it recurs inside it (the
 * Exception element's own fields; see read-mspdi-exceptions.ts for the days they mean).
 */
export interface MspdiException extends MspdiRecurrence {
  readonly from: MspdiDateTime;
  readonly to: MspdiDateTime;
  readonly working: boolean;
}

const RECURRENCE_FIELDS = [
  ['type', 'Type'],
  ['occurrences', 'Occurrences'],
  ['period', 'Period'],
  ['daysOfWeek', 'DaysOfWeek'],
  ['month', 'Month'],
  ['monthDay', 'MonthDay'],
  ['monthItem', 'MonthItem'],
  ['monthPosition', 'MonthPosition'],
] as const;

export interface MspdiProject {
  readonly name?: string;
  readonly title?: string;
  readonly saveVersion?: number;
  readonly startDate?: MspdiDateTime;
  readonly finishDate?: MspdiDateTime;
  /** Working minutes per day (480 unless the file says otherwise). */
  readonly minutesPerDay: number;
  readonly minutesPerWeek?: number;
  /** When a working day starts and ends ("08:00:00", "17:00:00" unless the file says otherwise). */
  readonly defaultStartTime: string;
  readonly defaultFinishTime: string;
  readonly calendarUid?: number;
  /** The date progress is reported as of (Project's Status Date), when set. */
  readonly statusDate?: MspdiDateTime;
  /** In file order, the project summary (UID 0) included. */
  readonly tasks: readonly MspdiTask[];
  /** In file order. */
  readonly calendars: readonly MspdiCalendar[];
  /** Present when the file has any (in file order). */
  readonly resources?: readonly MspdiResource[];
  readonly assignments?: readonly MspdiAssignment[];
}

/** The text is not MSPDI (not XML, or no Project root element). */
export class MspdiFormatError extends Error {
  override readonly name = 'MspdiFormatError';
}

const LINK_TYPES: ReadonlyMap<string, LinkType> = new Map([['0', 'FF'], ['1', 'FS'], ['2', 'SF'], ['3', 'SS']]);
const REPEATED = new Set(['Task', 'PredecessorLink']);
const REPEATED_PATHS = new Set([
  'Project.Resources.Resource',
  'Project.Assignments.Assignment',
  'Project.Calendars.Calendar',
  'Project.Calendars.Calendar.WeekDays.WeekDay',
  'Project.Calendars.Calendar.Exceptions.Exception',
]);

type XmlNode = Record<string, unknown>;

export function readMspdi(xml: string): MspdiProject {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new MspdiFormatError(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`);
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name, path) => REPEATED.has(name) || REPEATED_PATHS.has(String(path)),
  });
  const doc = parser.parse(xml) as XmlNode;
  const root = doc['Project'];
  const project: XmlNode | undefined = isNode(root) ? root : root === '' ? {} : undefined; // <Project/> parses as ''
  if (project === undefined) throw new MspdiFormatError('No <Project> root element: this is not a Microsoft Project XML file.');
  const tasksNode = project['Tasks'];
  const taskNodes = isNode(tasksNode) && Array.isArray(tasksNode['Task']) ? tasksNode['Task'].filter(isNode) : [];
  return {
    ...optional('name', text(project, 'Name')),
    ...optional('title', text(project, 'Title')),
    ...optional('saveVersion', int(project, 'SaveVersion')),
    ...optional('startDate', text(project, 'StartDate')),
    ...optional('finishDate', text(project, 'FinishDate')),
    minutesPerDay: int(project, 'MinutesPerDay') ?? 480,
    ...optional('minutesPerWeek', int(project, 'MinutesPerWeek')),
    defaultStartTime: text(project, 'DefaultStartTime') ?? '08:00:00',
    defaultFinishTime: text(project, 'DefaultFinishTime') ?? '17:00:00',
    ...optional('calendarUid', int(project, 'CalendarUID')),
    ...optional('statusDate', text(project, 'StatusDate')),
    tasks: taskNodes.flatMap((node) => {
      const task = readTask(node);
      return task === undefined ? [] : [task];
    }),
    calendars: children(project, 'Calendars', 'Calendar').flatMap(readCalendar),
    ...optional('resources', nonEmpty(children(project, 'Resources', 'Resource').flatMap(readResource))),
    ...optional('assignments', nonEmpty(children(project, 'Assignments', 'Assignment').flatMap(readAssignment))),
  };
}

function children(node: XmlNode, list: string, item: string): XmlNode[] {
  const parent = node[list];
  return isNode(parent) && Array.isArray(parent[item]) ? parent[item].filter(isNode) : [];
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length === 0 ? undefined : items;
}

function readCalendar(node: XmlNode): MspdiCalendar[] {
  const uid = int(node, 'UID');
  if (uid === undefined) return [];
  const weekdays = new Map<number, boolean>();
  const exceptions: MspdiException[] = [];
  const period = (day: XmlNode): { from: MspdiDateTime; to: MspdiDateTime } | undefined => {
    const p = day['TimePeriod'];
    if (!isNode(p)) return undefined;
    const from = text(p, 'FromDate');
    const to = text(p, 'ToDate');
    return from === undefined || to === undefined ? undefined : { from, to };
  };
  for (const day of children(node, 'WeekDays', 'WeekDay')) {
    const type = int(day, 'DayType');
    const working = text(day, 'DayWorking') === '1';
    if (type !== undefined && type >= 1 && type <= 7) weekdays.set(type - 1, working);
    else if (type === 0) {
      const range = period(day);
      if (range) exceptions.push({ ...range, working });
    }
  }
  for (const ex of children(node, 'Exceptions', 'Exception')) {
    const range = period(ex);
    if (!range) continue;
    const recurrence: { -readonly [K in (typeof RECURRENCE_FIELDS)[number][0]]?: number } = {};
    for (const [key, tag] of RECURRENCE_FIELDS) {
      const value = int(ex, tag);
      if (value !== undefined) recurrence[key] = value;
    }
    exceptions.push({ ...range, working: text(ex, 'DayWorking') === '1', ...recurrence });
  }
  const baseUid = int(node, 'BaseCalendarUID');
  return [{ uid, ...optional('name', text(node, 'Name')), ...optional('baseUid', baseUid !== undefined && baseUid >= 0 && baseUid !== uid ? baseUid : undefined), weekdays, exceptions }];
}

/**
 * The project calendar (Project/CalendarUID) as working weekdays, days off and extra working days,
 * for makeCalendar: weekdays it does not set come from its base calendar, then Mon-Fri; each
 * exception covers the days its recurrence names inside its FromDate..ToDate (every day of it
 * when it does not recur). Each day once, in date order. Undefined when the file names none.
 */
export function projectCalendarDays(project: Pick<MspdiProject, 'calendarUid' | 'calendars'>): { weekdays: number[]; holidays: DayNumber[]; workdays: DayNumber[] } | undefined {
  const byUid = new Map(project.calendars.map((c) => [c.uid, c]));
  const own = project.calendarUid === undefined ? undefined : byUid.get(project.calendarUid);
  if (own === undefined) return undefined;
  const chain: MspdiCalendar[] = [];
  for (let c: MspdiCalendar | undefined = own; c !== undefined && !chain.includes(c); c = c.baseUid === undefined ? undefined : byUid.get(c.baseUid)) chain.push(c);
  const weekdays = [0, 1, 2, 3, 4, 5, 6].filter((w) => {
    const set = chain.find((c) => c.weekdays.has(w));
    return set ? set.weekdays.get(w) === true : w >= 1 && w <= 5;
  });
  const holidays = new Set<DayNumber>();
  const workdays = new Set<DayNumber>();
  // A day named both off and worked (by the calendar and its base) is off: makeCalendar drops the workday.
  for (const c of [...chain].reverse()) {
    for (const ex of c.exceptions) {
      const from = dayOfDateTime(ex.from);
      const to = dayOfDateTime(ex.to);
      if (from === undefined || to === undefined) continue;
      for (const d of exceptionDays({ ...ex, from, to })) (ex.working ? workdays : holidays).add(d);
    }
  }
  const sorted = (days: Set<DayNumber>): DayNumber[] => [...days].sort((a, b) => a - b);
  return { weekdays, holidays: sorted(holidays), workdays: sorted(workdays) };
}

function readResource(node: XmlNode): MspdiResource[] {
  const uid = int(node, 'UID');
  if (uid === undefined) return [];
  const type = int(node, 'Type');
  const kind = text(node, 'IsCostResource') === '1' || type === 2 ? 'cost' : type === 0 ? 'material' : 'work';
  return [{ uid, ...optional('name', text(node, 'Name')), kind }];
}

function readAssignment(node: XmlNode): MspdiAssignment[] {
  const taskUid = int(node, 'TaskUID');
  const resourceUid = int(node, 'ResourceUID');
  return taskUid === undefined || resourceUid === undefined ? [] : [{ taskUid, resourceUid }];
}

function readTask(node: XmlNode): MspdiTask | undefined {
  const uid = int(node, 'UID');
  if (uid === undefined) return undefined;
  const links = Array.isArray(node['PredecessorLink']) ? node['PredecessorLink'].filter(isNode) : [];
  return {
    uid,
    ...optional('id', int(node, 'ID')),
    ...optional('name', text(node, 'Name')),
    ...optional('outlineLevel', int(node, 'OutlineLevel')),
    ...optional('outlineNumber', text(node, 'OutlineNumber')),
    ...optional('wbs', text(node, 'WBS')),
    summary: text(node, 'Summary') === '1',
    milestone: text(node, 'Milestone') === '1',
    isNull: text(node, 'IsNull') === '1',
    inactive: text(node, 'Active') === '0',
    external: text(node, 'ExternalTask') === '1',
    ...optional('externalProject', text(node, 'ExternalTaskProject')),
    ...optional('start', text(node, 'Start')),
    ...optional('finish', text(node, 'Finish')),
    ...optional('earlyStart', text(node, 'EarlyStart')),
    ...optional('earlyFinish', text(node, 'EarlyFinish')),
    ...optional('lateStart', text(node, 'LateStart')),
    ...optional('lateFinish', text(node, 'LateFinish')),
    ...optional('totalSlack', int(node, 'TotalSlack')),
    ...optional('freeSlack', int(node, 'FreeSlack')),
    ...optional('critical', text(node, 'Critical') === undefined ? undefined : text(node, 'Critical') === '1'),
    ...optional('constraintType', int(node, 'ConstraintType')),
    ...optional('constraintDate', text(node, 'ConstraintDate')),
    ...optional('deadline', text(node, 'Deadline')),
    ...optional('actualStart', text(node, 'ActualStart')),
    ...optional('actualFinish', text(node, 'ActualFinish')),
    ...optional('duration', text(node, 'Duration')),
    ...optional('percentComplete', int(node, 'PercentComplete')),
    ...optional('calendarUid', int(node, 'CalendarUID')),
    predecessors: links.flatMap((link) => {
      const predecessorUid = int(link, 'PredecessorUID');
      const type = LINK_TYPES.get(text(link, 'Type') ?? '1');
      if (predecessorUid === undefined || type === undefined) return [];
      return [
        {
          predecessorUid,
          type,
          lag: int(link, 'LinkLag') ?? 0,
          ...optional('lagFormat', int(link, 'LagFormat')),
          crossProject: text(link, 'CrossProject') === '1',
          ...optional('crossProjectName', text(link, 'CrossProjectName')),
        },
      ];
    }),
  };
}

/** The calendar day of a date-time, ignoring the time of day. */
export function dayOfDateTime(dateTime: MspdiDateTime): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(dateTime);
  if (!m) return undefined;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The day a task starting at this date-time starts on. A start at or after the end of the
 * working day (17:00) means the next day (a non-working day rolls forward in the engine).
 */
export function startDayOf(dateTime: MspdiDateTime, project: Pick<MspdiProject, 'defaultFinishTime'>): DayNumber | undefined {
  const day = dayOfDateTime(dateTime);
  if (day === undefined) return undefined;
  return timeOf(dateTime) >= seconds(project.defaultFinishTime) ? day + 1 : day;
}

/**
 * The day a task finishing at this date-time finishes on. Project writes some finishes as the
 * start of the next working day (08:00): a finish at or before the start of the working day
 * means the end of the previous day (a non-working day rolls back in the engine).
 */
export function finishDayOf(dateTime: MspdiDateTime, project: Pick<MspdiProject, 'defaultStartTime'>): DayNumber | undefined {
  const day = dayOfDateTime(dateTime);
  if (day === undefined) return undefined;
  return timeOf(dateTime) <= seconds(project.defaultStartTime) ? day - 1 : day;
}

/** Elapsed lag formats count calendar time, not working time (35 and up: the same, estimated). */
const ELAPSED_LAG_FORMATS = new Set([4, 6, 8, 10, 12, 36, 38, 40, 42, 44]);
/** Lags in percent of the predecessor's duration: LinkLag is the percent (50 is 50%), not tenths of a minute. */
const PERCENT_LAG_FORMATS = new Set([19, 51]);
const ELAPSED_PERCENT_LAG_FORMATS = new Set([20, 52]);

/** 'percent' (%), 'elapsed-percent' (e%) or 'time' (minutes to months, worked or elapsed). */
export function lagKind(link: Pick<MspdiLink, 'lagFormat'>): 'percent' | 'elapsed-percent' | 'time' {
  if (link.lagFormat === undefined) return 'time';
  return PERCENT_LAG_FORMATS.has(link.lagFormat) ? 'percent' : ELAPSED_PERCENT_LAG_FORMATS.has(link.lagFormat) ? 'elapsed-percent' : 'time';
}

/**
 * A link's time lag in working days (see lagKind for percent lags). Working-time lags divide by
 * the project's minutes per day; elapsed lags (elapsed days, weeks...) are converted at 24 hours
 * per day and 5 working days in 7, an approximation on a Mon-Fri calendar.
 */
export function lagInWorkingDays(link: MspdiLink, project: Pick<MspdiProject, 'minutesPerDay'>): number {
  if (link.lagFormat !== undefined && ELAPSED_LAG_FORMATS.has(link.lagFormat)) return (link.lag / (24 * 60 * 10)) * (5 / 7);
  return link.lag / (project.minutesPerDay * 10);
}

/**
 * A task's Duration ("PT320H0M0S": working time) in working days at the project's minutes per
 * day; undefined when it is not one.
 */
export function durationInWorkingDays(duration: string | undefined, project: Pick<MspdiProject, 'minutesPerDay'>): number | undefined {
  const m = duration === undefined ? null : /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration);
  if (m === null || project.minutesPerDay <= 0) return undefined;
  const minutes = Number(m[1] ?? 0) * 24 * 60 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) + Number(m[4] ?? 0) / 60;
  return minutes / project.minutesPerDay;
}

/** Slack (tenths of a minute) in working days. */
export function slackInWorkingDays(tenthsOfMinutes: number, project: Pick<MspdiProject, 'minutesPerDay'>): number {
  return tenthsOfMinutes / (project.minutesPerDay * 10);
}

function timeOf(dateTime: MspdiDateTime): number {
  const m = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(dateTime);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : 0;
}

function seconds(time: string): number {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(time);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : 0;
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(node: XmlNode, key: string): string | undefined {
  const value = node[key];
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function int(node: XmlNode, key: string): number | undefined {
  const value = text(node, key);
  if (value === undefined || !/^-?\d+$/.test(value)) return undefined;
  return Number(value);
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
