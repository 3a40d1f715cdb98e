import type { DetectedTable } from '../types';
import type { Block } from './find-tables';
import { normaliseHeader } from './match/header-evidence';
import { normaliseStatus } from './normalise/status';

/** Headers of a workflow state column (ServiceNow's State, Jira's Status Category, a tool's Stage). */
const LIFECYCLE_HEADERS: ReadonlySet<string> = new Set(['state', 'status', 'workflow state', 'state name', 'status category', 'stage', 'lifecycle', 'project state', 'work item state', 'issue state']);
const SAMPLED = 20;

/**
 * The column (0-based in the block) of a workflow state the matcher left unmapped because a RAG
 * column took the status ("Overall health" beside "State"): a rating says how the work goes, the
 * state whether it is closed. readInitiatives reads a done or cancelled state over the colour, so
 * a closed project is not reported overdue. Undefined when the status column holds no colours or
 * no such column is there.
 */
export function lifecycleColumn(table: DetectedTable, block: Block, rows: readonly number[]): number | undefined {
  const status = table.mapping.find((m) => m.field === 'status');
  if (!status) return undefined;
  const state = table.unmapped.find((u) => LIFECYCLE_HEADERS.has(normaliseHeader(u.header)));
  if (!state) return undefined;
  let colours = 0;
  let given = 0;
  for (const row of rows.slice(0, SAMPLED)) {
    const value = block.grid.value(row, block.range.left + status.column);
    if (typeof value !== 'string' || value.trim() === '') continue;
    given++;
    const s = normaliseStatus(value);
    if (s === 'green' || s === 'amber' || s === 'red') colours++;
  }
  return given > 0 && colours / given >= 0.5 ? state.column : undefined;
}

/** The state's reading when it closes the work (done, cancelled); else undefined and the colour stands. */
export function closedState(value: unknown): 'done' | 'cancelled' | undefined {
  if (typeof value !== 'string') return undefined;
  const s = normaliseStatus(value);
  return s === 'done' || s === 'cancelled' ? s : undefined;
}
