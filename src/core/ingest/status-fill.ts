import type { Finding, RawSheet, Status } from '../types';
import { makeFinding } from '../types';
import { shortText } from '../util/short-text';
import type { TableReader } from './cell-reader';
import { ragOfFill, type FillRag } from './normalise/fill-colour';
import { ratingColours } from './normalise/status';

/** Cells a value.status-fill-disagrees or ingest.status-from-fill finding points at, beyond the header. */
const CELLS_SHOWN = 30;

/**
 * A status column's cell fills (RawSheet.fills) read as RAG colours: PMO trackers often colour
 * the Status / RAG cell red, amber or green and leave it empty, write a workflow state with no
 * colour in it ("In Progress" in a red cell), or write words the colour contradicts. An empty
 * cell, or one whose words give no colour, with a RAG fill reads as that status, recorded as read
 * from the fill (InitiativeRecord.statusFrom); a written red, amber or green the fill contradicts is a
 * value.status-fill-disagrees on its cell (the written status is read); the cells read from
 * colour are said once per column (ingest.status-from-fill).
 */
export class StatusFills {
  private readonly colourRag = new Map<string, FillRag | undefined>();
  private readonly read: number[] = [];
  /** Of those, cells whose words give no colour ("In Progress"), not empty ones. */
  private worded = 0;
  private readonly counts: Record<FillRag, number> = { red: 0, amber: 0, green: 0 };

  private constructor(
    private readonly reader: TableReader,
    private readonly col: number,
    private readonly fills: NonNullable<RawSheet['fills']>,
    private readonly origin: { readonly row: number; readonly col: number },
  ) {}

  /** The fills of the table's status column, or undefined when its sheet has none there (most sheets: nothing is done per row). */
  static of(reader: TableReader): StatusFills | undefined {
    const col = reader.column('status');
    const sheet = reader.block.grid.sheet;
    const fills = sheet.fills;
    if (col === undefined || fills === undefined) return undefined;
    const index = col - sheet.origin.col;
    const any = reader.rows.some((row) => fills[row - sheet.origin.row]?.[index] !== undefined);
    return any ? new StatusFills(reader, col, fills, sheet.origin) : undefined;
  }

  /** The fill's colour (six hex digits) of the status cell of a sheet row, if any. */
  colourAt(row: number): string | undefined {
    return this.fills[row - this.origin.row]?.[this.col - this.origin.col];
  }

  /** The RAG colour the status cell's fill shows, if any. */
  ragAt(row: number): FillRag | undefined {
    const colour = this.colourAt(row);
    if (colour === undefined) return undefined;
    if (!this.colourRag.has(colour)) this.colourRag.set(colour, ragOfFill(colour));
    return this.colourRag.get(colour);
  }

  /**
   * The status a row's status cell takes from its fill: an empty cell's, or one whose words give no
   * colour (`written` 'unknown': "In Progress"); undefined otherwise, a written red, amber or green
   * its fill contradicts being said (value.status-fill-disagrees) and left to stand.
   */
  statusAt(row: number, written: Status | undefined, text: string | undefined, empty: boolean, id: string): FillRag | undefined {
    if (text !== undefined && written !== 'unknown') {
      this.checkWritten(row, written, text, id);
      return undefined;
    }
    if (text === undefined && !empty) return undefined;
    const rag = this.ragAt(row);
    if (rag !== undefined) this.readFromFill(row, rag, text !== undefined);
    return rag;
  }

  /** A status cell read from its fill, empty or in words with no colour (`worded`): counted for the column's ingest.status-from-fill. */
  private readFromFill(row: number, rag: FillRag, worded: boolean): void {
    this.read.push(row);
    if (worded) this.worded++;
    this.counts[rag]++;
  }

  /** value.status-fill-disagrees when a written red, amber or green is coloured as another; the written status stands. */
  private checkWritten(row: number, written: Status | undefined, text: string, id: string): void {
    if (written !== 'red' && written !== 'amber' && written !== 'green') return;
    const rag = this.ragAt(row);
    if (rag === undefined || rag === written) return;
    // "Amber/Green" in a green or an amber cell: the fill shows one of its two colours.
    if (ratingColours(text)?.includes(rag)) return;
    const cell = this.reader.cell(row, this.col);
    this.reader.report(
      makeFinding(
        'value.status-fill-disagrees',
        `${shortText(id, 60)}: the status cell ${cell.address} says "${shortText(text, 40)}" (${written}) but is coloured ${rag} (#${this.colourAt(row)!}); the written status is read.`,
        [cell],
        { initiativeId: id },
      ),
      row,
      this.col,
    );
  }

  /** ingest.status-from-fill for the column, once its rows are read; undefined when no cell was read from its colour. */
  notice(): Finding | undefined {
    const n = this.read.length;
    if (n === 0) return undefined;
    const { reader, col } = this;
    const { headerRow, range } = reader.block;
    const header = reader.table.headers[col - range.left] ?? '';
    const headerCell = reader.cell(headerRow, col);
    const counts = (['red', 'amber', 'green'] as const).filter((c) => this.counts[c] > 0).map((c) => `${this.counts[c]} ${c}`);
    const named = header === '' ? '' : ` "${shortText(header, 40)}"`;
    return makeFinding(
      'ingest.status-from-fill',
      `${reader.source.name}, sheet "${reader.table.sheet}": ${n === 1 ? '1 cell' : `${n} cells`} of the status column${named} (${headerCell.address}) ${howColoured(n, this.worded)}, and ${n === 1 ? 'its status was' : 'their statuses were'} read from the colour: ${counts.join(', ')}.`,
      [headerCell, ...this.read.slice(0, CELLS_SHOWN).map((row) => reader.cell(row, col))],
    );
  }

  /** Raise notice() in the table's reading order (at the header cell). */
  reportNotice(): void {
    const finding = this.notice();
    if (finding) this.reader.report(finding, this.reader.block.headerRow, this.col);
  }
}

/** "are empty but coloured", "is written with no colour (\"In Progress\") but coloured", or both, counted. */
function howColoured(n: number, worded: number): string {
  const empty = n - worded;
  if (worded === 0) return `${n === 1 ? 'is' : 'are'} empty but coloured`;
  const words = 'with words that give no colour ("In Progress")';
  if (empty === 0) return `${n === 1 ? 'is' : 'are'} written ${words} but coloured`;
  return `are coloured: ${empty} empty, ${worded} ${words}`;
}
