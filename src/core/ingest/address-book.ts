import { columnLetters } from '../util/a1';

/**
 * Rows whose addresses are kept. Department trackers run to a few thousand rows; past this a table
 * is one big sheet whose addresses no other table is likely to share, and keeping them would only
 * hold a column's worth of strings per column (and, at 100,000 rows, tip the heap into a full
 * garbage collection). Bounded like the other caches of ingest.
 */
const SHARED_ROWS = 16_000;

/**
 * A1 address texts made once per cell position and shared by every table read in one ingest.
 * A portfolio's files repeat one layout (rows 2..N of columns A..O in each department's tracker),
 * so from the second table on most cells find their address already made: one string fewer per
 * cell, which at 100,000 initiatives is over a million strings the garbage collector need not copy.
 * Strings are values, so sharing one between cells of different sheets changes nothing observable.
 */
export class AddressBook {
  /** Addresses by sheet column, then by sheet row (0-based). */
  private readonly byColumn: Array<Array<string | undefined> | undefined> = [];
  private readonly letters: Array<string | undefined> = [];

  /** "C7" for row 6, column 2 (0-based). */
  address(row: number, col: number): string {
    if (row >= SHARED_ROWS) return this.lettersOf(col) + String(row + 1);
    let column = this.byColumn[col];
    if (column === undefined) {
      column = [];
      this.byColumn[col] = column;
    }
    let address = column[row];
    if (address === undefined) {
      address = this.lettersOf(col) + String(row + 1);
      column[row] = address;
    }
    return address;
  }

  private lettersOf(col: number): string {
    let letters = this.letters[col];
    if (letters === undefined) {
      letters = columnLetters(col);
      this.letters[col] = letters;
    }
    return letters;
  }
}
