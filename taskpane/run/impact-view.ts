import { computeImpact, isClosed } from '../../src/core/analyse';
import type { ImpactResult, RunResult } from '../../src/core/types';
import { impactNeighbourhood } from '../app/present/impact-graph';
import type { GraphNode } from '../components/DependencyGraph';
import { layoutGraph, type GraphEdgeIn, type GraphLayout } from '../app/present/layout-graph';

export interface ImpactGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdgeIn[];
  /** Placed here, in the worker: dagre's layout was most of a long task on the main thread. */
  readonly layout: GraphLayout;
}

/** A successor the delay reaches that does not move: its slack takes the slip. */
export interface AbsorbedSuccessor {
  readonly id: string;
  /** The initiative it waits on that is delayed or moves. */
  readonly after: string;
  /** Working days of total slack, when its dates give one. */
  readonly slackDays?: number;
}

/** What the Impact step shows for one delay, made in the worker from the run it holds. */
export interface ImpactView {
  readonly impact: ImpactResult;
  readonly absorbed: readonly AbsorbedSuccessor[];
  readonly graph: ImpactGraph;
  /** Names of the initiatives the view mentions. */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * Direct successors of the delayed initiative and of everything that moves which do not move
 * themselves (open work only: done and cancelled work takes no slip): the delay is absorbed there.
 */
export function absorbedSuccessors(result: RunResult, impact: ImpactResult): AbsorbedSuccessor[] {
  const moved = new Set([impact.id, ...impact.initiatives.map((i) => i.id)]);
  if (impact.delayDays === 0) return [];
  const out = new Map<string, AbsorbedSuccessor>();
  for (const from of moved) {
    for (const to of result.analysis.byId.get(from)?.downstream ?? []) {
      if (moved.has(to) || out.has(to)) continue;
      const status = result.model.byId.get(to)?.status;
      if (status !== undefined && isClosed(status)) continue;
      const slack = result.analysis.byId.get(to)?.totalSlackDays;
      out.set(to, { id: to, after: from, ...(slack !== undefined ? { slackDays: slack } : {}) });
    }
  }
  return [...out.values()];
}

export function impactView(result: RunResult, id: string, delay: number): ImpactView {
  const impact = computeImpact(result.model, result.analysis, id, delay, result.options);
  const absorbed = absorbedSuccessors(result, impact);
  const near = impactNeighbourhood(result.model, result.analysis, impact, absorbed);
  const graph = { ...near, layout: layoutGraph(near.nodes.map((n) => ({ id: n.id, label: n.caption })), near.edges) };
  const names = new Map<string, string>();
  for (const i of [impact.id, ...impact.initiatives.map((x) => x.id), ...absorbed.map((a) => a.id)]) {
    const name = result.model.byId.get(i)?.name;
    if (name !== undefined) names.set(i, name);
  }
  return { impact, absorbed, graph, names };
}
