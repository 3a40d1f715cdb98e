import type { DetectedTable, RunResult } from '../../src/core/types';
import type { StatusColumn } from '../../src/core/ingest/status-column';
import { listFindings, type FindingItem, type FindingsPage, type FindingsSummary } from '../app/present/finding-view';
import { listActions, type PersonGroup } from '../app/present/action-view';
import type { PreviewRow } from '../app/present/preview-rows';

/** An initiative as the Impact picker lists it. */
export interface InitiativeName {
  readonly id: string;
  readonly name?: string;
}

/**
 * What the taskpane shows of a run, made in the worker: plain data, a few fields per finding and
 * initiative. The RunResult itself stays in the worker (at 100,000 initiatives its model alone
 * took 7 s to copy), and the views that need more ask the worker (impact, report).
 */
export interface RunView {
  /** The run's job: the Findings step asks the worker for pages of this run's findings (findings-store.ts). */
  readonly runId: number;
  /** Counts of all the run's findings; the findings themselves (active then waived) stay in the worker. */
  readonly findings: FindingsSummary;
  /** The page the Findings step opens on (SHOW_ALL, the first FINDINGS_PAGE), sent with the run. */
  readonly firstPage: FindingsPage;
  /** Open errors and warnings as actions per person, in the Actions sheet's order. */
  readonly actions: readonly PersonGroup[];
  readonly initiatives: readonly InitiativeName[];
  readonly dependencyCount: number;
}

/** A status column as plain data (its reading functions stay in the worker): what the Mapping step shows. */
export type StatusColumnView = Omit<StatusColumn, 'read' | 'scale'> & { readonly scale: Pick<StatusColumn['scale'], 'name'> };

/** A table as the Sources and Mapping steps show it: the detection, its first rows as read, its status column. */
export interface TableView {
  readonly table: DetectedTable;
  readonly preview: readonly PreviewRow[];
  readonly statusColumn?: StatusColumnView;
}

/** The run as the worker sends it, `findings` listed (kept in the worker, summarised for the view). */
export function runView(result: RunResult): Omit<RunView, 'runId' | 'findings' | 'firstPage'> & { readonly findings: FindingItem[]; readonly initiatives: InitiativeName[] } {
  return {
    findings: listFindings(result),
    actions: listActions(result),
    initiatives: result.model.initiatives.map((i) => (i.name ? { id: i.id, name: i.name } : { id: i.id })),
    dependencyCount: result.model.dependencies.length,
  };
}
