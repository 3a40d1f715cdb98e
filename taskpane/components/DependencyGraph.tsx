import { makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import { layoutGraph, type GraphEdgeIn } from '../app/present/layout-graph';

export interface GraphNode {
  readonly id: string;
  /** Short text under the id (a name, truncated). */
  readonly caption: string;
  readonly role: 'delayed' | 'moved' | 'context';
  /** Working days it moves, for moved nodes. */
  readonly slipDays?: number;
  readonly critical: boolean;
  readonly blocked: boolean;
}

const useStyles = makeStyles({
  scroll: { overflow: 'auto', maxHeight: '420px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  legend: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    flexWrap: 'wrap',
    fontSize: tokens.fontSizeBase200,
    listStyleType: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
  key: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describeNode(n: GraphNode): string {
  const parts = [n.id, n.caption];
  if (n.role === 'delayed') parts.push('delayed');
  if (n.role === 'moved') parts.push(`moves ${n.slipDays ?? 0} working days`);
  if (n.critical) parts.push('on the critical path');
  if (n.blocked) parts.push('held back upstream');
  return parts.filter(Boolean).join(', ');
}

/** A small key square drawn like the nodes it explains. */
function Swatch({ fill, stroke, strokeWidth = 1, dashed = false }: { fill: string; stroke?: string; strokeWidth?: number; dashed?: boolean }) {
  return (
    <svg width={16} height={12} aria-hidden="true">
      <rect x={1} y={1} width={14} height={10} rx={2} fill={fill} stroke={stroke ?? tokens.colorNeutralStroke1} strokeWidth={strokeWidth} strokeDasharray={dashed ? '3 2' : undefined} />
    </svg>
  );
}

interface DependencyGraphProps {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdgeIn[];
  readonly title: string;
}

/** The neighbourhood of a delay as an SVG graph (dagre layout); critical and blocked items marked. */
export function DependencyGraph({ nodes, edges, title }: DependencyGraphProps) {
  const styles = useStyles();
  const uid = useId();
  const placed = useMemo(() => layoutGraph(nodes.map((n) => ({ id: n.id, label: n.caption })), edges), [nodes, edges]);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const fill = (n: GraphNode) =>
    n.role === 'delayed' ? tokens.colorBrandBackground : n.role === 'moved' ? tokens.colorPaletteYellowBackground2 : tokens.colorNeutralBackground3;
  const text = (n: GraphNode) => (n.role === 'delayed' ? tokens.colorNeutralForegroundOnBrand : tokens.colorNeutralForeground1);
  return (
    <figure style={{ margin: 0 }}>
      <div className={styles.scroll}>
        <svg width={placed.width} height={placed.height} viewBox={`0 0 ${placed.width} ${placed.height}`} role="img" aria-labelledby={`${uid}-title`} aria-describedby={`${uid}-desc`}>
          <title id={`${uid}-title`}>{title}</title>
          <desc id={`${uid}-desc`}>{nodes.map(describeNode).join('; ')}</desc>
          <defs>
            <marker id={`${uid}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill={tokens.colorNeutralForeground3} />
            </marker>
          </defs>
          {placed.edges.map((e) => (
            <polyline
              key={`${e.from}->${e.to}`}
              points={e.points.map((p) => `${p.x},${p.y}`).join(' ')}
              fill="none"
              stroke={byId.get(e.from)?.critical && byId.get(e.to)?.critical ? tokens.colorPaletteRedBorder2 : tokens.colorNeutralStroke1}
              strokeWidth={byId.get(e.from)?.critical && byId.get(e.to)?.critical ? 2 : 1.25}
              markerEnd={`url(#${uid}-arrow)`}
            />
          ))}
          {placed.nodes.map((p) => {
            const n = byId.get(p.id)!;
            return (
              <g key={p.id} transform={`translate(${p.x - p.width / 2},${p.y - p.height / 2})`}>
                <rect
                  width={p.width}
                  height={p.height}
                  rx={6}
                  fill={fill(n)}
                  stroke={n.critical ? tokens.colorPaletteRedBorder2 : tokens.colorNeutralStroke1}
                  strokeWidth={n.critical ? 2.5 : 1}
                  strokeDasharray={n.blocked ? '5 3' : undefined}
                />
                <text x={8} y={16} fontSize={12} fontWeight={600} fill={text(n)}>
                  {`${shorten(n.id, 12)}${n.role === 'moved' ? `  +${n.slipDays ?? 0}d` : ''}`}
                </text>
                <text x={8} y={31} fontSize={11} fill={text(n)}>
                  {shorten(n.caption, 20)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className={styles.legend} aria-label="Legend">
        <li className={styles.key}>
          <Swatch fill={tokens.colorBrandBackground} />
          Delayed
        </li>
        <li className={styles.key}>
          <Swatch fill={tokens.colorPaletteYellowBackground2} />
          Moves (+working days)
        </li>
        <li className={styles.key}>
          <Swatch fill={tokens.colorNeutralBackground3} stroke={tokens.colorPaletteRedBorder2} strokeWidth={2.5} />
          Critical path
        </li>
        <li className={styles.key}>
          <Swatch fill={tokens.colorNeutralBackground3} dashed />
          Held back upstream
        </li>
      </ul>
    </figure>
  );
}
