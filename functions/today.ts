import { dayFromParts, serialFromDay } from '../src/core/util/days';

/** Today's calendar date on this computer, as an Excel serial (what =TODAY() gives). */
export function todaySerial(now: Date = new Date()): number {
  return serialFromDay(dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate())!);
}
