import type { CellRef, DayNumber, DetectedTable, Finding, InitiativeRecord, RunOptions, SourceCalendar } from '../types';
import { makeFinding } from '../types';
import { a1 } from '../util/a1';
import { isoFromDay } from '../util/days';
import { addWorkingDays, makeCalendar, type WorkCalendar } from '../util/calendar';
import { shortText } from '../util/short-text';

/**
 * A due worked out from Start + Duration, for rows that write a start and a duration but no due
 * (no due column, or its cell blank), as Microsoft Project computes a finish: a task occupies
 * its start and finish days, so a 1-day task starting Monday finishes Monday, 5 days from Monday
 * finish on Friday, and a 0-day task is a milestone finishing at its start. Working days are
 * counted on the run's working calendar (RunOptions.workingWeekdays less RunOptions.holidays, with
 * the days off of sources that hold no initiatives), or the calendar of the row's own source
 * where it gives one (a Project file's, a Calendar sheet without a department), as
 * model/run-calendar.ts builds them; a department's calendar is not known until the model is
 * built, so it is not used here. An elapsed duration ("5 edays") runs through weekends and
 * holidays. A written due always wins; the rows here have none.
 */

/** One table's rows whose due is to be worked out: positions in the run's record list, in sheet order. */
export interface DurationDues {
  readonly table: DetectedTable;
  /** Sheet column of the table's duration column: a derived due points at its cell. */
  readonly durationColumn: number;
  readonly positions: number[];
}

/** The day a task of `days` from `start` finishes: working days on `calendar`, or calendar days when elapsed. */
export function finishFromDuration(calendar: WorkCalendar, start: DayNumber, days: number, elapsed: boolean): DayNumber {
  if (days <= 0) return start;
  return elapsed ? start + days - 1 : addWorkingDays(calendar, start, days - 1);
}

/**
 * Set the due of each pending row from its start and duration, and say so once per table
 * (ingest.due-from-duration: the count and the duration cell of the first row). Records are
 * replaced at their positions; their due points at the duration cell (RowCells.elsewhere).
 */
export function applyDurationDues(
  pending: readonly DurationDues[],
  records: InitiativeRecord[],
  calendars: readonly SourceCalendar[],
  options: Pick<RunOptions, 'workingWeekdays' | 'holidays'>,
): Finding[] {
  if (pending.length === 0) return [];
  const calendarOf = sourceCalendars(records, calendars, options);
  const out: Finding[] = [];
  for (const p of pending) {
    const { table } = p;
    const calendar = calendarOf(table.source);
    let first: { record: InitiativeRecord; cell: CellRef; due: DayNumber } | undefined;
    let count = 0;
    for (const k of p.positions) {
      const r = records[k]!;
      if (r.start === undefined || r.duration === undefined || r.due !== undefined) continue;
      const due = finishFromDuration(calendar, r.start, r.duration, r.durationElapsed === true);
      const cell: CellRef = { source: table.source, sheet: table.sheet, address: a1(r.cells.row, p.durationColumn) };
      records[k] = { ...r, due, dueFrom: 'duration', cells: { ...r.cells, elsewhere: { ...r.cells.elsewhere, due: cell } } };
      first ??= { record: r, cell, due };
      count++;
    }
    if (first === undefined) continue;
    const header = (field: 'start' | 'duration'): string => {
      const m = table.mapping.find((c) => c.field === field);
      return m === undefined ? field : `"${shortText(m.header, 40)}"`;
    };
    const r = first.record;
    const length = `${r.duration} ${r.durationElapsed === true ? (r.duration === 1 ? 'calendar day' : 'calendar days') : r.duration === 1 ? 'working day' : 'working days'}`;
    const who = r.name === undefined ? r.id : `${r.id} "${shortText(r.name, 40)}"`;
    const example = r.duration === 0 ? `${who} is a milestone (0 days) due on its start, ${isoFromDay(first.due)}` : `${who} starts ${isoFromDay(r.start!)} and runs ${length}, so is due ${isoFromDay(first.due)}`;
    out.push(
      makeFinding(
        'ingest.due-from-duration',
        `${table.source}, sheet "${table.sheet}": ${count === 1 ? '1 due was' : `${count} dues were`} worked out from Start + Duration (${header('start')} and ${header('duration')}), no due date being written: ` +
          `${example} (its start and due days both count, as in Microsoft Project). A due written in the row would win over its duration.`,
        [first.cell],
      ),
    );
  }
  return out;
}

/** The calendar a source's durations are counted on: its own (a calendar without a department), else the run's. */
function sourceCalendars(records: readonly InitiativeRecord[], calendars: readonly SourceCalendar[], options: Pick<RunOptions, 'workingWeekdays' | 'holidays'>): (source: string) => WorkCalendar {
  const holding = new Set<string>();
  for (const r of records) holding.add(r.ref.source);
  let weekdays: readonly number[] | undefined;
  const holidays: DayNumber[] = [...options.holidays];
  const workdays: DayNumber[] = [];
  const own = new Map<string, SourceCalendar[]>();
  for (const c of calendars) {
    if (c.department !== undefined) continue;
    if (holding.has(c.source)) {
      const list = own.get(c.source);
      if (list) list.push(c);
      else own.set(c.source, [c]);
      continue;
    }
    // A calendar workbook given beside the trackers is the run's own calendar.
    if (weekdays === undefined && c.weekdays !== undefined && c.weekdays.length > 0) weekdays = c.weekdays;
    for (const h of c.holidays) holidays.push(h.day);
    for (const d of c.workdays ?? []) workdays.push(d);
  }
  const base = weekdays ?? options.workingWeekdays;
  const run = makeCalendar(base, holidays, workdays);
  const bySource = new Map<string, WorkCalendar>();
  for (const [source, list] of own) {
    const days = list.find((c) => c.weekdays !== undefined && c.weekdays.length > 0)?.weekdays ?? base;
    bySource.set(source, makeCalendar(days, [...holidays, ...list.flatMap((c) => c.holidays.map((h) => h.day))], [...workdays, ...list.flatMap((c) => c.workdays ?? [])]));
  }
  return (source) => bySource.get(source) ?? run;
}
