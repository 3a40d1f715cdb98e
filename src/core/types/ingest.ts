import type { GridRange } from './cells';
import { INITIATIVE_FIELDS, type AnyField, type DayNumber, type DependencyField, type InitiativeField, type KpiField, type LinkType, type Status, type TableKind } from './fields';
import type { CellRef, Finding } from './finding';
import type { DepartmentLead } from './governance';
import type { SourceCalendar } from './model';

/** How one field was matched to a column of a detected table. */
export interface ColumnMapping {
  readonly field: AnyField;
  /** 0-based column index within the detected table (0 = its first column). */
  readonly column: number;
  /** The header text as found (after merging multi-row/merged headers). */
  readonly header: string;
  /** 0..1: 1 for an exact synonym or a user choice, lower for fuzzy or value-based guesses. */
  readonly confidence: number;
  readonly by: 'header' | 'values' | 'user';
  /** A money column's unit, read from its header or a note above the table; its values are converted to units as they are read. */
  readonly unit?: MoneyUnit;
}

/**
 * The unit a money column is written in: "Budget (£k)" in thousands of pounds, "Cost ($m)" in
 * millions, "All figures in £000" above the table. The cells keep what was written; the model
 * holds amounts in units (120 in a £k column is 120000).
 */
export interface MoneyUnit {
  /** Power of ten a written value is multiplied by: 0 (units), 3 (thousands), 6 (millions), 9 (billions). */
  readonly scale: number;
  /** ISO 4217 code the unit names ("£k": GBP); absent when it names none. */
  readonly currency?: string;
  /** Where it was read: the column's header, or a note in the title rows above the table. */
  readonly from: 'header' | 'note';
  /** The text it was read from, as written ("Budget (£k)", "All figures in £000"). */
  readonly text: string;
}

/**
 * A money cell written in another currency than its table's ("$65,000" in a table of pounds): not
 * added to the table's money, and said (value.mixed-currency).
 */
export interface ForeignAmount {
  readonly field: 'budget' | 'forecastCost' | 'actualCost' | 'benefit';
  /** The cell's row and column on its sheet (0-based). */
  readonly row: number;
  readonly column: number;
  /** ISO 4217 code the cell names. */
  readonly currency: string;
}

/**
 * Where a table's department came from, the first that gives one winning: 'mapping' (named for
 * the table in its saved mapping: the taskpane's Sources step), 'user' (named for the source or its
 * sheet: --department FILE=NAME or FILE!SHEET=NAME, the taskpane's Sources step), 'column' (a Department column holding one value),
 * 'sheets' (sheets of one workbook holding tables of one template, told apart by their names),
 * 'file' (the file's name), 'sheet' (the sheet's name, in an open workbook not yet saved as a
 * file), 'title' (a title row above the table: "Engineering - Claims Automation Programme").
 */
export type DepartmentFrom = 'user' | 'mapping' | 'column' | 'sheets' | 'file' | 'sheet' | 'title';

