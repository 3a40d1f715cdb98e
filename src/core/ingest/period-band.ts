import type { CellValue } from '../types';
import { cleanText } from './normalise/cell-text';
import { isDateFormat, quickDay } from './normalise/date';
import { normaliseStatus } from './normalise/status';

/**
 * The columns of a header row that head a timeline drawn in the sheet: a hand-made Gantt's week
 * or month columns ("02/11/2026", "09/11/2026", ...; "Nov", "Dec", ...; "W1", "W2", ...; "Q1",
 * "Q2", ...). They are column names a table has many of, not data: the header test leaves them
 * out of its counts, and the matcher maps no field to them. A band is at least MIN_BAND adjacent
 * cells of one form; dates must rise.
 */
export const MIN_BAND = 4;

/** "W1", "Wk 12", "Week 3", "Sprint 4", "Iteration 2", "Q1", "Q3 2027", "H1", "M1", "P1" (a period), "Month 1". */
const PERIOD_LABEL = /^(?:w|wk|week|sprint|iteration|it|period|p|m|month|q|h)\.?\s*\d{1,2}(?:\s*[-/ ]?\s*(?:\d{2}|\d{4}))?$/i;
/** A month name or its three-letter form, alone or with a year: "Nov", "November", "Nov-26", "Nov 2026", "Jan '27". */
const MONTH_LABEL = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s*[-/' ]\s*'?(?:\d{2}|\d{4}))?$/i;
/** A day written d/m/y, m/d/y or d-mmm ("02/11/2026", "2-Nov", "02 Nov"). */
const DAY_TEXT = /^\d{1,2}(?:[/.]\d{1,2}(?:[/.]\d{2,4})?|[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:[- ]\d{2,4})?)$/i;

/** "w/c 02/11", "W/B 2 Nov", "Week commencing 02/11/2026": a week named by its first day. */
const WEEK_START = /^(?:w\s*\/?\s*[cb]|wk\s+(?:of|commencing|beginning|starting)|week\s+(?:of|commencing|beginning|starting))\.?\s*:?\s+(?=\d)/i;
/** "w/e 06/11", "Week ending 6 Nov": a week named by its last day. */
const WEEK_END = /^(?:w\s*\/?\s*e|wk\s+ending|week\s+ending)\.?\s*:?\s+(?=\d)/i;

/** A band header's day text without its week words, and whether the day ends its week ("w/e 06/11"). */
export function weekDayText(text: string): { readonly text: string; readonly ending: boolean } {
  const end = WEEK_END.exec(text);
  if (end) return { text: text.slice(end[0].length), ending: true };
  const start = WEEK_START.exec(text);
  return start ? { text: text.slice(start[0].length), ending: false } : { text, ending: false };
}

type Form = 'date' | 'label';

/** The form of one header cell of a band, with its day when it gives one. */
function formOf(value: CellValue, format: string | null | undefined): { form: Form; day?: number } | undefined {
  if (value instanceof Date) return { form: 'date', day: quickDay(value)! };
  // A date cell as a host may give it: its serial, in a date format (the serial's order is the days').
  if (typeof value === 'number') return isDateFormat(format) && Number.isFinite(value) ? { form: 'date', day: value } : undefined;
  if (typeof value !== 'string') return undefined;
  const text = weekDayText(cleanText(value)).text;
  if (text.length > 20) return undefined;
  const iso = quickDay(text);
  if (iso !== undefined) return { form: 'date', day: iso };
  if (DAY_TEXT.test(text)) return { form: 'date' };
  if (PERIOD_LABEL.test(text) || MONTH_LABEL.test(text)) return { form: 'label' };
  return undefined;
}

/** A filled header cell: its sheet column, value and number format. */
export type HeaderCell = readonly [col: number, value: CellValue, format?: string | null];

/**
 * The sheet columns of `cells` (ascending, each filled) that form period bands; empty when there
 * is none.
 */
export function periodBandColumns(cells: readonly HeaderCell[]): Set<number> {
  const band = new Set<number>();
  let run: number[] = [];
  let runForm: Form | undefined;
  let lastDay: number | undefined;
  let rising = true;
  const close = (): void => {
    if (run.length >= MIN_BAND && rising) for (const c of run) band.add(c);
    run = [];
    runForm = undefined;
    lastDay = undefined;
    rising = true;
  };
  for (const [col, value, format] of cells) {
    const f = formOf(value, format);
    const adjacent = run.length > 0 && col === run[run.length - 1]! + 1;
    if (f === undefined || (run.length > 0 && (!adjacent || f.form !== runForm))) close();
    if (f === undefined) continue;
    if (run.length === 0) runForm = f.form;
    if (f.day !== undefined) {
      if (lastDay !== undefined && f.day <= lastDay) rising = false;
      lastDay = f.day;
    }
    run.push(col);
  }
  close();
  return band;
}

/** The sheet columns of a period band, left to right. */
export function bandColumnList(band: { readonly left: number; readonly right: number }): number[] {
  const cols: number[] = [];
  for (let col = band.left; col <= band.right; col++) cols.push(col);
  return cols;
}

/** Whether most of a band's written cells are statuses with a colour ("G", "A", "R", "Amber"), as a weekly RAG history is. */
export function ratesPeriods(rows: readonly number[], cols: readonly number[], valueAt: (row: number, col: number) => CellValue): boolean {
  let written = 0;
  let rated = 0;
  for (const row of rows.slice(0, 200)) {
    for (const col of cols) {
      const value = valueAt(row, col);
      if (typeof value !== 'string' || value.trim() === '') continue;
      written++;
      const status = normaliseStatus(value);
      if (status === 'green' || status === 'amber' || status === 'red') rated++;
    }
  }
  return written >= 4 && rated >= 0.6 * written;
}
