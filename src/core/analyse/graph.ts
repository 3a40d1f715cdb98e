/**
 * The dependency graph in compact form (CSR adjacency over typed arrays) and its structure:
 * strongly connected components, cycles and a topological order. Everything here is linear in
 * nodes + edges and iterative (no recursion), so 100,000 initiatives do not blow the stack.
 */

export interface GraphLink {
  readonly from: string;
  readonly to: string;
}

export interface DependencyGraph {
  /** Node ids in input order; node i is ids[i]. */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Per input link: its predecessor and successor node, or -1 when the link was dropped (unknown end, self-link). */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  /** Out-edges of node v are outEdges[outStart[v] .. outStart[v + 1]), as link indexes, in input order. */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  /** In-edges of node v are inEdges[inStart[v] .. inStart[v + 1]). */
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
}

/** Build the graph; links naming an unknown id or linking a node to itself are dropped (rules report them). */
export function buildGraph(ids: readonly string[], links: readonly GraphLink[]): DependencyGraph {
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) if (!indexOf.has(ids[i]!)) indexOf.set(ids[i]!, i);
  const m = links.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    from[e] = indexOf.get(links[e]!.from) ?? -1;
    to[e] = indexOf.get(links[e]!.to) ?? -1;
  }
  return buildGraphOnPositions(ids, indexOf, from, to);
}

/**
 * The same graph from links already resolved to node positions (-1 for an unknown end), as a
 * model's index holds them (src/core/model/model-index.ts): no id is looked up here.
 */
export function buildGraphOnPositions(
  ids: readonly string[],
  indexOf: ReadonlyMap<string, number>,
  from: Int32Array,
  to: Int32Array,
): DependencyGraph {
  const n = ids.length;
  const m = from.length;
  const edgeFrom = new Int32Array(m);
  const edgeTo = new Int32Array(m);
  const outCount = new Int32Array(n + 1);
  const inCount = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const u = from[e]!;
    const v = to[e]!;
    const kept = u >= 0 && v >= 0 && u !== v;
    edgeFrom[e] = kept ? u : -1;
    edgeTo[e] = kept ? v : -1;
    if (kept) {
      outCount[u + 1]!++;
      inCount[v + 1]!++;
    }
  }
  for (let i = 0; i < n; i++) {
    outCount[i + 1]! += outCount[i]!;
    inCount[i + 1]! += inCount[i]!;
  }
  const outStart = outCount;
  const inStart = inCount;
  const outEdges = new Int32Array(outStart[n]!);
  const inEdges = new Int32Array(inStart[n]!);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let e = 0; e < m; e++) {
    const u = edgeFrom[e]!;
    if (u < 0) continue;
    const v = edgeTo[e]!;
    outEdges[outFill[u]!++] = e;
    inEdges[inFill[v]!++] = e;
  }
  return { ids, indexOf, edgeFrom, edgeTo, outStart, outEdges, inStart, inEdges };
}

export interface GraphStructure {
  /** Strongly connected component of each node. */
  readonly component: Int32Array;
  /** Number of nodes in each component. */
  readonly componentSize: Int32Array;
  /** 1 for every node of a component with more than one node (every node that lies on a cycle). */
  readonly inCycle: Uint8Array;
  /**
   * Every node, predecessors before successors (a topological order of the components; the
   * members of one cyclic component sit together). Nodes off cycles are in true topological order.
   */
  readonly order: Int32Array;
  /** Position of each node in `order`. */
  readonly position: Int32Array;
  /**
   * One cycle per cyclic component, as ids in loop order: the shortest loop through the
   * component's smallest id (compareIds), starting there. The other members are still inCycle.
   * Sorted by their first id.
   */
  readonly cycles: readonly (readonly string[])[];
}