/** A table found in a sheet: an Excel table, or a block under a detected header row. */
export interface DetectedTable {
  /**
   * Stable key used to save a mapping and find it again next run: `${source}|${sheet}|${name}` for
   * an Excel table, `${source}|${sheet}|[${its first headers, normalised}]` for a block (the same
   * after a table is added above or beside it), "#2" on for a second block of those headers
   * (src/core/ingest/table-key.ts).
   */
  readonly key: string;
  /** A block's key by its index on the sheet, `${source}|${sheet}|${index}`, as versions before header keys saved it: still read. */
  readonly legacyKey?: string;
  /** The key of the saved mapping the table read when it is not `key` (a legacy key, or a header key from before its headers changed). */
  readonly savedKey?: string;
  readonly source: string;
  readonly sheet: string;
  /** Excel table (ListObject) name, when the table is one. */
  readonly tableName?: string;
  /** Kind, or null when the block is not ours (reported as an info finding). */
  readonly kind: TableKind | null;
  /** Whole block including the header row, in sheet coordinates (0-based). */
  readonly range: GridRange;
  /** Sheet row index (0-based) of the header row. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly mapping: readonly ColumnMapping[];
  /** Columns that map to no field: kept, and reported once per source. */
  readonly unmapped: ReadonlyArray<{ readonly column: number; readonly header: string }>;
  /** A timeline drawn beside the table (a hand-made Gantt's week or month columns), sheet columns and their first and last headers. */
  readonly timeline?: {
    readonly left: number;
    readonly right: number;
    readonly first: string;
    readonly last: string;
    /** Its marks give the start or due the table has no column for (timeline-dates.ts). */
    readonly readsDates?: true;
    /** Its cells rate each period, and the latest rating is the status the table has no column for (status-history.ts). */
    readonly readsStatus?: true;
  };
  /** Data rows (excluding header, blank rows and totals rows). */
  readonly rowCount: number;
  /** 0..1 overall confidence of kind + mapping. */
  readonly confidence: number;
  /** Department named for this source/table by the user or inferred (file name, values). */
  readonly department?: string;
  /** Where `department` came from (present with it): see DepartmentFrom. */
  readonly departmentFrom?: DepartmentFrom;
  /** On a hidden sheet: read like any other, and reported (ingest.hidden-sheet). */
  readonly hidden?: true;
  /** The source profile that recognised and mapped the table ("Jira export"); absent when the general matcher did. */
  readonly profile?: string;
  /** Why a table of kind null was not read: the kind it came closest to and what it lacked, in one sentence. */
  readonly ignoredReason?: string;
  /**
   * ISO 4217 code of the currency the table's money cells are written in ("GBP" for "£1,200" or a
   * `"£"#,##0` format): the one most of its money cells naming a currency name; absent when none
   * names one, or one names a currency no code names (src/core/ingest/table-currency.ts).
   */
  readonly currency?: string;
  /** Its money cells written in another currency, left unread (value.mixed-currency). */
  readonly foreignAmounts?: readonly ForeignAmount[];
  /**
   * The date a title row above an initiatives table with no update-date column gives its statuses
   * ("Status as at 27/11/2026"): every row's last update (src/core/ingest/status-date-title.ts).
   */
  readonly statusDate?: { readonly day: DayNumber; readonly cell: CellRef; readonly text: string };
}

/** A mapping the user chose, saved with the workbook and reused for the same table key. */
export interface SavedMapping {
  readonly tableKey: string;
  /** Force the kind, or 'ignore' to exclude the table. */
  readonly kind?: TableKind | 'ignore';
  /**
   * field -> header text of the chosen column (robust to columns being moved), or null: the
   * field has no column in this table (undoes a wrong automatic match; the column is then unmapped).
   */
  readonly fields: Partial<Record<AnyField, string | null>>;
  /** Department this table speaks for, as the user named it: wins over their name for its sheet or source. */
  readonly department?: string;
  /**
   * The user's reading of status values in this table's status column: the value as written
   * (matched case-insensitively, spaces folded) -> a stable status. Wins over the vocabulary.
   */
  readonly statusValues?: Readonly<Record<string, Status>>;
}

/** One dependency written in a dependsOn cell, e.g. "FIN-2 FS+5d". */
export interface DependencyLink {
  /** Predecessor id, normalised. */
  readonly id: string;
  /** The predecessor as written when the cell named it by name ("Data platform"); resolved by ingest to an id where one initiative has that name. */
  readonly name?: string;
  /** Set when the name is one several initiatives share: reported once as dependency.ambiguous, not again as unknown. */
  readonly ambiguous?: true;
  readonly type: LinkType;
  /** Lag in working days; negative for a lead. */
  readonly lagDays: number;
  readonly cell: CellRef;
}

/**
 * One consumer a provider's row names in its Provides to cell ("FIN-12", "Payroll upgrade",
 * "FIN-12 (15 Mar 2027)"): the provider's side of a dependency contract (src/core/rules/contracts.ts).
 */
export interface Delivery {
  /** The consumer's id, normalised (resolved by ingest from a name where one initiative has it). */
  readonly id: string;
  /** The consumer as written when the item names it in words; it may also name a department. */
  readonly name?: string;
  /** Set when the name is one several initiatives share: reported once as dependency.ambiguous. */
  readonly ambiguous?: true;
  /** The date the provider promises beside the name. */
  readonly by?: DayNumber;
  readonly cell: CellRef;
}

/** Where a record came from. */
export interface RowRef {
  readonly source: string;
  readonly sheet: string;
  /** DetectedTable.key */
  readonly table: string;
  /** 1-based Excel row number. */
  readonly row: number;
}

