/**
 * The plain "table of cells" that every host adapter produces and ingest consumes.
 * The Office adapter (src/office), exceljs and CSV (src/xlsx) all fill these shapes; the core never
 * sees a host object.
 */

/** An Excel error value such as #N/A or #REF!, kept as a value so it can become a finding. */
export interface CellErrorValue {
  readonly error: string;
}

/**
 * One cell value as a host reports it.
 * - number: a plain number, or a date serial when the cell's number format is a date format
 *   (the Office adapter reports dates this way; see RawSheet.numberFormats);
 * - Date: a date object (exceljs reports date-formatted cells this way, at UTC midnight);
 * - string: text exactly as typed (may still hold a date, percent or status in words).
 */
export type CellValue = string | number | boolean | Date | CellErrorValue | null;

/** A rectangular range in 0-based sheet coordinates, inclusive. */
export interface GridRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** An Excel table (ListObject) found in a sheet, read by its own range. */
export interface RawListObject {
  readonly name: string;
  /** The table's range including its header row, in sheet coordinates. */
  readonly range: GridRange;
}

export interface RawSheet {
  readonly name: string;
  /**
   * Sheet coordinates of values[0][0] (0-based). A used range starting at C5 has
   * origin { row: 4, col: 2 }. Addresses in findings are computed from it.
   */
  readonly origin: { readonly row: number; readonly col: number };
  /** Row-major values; rows may be ragged (missing trailing cells are empty). */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Same shape as values where known: Excel number formats, used to tell date serials from numbers. */
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | null>>;
  /**
   * Solid cell fills (the cell's background colour), aligned with `values` like numberFormats but
   * sparse: fills[r] is undefined for a row with no filled cell, and fills[r][c] undefined for a
   * cell with none. Each colour is six upper-case hex digits, "FFC7CE", as the host resolves it
   * (theme colours with their tint, indexed colours). Present only when some cell has a fill; a
   * host may give it for some columns only (the Office adapter reads the status columns' fills).
   * Read for RAG statuses kept as cell colour (src/core/ingest/status-fill.ts).
   */
  readonly fills?: ReadonlyArray<ReadonlyArray<string | undefined> | undefined>;
  /**
   * Cells whose text is struck through (a row drawn through as dropped or done), aligned with
   * `values` like fills and as sparse: struck[r] undefined for a row with none. Read from an .xlsx
   * file's fonts, and by the Office adapter for name and id columns.
   */
  readonly struck?: ReadonlyArray<ReadonlyArray<boolean | undefined> | undefined>;
  /** Merged ranges in sheet coordinates. */
  readonly merges?: ReadonlyArray<GridRange>;
  /** Excel tables in this sheet. */
  readonly tables?: ReadonlyArray<RawListObject>;
  /** Hidden sheets are still read (users hide helper sheets) but reported as such. */
  readonly hidden?: boolean;
  /**
   * Excel's row outline (grouped rows, `<row outlineLevel="2">`), aligned with `values` rows:
   * rowOutlineLevels[i] is the outline level of sheet row origin.row + i: 0 for a row in no group,
   * 1 for a row in one group, up to 7. Smartsheet's and Microsoft Project's Excel exports show the
   * task hierarchy this way. undefined (or an entry past the end) where the host did not say:
   * read as 0. Present only when some row has a level above 0, so ordinary sheets carry nothing.
   */
  readonly rowOutlineLevels?: ReadonlyArray<number | undefined>;
  /**
   * Cells the reader could not read as the file meant them, each becoming an ingest.malformed-text
   * finding on its cell: a CSV quote that never closes or closes mid-cell (the line was read as
   * written), bytes that are not valid UTF-8 in an otherwise UTF-8 file (shown as U+FFFD).
   * row and col are 0-based in `values`, like the cells.
   */
  readonly readProblems?: ReadonlyArray<RawReadProblem>;
}

export interface RawReadProblem {
  readonly row: number;
  readonly col: number;
  readonly kind: 'unclosed-quote' | 'stray-quote' | 'invalid-utf8';
}

export type DateSystem = 1900 | 1904;

export interface RawSource {
  /** Display name used in findings: a file name ("Finance.xlsx") or "This workbook". */
  readonly name: string;
  /** Where it came from: the open workbook, a dropped/passed file. */
  readonly origin: 'workbook' | 'file';
  /** Excel date system of the workbook (1904 for old Mac workbooks). CSV is 1900. */
  readonly dateSystem: DateSystem;
  readonly sheets: ReadonlyArray<RawSheet>;
}
