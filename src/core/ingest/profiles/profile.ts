import type { CellRef, CellValue, InitiativeField, LinkType, Status } from '../../types';

/**
 * A source profile: one known tool export (Jira, Microsoft Project, Smartsheet...), recognised
 * by its signature and mapped exactly, including how its links read. Anything no profile
 * recognises goes to the general matcher (src/core/ingest/match). Adding a tool is adding one
 * module to src/core/ingest/profiles and one line to PROFILES (index.ts).
 */
export interface SourceProfile {
  /** Stable short name ("jira"), for tests and saved settings. */
  readonly id: string;
  /** What users are told ("Jira export"): the taskpane's Sources step and `check --json` show it. */
  readonly label: string;
  /** True when the table is this tool's export: its header set, sheet name, file name. */
  recognise(table: ProfileTable): boolean;
  /** Tables of the export that are not initiatives (a resource table), with why; undefined: read as initiatives. */
  notInitiatives?(table: ProfileTable): string | undefined;
  /**
   * Field -> the headers (normalised, see normaliseHeader) that hold it, in precedence order:
   * the first header present wins ("rag" before "status": a tool's RAG field wins over its
   * workflow state). Fields not listed are left to the general matcher.
   */
  readonly fields: Partial<Record<InitiativeField, readonly string[]>>;
  /**
   * State words this tool means otherwise than the general vocabulary (normalise/status.ts), lower
   * case -> status: Azure Boards' Resolved is in progress, where Jira's is done. Read before the
   * vocabulary, after the user's readings (SavedMapping.statusValues); other words as usual.
   */
  readonly statusWords?: Readonly<Record<string, Status>>;
  /**
   * Columns read for a field in a row whose own cell gives none (read-initiatives.ts), the first
   * present other than the field's own column: for status where the status cell is blank or its
   * words do not read (Jira's Status Category, To Do / In Progress / Done, beside a workflow's own
   * statuses such as "Awaiting approval"; Asana's section under a blank Task Progress), for start
   * and due where the cell is blank (Jira Plans' Target start and Target end).
   */
  readonly fallback?: Partial<Record<FallbackField, readonly string[]>>;
  /**
   * Headers of a yes/no column that says the row is closed (Trello's Archived: an archived card is
   * taken off the board): where it says yes, the row is done, unless its status says it closed
   * otherwise (cancelled) (read-initiatives.ts).
   */
  readonly closedWhen?: readonly string[];
  /**
   * Text fields whose cells list several values joined with ", " (Asana's Projects: a task in two
   * projects): the first is read ("Marketing Q4, Content" is Marketing Q4's).
   */
  readonly firstListed?: ReadonlyArray<'department' | 'pillar'>;
  /**
   * The tool works a task's status out of its % complete (Microsoft Project's Status: Complete is
   * 100% complete): in a table with no status column, a row's status is read off its percent
   * (read-initiatives.ts): 100% done, part done in progress, 0% not started.
   */
  readonly statusFromPercent?: true;
  /**
   * Owner cells name resources with their assignment units after each name ("Bo Chen[50%],Ana
   * Silva", "Dev Team[200%]", "Bo Chen[0.5]": Microsoft Project's Resource Names): the units are
   * dropped, the names kept as written.
   */
  readonly ownerUnits?: true;
  /** How a depends-on cell of this tool reads; default: ids with link type and lag ("3FS+2d"). */
  readonly dependsOnSyntax?: 'ids' | 'names';
  /** Ids are this tool's row or task numbers, meaningful only inside the file: scoped to the source. */
  readonly localIds?: boolean;
  /** Headers (normalised) of the column naming each row's parent by id (Jira Parent, Asana Parent task, ClickUp Parent ID). */
  readonly parent?: readonly string[];
  /**
   * A second id each row carries beside the one that keys it, which some columns name rows by
   * (other-ids.ts): `headers` of its column, first present wins; `namedBy` the depends-on columns
   * that name rows only by it (Microsoft Project's Unique ID Predecessors name Unique IDs, not
   * IDs). The parent column may name a row by either (Jira's Parent holds the parent's numeric
   * Issue id since 2024, its Parent id column always).
   */
  readonly otherId?: { readonly headers: readonly string[]; readonly namedBy: readonly string[] };
  /**
   * How rows nest when no parent column says so: an outline-level column's headers (levels 1, 2, 3
   * or outline numbers 1.2.3), or 'indent' (leading spaces of the name, MS Project's Excel export);
   * 'indent' as the last header of the list is the fallback when none of the columns is there.
   */
  readonly outline?: readonly string[] | 'indent';
  /** 'position': with no id column, a row's id is its 1-based position under the header (Smartsheet row numbers, which its predecessors name). */
  readonly rowIds?: 'position';
  /** Extra links a row carries (Jira's repeated link columns, Plane's Relations JSON, "Depends on #3" text). */
  links?(row: ProfileRow): readonly ProfileLink[];
  /**
   * Rows of the export that head a group of items or belong to a block that is not the table's
   * items (Wrike's folder and project rows, monday.com's subitem blocks): asked of each data row
   * in sheet order, with its answer for the data row before (undefined for the first row and
   * after an item). It returns the group the row heads or belongs to ("/Marketing/", the item a
   * subitem block sits under), or undefined for an item. Rows so marked are neither records nor
   * rows without an id, and are not counted in the table's rows (detect-tables' itemRows). Tables
   * of a profile without it pay nothing per row.
   */
  groupRow?(row: ProfileRowValues, previous: string | undefined): string | undefined;
  /**
   * When the rows groupRow marks are items left unread (monday.com's subitems, which have their
   * own header row and columns): why, said in one info finding per run of such rows. Unset: the
   * marked rows are headings only (Wrike's folders), left out silently.
   */
  readonly groupRowsUnread?: string;
  /**
   * The rows groupRow marks are items apart, not a block under the item above them (Microsoft
   * Project's inactive and external tasks, beside monday.com's subitems): the notice names no item
   * they sit under.
   */
  readonly groupRowsApart?: true;
  /**
   * Marks a tool writes after a start or finish date (Primavera P6's "01-Sep-26 A": the date has
   * happened; "29-Jan-27*": a constraint is set on it), matched on the cell's text: the mark is
   * dropped before the date is read, and a start or finish marked `actual` is the row's actual
   * start or finish too where no column of its own gives one (read-initiatives.ts).
   */
  readonly dateMarks?: { readonly actual: RegExp; readonly other?: RegExp };
  /** Headers of columns groupRow reads that no field maps (Project's Active, External Task): used, so not listed as unused. */
  readonly groupRowColumns?: readonly string[];
  /**
   * A column naming each row's kind of activity (P6's Activity Type, task_type), normalised headers
   * it may start with, and its words for a start milestone ("Start Milestone", TT_Mile: at the start
   * of its day) and a finish milestone ("Finish Milestone", TT_FinMile: at the end of it). Such a
   * row is a milestone on its one date, whatever its duration and other date say (read-initiatives.ts).
   */
  readonly activityType?: { readonly headers: readonly string[]; readonly start: readonly string[]; readonly finish: readonly string[] };
}