/**
 * Where one initiatives table's fields sit: its source, sheet and the sheet column of each
 * mapped field. One object per table, shared by the table's records.
 */
export interface TableColumns {
  readonly source: string;
  readonly sheet: string;
  /** 0-based sheet column of each mapped field. */
  readonly columns: Partial<Record<InitiativeField, number>>;
}

/**
 * The cells of an initiatives row without an object per cell (100,000 rows have over a million):
 * the table's columns, the row, and which fields had a value (or a bad value), one bit per field
 * (FIELD_BIT). Read a field's cell with cellOf (src/core/model/cells.ts).
 */
export interface RowCells {
  readonly table: TableColumns;
  /** 0-based sheet row. */
  readonly row: number;
  /** FIELD_BIT[field] for each field whose cell had a value. */
  readonly filled: number;
  /**
   * Cells of fields whose value came from elsewhere, not the field's own cell: a budget summed from
   * cost lines points at the first line's cell (src/core/ingest/read-cost-lines.ts), a due worked
   * out from Start + Duration at the row's Duration cell (due-from-duration.ts). Wins over `filled`.
   */
  readonly elsewhere?: Partial<Record<InitiativeField, CellRef>>;
}

/** Where in its day a zero-length task falls (InitiativeRecord.milestone). */
export type MilestoneAt = 'start' | 'finish';

/** Where a status not read from its cell's text came from (InitiativeRecord.statusFrom). */
export type StatusFrom = 'fill' | 'percent' | 'history' | 'strike';

/** Each initiative field's bit in RowCells.filled: 1 << its place in INITIATIVE_FIELDS. */
export const FIELD_BIT: Readonly<Record<InitiativeField, number>> = Object.fromEntries(
  INITIATIVE_FIELDS.map((field, k) => [field, 1 << k]),
) as Record<InitiativeField, number>;

/** The cells of an initiative merged from several records, field by field from the record each value came from. */
export interface MergedCells {
  readonly byField: Partial<Record<InitiativeField, CellRef>>;
}

/** Where an initiative's values came from: one row's cells, or (merged from several records) a cell per field. */
export type InitiativeCells = RowCells | MergedCells;

/** One normalised row of an initiatives table. Absent fields are undefined, never guessed. */
export interface InitiativeRecord {
  readonly ref: RowRef;
  readonly id: string;
  readonly name?: string;
  readonly department?: string;
  readonly owner?: string;
  readonly status?: Status;
  /** The status as written, for messages ("Amber/Red"). */
  readonly statusText?: string;
  /**
   * 'fill': the status cell was empty and its red, amber or green fill gave the status (status-fill.ts);
   * 'percent': the table has no status column and its profile reads the status off % complete
   * (SourceProfile.statusFromPercent); 'history': the table has no status column and the row's latest
   * rating under its week or month columns gave it (status-history.ts); 'strike': the row is struck
   * through, so closed whatever its status cell says (struck-rows.ts); absent when read from its text.
   */
  readonly statusFrom?: StatusFrom;
  readonly start?: DayNumber;
  readonly due?: DayNumber;
  /** 'duration': no due was written, and the due is the day a task of `duration` from `start` finishes (ingest/due-from-duration.ts). */
  readonly dueFrom?: 'duration';
  /** The task's length as its Duration cell gives it: working days, or calendar days when `durationElapsed` ("5 edays"). */
  readonly duration?: number;
  readonly durationElapsed?: true;
  /**
   * A zero-length task (Duration "0 days"), and where in its day it falls: 'finish', at the end of
   * its due day, as Project places a milestone after the work it waits on (a due written, however
   * its Start reads); 'start', at the start of its day, as P6 places a start milestone and Project
   * one at the working day's start (a start written and no finish: its due is that day).
   */
  readonly milestone?: MilestoneAt;
  /** A date the work must finish by (a constraint beside the planned due date). */
  readonly deadline?: DayNumber;
  /** When the work really started and finished. */
  readonly actualStart?: DayNumber;
  readonly actualFinish?: DayNumber;
  /** The owner's reported forecast finish beside the baseline due date ("Forecast End", "Revised date", "ETA"). */
  readonly reportedFinish?: DayNumber;
  /** 0..1 */
  readonly percentComplete?: number;
  readonly lastUpdated?: DayNumber;
  readonly dependsOn: readonly DependencyLink[];
  readonly kpis: readonly string[];
  readonly pillar?: string;
  readonly budget?: number;
  readonly forecastCost?: number;
  readonly actualCost?: number;
  readonly benefit?: number;
  /** The consumers this row says it delivers to (its Provides to cell); absent when the cell is empty or unmapped. */
  readonly providesTo?: readonly Delivery[];
  /** The id of the row's parent in its tool's hierarchy (Jira Parent, MS Project outline, Smartsheet indent); src/core/ingest/read-hierarchy.ts. */
  readonly parent?: string;
  /** The cell of each field that had a value (or a bad value): cellOf(record.cells, field). */
  readonly cells: RowCells;
}

