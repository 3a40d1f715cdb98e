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
 * A lag of part of a day ("FS+4h", "SS+1.5d") moves the successor's start or finish into a day, as
 * Project schedules it: a start falls on the day it is in (the lag rounded down), a finish too (the
 * lag rounded up): wholeLag.
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

/**
 * A lag in whole working days for a link of `type`: a link that constrains the successor's start
 * (FS, SS) rounds a part day down, one that constrains its finish (FF, SF) up. After a task ending
 * Friday 17:00, FS+4h lets the successor start Monday 12:00, on Monday (lag 0); FF+4h asks it to
 * finish by Monday 12:00, on Monday (lag 1).
 */
export function wholeLag(type: LinkType, lagDays: number): number {
  if (!Number.isFinite(lagDays)) return 0;
  // A lag read from minutes or hours may be a hair off a whole day (0.49999...): whole days stay whole.
  const near = Math.round(lagDays);
  if (Math.abs(lagDays - near) < 1e-6) return near === 0 ? 0 : near;
  const whole = type === 'FS' || type === 'SS' ? Math.floor(lagDays) : Math.ceil(lagDays);
  return whole === 0 ? 0 : whole;
}

/** What a link asks of its successor, from the predecessor's start and finish indexes (a part-day lag as wholeLag reads it). */
export function linkBound(type: LinkType, lag: number, predStartIndex: number, predFinishIndex: number): LinkBound {
  const lagDays = wholeLag(type, lag);
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

/**
 * A link between work on two calendars (a five-day office task before a seven-day site task).
 * The lag is counted in the predecessor's calendar, as Primavera P6 does by default (its
 * scheduling option "Calendar for scheduling Relationship Lag" defaults to the predecessor
 * activity's calendar; Microsoft Project counts lag on the project calendar instead, KB 159773).
 * Moments are day boundaries: a start is the beginning of its day, a finish the end of its day;
 * a lag moves that moment by working days of the predecessor's calendar (a positive lag ends at
 * the end of a working day, a lead at the beginning of one), and the successor's start is its
 * own first working day at or after the moment, its finish its first working day ending at or
 * after it. So after an office task that finishes on Friday (FS, lag 0), site work starts on
 * Saturday; after site work that finishes on Saturday, office work starts on Monday.
 * On one calendar this is linkBound: indexes of that calendar are the working moments.
 */
export function crossLinkBound(type: LinkType, lag: number, predStartIndex: number, predFinishIndex: number, predCal: WorkCalendar, succCal: WorkCalendar): LinkBound {
  const lagDays = wholeLag(type, lag);
  const fromFinish = type === 'FS' || type === 'FF';
  // A finish moment is the index after the finish day's.
  const m = (fromFinish ? predFinishIndex + 1 : predStartIndex) + lagDays;
  const atEnd = lagDays > 0 || (lagDays === 0 && fromFinish);
  // The midnight that begins this day: the end of working day m - 1, or the start of working day m.
  const boundary = atEnd ? dayAtWorkingIndex(predCal, m - 1) + 1 : dayAtWorkingIndex(predCal, m);
  if (type === 'FS' || type === 'SS') return { on: 'start', minIndex: workingIndex(succCal, boundary) };
  return { on: 'finish', minIndex: workingIndex(succCal, boundary - 1) };
}

/**
 * The latest index of the predecessor's anchor (its finish index for FS and FF, its start index
 * for SS and SF) that lets the successor's date be `target` (its start index for FS and SS, its
 * finish index for FF and SF) under crossLinkBound: the backward pass's bound. The bound grows
 * with the anchor, so it is found by galloping from a guess and halving.
 */
export function latestCrossAnchor(type: LinkType, lag: number, target: number, predCal: WorkCalendar, succCal: WorkCalendar): number {
  const lagDays = wholeLag(type, lag);
  const fits = (a: number): boolean => crossLinkBound(type, lagDays, a, a, predCal, succCal).minIndex <= target;
  let lo = workingIndex(predCal, dayAtWorkingIndex(succCal, target)) - lagDays;
  let step = 1;
  while (!fits(lo)) {
    lo -= step;
    step *= 2;
  }
  let hi = lo + 1;
  step = 1;
  while (fits(hi)) {
    lo = hi;
    hi += step;
    step *= 2;
  }
  // fits(lo), not fits(hi)
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
