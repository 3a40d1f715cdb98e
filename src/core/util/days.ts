import type { DateSystem, DayNumber } from '../types';

/** Day numbers are whole days since 1970-01-01 (UTC). These are the only conversions the core needs. */

const MS_PER_DAY = 86_400_000;

/** 1970-01-01 as an Excel 1900-system serial (1899-12-30 is serial 0 in practice). */
const SERIAL_1900_EPOCH_OFFSET = 25_569;
/** 1970-01-01 as an Excel 1904-system serial (1904-01-01 is serial 0). */
const SERIAL_1904_EPOCH_OFFSET = 24_107;

/** "2026-04-03" -> day number; undefined for anything that is not a real calendar date. */
export function dayFromIso(iso: string): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Calendar parts -> day number; undefined when the date does not exist (2026-02-30). */
export function dayFromParts(year: number, month: number, day: number): DayNumber | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round(ms / MS_PER_DAY);
}

/** day number -> "YYYY-MM-DD". */
export function isoFromDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A JS Date (exceljs gives UTC midnight for date cells) -> day number, dropping the time of day. */
export function dayFromDate(date: Date): DayNumber | undefined {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return undefined;
  return Math.floor(ms / MS_PER_DAY);
}

/** day number -> a Date at UTC midnight (what exceljs writes as that date). */
export function dateFromDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

/**
 * Excel serial -> day number. In the 1900 system serial 60 is 1900-02-29, a date that never
 * existed (Lotus 1-2-3's leap-year bug kept by Excel): it returns undefined so callers flag it.
 * The fractional part (time of day) is dropped.
 */
export function dayFromSerial(serial: number, system: DateSystem = 1900): DayNumber | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (system === 1904) return whole < 0 ? undefined : whole - SERIAL_1904_EPOCH_OFFSET;
  if (whole < 1 || whole === 60) return undefined;
  return whole < 60 ? whole - SERIAL_1900_EPOCH_OFFSET + 1 : whole - SERIAL_1900_EPOCH_OFFSET;
}

/** day number -> Excel serial (1900 system unless told). */
export function serialFromDay(day: DayNumber, system: DateSystem = 1900): number {
  if (system === 1904) return day + SERIAL_1904_EPOCH_OFFSET;
  const serial = day + SERIAL_1900_EPOCH_OFFSET;
  return serial <= 60 ? serial - 1 : serial;
}

/** 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}
