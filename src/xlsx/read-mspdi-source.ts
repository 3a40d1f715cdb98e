import type { CellValue, RawSheet, RawSource } from '../core/types';
import { dayOfDateTime, durationInWorkingDays, finishDayOf, lagInWorkingDays, lagKind, projectCalendarDays, readMspdi, type MspdiLink, type MspdiProject, type MspdiTask } from './read-mspdi';

/**
 * A Microsoft Project XML file (MSPDI) as a source: one sheet laid out as Project's own Excel
 * export writes its task table ("Task_Table"), so the Microsoft Project profile reads it like
 * any other Project export:
 *   ID | Unique ID | Name | Start | Finish | Unique ID Predecessors | % Complete | Outline Level [| ...]
 * - One row per task in file order; the project summary (UID 0, outline level 0) and blank rows
 *   (IsNull) are left out. Active (No for an inactive task) and External Task (Yes for another
 *   project's task, the placeholder Project writes for a cross-project link), each only when some
 *   task needs it: the profile leaves those rows out and says so.
 * - Start and Finish are calendar days: a finish at or before the working day's start (Project
 *   writes some finishes as 08:00 of the next day) is the day before; never before the start.
 * - Duration, only when some task is zero-length: "0 days" on those, which the profile reads as
 *   milestones; one at the working day's start (08:00, its finish the day before its start by the
 *   rule above) is written with its Start and no Finish, a start milestone that falls at the start
 *   of its day, as Project schedules its successors; one at the day's end with both.
 * - Unique ID Predecessors name task Unique IDs, as Project's column of that name does: "3",
 *   "3SS", "3FS+2d", "3FF-1d", joined by commas; the profile resolves them to the tasks through
 *   the Unique ID column, and one no task of the file has stays "Unique ID 99", an unknown
 *   dependency. Lags in working days (elapsed lags at 5 in 7, see lagInWorkingDays); a lag in
 *   percent (LinkLag is the percent) is that share of the predecessor's Duration, as Project
 *   reckons it, else (an elapsed percent, no Duration) written "+50%", which the depends-on reader
 *   reports and reads with no lag. A link to another project is written as Project shows it, its
 *   file and task ("\\fs01\pmo\Power.mpp\7"), which the reader reports as not read; a link to an
 *   inactive task is left out, as Project ignores it.
 * - % Complete is written "50%"; Resource Names (only when some task has a named work resource)
 *   lists the assigned work resources' names, comma-separated: material and cost resources (Type
 *   0 and 2) are things the task uses, not who does it.
 * - Status Date (only when the project sets one, on or after its start: Aspose.Tasks writes
 *   2000-01-01 for none): the project's status date on every task, its last update.
 * - Deadline, Actual Start and Actual Finish (each only when some task has one), as Project's
 *   fields of those names. The deadline is the earliest of the task's Deadline and the date of a
 *   Finish No Later Than or Must Finish On constraint (ConstraintType 7 and 3; P6's Finish On or
 *   Before arrives as 7); a deadline before the project's start date is none (Aspose.Tasks writes
 *   2000-01-01 for an unset date). Project keeps an actual start once work is recorded (% complete
 *   above 0) and an actual finish at 100%: other actual dates are placeholders and left out.
 */
export const MSPDI_SHEET = 'Task_Table';
/**
 * The project calendar (Project/CalendarUID, with its base calendars), when it is not plain
 * Mon-Fri: a Calendar sheet the source's calendar is read from like any Calendar sheet
 * (src/core/ingest/read-calendar.ts), so its tasks are scheduled in it:
 *   Working days | Mon, Tue, ...
 *   Date | Exception | Working     (one row per exception day: Day off / No, Working day / Yes)
 */
export const MSPDI_CALENDAR_SHEET = 'Calendar';

/** Text of a Project XML file: the root element is <Project> in Project's namespace. */
export function isMspdiText(head: string): boolean {
  let text = head.replace(/^\uFEFF/, '');
  // The XML declaration, comments, processing instructions and a DOCTYPE may come first.
  for (;;) {
    const trimmed = text.replace(/^\s+/, '');
    const skipped = trimmed.replace(/^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)/, '');
    if (skipped === trimmed) {
      text = trimmed;
      break;
    }
    text = skipped;
  }
  return /^<(?:[\w.-]+:)?Project\b[^>]*\bxmlns(?::[\w.-]+)?\s*=\s*["']http:\/\/schemas\.microsoft\.com\/project["']/.test(text);
}

