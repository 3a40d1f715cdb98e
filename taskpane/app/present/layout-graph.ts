import { Graph, layout } from '@dagrejs/dagre';

export interface GraphNodeIn {
  readonly id: string;
  readonly label: string;
}

export interface GraphEdgeIn {
  readonly from: string;
  readonly to: string;
}

export interface PlacedNode extends GraphNodeIn {
  /** Centre of the node box. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedEdge extends GraphEdgeIn {
  readonly points: ReadonlyArray<{ readonly x: number; readonly y: number }>;
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

export const NODE_WIDTH = 132;
export const NODE_HEIGHT = 40;

/** Top-to-bottom layered layout (dagre) of a small dependency neighbourhood. */
export function layoutGraph(nodes: readonly GraphNodeIn[], edges: readonly GraphEdgeIn[]): GraphLayout {
  const g = new Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 14, ranksep: 30, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const ids = new Set(nodes.map((n) => n.id));
  const kept = edges.filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to);
  for (const e of kept) g.setEdge(e.from, e.to);
  layout(g);
  const placed = nodes.map((n) => {
    const p = g.node(n.id);
    return { ...n, x: p?.x ?? 0, y: p?.y ?? 0, width: NODE_WIDTH, height: NODE_HEIGHT };
  });
  const placedEdges = kept.map((e) => ({ ...e, points: (g.edge(e.from, e.to)?.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })) }));
  const label = g.graph();
  return { width: label.width ?? 0, height: label.height ?? 0, nodes: placed, edges: placedEdges };
}
