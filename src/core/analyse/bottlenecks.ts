import type { Bottleneck, Model } from '../types';
import { compareIds } from './graph';
import type { InitiativePlan } from './plan';

/** How many bottlenecks an analysis lists (the most blocking first). */
export const BOTTLENECK_LIMIT = 10;

/**
 * At most this many passes over the graph (32 candidates each, 4,096 in all), so a pathological
 * graph stays linear; the ranking is then the best found so far. Realistic portfolios need a
 * few; the 100,000-initiative benchmark needs 55 (its long overlapping chains make the cheap
 * bounds loose), and test/core/analyse/bottlenecks-exact.test.ts needs 20+.
 */
const PASS_BUDGET = 128;

interface Ranked {
  readonly v: number;
  readonly work: number;
  readonly departments: number;
}

/**
 * The initiatives that hold up the most: ranked by working days of downstream work (planned
 * durations of everything transitively downstream), then by the number of other departments
 * waiting, then by id. Only open initiatives (not done or cancelled) with open work downstream
 * are listed, at most `limit`. Done and cancelled initiatives block nothing and wait for
 * nothing: the walk downstream does not enter them.
 *
 * Exact downstream sets cost a pass over the graph per 32 initiatives (bit masks pushed forward in
 * topological order), so not every initiative is evaluated: candidates are taken
 * best-bound-first from a heap, where the bound on downstream work is the smaller of
 * (a) the sum over successors of their work plus their bound (counts shared descendants more
 * than once) and (b) the work of every initiative with an open predecessor at or after this one
 * in topological order; the bound on departments
 * is the smaller of the department count and a bound on the downstream count. Evaluation stops
 * as soon as the next candidate's bound cannot beat the limit-th exact result, so a portfolio of
 * 100,000 initiatives is ranked in a few passes (see PASS_BUDGET). downstreamIds are listed in
 * topological order (the order the delay would cascade).
 */
