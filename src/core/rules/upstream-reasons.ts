import type { CellRef, Initiative, Model } from '../types';
import { isClosed } from './describe';
import { indexesOf } from './indexes';

/** What a status rule found upstream of one initiative: one phrase per predecessor, and where. */
export interface UpstreamReasons {
  /** e.g. "CS-03 (amber)", one per distinct open predecessor the rule cares about. */
  readonly reasons: readonly string[];
  readonly related: readonly string[];
  /** The initiative's status cell first, then each link cell once. */
  readonly cells: readonly CellRef[];
}

/**
 * What is wrong with one open predecessor, or undefined to skip it. `at` is its position in
 * model.initiatives (-1 when it is not in the list), for position-aligned lookups.
 */
export type UpstreamCheck = (pred: Initiative, at: number) => string | undefined;

const NOTHING: UpstreamReasons = { reasons: [], related: [], cells: [] };

/**
 * Walk the direct, open (not done or cancelled) predecessors of the initiative at position v;
 * `why` says what is wrong with one, or undefined to skip it. Shared by the status rules that
 * compare an initiative's reported status with its upstream (green-over-risk, done-with-open-upstream).
 * Returns no reasons (and no cells) when nothing upstream is wrong.
 */
export function upstreamReasons(model: Model, v: number, why: UpstreamCheck): UpstreamReasons {
  const { from, fromAt, incoming, incomingStart } = indexesOf(model);
  const begin = incomingStart[v]!;
  const end = incomingStart[v + 1]!;
  if (begin === end) return NOTHING;
  const i = model.initiatives[v]!;
  const reasons: string[] = [];
  const related: string[] = [];
  const cells: CellRef[] = [i.cells.status ?? i.home];
  const seen = new SmallSet();
  const seenCells = new SmallSet();
  for (let q = begin; q < end; q++) {
    const k = incoming[q]!;
    const pred = from[k];
    if (!pred || isClosed(pred.status) || !seen.add(pred.id)) continue;
    const reason = why(pred, fromAt[k]!);
    if (reason === undefined) continue;
    reasons.push(`${pred.id} (${reason})`);
    related.push(pred.id);
    const cell = model.dependencies[k]!.cell;
    if (seenCells.add(`${cell.source}\u0000${cell.sheet}\u0000${cell.address}`)) cells.push(cell);
  }
  return reasons.length === 0 ? NOTHING : { reasons, related, cells };
}

/**
 * A set of strings that stays a short array while small (an initiative has a few predecessors,
 * and a Set costs more to make than a scan of them) and becomes a Set past that (a hub's many).
 */
class SmallSet {
  private items: string[] = [];
  private set: Set<string> | undefined;

  /** Add s; false when it was already there. */
  add(s: string): boolean {
    if (this.set) {
      if (this.set.has(s)) return false;
      this.set.add(s);
      return true;
    }
    if (this.items.includes(s)) return false;
    this.items.push(s);
    if (this.items.length > 16) this.set = new Set(this.items);
    return true;
  }
}
