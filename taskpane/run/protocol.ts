import type { RunStage } from '../../src/core/pipeline';
import type { Snapshot } from '../../src/core/report';
import type { DayNumber, Decision, FindingHistory, ReportDocument, ReportRow, ReportSheet } from '../../src/core/types';
import type { StoredSettings } from '../../src/port/workbook-port';
import type { FindingItem } from '../app/present/finding-view';
import type { ImpactView } from './impact-view';
import type { InitiativeName, RunView, TableView } from './run-view';
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
  /** Build the report of the last run; as 'xlsx' for a new workbook, as 'document' for the host's writer. */
  | { readonly kind: 'report'; readonly job: number; readonly as: 'document' | 'xlsx'; readonly previous?: Snapshot }
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
  | { readonly kind: 'findings'; readonly job: number; readonly findings: readonly FindingItem[] }
  | { readonly kind: 'initiatives'; readonly job: number; readonly initiatives: readonly InitiativeName[] }
  | { readonly kind: 'run-done'; readonly job: number; readonly view: Omit<RunView, 'findings' | 'initiatives'> | { readonly message: string } }
  | { readonly kind: 'impact-done'; readonly job: number; readonly view: ImpactView }
  | { readonly kind: 'report-sheet'; readonly job: number; readonly sheet: ReportSheetHead }
  | { readonly kind: 'report-rows'; readonly job: number; readonly rows: readonly ReportRow[] }
  | { readonly kind: 'report-done'; readonly job: number; readonly doc: Omit<ReportDocument, 'sheets'>; readonly recorded: Recorded; readonly xlsxBase64?: string };

/** Findings' life and the decisions recorded: what the workbook's settings keep after a report. */
export interface Recorded {
  readonly history: FindingHistory;
  readonly decisions: readonly Decision[];
}
