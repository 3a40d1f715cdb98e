import type { DayNumber, GridRange } from '../types';
import { cleanText } from './normalise/cell-text';
import { parseDateValue, type DateContext } from './normalise/date';
import type { SheetGrid } from './sheet-grid';
import { titleCells } from './title-rows';

/** The date a highlight report's title gives its statuses ("Status as at 27/11/2026"), and where it is written. */
export interface TitleStatusDate {
  readonly day: DayNumber;
  /** 0-based sheet row and column of the title cell holding the date (or its label). */
  readonly row: number;
  readonly col: number;
  /** The title as written, for the finding. */
  readonly text: string;
}

/**
 * Words before a date that say it dates the report's statuses: "Status as at", "as of", "Data
 * as at", "Reporting date", "Period ending", "Week ending", "w/e", "Last updated", "Updated on",
 * "Date:". Not "due", "deadline" or "next review": those date something else.
 */
const STATUS_DATE_LABEL =
  /(?:^|[\s|,;(\-–—])(?:(?:status|position|data|figures|report|reporting|rag)\s+)?(?:as\s+at|as\s+of|as-of|status\s+date|reporting\s+date|report\s+date|date\s+of\s+report|period\s+end(?:ing|ed)?|week\s+end(?:ing|ed)?|month\s+end(?:ing|ed)?|w\/e|last\s+updated(?:\s+on)?|updated(?:\s+on)?|date\s*:)\s*[:\-–]?\s*/i;

const MAX_DATE_WORDS = 4;

/**
 * The status date a title row above a table gives ("PMO Highlight Report | Status as at
 * 27/11/2026", or a label cell "Status date:" beside a date cell): the nearest title that gives
 * one. For a table with no update-date column, every row's status is as of that date.
 */
export function statusDateFromTitle(grid: SheetGrid, range: GridRange, context: Omit<DateContext, 'numberFormat'>): TitleStatusDate | undefined {
  for (const cells of titleCells(grid, range)) {
    for (let k = 0; k < cells.length; k++) {
      const { row, col, value } = cells[k]!;
      if (typeof value !== 'string') continue;
      const text = cleanText(value);
      const label = STATUS_DATE_LABEL.exec(text);
      if (label === null) continue;
      const rest = text.slice(label.index + label[0].length).trim();
      const day = rest === '' ? dateOfCell(grid, cells[k + 1], context) : leadingDate(rest, context);
      if (day !== undefined) return { day, row, col, text: text.replace(/\s+/g, ' ') };
    }
  }
  return undefined;
}

/** The date the text starts with ("27/11/2026 (draft)", "27 November 2026 - v2"): its longest first words that read as one day. */
function leadingDate(text: string, context: Omit<DateContext, 'numberFormat'>): DayNumber | undefined {
  const words = text.split(/\s+/).slice(0, MAX_DATE_WORDS);
  for (let n = words.length; n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ').replace(/[.,;:)|]+$/, '');
    const parsed = parseDateValue(candidate, context);
    // A day, not a period: "as at Q3 2026" does not say which day the statuses were taken.
    if (parsed.kind === 'value' && parsed.value.period === undefined && parsed.value.ambiguous === undefined) return parsed.value.day;
  }
  return undefined;
}

/** A date cell beside its label ("Status date:" | 27/11/2026). */
function dateOfCell(grid: SheetGrid, cell: { row: number; col: number } | undefined, context: Omit<DateContext, 'numberFormat'>): DayNumber | undefined {
  if (cell === undefined) return undefined;
  const parsed = parseDateValue(grid.value(cell.row, cell.col), { ...context, numberFormat: grid.numberFormat(cell.row, cell.col) });
  return parsed.kind === 'value' && parsed.value.period === undefined && parsed.value.ambiguous === undefined ? parsed.value.day : undefined;
}