/** Strongly connected components (iterative Tarjan), cycles and topological order. */
export function analyseStructure(graph: DependencyGraph): GraphStructure {
  const n = graph.ids.length;
  const { outStart, outEdges, edgeTo } = graph;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callStack = new Int32Array(n);
  const edgePos = new Int32Array(n);
  const component = new Int32Array(n);
  // Components in completion order, which is reverse topological order.
  const emitted = new Int32Array(n);
  const componentStarts: number[] = [];
  let emittedCount = 0;
  let sp = 0;
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let csp = 0;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    callStack[csp++] = root;
    edgePos[root] = outStart[root]!;
    while (csp > 0) {
      const v = callStack[csp - 1]!;
      if (edgePos[v]! < outStart[v + 1]!) {
        const w = edgeTo[outEdges[edgePos[v]!]!]!;
        edgePos[v]!++;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          callStack[csp++] = w;
          edgePos[w] = outStart[w]!;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      csp--;
      if (low[v] === index[v]) {
        const id = componentStarts.length;
        componentStarts.push(emittedCount);
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          component[w] = id;
          emitted[emittedCount++] = w;
        } while (w !== v);
      }
      if (csp > 0) {
        const u = callStack[csp - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
    }
  }

  const componentCount = componentStarts.length;
  componentStarts.push(emittedCount);
  const componentSize = new Int32Array(componentCount);
  const inCycle = new Uint8Array(n);
  for (let c = 0; c < componentCount; c++) {
    componentSize[c] = componentStarts[c + 1]! - componentStarts[c]!;
    if (componentSize[c]! > 1) for (let i = componentStarts[c]!; i < componentStarts[c + 1]!; i++) inCycle[emitted[i]!] = 1;
  }
  const order = orderComponents(graph, component, componentStarts, emitted);
  const position = new Int32Array(n);
  for (let k = 0; k < n; k++) position[order[k]!] = k;

  const cycles: string[][] = [];
  const parent = new Int32Array(n).fill(-1);
  for (let c = 0; c < componentCount; c++) {
    const from = componentStarts[c]!;
    const to = componentStarts[c + 1]!;
    if (to - from < 2) continue;
    let start = emitted[from]!;
    for (let i = from + 1; i < to; i++) {
      const v = emitted[i]!;
      if (compareIds(graph.ids[v]!, graph.ids[start]!) < 0) start = v;
    }
    cycles.push(shortestLoopThrough(graph, component, start, parent).map((v) => graph.ids[v]!));
  }
  cycles.sort((a, b) => compareIds(a[0]!, b[0]!));
  return { component, componentSize, inCycle, order, position, cycles };
}

/**
 * Topological order of the components (Kahn's algorithm), taking among the ready components the
 * one holding the earliest node in input order: input order is usually close to time order, which
 * keeps the order stable and readable, and keeps bottleneck bounds tight.
 */
function orderComponents(graph: DependencyGraph, component: Int32Array, componentStarts: readonly number[], emitted: Int32Array): Int32Array {
  const n = graph.ids.length;
  const count = componentStarts.length - 1;
  const { outStart, outEdges, edgeTo } = graph;
  const firstNode = new Int32Array(count).fill(n);
  const indegree = new Int32Array(count);
  for (let v = 0; v < n; v++) {
    const c = component[v]!;
    if (v < firstNode[c]!) firstNode[c] = v;
    for (let p = outStart[v]!; p < outStart[v + 1]!; p++) {
      const d = component[edgeTo[outEdges[p]!]!]!;
      if (d !== c) indegree[d]!++;
    }
  }
  // Ready components by their first node (unique per component, so the heap holds those nodes
  // and component[] leads back to the component).
  const ready = new MinHeap(count);
  for (let c = 0; c < count; c++) if (indegree[c] === 0) ready.push(firstNode[c]!);
  const order = new Int32Array(n);
  let k = 0;
  while (ready.size > 0) {
    const c = component[ready.pop()]!;
    const from = k;
    const members = componentStarts[c + 1]! - componentStarts[c]!;
    // Members in input order (most components are one node: no copy to sort).
    if (members === 1) order[k++] = emitted[componentStarts[c]!]!;
    else for (const v of emitted.slice(componentStarts[c]!, componentStarts[c + 1]!).sort()) order[k++] = v;
    for (let j = from; j < k; j++) {
      const v = order[j]!;
      for (let p = outStart[v]!; p < outStart[v + 1]!; p++) {
        const d = component[edgeTo[outEdges[p]!]!]!;
        if (d !== c && --indegree[d]! === 0) ready.push(firstNode[d]!);
      }
    }
  }
  return order;
}

/** A binary min-heap of distinct non-negative integers, at most `capacity` at a time. */
class MinHeap {
  private readonly items: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
  }

  push(x: number): void {
    const { items } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= x) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = x;
  }

  pop(): number {
    const { items } = this;
    const top = items[0]!;
    const last = items[--this.size]!;
    const size = this.size;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      const child = r < size && items[r]! < items[l]! ? r : l;
      if (items[child]! >= last) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/**
 * Breadth-first search from `start` inside its component until an edge leads back to it: the
 * first such edge closes a shortest loop. Cost is the component's own edges. `parent` is scratch
 * space (all -1 on entry and on exit).
 */
function shortestLoopThrough(graph: DependencyGraph, component: Int32Array, start: number, parent: Int32Array): number[] {
  const { outStart, outEdges, edgeTo } = graph;
  const own = component[start]!;
  const queue: number[] = [start];
  const touched: number[] = [start];
  parent[start] = start;
  let last = -1;
  for (let head = 0; head < queue.length && last < 0; head++) {
    const v = queue[head]!;
    for (let p = outStart[v]!; p < outStart[v + 1]!; p++) {
      const w = edgeTo[outEdges[p]!]!;
      if (w === start) {
        last = v;
        break;
      }
      if (component[w] !== own || parent[w] !== -1) continue;
      parent[w] = v;
      touched.push(w);
      queue.push(w);
    }
  }
  const loop: number[] = [];
  for (let v = last; v !== start; v = parent[v]!) loop.push(v);
  loop.push(start);
  loop.reverse();
  for (const v of touched) parent[v] = -1;
  return loop;
}

/**
 * Natural order for ids: digit runs compare as numbers, so IT-2 sorts before IT-10. Ties of
 * equal value ("IT-02" vs "IT-2") fall back to plain code-unit order, keeping the order total.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ei = i;
      let ej = j;
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++;
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++;
      const da = stripZeros(a.slice(i, ei));
      const db = stripZeros(b.slice(j, ej));
      if (da.length !== db.length) return da.length - db.length;
      if (da !== db) return da < db ? -1 : 1;
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  if (a.length - i !== b.length - j) return a.length - i - (b.length - j);
  return a < b ? -1 : 1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function stripZeros(digits: string): string {
  let k = 0;
  while (k < digits.length - 1 && digits.charCodeAt(k) === 48) k++;
  return digits.slice(k);
}
