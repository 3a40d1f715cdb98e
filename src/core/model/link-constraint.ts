import type { DayNumber, LinkType } from '../types';
import { dayAtWorkingIndex, rollBackward, rollForward, workingIndex, type WorkCalendar } from '../util/calendar';

/**
 * The one convention for what a dependency link demands, shared by the schedule engine
 * (src/core/analyse) and the rule schedule.successor-before-predecessor (src/core/rules).
 *
 * A task occupies [start, finish] as whole working days, both inclusive: it starts at the
 * beginning of its start day and finishes at the end of its finish day. Dates are mapped to
 * working-day indexes (a start on a non-working day rolls forward, a finish rolls back), and a
 * link with lag L (working days, negative for a lead) requires, as in Microsoft Project:
 *   FS: successor start  >= predecessor finish + 1 + L  (lag 0: the next working day after the finish)
 *   SS: successor start  >= predecessor start + L
 *   FF: successor finish >= predecessor finish + L
 *   SF: successor finish >= predecessor start - 1 + L  (lag 0: the end of the working day before it starts)
 */
export interface LinkBound {
  /** Which date of the successor the link constrains. */
  readonly on: 'start' | 'finish';
  /** Smallest allowed working-day index of that date. */
  readonly minIndex: number;
}

/** Working-day index of a start date (a weekend start begins on the next working day). */
export function startIndex(cal: WorkCalendar, start: DayNumber): number {
  return workingIndex(cal, rollForward(cal, start));
}

/** Working-day index of a finish date (a weekend finish ended on the previous working day). */
export function finishIndex(cal: WorkCalendar, finish: DayNumber): number {
  return workingIndex(cal, rollBackward(cal, finish));
}

/** What a link asks of its successor, from the predecessor's start and finish indexes. */
export function linkBound(type: LinkType, lagDays: number, predStartIndex: number, predFinishIndex: number): LinkBound {
  switch (type) {
    case 'FS':
      return { on: 'start', minIndex: predFinishIndex + 1 + lagDays };
    case 'SS':
      return { on: 'start', minIndex: predStartIndex + lagDays };
    case 'FF':
      return { on: 'finish', minIndex: predFinishIndex + lagDays };
    case 'SF':
      return { on: 'finish', minIndex: predStartIndex - 1 + lagDays };
  }
}

/** The day of a working-day index (for messages: "it can start 2026-03-03 at the earliest"). */
export function dayOfIndex(cal: WorkCalendar, index: number): DayNumber {
  return dayAtWorkingIndex(cal, index);
}
