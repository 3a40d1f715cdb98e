import type { DayNumber } from '../types';
import type { WorkCalendar } from '../util/calendar';
import { weekdayOf } from '../util/days';

/**
 * dayAtWorkingIndex (src/core/util/calendar.ts) by table lookup. The analyses turn several
 * working-day indexes per initiative back into days; the calendar function steps through the
 * days of a week for each one, this looks the day up in the week's pattern instead (weeks are
 * aligned on day 0, so the pattern is the same for every week).
 */
export class WorkingDays {
  private readonly perWeek: number;
  /** offset[r]: the day in the week (0..6 from the week's first day) of its r-th working day. */
  private readonly offset: Int32Array;

  constructor(calendar: WorkCalendar) {
    this.perWeek = calendar.perWeek;
    this.offset = new Int32Array(calendar.perWeek);
    let r = 0;
    for (let d = 0; d < 7; d++) if (calendar.working[weekdayOf(d)] === true) this.offset[r++] = d;
  }

  /** The working day with this working-day index. */
  dayAt(index: number): DayNumber {
    const week = Math.floor(index / this.perWeek);
    return week * 7 + this.offset[index - week * this.perWeek]!;
  }
}
