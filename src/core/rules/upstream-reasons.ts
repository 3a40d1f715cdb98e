import { cellOf } from '../model';
import type { CellRef, Initiative, Model } from '../types';
import { isClosed } from './describe';
import { indexesOf, type ModelIndexes } from './indexes';

/** What a status rule found upstream of one initiative: one phrase per predecessor, and where. */
export interface UpstreamReasons {
  /** e.g. "CS-03 (amber)", one per distinct open predecessor the rule cares about. */
  readonly reasons: string[];
  readonly related: string[];
  /** The initiative's status cell first, then each link cell once. */
  readonly cells: CellRef[];
}

/**
 * What is wrong with one open predecessor, or undefined to skip it. `at` is its position in
 * model.initiatives (-1 when it is not in the list), for position-aligned lookups.
 */
export type UpstreamCheck = (pred: Initiative, at: number) => string | undefined;

/** Past this many links into one initiative, repeats are found with sets instead of scans. */
const SCAN_LIMIT = 16;

/**
 * Walk the direct, open (not done or cancelled) predecessors of the initiative at position v;
 * `why` says what is wrong with one, or undefined to skip it. Shared by the status rules that
 * compare an initiative's reported status with its upstream (green-over-risk, done-with-open-upstream).
 * Undefined when nothing upstream is wrong (most initiatives: nothing is allocated for them).
 */
export function upstreamReasons(model: Model, v: number, why: UpstreamCheck): UpstreamReasons | undefined {
  const ix = indexesOf(model);
  const begin = ix.incomingStart[v]!;
  const end = ix.incomingStart[v + 1]!;
  // An initiative has a few links: a repeated predecessor or cell is found by scanning the
  // earlier ones. A hub's many links use sets instead, so the walk stays linear.
  const seen = end - begin > SCAN_LIMIT ? new Set<string>() : undefined;
  const seenCells = seen ? new Set<string>() : undefined;
  let found: UpstreamReasons | undefined;
  for (let q = begin; q < end; q++) {
    const pred = openPredecessor(model, ix, q);
    if (pred === undefined) continue;
    if (seen) {
      if (seen.has(pred.id)) continue;
      seen.add(pred.id);
    } else if (seenEarlier(model, ix, begin, q, pred)) continue;
    const k = ix.incoming[q]!;
    const reason = why(pred, ix.fromAt[k]!);
    if (reason === undefined) continue;
    if (!found) {
      const i = model.initiatives[v]!;
      found = { reasons: [], related: [], cells: [cellOf(i.cells, 'status') ?? i.home] };
    }
    found.reasons.push(`${pred.id} (${reason})`);
    found.related.push(pred.id);
    const cell = model.dependencies[k]!.cell;
    if (seenCells) {
      const key = `${cell.source}\u0000${cell.sheet}\u0000${cell.address}`;
      if (seenCells.has(key)) continue;
      seenCells.add(key);
    } else if (hasCell(found.cells, cell)) continue;
    found.cells.push(cell);
  }
  return found;
}

/**
 * The predecessor of incoming link q when it is open (neither done nor cancelled), else undefined.
 * Most are told from the per-position statuses alone, without visiting the link or the initiative.
 */
function openPredecessor(model: Model, ix: ModelIndexes, q: number): Initiative | undefined {
  const k = ix.incoming[q]!;
  const at = ix.fromAt[k]!;
  if (at >= 0) return isClosed(ix.statusAt[at]!) ? undefined : model.initiatives[at];
  const pred = model.byId.get(model.dependencies[k]!.from);
  return pred === undefined || isClosed(pred.status) ? undefined : pred;
}

/**
 * Whether an earlier incoming link (begin up to q) comes from the same open predecessor. Told by
 * position where ids have one, so a predecessor is not visited (its id read) just to skip it.
 */
function seenEarlier(model: Model, ix: ModelIndexes, begin: number, q: number, pred: Initiative): boolean {
  const at = ix.fromAt[ix.incoming[q]!]!;
  for (let p = begin; p < q; p++) {
    // One id, one position (byIdInOrder): the same position is the same open predecessor.
    if (ix.byIdInOrder && at >= 0) {
      if (ix.fromAt[ix.incoming[p]!] === at) return true;
    } else if (openPredecessor(model, ix, p)?.id === pred.id) return true;
  }
  return false;
}

/** Whether a link cell (after the status cell, cells[0]) names the same place. */
function hasCell(cells: readonly CellRef[], cell: CellRef): boolean {
  for (let c = 1; c < cells.length; c++) {
    const other = cells[c]!;
    if (other === cell || (other.address === cell.address && other.sheet === cell.sheet && other.source === cell.source)) return true;
  }
  return false;
}
