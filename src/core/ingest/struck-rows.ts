import type { Finding, RawSheet, Status } from '../types';
import { makeFinding } from '../types';
import { shortText } from '../util/short-text';
import type { TableReader } from './cell-reader';

/** Rows an ingest.struck-rows finding points at, beyond the first. */
const CELLS_SHOWN = 30;

/**
 * Rows drawn through with a strikethrough font (RawSheet.struck), as trackers strike out work that
 * was dropped or finished rather than delete its row. An analyst reads a row whose name is struck
 * through (its id, where the table has no name column) as closed, whatever its status cell still
 * says: done where the row says so (a Done status, 100% complete), else cancelled. Said once per
 * table (ingest.struck-rows), naming the rows whose status cell said otherwise.
 */
export class StruckRows {
  private readonly read: number[] = [];
  /** Of those, rows whose written status was live (Green, In progress...), with that status as written. */
  private readonly overruled: Array<{ readonly row: number; readonly text: string }> = [];

  private constructor(
    private readonly reader: TableReader,
    private readonly col: number,
    private readonly struck: NonNullable<RawSheet['struck']>,
    private readonly origin: { readonly row: number; readonly col: number },
  ) {}

  /** The struck cells of the table's name column (else its id column); undefined when none of its rows is struck through (most sheets). */
  static of(reader: TableReader): StruckRows | undefined {
    const sheet = reader.block.grid.sheet;
    const struck = sheet.struck;
    const col = reader.column('name') ?? reader.column('id');
    if (struck === undefined || col === undefined) return undefined;
    const index = col - sheet.origin.col;
    const any = reader.rows.some((row) => struck[row - sheet.origin.row]?.[index] === true);
    return any ? new StruckRows(reader, col, struck, sheet.origin) : undefined;
  }

  /** The sheet column whose strike closes a row: the name column, else the id column. */
  get column(): number {
    return this.col;
  }

  /**
   * The closed status of a struck-through row, or undefined for a row not struck through. `written`
   * is its status as read (undefined when none), `text` as written, `complete` its % complete.
   */
  statusAt(row: number, written: Status | undefined, text: string | undefined, complete: number | undefined): Status | undefined {
    if (this.struck[row - this.origin.row]?.[this.col - this.origin.col] !== true) return undefined;
    this.read.push(row);
    if (written === 'done' || written === 'cancelled') return written;
    if (written !== undefined && text !== undefined) this.overruled.push({ row, text });
    return complete !== undefined && complete >= 1 ? 'done' : 'cancelled';
  }

  /** ingest.struck-rows for the table; undefined when no row was struck through. */
  notice(): Finding | undefined {
    const n = this.read.length;
    if (n === 0) return undefined;
    const { reader, col } = this;
    const header = reader.table.headers[col - reader.block.range.left] ?? '';
    const said = this.overruled.slice(0, 3).map((o) => `${reader.cell(o.row, col).address} "${shortText(o.text, 30)}"`);
    const overruled =
      this.overruled.length === 0
        ? ''
        : ` ${this.overruled.length === 1 ? 'Its status cell said' : `${this.overruled.length} status cells said`} otherwise (${said.join(', ')}${this.overruled.length > 3 ? ', ...' : ''}): the strike is read, as the row's last word on it.`;
    return makeFinding(
      'ingest.struck-rows',
      `${reader.source.name}, sheet "${reader.table.sheet}": ${n === 1 ? '1 row is' : `${n} rows are`} struck through (the "${shortText(header, 30)}" cell), and read as closed: done where the row says so, else cancelled.${overruled}`,
      this.read.slice(0, CELLS_SHOWN).map((row) => reader.cell(row, col)),
    );
  }

  /** Raise notice() in the table's reading order (at the first struck row). */
  reportNotice(): void {
    const finding = this.notice();
    if (finding) this.reader.report(finding, this.read[0]!, this.col);
  }
}
