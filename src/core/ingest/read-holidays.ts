import type { CellValue, DateOrder, Holiday, RawSource } from '../types';
import { a1 } from '../util/a1';
import { displayValue, isBlank } from './normalise/cell-text';
import { parseDateValue } from './normalise/date';

/** A cell of a holiday list that holds something other than a date. */
export interface UnreadHoliday {
  readonly cell: Holiday['cell'];
  readonly value: string;
}

/**
 * A holiday list (the --holidays file): on each sheet, the first column that holds a date is the
 * days off, one a row; the first text cell of a row beside its date is the holiday's name
 * ("Good Friday"). Header rows above the first date are skipped. A non-blank cell of that column
 * below the first date that is not a date is returned as unread, with its cell, never dropped.
 */
export function readHolidayList(source: RawSource, dateOrder: DateOrder): { holidays: Holiday[]; unread: UnreadHoliday[] } {
  const holidays: Holiday[] = [];
  const unread: UnreadHoliday[] = [];
  for (const sheet of source.sheets) {
    const dayOf = (r: number, c: number): number | undefined => {
      const value = sheet.values[r]?.[c] ?? null;
      const parsed = parseDateValue(value, { dateSystem: source.dateSystem, dateOrder, numberFormat: sheet.numberFormats?.[r]?.[c] ?? null });
      return parsed.kind === 'value' ? parsed.value.day : undefined;
    };
    let column = -1;
    for (let r = 0; r < sheet.values.length; r++) {
      const row = sheet.values[r]!;
      if (column < 0) {
        column = row.findIndex((_, c) => dayOf(r, c) !== undefined);
        if (column < 0) continue;
      }
      const value: CellValue = row[column] ?? null;
      if (value === null || (typeof value === 'string' && isBlank(value))) continue;
      const cell = { source: source.name, sheet: sheet.name, address: a1(sheet.origin.row + r, sheet.origin.col + column) };
      const day = dayOf(r, column);
      if (day === undefined) {
        unread.push({ cell, value: displayValue(value) });
        continue;
      }
      const name = row.find((v, c) => c !== column && typeof v === 'string' && !isBlank(v)) as string | undefined;
      holidays.push({ day, cell, ...(name !== undefined ? { name: name.trim() } : {}) });
    }
  }
  return { holidays, unread };
}
