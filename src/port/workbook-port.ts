import type { CellRef, DateOrder, Decision, FindingHistory, RawSource, SavedMapping, Waiver } from '../core/types';
import type { ReportDocument } from '../core/types/report';

/**
 * What the taskpane needs from a workbook host. src/office implements it over Office.js;
 * src/port/memory-workbook-port.ts implements it in memory for browser tests and demos.
 * Implementations hold no domain logic.
 */
export interface WorkbookPort {
  /** Host facts for the UI (e.g. "Excel on the web", requirement sets met). */
  describe(): Promise<HostInfo>;
  /**
   * Every sheet of the open workbook (used ranges, Excel tables, number formats), as one source.
   * Report sheets written by Throughline are left out. The sync count does not grow with rows.
   */
  readWorkbook(): Promise<RawSource>;
  /** Write report sheets into the open workbook, replacing Throughline's previous ones. */
  writeReport(doc: ReportDocument): Promise<WriteSummary>;
  /** Open the summary as a new workbook from the xlsx writer's bytes (base64). */
  openAsNewWorkbook(xlsxBase64: string): Promise<void>;
  /** Activate a sheet and select a cell (go to a finding). */
  selectCell(ref: CellRef): Promise<void>;
  /** Activate a report sheet (e.g. Summary after a run). */
  activateSheet(name: string): Promise<void>;
  /** Settings saved with the workbook; undefined when none were saved yet. */
  loadSettings(): Promise<StoredSettings | undefined>;
  saveSettings(settings: StoredSettings): Promise<void>;
}

export interface HostInfo {
  /** "Excel", "in-memory", ... */
  readonly host: string;
  readonly platform?: string;
  /** Missing requirement sets: when non-empty the UI explains and offers what still works. */
  readonly missingRequirements: readonly string[];
  /** Name of the open workbook, used as the source name in findings. */
  readonly workbookName: string;
}

export interface WriteSummary {
  readonly sheetsWritten: readonly string[];
  /** context.sync round trips used (reported in the UI's debug line and asserted in tests). */
  readonly syncs: number;
}

/** Everything Throughline keeps in the workbook between runs (versioned for migrations). */
export interface StoredSettings {
  readonly version: 1;
  readonly mappings: readonly SavedMapping[];
  readonly waivers: readonly Waiver[];
  readonly cadenceDays?: number;
  /** How ambiguous text dates (03/04/2026) are read: RunOptions.dateOrder. Absent: day first. */
  readonly dateOrder?: DateOrder;
  /** The month (1-12) fiscal years start in: RunOptions.fiscalYearStart. Absent: January, or April for a split year "2026/27". */
  readonly fiscalYearStart?: number;
  /** Department by source name (FILE) as the user named it; a table's own is in its saved mapping. */
  readonly sourceDepartments: Readonly<Record<string, string>>;
  /** Table keys the user excluded. */
  readonly excludedTables: readonly string[];
  /** Where the last report went. */
  readonly reportTarget?: 'sheets' | 'new-workbook';
  /** Days off the Report step was given: a sheet or Excel table of the workbook, and dates pasted. */
  readonly holidays?: HolidaySettings;
  /** Findings' life as of the last report (RunOptions.history): a report opened as a new workbook leaves no snapshot here. */
  readonly history?: FindingHistory;
  /** Decisions on trade-offs read back from the last report (RunOptions.decisions). */
  readonly decisions?: readonly Decision[];
}

export interface HolidaySettings {
  /** A sheet of the workbook, or an Excel table of it, whose first date column lists days off. */
  readonly sheet?: string;
  readonly table?: string;
  /** Dates pasted or typed, one a line ("2026-04-03 Good Friday", or cells pasted from Excel). */
  readonly pasted?: string;
}
