import type { DayNumber, Initiative, IngestResult, Model, RunOptions, SourceCalendar } from '../types';
import { makeCalendar, type WorkCalendar } from '../util/calendar';
import { departmentNames, type DepartmentMatch, type DepartmentNames } from './department-names';

/**
 * The working calendars of a run. calendars[0] is the run's own: the working weekdays of the
 * options less the holidays the options name (--holidays, the taskpane), with the calendars of
 * sources that hold no initiatives (a calendar workbook given beside the trackers). The others
 * come from the sources (Model.calendars): a calendar for a department schedules that
 * department's initiatives, one without a department the initiatives its source owns. Each is
 * based on the run's own, as Project's calendars are on their base calendar: it keeps the run's
 * holidays and, unless it names its own, its working weekdays.
 */
export interface RunCalendars {
  readonly calendars: readonly WorkCalendar[];
  /** What each calendar is called in the report: its department or its source ('' for the run's own). */
  readonly names: readonly string[];
  /** The calendar of each initiative, by position; absent when every initiative is on the run's own. */
  readonly of?: Uint16Array;
}

// Per model: the analyses and the link rule ask for the same calendars.
const KEPT = new WeakMap<object, { options: object; calendars: RunCalendars }>();

type CalendarModel = Pick<Model, 'calendars' | 'initiatives' | 'sources'> & { readonly ingest?: Pick<IngestResult, 'departmentCodes'> };
type CalendarOptions = Pick<RunOptions, 'workingWeekdays' | 'holidays'>;

export function runCalendars(model: CalendarModel, options: CalendarOptions): RunCalendars {
  const kept = KEPT.get(model);
  if (kept !== undefined && kept.options === options) return kept.calendars;
  const calendars = computeCalendars(model, options);
  KEPT.set(model, { options, calendars });
  return calendars;
}

/** The run's own calendar (what every initiative without a calendar of its own is scheduled in). */
export function runCalendar(model: CalendarModel, options: CalendarOptions): WorkCalendar {
  return runCalendars(model, options).calendars[0]!;
}

interface Gathered {
  name: string;
  weekdays?: readonly number[];
  holidays: DayNumber[];
  workdays: DayNumber[];
}

/**
 * The trackers' department each calendar of the model names (aligned with Model.calendars):
 * matched as department names are everywhere (departmentNames: "Finance Dept", a department
 * list's "FIN", a code that begins one department's name); undefined for a calendar without a
 * department, or one that names no department of the trackers (calendar.unknown-department).
 */
export function calendarDepartments(model: CalendarModel): { readonly names: DepartmentNames; readonly matches: readonly (DepartmentMatch | undefined)[] } {
  const kept = DEPARTMENTS.get(model);
  if (kept !== undefined) return kept;
  const departments = new Set<string>();
  for (const i of model.initiatives) if (i.department !== undefined) departments.add(i.department);
  const names = departmentNames(departments, model.ingest?.departmentCodes);
  const matches = (model.calendars ?? []).map((c) => (c.department === undefined ? undefined : names.match(c.department)));
  const out = { names, matches };
  DEPARTMENTS.set(model, out);
  return out;
}

const DEPARTMENTS = new WeakMap<object, ReturnType<typeof calendarDepartments>>();

function computeCalendars(model: CalendarModel, options: CalendarOptions): RunCalendars {
  const given = model.calendars ?? [];
  const { names: departments, matches } = calendarDepartments(model);
  const emptySources = new Set(model.sources.filter((s) => s.initiativeCount === 0).map((s) => s.name));
  const base: Gathered = { name: '', holidays: [...options.holidays], workdays: [] };
  const byDepartment = new Map<string, Gathered>();
  const bySource = new Map<string, Gathered>();
  for (let k = 0; k < given.length; k++) {
    const c = given[k]!;
    let into: Gathered;
    if (c.department !== undefined) {
      // A calendar for a department no tracker names schedules nothing (the rule says so).
      const m = matches[k];
      if (m === undefined || !('key' in m)) continue;
      into = gather(byDepartment, m.key, departments.known.get(m.key) ?? c.department);
    } else if (emptySources.has(c.source)) into = base;
    else into = gather(bySource, c.source, c.source);
    add(into, c);
  }
  const weekdays = base.weekdays ?? options.workingWeekdays;
  const calendars: WorkCalendar[] = [makeCalendar(weekdays, base.holidays, base.workdays)];
  const names: string[] = [''];
  if (byDepartment.size === 0 && bySource.size === 0) return { calendars, names };
  const numbered = (g: Gathered): number => {
    calendars.push(makeCalendar(g.weekdays ?? weekdays, [...base.holidays, ...g.holidays], [...base.workdays, ...g.workdays]));
    names.push(g.name);
    return calendars.length - 1;
  };
  const departmentIndex = new Map([...byDepartment].map(([key, g]) => [key, numbered(g)]));
  const sourceIndex = new Map([...bySource].map(([key, g]) => [key, numbered(g)]));
  const { initiatives } = model;
  const of = new Uint16Array(initiatives.length);
  for (let v = 0; v < initiatives.length; v++) of[v] = calendarOfInitiative(initiatives[v]!, departments, departmentIndex, sourceIndex);
  return { calendars, names, of };
}

function gather(map: Map<string, Gathered>, key: string, name: string): Gathered {
  let g = map.get(key);
  if (g === undefined) map.set(key, (g = { name, holidays: [], workdays: [] }));
  return g;
}

/** The first calendar that names working weekdays sets them; days off and days worked add up. */
function add(into: Gathered, c: SourceCalendar): void {
  if (into.weekdays === undefined && c.weekdays !== undefined && c.weekdays.length > 0) into.weekdays = c.weekdays;
  for (const h of c.holidays) into.holidays.push(h.day);
  for (const d of c.workdays ?? []) into.workdays.push(d);
}

/** Its department's calendar, else its owning source's, else the run's own (0). */
function calendarOfInitiative(i: Initiative, names: DepartmentNames, departments: ReadonlyMap<string, number>, sources: ReadonlyMap<string, number>): number {
  if (i.department !== undefined) {
    const d = departments.get(names.canonical(i.department));
    if (d !== undefined) return d;
  }
  return sources.get(i.sources[0] ?? '') ?? 0;
}