export function rankBottlenecks(model: Model, plan: InitiativePlan, limit: number = BOTTLENECK_LIMIT): Bottleneck[] {
  const { columns } = plan;
  const { graph, structure } = plan;
  const { outStart, outEdges, edgeTo } = graph;
  const { order, component } = structure;
  const n = model.initiatives.length;
  if (n === 0 || limit <= 0) return [];

  // Department indexes are the columns' (first appearance); the bound on departments waiting
  // counts only departments that own open work.
  const work = new Float64Array(n);
  const open = new Uint8Array(n);
  const deptOf = columns.department;
  const deptNames = columns.departments;
  const hasOpenWork = new Uint8Array(deptNames.length);
  let openDepartments = 0;
  for (let v = 0; v < n; v++) {
    if (columns.closed[v] === 1) continue;
    open[v] = 1;
    if (plan.dated[v] === 1) work[v] = plan.duration[v]!;
    const d = deptOf[v]!;
    if (d >= 0 && hasOpenWork[d] === 0) {
      hasOpenWork[d] = 1;
      openDepartments++;
    }
  }

  // Bound (b): an open node t can only be downstream of v when one of its open predecessors sits
  // at or after v in topological order; so sum each t's work at the position of its last open
  // predecessor, and add up from v's position on.
  const { inStart, inEdges, edgeFrom } = graph;
  const { position } = structure;
  const suffixWork = new Float64Array(n + 1);
  const suffixCount = new Float64Array(n + 1);
  for (let t = 0; t < n; t++) {
    if (open[t] !== 1) continue;
    let last = -1;
    for (let p = inStart[t]!; p < inStart[t + 1]!; p++) {
      const u = edgeFrom[inEdges[p]!]!;
      if (open[u] === 1 && position[u]! > last) last = position[u]!;
    }
    if (last < 0) continue;
    suffixWork[last] = suffixWork[last]! + work[t]!;
    suffixCount[last] = suffixCount[last]! + 1;
  }
  for (let k = n - 1; k >= 0; k--) {
    suffixWork[k] = suffixWork[k]! + suffixWork[k + 1]!;
    suffixCount[k] = suffixCount[k]! + suffixCount[k + 1]!;
  }
  const componentFirst = new Int32Array(structure.componentSize.length).fill(n);
  for (let k = 0; k < n; k++) {
    const c = component[order[k]!]!;
    if (k < componentFirst[c]!) componentFirst[c] = k;
  }
  const workBound = new Float64Array(n);
  const countBound = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    const cyclic = structure.inCycle[v] === 1;
    let w = 0;
    let c = 0;
    for (let p = outStart[v]!; p < outStart[v + 1]!; p++) {
      const t = edgeTo[outEdges[p]!]!;
      if (open[t] !== 1) continue;
      w += work[t]! + workBound[t]!;
      c += 1 + countBound[t]!;
    }
    const first = componentFirst[component[v]!]!;
    const after = cyclic ? Infinity : 0; // a cycle can reach its own members: only the suffix bound holds
    workBound[v] = Math.min(Math.max(w, after), suffixWork[first]!);
    countBound[v] = Math.min(Math.max(c, after), suffixCount[first]!);
  }

  const candidates: number[] = [];
  for (let v = 0; v < n; v++) {
    if (open[v] !== 1) continue;
    for (let p = outStart[v]!; p < outStart[v + 1]!; p++) {
      if (open[edgeTo[outEdges[p]!]!] === 1) {
        candidates.push(v);
        break;
      }
    }
  }
  const deptBound = (v: number): number => Math.min(countBound[v]!, openDepartments - (deptOf[v]! >= 0 ? 1 : 0));
  const departmentBound = new Float64Array(n);
  for (const v of candidates) departmentBound[v] = deptBound(v);
  const heap = new CandidateHeap(candidates, workBound, departmentBound, model);

  // Exact downstream sets, 32 candidates per pass: each node carries a 32-bit mask of the
  // candidates it is downstream of, pushed forward in topological order (sequential, cheap).
  const mask = new Int32Array(n);
  const ownBit = new Int32Array(n);
  const deptMask = new Int32Array(deptNames.length);
  const { inCycle, componentSize } = structure;
  // 1 at the position (in `order`) of each cyclic component's first member: the passes read this
  // in sequence instead of looking up two nodes' cycle flags and components at every position.
  const cycleStart = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    if (inCycle[v] === 1 && (k === 0 || component[order[k - 1]!] !== component[v])) cycleStart[k] = 1;
  }
  // Nodes not yet visited by the current pass whose mask is set: at 0 nothing further down the
  // order carries a bit, and the pass stops early (a mask set behind the pass, inside a cycle,
  // is never taken off again, so the count cannot reach 0 too soon).
  let ahead = 0;
  const pass = (chunk: readonly number[], collect?: number[][]): { work: Float64Array; departments: Int32Array } => {
    mask.fill(0);
    deptMask.fill(0);
    chunk.forEach((c, i) => {
      mask[c] = mask[c]! | (1 << i);
      ownBit[c] = 1 << i;
    });
    ahead = chunk.length;
    const sums = new Float64Array(chunk.length);
    // Far downstream, most nodes wait on every candidate of the chunk: their work is added up
    // once and shared out at the end, not bit by bit (the bit loop would dominate the pass).
    const everyBit = chunk.length === 32 ? -1 : (1 << chunk.length) - 1;
    let everyBitWork = 0;
    // Nothing before the first candidate's component (in topological order) carries a bit.
    let from = n;
    for (const c of chunk) from = Math.min(from, componentFirst[component[c]!]!);
    for (let k = from; k < n && ahead > 0; k++) {
      if (cycleStart[k] === 1) closeComponent(k);
      const v = order[k]!;
      const bits = mask[v]!;
      if (bits === 0) continue;
      ahead--;
      if (open[v] !== 1) continue;
      for (let p = outStart[v]!; p < outStart[v + 1]!; p++) {
        const t = edgeTo[outEdges[p]!]!;
        if (open[t] !== 1) continue;
        const before = mask[t]!;
        if (before === 0) ahead++;
        mask[t] = before | bits;
      }
      const downstreamOf = bits & ~ownBit[v]!;
      if (downstreamOf === 0) continue;
      if (deptOf[v]! >= 0) deptMask[deptOf[v]!] = deptMask[deptOf[v]!]! | downstreamOf;
      const w = work[v]!;
      if (collect === undefined) {
        if (w === 0) continue;
        if (downstreamOf === everyBit) {
          everyBitWork += w;
          continue;
        }
      }
      for (let b = downstreamOf; b !== 0; b &= b - 1) {
        const i = 31 - Math.clz32(b & -b);
        sums[i] = sums[i]! + w;
        collect?.[i]!.push(v);
      }
    }
    if (everyBitWork !== 0) for (let i = 0; i < chunk.length; i++) sums[i] = sums[i]! + everyBitWork;
    const departments = new Int32Array(chunk.length);
    chunk.forEach((c, i) => {
      ownBit[c] = 0;
      for (let d = 0; d < deptNames.length; d++) if (d !== deptOf[c] && (deptMask[d]! & (1 << i)) !== 0) departments[i]!++;
    });
    return { work: sums, departments };
  };

  /**
   * At the first member of a cycle every external predecessor is done: spread masks inside the
   * component along its open links until nothing changes (each mask gains at most 32 bits, so
   * this is linear in the component's links). Closed members break the loop and are not entered.
   */
  function closeComponent(k: number): void {
    const own = component[order[k]!]!;
    const pending: number[] = [];
    for (let j = k; j < k + componentSize[own]!; j++) if (open[order[j]!] === 1 && mask[order[j]!] !== 0) pending.push(order[j]!);
    while (pending.length > 0) {
      const u = pending.pop()!;
      for (let p = outStart[u]!; p < outStart[u + 1]!; p++) {
        const t = edgeTo[outEdges[p]!]!;
        if (open[t] !== 1 || component[t] !== own) continue;
        const next = mask[t]! | mask[u]!;
        if (next === mask[t]) continue;
        if (mask[t] === 0) ahead++;
        mask[t] = next;
        pending.push(t);
      }
    }
  }

  const top: Ranked[] = [];
  for (let passes = 0; heap.size > 0 && passes < PASS_BUDGET; passes++) {
    const chunk: number[] = [];
    while (chunk.length < 32 && heap.size > 0) {
      const v = heap.peek();
      if (top.length >= limit && !boundCanBeat(v, top[top.length - 1]!)) break;
      chunk.push(heap.pop());
    }
    if (chunk.length === 0) break;
    const exact = pass(chunk);
    chunk.forEach((v, i) => {
      const ranked: Ranked = { v, work: exact.work[i]!, departments: exact.departments[i]! };
      let at = top.length;
      while (at > 0 && ranksBefore(ranked, top[at - 1]!)) at--;
      if (at >= limit) return;
      top.splice(at, 0, ranked);
      if (top.length > limit) top.pop();
    });
  }
  if (top.length === 0) return [];

  // One more pass over the winners to list what waits on them, in topological order.
  const winners = top.map((r) => r.v);
  const lists: number[][] = winners.map(() => []);
  pass(winners, lists);
  return top.map((r, i) => {
    const waiting = new Set<string>();
    for (const t of lists[i]!) if (deptOf[t]! >= 0 && deptOf[t] !== deptOf[r.v]) waiting.add(deptNames[deptOf[t]!]!);
    return {
      id: model.initiatives[r.v]!.id,
      downstreamIds: lists[i]!.map((t) => model.initiatives[t]!.id),
      departmentsWaiting: [...waiting].sort(compareIds),
      downstreamWorkDays: r.work,
    };
  });

  function ranksBefore(a: Ranked, b: Ranked): boolean {
    if (a.work !== b.work) return a.work > b.work;
    if (a.departments !== b.departments) return a.departments > b.departments;
    return compareIds(model.initiatives[a.v]!.id, model.initiatives[b.v]!.id) < 0;
  }

  function boundCanBeat(v: number, last: Ranked): boolean {
    return ranksBefore({ v, work: workBound[v]!, departments: deptBound(v) }, last);
  }
}

