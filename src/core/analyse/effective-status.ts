import type { Status } from '../types';
import { isoFromDay } from '../util/days';
import type { InitiativeColumns } from './columns';
import type { InitiativePlan } from './plan';
import { keepsReportedStatus } from './status-sets';

/**
 * Effective status, as DESIGN.md defines it: an initiative is at least amber when anything
 * upstream of it (transitively) is amber, red or forecast late, and red when its own forecast
 * finish passes its due date. Done, cancelled and on-hold initiatives keep their reported status.
 *
 * Risk travels through open initiatives only: a done or cancelled predecessor holds nobody up,
 * so neither it nor anything behind it makes its successors amber. An on-hold predecessor is
 * open: risk behind it still passes through.
 *
 * Severity of a risk: 2 for red or forecast late, 1 for amber. Each initiative at risk from
 * upstream remembers the predecessor the worst risk arrives through (the first such in link
 * order) and the root blocker: following those predecessors upstream while the risk behind
 * a node is at least as severe as the node's own (inside a cycle, until the loop closes).
 * Risk goes all the way round a dependency cycle.
 */
export interface EffectiveStatus {
  readonly status: readonly Status[];
  readonly reason: readonly (string | undefined)[];
  /** 1 when the initiative is at risk because of something upstream. */
  readonly blocked: Uint8Array;
  /** Predecessor the upstream risk arrives through (-1 when not blocked). */
  readonly via: Int32Array;
  /** Root blocker upstream (-1 when not blocked). */
  readonly root: Int32Array;
}

export function computeEffectiveStatus(
  plan: InitiativePlan,
  forecast: { readonly slip: Int32Array; readonly finishDay: (v: number) => number | undefined },
): EffectiveStatus {
  const { graph, structure, columns } = plan;
  const n = columns.ids.length;
  const { inStart, inEdges, edgeFrom } = graph;
  const own = new Uint8Array(n);
  const upstream = new Uint8Array(n);
  const via = new Int32Array(n).fill(-1);
  const root = new Int32Array(n).fill(-1);
  const { closed } = columns;
  for (let v = 0; v < n; v++) {
    if (closed[v] === 1) continue;
    const status = columns.status[v]!;
    own[v] = status === 'red' || forecast.slip[v]! > 0 ? 2 : status === 'amber' ? 1 : 0;
  }
  const { order, inCycle, component, componentSize } = structure;
  const { outStart, outEdges, edgeTo } = graph;
  const severityOf = (u: number): number => Math.max(own[u]!, upstream[u]!);
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    if (inCycle[v] === 1) {
      if (k === 0 || component[order[k - 1]!] !== component[v]) settleCycle(k);
      continue;
    }
    for (let p = inStart[v]!; p < inStart[v + 1]!; p++) {
      const u = edgeFrom[inEdges[p]!]!;
      if (closed[u] === 1 || severityOf(u) <= upstream[v]!) continue;
      upstream[v] = severityOf(u);
      via[v] = u;
    }
  }

  /**
   * Members of a cycle reach each other: take what arrives from outside (already final), then
   * pass risk round the loop until nothing rises. A value only rises (0 -> 1 -> 2), so each member
   * is revisited at most twice: linear in the cycle's links.
   */
  function settleCycle(k: number): void {
    const comp = component[order[k]!]!;
    const pending: number[] = [];
    for (let j = k; j < k + componentSize[comp]!; j++) {
      const v = order[j]!;
      for (let p = inStart[v]!; p < inStart[v + 1]!; p++) {
        const u = edgeFrom[inEdges[p]!]!;
        if (component[u] === comp || closed[u] === 1 || severityOf(u) <= upstream[v]!) continue;
        upstream[v] = severityOf(u);
        via[v] = u;
      }
      if (closed[v] !== 1 && severityOf(v) > 0) pending.push(v);
    }
    while (pending.length > 0) {
      const u = pending.pop()!;
      for (let p = outStart[u]!; p < outStart[u + 1]!; p++) {
        const t = edgeTo[outEdges[p]!]!;
        if (component[t] !== comp || severityOf(u) <= upstream[t]!) continue;
        const before = severityOf(t);
        upstream[t] = severityOf(u);
        via[t] = u;
        if (closed[t] !== 1 && severityOf(t) > before) pending.push(t);
      }
    }
  }

  // Root blockers: follow `via` upstream while the risk behind a node is at least its own.
  const resolved = new Uint8Array(n);
  const onPath = new Uint8Array(n);
  const path = new Int32Array(n); // the walk in progress (one shared buffer, no array per walk)
  const continues = (x: number): boolean => upstream[x]! > 0 && upstream[x]! >= own[x]! && via[x]! >= 0;
  for (let v = 0; v < n; v++) {
    if (via[v]! < 0 || resolved[v] === 1) continue;
    let length = 0;
    path[length++] = v;
    onPath[v] = 1;
    let x = via[v]!;
    let found: number;
    for (;;) {
      if (resolved[x] === 1 && continues(x)) {
        found = root[x]!;
        break;
      }
      if (!continues(x) || onPath[x] === 1) {
        found = x;
        break;
      }
      onPath[x] = 1;
      path[length++] = x;
      x = via[x]!;
    }
    for (let i = 0; i < length; i++) {
      const p = path[i]!;
      root[p] = found;
      resolved[p] = 1;
      onPath[p] = 0;
    }
  }

  const status: Status[] = new Array<Status>(n);
  const sentences = new UpstreamSentences(columns, forecast.slip);
  const reason: (string | undefined)[] = new Array<string | undefined>(n);
  const blocked = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    const reported = columns.status[v]!;
    let effective: Status = reported;
    let why: string | undefined;
    if (!keepsReportedStatus(reported)) {
      if (upstream[v]! > 0) blocked[v] = 1;
      if (forecast.slip[v]! > 0) {
        effective = 'red';
        const due = columns.due[v]!;
        why = lateSentence(forecast.finishDay(v), Number.isNaN(due) ? undefined : due, forecast.slip[v]!);
      } else if (upstream[v]! > 0) {
        effective = reported === 'red' ? 'red' : 'amber';
        why = sentences.sentence(via[v]!, root[v]!);
      }
    }
    status[v] = effective;
    reason[v] = effective === reported ? undefined : why;
  }
  return { status, reason, blocked, via, root };
}

