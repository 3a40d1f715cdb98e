import type { DayNumber, Finding, Status } from '../types';
import { makeFinding } from '../types';
import { isoFromDay } from '../util/days';
import { shortText } from '../util/short-text';
import type { TableReader } from './cell-reader';
import { normaliseStatus } from './normalise/status';
import { bandColumnList } from './period-band';
import { bandPeriods, type Period } from './timeline-dates';

/** Rows a ingest.status-from-history finding points at, beyond the band's first header. */
const CELLS_SHOWN = 30;

/** A row's current rating read off its history. */
export interface HistoryRating {
  readonly status: Status;
  /** The rating as written ("R", "Amber"). */
  readonly text: string;
  /** Sheet column of the period it rates. */
  readonly col: number;
  /** The day the rating was given by at the latest, when the headers date the periods: its period's last day, or the as-of day for a period still running. */
  readonly asOf?: DayNumber;
}

/**
 * The status of a table with no status column that keeps a status history instead: a RAG letter or
 * word under each week or month column ("w/e 23/10", "w/e 30/10", ... or "Nov-26", "Dec-26"), as
 * weekly highlight reports are kept. An analyst reads the row's latest rating as its status: the
 * rightmost rated period that has begun by the as-of day (a rating written against a later period
 * is not yet given); when the headers date no periods ("W1", "W2"), the rightmost rating. A row
 * rated in no period has no status. Where the table has no update-date column either, the rated
 * period's last day (the as-of day for one still running) is the row's last update: a row left
 * unrated for weeks reads as stale, and none reads staler than it may be.
 * Said once per table (ingest.status-from-history).
 */
export class StatusHistory {
  /** The rated rows, each with the column of its rating. */
  private readonly read = new Map<number, number>();
  /** Some rating read is of a period still running on the as-of day. */
  private running = false;

  private constructor(
    private readonly reader: TableReader,
    /** The band's sheet columns that may give the current rating, left to right. */
    private readonly cols: readonly number[],
    private readonly periods: readonly Period[] | undefined,
    private readonly dates: boolean,
  ) {}

  /** The history of a table with no status column whose period band holds ratings (DetectedTable.timeline.readsStatus); undefined otherwise. */
  static of(reader: TableReader): StatusHistory | undefined {
    const band = reader.block.periodBand;
    if (band === undefined || reader.table.timeline?.readsStatus !== true) return undefined;
    const { grid, headerRow } = reader.block;
    const all = bandColumnList(band);
    const periods = bandPeriods(
      all.map((col) => [grid.value(headerRow, col), grid.numberFormat(headerRow, col)] as const),
      reader.options.dateOrder,
      reader.source.dateSystem,
      reader.options.asOf,
    );
    const asOf = reader.options.asOf;
    const begun = periods === undefined ? all : all.filter((_, k) => periods[k]!.first <= asOf);
    const kept = periods === undefined ? undefined : periods.slice(0, begun.length);
    return new StatusHistory(reader, begun, kept, !reader.has('lastUpdated') && reader.table.statusDate === undefined);
  }

  /** Whether the row's rated period gives its last update (the table has no update date of its own). */
  get datesUpdates(): boolean {
    return this.dates && this.periods !== undefined;
  }

  /** The row's latest rating in a period begun by the as-of day, if any. */
  ratingOf(row: number): HistoryRating | undefined {
    const { grid } = this.reader.block;
    for (let k = this.cols.length - 1; k >= 0; k--) {
      const col = this.cols[k]!;
      const value = grid.value(row, col);
      if (typeof value !== 'string' || value.trim() === '') continue;
      const status = normaliseStatus(value);
      if (status === undefined || status === 'unknown') continue;
      this.read.set(row, col);
      const period = this.periods?.[k];
      const given = period === undefined ? undefined : Math.min(period.last, this.reader.options.asOf);
      if (period !== undefined && period.last > this.reader.options.asOf) this.running = true;
      return { status, text: value.trim(), col, ...(given !== undefined ? { asOf: given } : {}) };
    }
    return undefined;
  }

  /** ingest.status-from-history for the table; undefined when no row was rated. */
  notice(): Finding | undefined {
    const n = this.read.size;
    if (n === 0) return undefined;
    const { reader } = this;
    const { headerRow } = reader.block;
    const band = reader.block.periodBand!;
    const header = (col: number): string => shortText(reader.table.headers[col - reader.block.range.left] ?? '', 20);
    const first = reader.cell(headerRow, band.left);
    const last = reader.cell(headerRow, band.right);
    // The begun periods are the band's first ones: its periods rise.
    const unbegun = band.left + this.cols.length;
    const latest = unbegun <= band.right ? ` Periods from "${header(unbegun)}" on begin after ${isoFromDay(reader.options.asOf)}: their ratings were not read.` : '';
    const updated = this.datesUpdates ? ` The table has no last-updated column, so each row counts as updated on the last day of the period its rating is in${this.running ? ' (the as-of date for the period still running)' : ''}.` : '';
    return makeFinding(
      'ingest.status-from-history',
      `${reader.source.name}, sheet "${reader.table.sheet}": the table has no status column, so ${n === 1 ? 'the status of 1 row was' : `the statuses of ${n} rows were`} read from its rating history ${first.address}:${last.address} ("${header(band.left)}" to "${header(band.right)}"): each row's latest rating.${latest}${updated}`,
      [first, ...[...this.read].slice(0, CELLS_SHOWN).map(([row, col]) => reader.cell(row, col))],
    );
  }

  /** Raise notice() in the table's reading order (at the band's header). */
  reportNotice(): void {
    const finding = this.notice();
    if (finding) this.reader.report(finding, this.reader.block.headerRow, this.reader.block.periodBand!.left);
  }
}