/** Whether a normalised header is `name` or starts with it as a word ("task type activity type" for "task type": a P6 workbook's field name and its label). */
export function headerIs(header: string, name: string): boolean {
  return header === name || header.startsWith(`${name} `);
}

/** The fields a profile may read from a second column (SourceProfile.fallback). */
export type FallbackField = 'status' | 'start' | 'due';

/** One data row's raw values by normalised header, for a profile's groupRow (no id yet, no cell references). */
export interface ProfileRowValues {
  /** Every normalised header of the table, in column order. */
  readonly headers: readonly string[];
  /** The value under the first column with this header; null when blank or when the table has no such column. */
  value(header: string): CellValue;
}

/** A table as a profile sees it before reading: normalised headers, sheet and source names. */
export interface ProfileTable {
  /** normaliseHeader of each header, in column order (repeated headers stay repeated). */
  readonly headers: readonly string[];
  readonly sheet: string;
  readonly source: string;
  /** The first column's data cells as normalised text, blanks left out: the labels of a block of label-value rows (Planner's plan details). */
  readonly labels?: () => readonly string[];
}

/** One data row, for a profile's links(): its id and its cells by normalised header. */
export interface ProfileRow {
  readonly id: string;
  /** Every cell under a header (repeated headers give several), with its cell reference. */
  cells(header: string): ReadonlyArray<{ readonly value: CellValue; readonly cell: CellRef }>;
  /** Every normalised header of the table, for profiles that read families of columns ("inward issue link ..."). */
  readonly headers: readonly string[];
  /** Whether some row of the table has this name (case and spacing aside): a name list's piece may hold ", " itself. */
  isName(text: string): boolean;
}

/**
 * One link a row carries: `from` is the predecessor, `to` the successor; one end is the row
 * itself. `by: 'name'` when the other end is written as a task name (Asana), resolved to the
 * initiative of that name when it is unique.
 */
export interface ProfileLink {
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  readonly lagDays: number;
  readonly cell: CellRef;
  readonly by?: 'name';
}