function lateSentence(finish: number | undefined, due: number | undefined, slip: number): string {
  if (finish === undefined || due === undefined) return `Forecast to finish ${workingDays(slip)} late.`;
  return `Forecast finish ${isoDate(finish)} is ${workingDays(slip)} after due ${isoDate(due)}.`;
}

// Portfolios reuse a few hundred distinct dates: format each once.
const ISO_CACHE = new Map<number, string>();
function isoDate(day: number): string {
  let iso = ISO_CACHE.get(day);
  if (iso === undefined) {
    iso = isoFromDay(day);
    if (ISO_CACHE.size < 100_000) ISO_CACHE.set(day, iso);
  }
  return iso;
}

/** "Upstream X is red (via Y).": the part naming the root blocker is made once per blocker (many initiatives share one). */
class UpstreamSentences {
  private readonly byRoot = new Map<number, string>();

  constructor(
    private readonly columns: InitiativeColumns,
    private readonly slip: Int32Array,
  ) {}

  sentence(through: number, rootBlocker: number): string {
    let blocker = this.byRoot.get(rootBlocker);
    if (blocker === undefined) {
      const status = this.columns.status[rootBlocker]!;
      const state =
        status === 'red'
          ? 'is red'
          : this.slip[rootBlocker]! > 0
            ? `is forecast ${workingDays(this.slip[rootBlocker]!)} late`
            : `is ${status}`;
      blocker = `Upstream ${this.columns.ids[rootBlocker]!} ${state}`;
      this.byRoot.set(rootBlocker, blocker);
    }
    return through === rootBlocker ? `${blocker}.` : `${blocker} (via ${this.columns.ids[through]!}).`;
  }
}

function workingDays(n: number): string {
  return n === 1 ? '1 working day' : `${n} working days`;
}

/**
 * Length of the chain from an initiative up to its root blocker, [initiative, predecessor, ...,
 * root], following `via` (the chain is effective.via applied length - 1 times from v).
 */
export function chainLength(effective: EffectiveStatus, v: number): number {
  const target = effective.root[v]!;
  let length = 1;
  let at = v;
  while (at !== target && effective.via[at]! >= 0 && length <= effective.via.length) {
    at = effective.via[at]!;
    length++;
  }
  return length;
}