/**
 * A binary max-heap of candidates: larger work bound first, then larger department bound, then
 * the smaller id. The bounds are read from typed arrays (ids are compared only on a tie).
 */
class CandidateHeap {
  private readonly items: number[];
  constructor(
    items: number[],
    private readonly work: Float64Array,
    private readonly departments: Float64Array,
    private readonly model: Model,
  ) {
    this.items = items;
    for (let i = (items.length >> 1) - 1; i >= 0; i--) this.down(i);
  }
  get size(): number {
    return this.items.length;
  }
  peek(): number {
    return this.items[0]!;
  }
  pop(): number {
    const top = this.items[0]!;
    const last = this.items.pop()!;
    if (this.items.length > 0) {
      this.items[0] = last;
      this.down(0);
    }
    return top;
  }
  private better(a: number, b: number): boolean {
    const { work, departments } = this;
    if (work[a] !== work[b]) return work[a]! > work[b]!;
    if (departments[a] !== departments[b]) return departments[a]! > departments[b]!;
    return compareIds(this.model.initiatives[a]!.id, this.model.initiatives[b]!.id) < 0;
  }
  private down(i: number): void {
    const { items } = this;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < items.length && this.better(items[l]!, items[best]!)) best = l;
      if (r < items.length && this.better(items[r]!, items[best]!)) best = r;
      if (best === i) return;
      const swap = items[i]!;
      items[i] = items[best]!;
      items[best] = swap;
      i = best;
    }
  }
}
