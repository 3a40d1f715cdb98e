import type { DayNumber } from '../types';
import { dayAtWorkingIndex, workingIndex, type WorkCalendar } from '../util/calendar';
import { weekdayOf } from '../util/days';

/**
 * workingIndex and dayAtWorkingIndex (src/core/util/calendar.ts) by table lookup. The analyses
 * convert several dates per initiative; the calendar functions step through the days of a week
 * for each one, these look the answer up in the week's pattern instead (weeks are aligned on
 * day 0, so the pattern is the same for every week).
 */
export class WorkingDays {
  private readonly perWeek: number;
  /** offset[r]: the day in the week (0..6 from the week's first day) of its r-th working day. */
  private readonly offset: Int32Array;
  /** before[d]: working days among the first d days of a week. */
  private readonly before: Int32Array;

  constructor(private readonly calendar: WorkCalendar) {
    this.perWeek = calendar.perWeek;
    this.offset = new Int32Array(calendar.perWeek);
    this.before = new Int32Array(8);
    for (let d = 0; d < 7; d++) this.before[d + 1] = this.before[d]! + (calendar.working[weekdayOf(d)] === true ? 1 : 0);
    let r = 0;
    for (let d = 0; d < 7; d++) if (calendar.working[weekdayOf(d)] === true) this.offset[r++] = d;
  }

  /** Working days strictly before `day` (workingIndex). */
  indexOf(day: DayNumber): number {
    // Holidays: the calendar's own table (O(1) too).
    if (this.calendar.exceptions !== undefined) return workingIndex(this.calendar, day);
    const week = Math.floor(day / 7);
    const before = this.before[day - week * 7];
    // Not a whole day number (no such dates come from ingest): the calendar's own answer.
    if (before === undefined) return workingIndex(this.calendar, day);
    return week * this.perWeek + before;
  }

  /**
   * Working-day index of a start day, a non-working day rolling forward (startIndexOf): the same
   * as indexOf, since the days rolled over are not working days.
   */
  startIndex(start: DayNumber): number {
    return this.indexOf(start);
  }

  /** Finish moment of a finish day, a non-working day rolling back (finishMomentOf): working days up to and including it. */
  finishMoment(finish: DayNumber): number {
    return this.indexOf(finish + 1);
  }

  /** The working day with this working-day index. */
  dayAt(index: number): DayNumber {
    if (this.calendar.exceptions !== undefined) return dayAtWorkingIndex(this.calendar, index);
    const week = Math.floor(index / this.perWeek);
    return week * 7 + this.offset[index - week * this.perWeek]!;
  }
}
