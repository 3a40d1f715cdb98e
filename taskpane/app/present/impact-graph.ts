import type { Analysis, ImpactResult, Model } from '../../../src/core/types';
import type { GraphNode } from '../../components/DependencyGraph';
import type { AbsorbedSuccessor } from '../../run/impact-view';
import type { GraphEdgeIn } from './layout-graph';

/** Upper bound on drawn nodes so the graph stays readable in a taskpane. */
export const MAX_GRAPH_NODES = 40;

/**
 * The neighbourhood of a delay: the delayed initiative, its direct upstream (context) and
 * everything that moves, the successors whose slack absorbs it, with the dependencies among them.
 */
export function impactNeighbourhood(
  model: Model,
  analysis: Analysis,
  impact: ImpactResult,
  absorbed: readonly AbsorbedSuccessor[] = [],
): { nodes: GraphNode[]; edges: GraphEdgeIn[] } {
  const moved = new Map(impact.initiatives.map((i) => [i.id, i.slipDays]));
  const slack = new Map(absorbed.map((a) => [a.id, a.slackDays]));
  const upstream = analysis.byId.get(impact.id)?.upstream ?? [];
  const ids = [...new Set([impact.id, ...upstream, ...moved.keys(), ...slack.keys()])].slice(0, MAX_GRAPH_NODES);
  const nodes = ids.map((id): GraphNode => {
    const a = analysis.byId.get(id);
    const reported = model.byId.get(id)?.status;
    return {
      id,
      caption: model.byId.get(id)?.name ?? '',
      role: id === impact.id ? 'delayed' : moved.has(id) ? 'moved' : slack.has(id) ? 'absorbed' : 'context',
      slipDays: moved.get(id),
      slackDays: slack.get(id),
      critical: a?.critical ?? false,
      blocked: a !== undefined && a.effectiveStatus !== reported && (a.effectiveStatus === 'amber' || a.effectiveStatus === 'red'),
    };
  });
  const kept = new Set(ids);
  const edges = model.dependencies.filter((d) => kept.has(d.from) && kept.has(d.to)).map((d) => ({ from: d.from, to: d.to }));
  return { nodes, edges };
}
