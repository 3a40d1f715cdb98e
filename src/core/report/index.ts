import type { ReportDocument, RunResult } from '../types';
import { isoFromDay } from '../util/days';
import { buildActionsSheet } from './actions-sheet';
import { displayDate } from './cells';
import { buildChangesSheet, compareRuns, describeChanges } from './changes-sheet';
import { buildDecisionsSheet } from './decisions-sheet';
import { buildDependenciesSheet } from './dependencies-sheet';
import { buildDepartmentsSheet } from './departments-sheet';
import { buildFindingsSheet } from './findings-sheet';
import { buildInitiativesSheet } from './initiatives-sheet';
import { buildSnapshotSheet, type Snapshot } from './snapshot';
import type { SourcePaths } from './links';
import { buildSourcesSheet } from './sources-sheet';
import { buildSummarySheet } from './summary';
import { buildTimelineSheet } from './timeline-sheet';
import { buildValueAtRiskSheet } from './value-at-risk-sheet';

export interface ReportOptions {
  /** The previous summary's snapshot: adds the Changes sheet. */
  readonly previous?: Snapshot;
  /** Shown on Summary when given (an ISO timestamp); left out by default so output is deterministic. */
  readonly generatedAt?: string;
  /**
   * How links name each source file, by source name: a path relative to where the summary is
   * saved (the CLI knows both). Without it a link names the file alone, as if beside the summary.
   */
  readonly sourcePaths?: SourcePaths;
}

/** The summary workbook as plain data, in sheet order; both writers render it. */
export function buildReport(result: RunResult, options: ReportOptions = {}): ReportDocument {
  const changes = options.previous
    ? `Since the summary as of ${displayDate(options.previous.asOf)}: ${describeChanges(compareRuns(options.previous, result))}.`
    : undefined;
  return {
    title: 'Throughline summary',
    asOf: isoFromDay(result.options.asOf),
    sheets: [
      buildSummarySheet(result, options.generatedAt, changes, options.sourcePaths),
      ...(options.previous ? [buildChangesSheet(result, options.previous)] : []),
      buildInitiativesSheet(result, options.sourcePaths),
      buildFindingsSheet(result, options.sourcePaths),
      buildDependenciesSheet(result, options.sourcePaths),
      buildTimelineSheet(result),
      buildDepartmentsSheet(result),
      buildValueAtRiskSheet(result),
      buildSourcesSheet(result),
      buildActionsSheet(result, options.sourcePaths),
      buildDecisionsSheet(result),
      buildSnapshotSheet(result),
    ],
  };
}

export { REPORT_SHEETS, REPORT_SHEET_NAMES, isReportSheet, reportBaseName } from './sheet-names';
export { STYLES } from './styles';
export { countCells, materialiseRows, rowsFromArray, sheetRows } from './rows';
export { checkJson, type CheckJson } from './check-json';
export { compareRuns, describeChanges, type ChangeRow, type ChangeKind, type ChangeValue } from './changes-sheet';
export { readSnapshot, snapshotRows, takeSnapshot, SNAPSHOT_MARKER, SNAPSHOT_VERSION, type Snapshot, type SnapshotFinding, type SnapshotInitiative } from './snapshot';
export { headline } from './summary';
export { digests, digestText, type PersonDigest } from './digest';
export { governanceOf, recordedBy, withRecorded } from './governance';
export { readDecisions } from './decisions-sheet';
export type { SourcePaths } from './links';
