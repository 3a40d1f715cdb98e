import type { RunStage } from '../../src/core/pipeline';
import type { DayNumber, Decision, FindingHistory, ReportDocument, ReportSheet } from '../../src/core/types';
import type { StoredSettings } from '../../src/port/workbook-port';
import type { ActionsPage } from '../app/present/action-view';
import type { InitiativeOptions } from '../app/present/initiative-options';
import type { FindingFilter, FindingsPage } from '../app/present/finding-view';
import type { ImpactView } from './impact-view';
import type { RunView, TableView } from './run-view';
import type { RowPart } from './row-parts';
import type { SettingsBeside } from './recorded-budget';
import type { SnapshotPart } from './snapshot-parts';
import type { SourcePart } from './source-parts';

/** What the taskpane asks the pipeline worker (one message at a time, answered in order). */
export type ToWorker =
  /** A source already read (the open workbook through Office.js), in parts; replaces one of the same name. */
  | { readonly kind: 'source-part'; readonly name: string; readonly part: SourcePart; readonly last: boolean }
  /** A dropped file's bytes (transferred): the worker reads it. */
  | { readonly kind: 'file'; readonly job: number; readonly name: string; readonly bytes: ArrayBuffer }
  | { readonly kind: 'drop-source'; readonly name: string }
  | { readonly kind: 'run'; readonly job: number; readonly settings: StoredSettings; readonly asOf: DayNumber; readonly holidays: readonly DayNumber[] }
  | { readonly kind: 'impact'; readonly job: number; readonly id: string; readonly delay: number }
  /** The Findings step's page of run `runId`'s findings: the filter's first `limit`, and how many it keeps. */
  | { readonly kind: 'findings-page'; readonly job: number; readonly runId: number; readonly filter: FindingFilter; readonly limit: number }
  /** The Actions view's page of run `runId`: the first `limit` actions, per person. */
  | { readonly kind: 'actions-page'; readonly job: number; readonly runId: number; readonly limit: number }
  /** The Impact picker's options of run `runId` for what is typed: the first `limit` that hold it. */
  | { readonly kind: 'initiative-options'; readonly job: number; readonly runId: number; readonly query: string; readonly limit: number }
  /** The workbook's previous report's snapshot, in parts; replaces the one held. */
  | { readonly kind: 'previous-part'; readonly part: SnapshotPart; readonly last: boolean }
  /**
   * Build the report of the last run; as 'xlsx' for a new workbook, as 'document' for the host's
   * writer. `withPrevious`: compare with the workbook's snapshot sent in parts (else with the last
   * report of this session, if any, and the one held is dropped). `settings`: what the workbook's
   * settings hold beside what the report records, which is cut to fit beside them (recorded-budget.ts).
   */
  | { readonly kind: 'report'; readonly job: number; readonly as: 'document' | 'xlsx'; readonly withPrevious: boolean; readonly settings: SettingsBeside }
  /** The report was written: its snapshot is what the next one compares against when the workbook holds none. */
  | { readonly kind: 'report-kept' };

/** A stage of a job as the taskpane names it: the core's run stages, and the reading and report stages around them. */
export type JobStage = 'read-file' | 'detect' | RunStage | 'view' | 'report' | 'report-rows';

export type ReportSheetHead = Omit<ReportSheet, 'rows'> & { readonly rowCount: number; readonly width: number };

/** What the worker answers; every answer names the job it belongs to. */
export type FromWorker =
  | { readonly kind: 'progress'; readonly job: number; readonly stage: JobStage }
  | { readonly kind: 'failed'; readonly job: number; readonly message: string }
  | { readonly kind: 'file-read'; readonly job: number; readonly name: string; readonly sheetCount: number }
  | { readonly kind: 'tables'; readonly job: number; readonly tables: readonly TableView[] | { readonly message: string } }
  /** undefined: the worker holds another run's findings (or none), or a newer page was asked for meanwhile. */
  | { readonly kind: 'findings-page'; readonly job: number; readonly page: FindingsPage | undefined }
  /** undefined: the worker holds another run (or none). */
  | { readonly kind: 'actions-page'; readonly job: number; readonly page: ActionsPage | undefined }
  /** undefined: the worker holds another run (or none), or newer options were asked for meanwhile. */
  | { readonly kind: 'initiative-options'; readonly job: number; readonly options: InitiativeOptions | undefined }
  | { readonly kind: 'run-done'; readonly job: number; readonly view: RunView | { readonly message: string } }
  /** undefined: the run has no initiative of that id. */
  | { readonly kind: 'impact-done'; readonly job: number; readonly view: ImpactView | undefined }
  | { readonly kind: 'report-sheet'; readonly job: number; readonly sheet: ReportSheetHead }
  /** Rows of the sheet last announced, as JSON text (row-parts.ts). */
  | { readonly kind: 'report-rows'; readonly job: number; readonly rows: RowPart }
  /**
   * `xlsx`: the summary file as Excel.createWorkbook takes it, base64 text, in ASCII bytes and
   * transferred (a string would be copied, and base64 made on the main thread was seconds long).
   */
  | { readonly kind: 'report-done'; readonly job: number; readonly doc: Omit<ReportDocument, 'sheets'>; readonly recorded: Recorded; readonly xlsx?: ArrayBuffer };

/** Findings' life and the decisions recorded: what the workbook's settings keep after a report. */
export interface Recorded {
  readonly history: FindingHistory;
  readonly decisions: readonly Decision[];
}