/** Throws MspdiFormatError when the XML is not well formed or has no <Project> root. */
export function readMspdiSource(xml: string, name: string): RawSource {
  const project = readMspdi(xml);
  const tasks = project.tasks.filter((t) => !t.isNull && !(t.uid === 0 || t.outlineLevel === 0));
  const byUid = new Map<number, MspdiTask>();
  for (const t of project.tasks) if (!t.isNull && !byUid.has(t.uid)) byUid.set(t.uid, t);
  const resources = resourceNames(project);
  const header: CellValue[] = ['ID', 'Unique ID', 'Name', 'Start', 'Finish', 'Unique ID Predecessors', '% Complete', 'Outline Level'];
  if (resources) header.push('Resource Names');
  const extras = tasks.map((t) => scheduleExtras(t, project));
  const has = (k: 0 | 1 | 2): boolean => extras.some((e) => e[k] !== null);
  const extraColumns = ([0, 1, 2] as const).filter(has);
  for (const k of extraColumns) header.push(EXTRA_HEADERS[k]);
  const zeroLength = tasks.map((t) => durationInWorkingDays(t.duration, project) === 0);
  const milestones = zeroLength.some(Boolean);
  if (milestones) header.push('Duration');
  const status = statusDate(project);
  if (status) header.push('Status Date');
  const inactive = tasks.some((t) => t.inactive);
  const external = tasks.some((t) => t.external);
  if (inactive) header.push('Active');
  if (external) header.push('External Task');
  const values: CellValue[][] = [header];
  tasks.forEach((t, i) => {
    const row: CellValue[] = [
      t.id ?? t.uid,
      t.uid,
      t.name ?? null,
      ...dates(t, project, zeroLength[i]!),
      predecessors(t, byUid, project),
      t.percentComplete === undefined ? null : `${t.percentComplete}%`,
      t.outlineLevel ?? null,
    ];
    if (resources) row.push(resources.get(t.uid) ?? null);
    for (const k of extraColumns) row.push(extras[i]![k]);
    if (milestones) row.push(zeroLength[i] ? '0 days' : null);
    if (status) row.push(status);
    if (inactive) row.push(t.inactive ? 'No' : 'Yes');
    if (external) row.push(t.external ? 'Yes' : 'No');
    values.push(row);
  });
  const sheets: RawSheet[] = [{ name: MSPDI_SHEET, origin: { row: 0, col: 0 }, values }];
  const calendar = calendarSheet(project);
  if (calendar) sheets.push(calendar);
  return { name, origin: 'file', dateSystem: 1900, sheets };
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function calendarSheet(project: MspdiProject): RawSheet | undefined {
  const days = projectCalendarDays(project);
  if (days === undefined) return undefined;
  const monFri = days.weekdays.join() === '1,2,3,4,5';
  if (monFri && days.holidays.length === 0 && days.workdays.length === 0) return undefined;
  const values: CellValue[][] = [['Working days', days.weekdays.map((w) => WEEKDAY_NAMES[w]!).join(', ')], [null, null, null], ['Date', 'Exception', 'Working']];
  const rows = [...days.holidays.map((d) => [d, false] as const), ...days.workdays.map((d) => [d, true] as const)].sort((a, b) => a[0] - b[0]);
  for (const [day, working] of rows) values.push([dateOf(day), working ? 'Working day' : 'Day off', working ? 'Yes' : 'No']);
  return { name: MSPDI_CALENDAR_SHEET, origin: { row: 0, col: 0 }, values };
}

function dates(t: MspdiTask, project: MspdiProject, zeroLength: boolean): [CellValue, CellValue] {
  const start = t.start === undefined ? undefined : dayOfDateTime(t.start);
  let finish = t.finish === undefined ? undefined : finishDayOf(t.finish, project);
  if (start !== undefined && finish !== undefined && finish < start) {
    // A milestone at the working day's start (08:00): a start milestone, written with no finish.
    if (zeroLength) return [dateOf(start), null];
    finish = start;
  }
  return [start === undefined ? null : dateOf(start), finish === undefined ? null : dateOf(finish)];
}

const EXTRA_HEADERS = ['Deadline', 'Actual Start', 'Actual Finish'] as const;
const MUST_FINISH_ON = 3;
const FINISH_NO_LATER_THAN = 7;

/** Deadline, Actual Start and Actual Finish of a task as cells (see the module comment). */
function scheduleExtras(t: MspdiTask, project: MspdiProject): [CellValue, CellValue, CellValue] {
  const projectStart = project.startDate === undefined ? undefined : dayOfDateTime(project.startDate);
  const limits: number[] = [];
  const limit = (dateTime: string | undefined): void => {
    const day = dateTime === undefined ? undefined : finishDayOf(dateTime, project);
    if (day !== undefined && (projectStart === undefined || day >= projectStart)) limits.push(day);
  };
  limit(t.deadline);
  if (t.constraintType === MUST_FINISH_ON || t.constraintType === FINISH_NO_LATER_THAN) limit(t.constraintDate);
  const pct = t.percentComplete ?? 0;
  const actualStart = pct > 0 && t.actualStart !== undefined ? dayOfDateTime(t.actualStart) : undefined;
  const actualFinish = pct >= 100 && t.actualFinish !== undefined ? finishDayOf(t.actualFinish, project) : undefined;
  return [
    limits.length === 0 ? null : dateOf(Math.min(...limits)),
    actualStart === undefined ? null : dateOf(actualStart),
    actualFinish === undefined ? null : dateOf(actualStart !== undefined && actualFinish < actualStart ? actualStart : actualFinish),
  ];
}

/** A day number as a date at UTC midnight, as exceljs reports date cells. */
function dateOf(day: number): Date {
  return new Date(day * 86_400_000);
}

/** The project's status date as a cell, unless unset or before the project's start (a placeholder). */
function statusDate(project: MspdiProject): Date | undefined {
  const day = project.statusDate === undefined ? undefined : dayOfDateTime(project.statusDate);
  const start = project.startDate === undefined ? undefined : dayOfDateTime(project.startDate);
  return day === undefined || (start !== undefined && day < start) ? undefined : dateOf(day);
}

function predecessors(t: MspdiTask, byUid: ReadonlyMap<number, MspdiTask>, project: MspdiProject): string | null {
  const items: string[] = [];
  for (const link of t.predecessors) {
    const pred = byUid.get(link.predecessorUid);
    if (link.crossProject || pred?.external === true) items.push(otherProject(link, pred));
    else if (pred?.inactive !== true) items.push(`${link.predecessorUid}${linkSpec(link, pred, project)}`);
  }
  return items.length === 0 ? null : items.join(',');
}

/**
 * A link to another project's task as Project shows it, its file and the task's ID there
 * (CrossProjectName "\\fs01\pmo\Power.mpp\7"): no id of this file, so the depends-on reader
 * reports it as not read. Spaces and list separators in the path would split it: written as "_".
 */
function otherProject(link: MspdiLink, pred: MspdiTask | undefined): string {
  const where = (link.crossProjectName ?? pred?.externalProject ?? 'another project').replace(/[\s,;]+/g, '_');
  return where.includes('\\') ? where : `${where}\\`;
}

/** "" for FS without lag, else the type and a lag in working days: "SS", "FS+2d", "FF-1d", "FS+0.5d"; "SS+50%" for a percent it cannot reckon. */
function linkSpec(link: MspdiLink, pred: MspdiTask | undefined, project: MspdiProject): string {
  const kind = lagKind(link);
  let days: number;
  if (kind === 'time') days = lagInWorkingDays(link, project);
  else {
    const length = kind === 'percent' ? durationInWorkingDays(pred?.duration, project) : undefined;
    if (length === undefined) return link.lag === 0 ? (link.type === 'FS' ? '' : link.type) : `${link.type}${link.lag > 0 ? '+' : ''}${link.lag}%`;
    days = (link.lag / 100) * length;
  }
  days = Math.round(days * 100) / 100;
  if (days === 0) return link.type === 'FS' ? '' : link.type;
  return `${link.type}${days > 0 ? '+' : ''}${days}d`;
}

/** Task UID -> names of its assigned work resources; undefined when no task has a named one. */
function resourceNames(project: MspdiProject): Map<number, string> | undefined {
  if (!project.resources || !project.assignments) return undefined;
  const names = new Map<number, string>();
  for (const r of project.resources) if (r.name !== undefined && r.kind === 'work') names.set(r.uid, r.name);
  const byTask = new Map<number, string[]>();
  for (const a of project.assignments) {
    const resource = names.get(a.resourceUid);
    if (resource === undefined) continue;
    const list = byTask.get(a.taskUid);
    if (list) list.push(resource);
    else byTask.set(a.taskUid, [resource]);
  }
  if (byTask.size === 0) return undefined;
  return new Map([...byTask].map(([uid, list]) => [uid, list.join(',')]));
}