/** One row of a dependency register (From = predecessor, To = successor). */
export interface DependencyRecord {
  readonly ref: RowRef;
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  readonly lagDays: number;
  /** Date the successor needs the predecessor delivered by. */
  readonly neededBy?: DayNumber;
  readonly note?: string;
  /** The provider's word on the link as written (Yes, No, a name, ...): read by src/core/rules/contracts.ts. */
  readonly agreed?: string;
  /** Who on the provider's side accepted it. */
  readonly acceptedBy?: string;
  /** The date the provider agreed to deliver by (against neededBy, the consumer's date). */
  readonly agreedDate?: DayNumber;
  readonly cells: Partial<Record<DependencyField, CellRef>>;
  /** Set when the link was read from a tool export's link column rather than a register: that column's header. */
  readonly via?: string;
  /** 'name': an end is written as a task name (Asana's Blocked By, a Successors cell), resolved to the initiative of that name when it is unique. */
  readonly by?: 'name';
  /** Set when an end is a name several initiatives share: reported once as dependency.ambiguous, not again as unknown. */
  readonly ambiguous?: true;
}

export type KpiDirection = 'higher' | 'lower';

export interface KpiRecord {
  readonly ref: RowRef;
  /** KPI id or name as the key initiatives use in their kpi column. */
  readonly kpi: string;
  readonly name?: string;
  readonly target?: number;
  readonly actual?: number;
  /** Higher is better unless stated. */
  readonly direction: KpiDirection;
  /** Its Direction cell holds a value that does not read (value.unparseable): the KPI's words decide, as with no cell. */
  readonly directionUnread?: true;
  /**
   * Target or actual written as a percentage (a cell formatted as %, or "27%" as text): held as
   * a fraction (0.27), so it is a percentage whatever the unit says (model/kpi-reading.ts).
   */
  readonly percentWritten?: { readonly target?: true; readonly actual?: true };
  readonly initiatives: readonly string[];
  readonly owner?: string;
  readonly unit?: string;
  readonly cells: Partial<Record<KpiField, CellRef>>;
}

export interface IngestResult {
  readonly tables: readonly DetectedTable[];
  readonly initiatives: readonly InitiativeRecord[];
  /** Rows of an initiatives table with data but no id (rule id.missing reports them). */
  readonly rowsWithoutId: ReadonlyArray<{ readonly ref: RowRef; readonly cells: readonly CellRef[] }>;
  readonly dependencies: readonly DependencyRecord[];
  readonly kpis: readonly KpiRecord[];
  /** Value-level findings (value.*) and ingest.* notices. */
  readonly findings: readonly Finding[];
  /**
   * The sources read, in input order (RawSource name, origin and sheet names). Optional for
   * backward compatibility; when absent, the model infers each source from its tables.
   */
  readonly sources?: ReadonlyArray<IngestedSource>;
  /** Department leads read from Departments/leads tables of the sources (optional: none when absent). */
  readonly leads?: readonly DepartmentLead[];
  /** Calendars read from the sources' Calendar/Holidays sheets (optional: none when absent). */
  readonly calendars?: readonly SourceCalendar[];
  /** Departments' codes read from department lists (Department | Code): "FIN" is Finance (optional: none when absent). */
  readonly departmentCodes?: readonly DepartmentCode[];
}

/** A department and the code a department list gives it, with the code's cell. */
export interface DepartmentCode {
  readonly department: string;
  readonly code: string;
  readonly cell: CellRef;
}

/** A source as ingest saw it: what Model.sources needs beyond its tables. */
export interface IngestedSource {
  readonly name: string;
  readonly origin: 'workbook' | 'file';
  readonly sheets: readonly string[];
}
