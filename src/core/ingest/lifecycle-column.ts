import type { DetectedTable, Status } from '../types';
import type { Block } from './find-tables';
import { normaliseHeader } from './match/header-evidence';
import { normaliseStatus, statusScaleOf } from './normalise/status';
import { ragOfFill } from './normalise/fill-colour';

/** Headers of a workflow state column (ServiceNow's State, Jira's Status Category, a tool's Stage). */
const LIFECYCLE_HEADERS: ReadonlySet<string> = new Set(['state', 'status', 'workflow state', 'state name', 'status category', 'stage', 'phase', 'current stage', 'current phase', 'project stage', 'project phase', 'lifecycle', 'lifecycle stage', 'project state', 'work item state', 'issue state']);

/** Whether a header names a workflow state column that can be read beside a rating. */
export function isLifecycleHeader(header: string): boolean {
  return LIFECYCLE_HEADERS.has(normaliseHeader(header));
}
const SAMPLED = 20;

/**
 * The column (0-based in the block) of a workflow state the matcher left unmapped because a RAG
 * column took the status ("Overall health" beside "State"): a rating says how the work goes, the
 * state whether it is closed, paused or blocked. readInitiatives reads such a state over the colour
 * (stateOverRating), so a closed project is not reported overdue. Undefined when the status column
 * holds no colours (on its own scale: a confidence column's High is green) or no such column is there.
 */
export function lifecycleColumn(table: DetectedTable, block: Block, rows: readonly number[]): number | undefined {
  const status = table.mapping.find((m) => m.field === 'status');
  if (!status) return undefined;
  const state = table.unmapped.find((u) => LIFECYCLE_HEADERS.has(normaliseHeader(u.header)));
  if (!state) return undefined;
  const texts: string[] = [];
  const { grid } = block;
  const col = block.range.left + status.column;
  const fills = grid.sheet.fills;
  // A rating kept as colour alone: its empty cells filled red, amber or green.
  let filledColours = 0;
  for (const row of rows.slice(0, SAMPLED)) {
    const value = grid.value(row, col);
    if (typeof value === 'string' && value.trim() !== '') texts.push(value);
    else if (value === null || value === '') {
      const fill = fills?.[row - grid.sheet.origin.row]?.[col - grid.sheet.origin.col];
      if (fill !== undefined && ragOfFill(fill) !== undefined) filledColours++;
    }
  }
  // On the rating's own scale: a confidence column's High / Medium / Low are colours.
  const scale = statusScaleOf(texts, status.header);
  const given = texts.length + filledColours;
  let colours = filledColours;
  for (const text of texts) {
    const s = scale.read(text);
    if (s === 'green' || s === 'amber' || s === 'red') colours++;
  }
  return given > 0 && colours / given >= 0.5 ? state.column : undefined;
}

/**
 * The state's reading when it says more than the rating: closed (done, cancelled), paused (on
 * hold), or blocked, which is red whatever the rating says ("Blocked" beside "Confidence: High").
 * Else undefined, and the colour stands. A row with no rating reads its state, whatever it is.
 */
export function stateOverRating(value: unknown, rated: Status | undefined): Status | undefined {
  if (typeof value !== 'string') return undefined;
  const s = normaliseStatus(value);
  // No rating on the row (an uncoloured cell): the state is all there is to read.
  if (rated === undefined) return s;
  if (s === 'done' || s === 'cancelled' || s === 'on-hold') return s;
  return s === 'red' && (rated === 'green' || rated === 'amber') ? 'red' : undefined;
}
