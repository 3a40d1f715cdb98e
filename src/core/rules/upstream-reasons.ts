import type { CellRef, Initiative, Model } from '../types';
import { isClosed } from './describe';
import { indexesOf } from './indexes';

/** What a status rule found upstream of one initiative: one phrase per predecessor, and where. */
export interface UpstreamReasons {
  /** e.g. "CS-03 (amber)", one per distinct open predecessor the rule cares about. */
  readonly reasons: string[];
  readonly related: string[];
  /** The initiative's status cell first, then each link cell once. */
  readonly cells: CellRef[];
}

/**
 * Walk the direct, open (not done or cancelled) predecessors of the initiative at position v;
 * `why` says what is wrong with one, or undefined to skip it. Shared by the status rules that
 * compare an initiative's reported status with its upstream (green-over-risk, done-with-open-upstream).
 */
export function upstreamReasons(model: Model, v: number, why: (pred: Initiative) => string | undefined): UpstreamReasons {
  const { from, incomingAt } = indexesOf(model);
  const i = model.initiatives[v]!;
  const reasons: string[] = [];
  const related: string[] = [];
  const cells: CellRef[] = [i.cells.status ?? i.home];
  const seen = new Set<string>();
  const seenCells = new Set<string>();
  for (const k of incomingAt[v]!) {
    const pred = from[k];
    if (!pred || isClosed(pred.status) || seen.has(pred.id)) continue;
    seen.add(pred.id);
    const reason = why(pred);
    if (reason === undefined) continue;
    reasons.push(`${pred.id} (${reason})`);
    related.push(pred.id);
    const cell = model.dependencies[k]!.cell;
    const cellKey = `${cell.source}\u0000${cell.sheet}\u0000${cell.address}`;
    if (!seenCells.has(cellKey)) {
      seenCells.add(cellKey);
      cells.push(cell);
    }
  }
  return { reasons, related, cells };
}
