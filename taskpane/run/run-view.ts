import type { DetectedTable, RunResult } from '../../src/core/types';
import type { StatusColumn } from '../../src/core/ingest/status-column';
import { listFindings, type FindingsPage, type FindingsSummary } from '../app/present/finding-view';
import { listActions, type ActionsPage, type ActionsSummary } from '../app/present/action-view';
import type { InitiativeName, InitiativeOptions } from '../app/present/initiative-options';
import type { PreviewRow } from '../app/present/preview-rows';
import type { HeldView } from './view-store';

export type { InitiativeName } from '../app/present/initiative-options';

/**
 * What the taskpane shows of a run, made in the worker: counts and the first page of each list,
 * ready to render. The RunResult stays in the worker (at 100,000 initiatives its model alone took
 * 7 s to copy), and so do the findings, actions and initiatives (view-store.ts): the steps ask
 * for the next page, a search, the impact or the report.
 */
export interface RunView {
  /** The run's job: the steps ask the worker for pages of this run's lists (view-store.ts). */
  readonly runId: number;
  /** Counts of all the run's findings; the findings themselves (active then waived) stay in the worker. */
  readonly findings: FindingsSummary;
  /** The page the Findings step opens on (SHOW_ALL, the first FINDINGS_PAGE), sent with the run. */
  readonly firstPage: FindingsPage;
  /** How many open errors and warnings are actions, for how many people. */
  readonly actions: ActionsSummary;
  /** The first ACTIONS_PAGE actions per person, in the Actions sheet's order. */
  readonly firstActions: ActionsPage;
  readonly initiativeCount: number;
  /** What the Impact picker lists before anything is typed (the first INITIATIVE_OPTIONS). */
  readonly firstOptions: InitiativeOptions;
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

/** The run's lists, for the worker to hold (view-store.ts) and page. */
export function heldView(result: RunResult): HeldView {
  return {
    findings: listFindings(result),
    actions: listActions(result),
    initiatives: result.model.initiatives.map((i): InitiativeName => (i.name ? { id: i.id, name: i.name } : { id: i.id })),
  };
}
