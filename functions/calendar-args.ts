import type { DayNumber } from '../src/core/types';
import { dayFromSerial } from '../src/core/util/days';
import { errorArgument, errorCode, isBlankCell, isOmitted, readScalar } from './arguments';
import { ArgumentProblem } from './problem';

/**
 * The working calendar of a formula, given as Excel's own WORKDAY.INTL and NETWORKDAYS.INTL take
 * it, so a sheet's existing holiday range and weekend code work unchanged:
 * - weekend: a weekend number (1 or omitted Saturday and Sunday, 2 Sunday and Monday .. 7 Friday
 *   and Saturday; 11 Sunday only .. 17 Saturday only) or a seven-character string of 0 and 1 from
 *   Monday to Sunday, 1 a day off ("0000011"; "1111111" is no calendar);
 * - holidays: a range (or array constant) of dates, in any order; blank cells are skipped.
 * What Excel answers #NUM! or #VALUE! for is a #VALUE! here, with a message saying what is wrong.
 */
export interface FormulaCalendar {
  /** Working weekdays, 0 = Sunday .. 6 = Saturday (RunOptions.workingWeekdays). */
  readonly workingWeekdays: readonly number[];
  readonly holidays: readonly DayNumber[];
  /** The calendar as one string, for the run cache's key. */
  readonly key: string;
}

const WEEKEND_HELP = 'weekend must be a weekend number (1-7, 11-17) or seven 0s and 1s from Monday to Sunday (1 a day off, e.g. "0000011"), as in WORKDAY.INTL.';

/** The weekdays off (0 = Sunday) of Excel's weekend number or string; undefined when it is neither. */
export function weekendDays(value: unknown): number[] | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    // 1..7: two days, Saturday+Sunday, Sunday+Monday, .. Friday+Saturday; 11..17: Sunday .. Saturday alone.
    if (value >= 1 && value <= 7) return [(value + 5) % 7, (value + 6) % 7];
    if (value >= 11 && value <= 17) return [value - 11];
    return undefined;
  }
  if (typeof value === 'string' && /^[01]{7}$/.test(value.trim()) && value.trim() !== '1111111') {
    // The string's first character is Monday (weekday 1), its last Sunday (0).
    return [...value.trim()].flatMap((c, i) => (c === '1' ? [(i + 1) % 7] : []));
  }
  return undefined;
}

export function readFormulaCalendar(weekend: unknown, holidays: unknown): FormulaCalendar | ArgumentProblem {
  let workingWeekdays = [1, 2, 3, 4, 5];
  const w = readScalar(weekend);
  // A blank cell passed as the weekend arrives as 0 on the desktop: no weekend number, so omitted.
  if (!isOmitted(w) && !isBlankCell(w)) {
    const code = errorCode(w);
    if (code !== undefined) return errorArgument('weekend', code);
    const off = weekendDays(w);
    if (off === undefined) return new ArgumentProblem('invalidValue', WEEKEND_HELP);
    workingWeekdays = [0, 1, 2, 3, 4, 5, 6].filter((d) => !off.includes(d));
  }
  const days: DayNumber[] = [];
  if (!isOmitted(holidays)) {
    const cells: unknown[] = Array.isArray(holidays) ? (holidays as unknown[]).flatMap((row) => (Array.isArray(row) ? row : [row])) : [holidays];
    for (let k = 0; k < cells.length; k++) {
      const v = cells[k];
      // A blank cell arrives as null on the web and 0 on the desktop; serial 0 is no date.
      if (isBlankCell(v)) continue;
      const code = errorCode(v);
      if (code !== undefined) return errorArgument('holidays', code);
      const day = typeof v === 'number' ? dayFromSerial(v) : undefined;
      if (day === undefined) return new ArgumentProblem('invalidValue', `holidays must be dates; cell ${k + 1} of the range holds "${String(v)}".`);
      days.push(day);
    }
  }
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  return { workingWeekdays, holidays: sorted, key: `${workingWeekdays.join('')}|${sorted.join(',')}` };
}
