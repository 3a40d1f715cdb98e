import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { centreView, fitView, panView, zoomView, type GraphView } from '../app/present/graph-view';
import { layoutGraph, type GraphEdgeIn, type GraphLayout } from '../app/present/layout-graph';

export interface GraphNode {
  readonly id: string;
  /** Short text under the id (a name, truncated). */
  readonly caption: string;
  readonly role: 'delayed' | 'moved' | 'absorbed' | 'context';
  /** Working days it moves, for moved nodes. */
  readonly slipDays?: number;
  /** Working days of slack, for absorbed nodes (a successor that does not move). */
  readonly slackDays?: number;
  readonly critical: boolean;
  readonly blocked: boolean;
}

/** Height of the graph's box in the pane; its width is the pane's. */
const SCREEN_HEIGHT = 320;
/** Width assumed before the box is measured (and where ResizeObserver is missing). */
const DEFAULT_WIDTH = 320;
const PAN_STEP = 40;

const useStyles = makeStyles({
  frame: {
    height: `${SCREEN_HEIGHT}px`,
    overflow: 'hidden',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    touchAction: 'none',
    cursor: 'grab',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  tools: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', marginBottom: tokens.spacingVerticalXS },
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
  if (n.role === 'absorbed') parts.push(n.slackDays !== undefined ? `does not move: ${n.slackDays} working days of slack` : 'does not move');
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
  /** The selected initiative: the view starts centred on it. */
  readonly focus?: string;
  /** The nodes and edges already placed (the worker places the Impact step's); else placed here. */
  readonly layout?: GraphLayout;
}

/**
 * The neighbourhood of a delay as an SVG graph (dagre layout); critical and blocked items marked.
 * It opens centred on the selection at full size; zoom, fit and centre buttons, drag or the
 * arrow keys to pan, + and - to zoom.
 */
export function DependencyGraph({ nodes, edges, title, focus, layout }: DependencyGraphProps) {
  const styles = useStyles();
  const uid = useId();
  const placed = useMemo(() => layout ?? layoutGraph(nodes.map((n) => ({ id: n.id, label: n.caption })), edges), [layout, nodes, edges]);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const frame = useRef<HTMLDivElement>(null);
  const [screenWidth, setScreenWidth] = useState(DEFAULT_WIDTH);
  const screen = { width: screenWidth, height: SCREEN_HEIGHT };
  const focusNode = placed.nodes.find((n) => n.id === focus) ?? placed.nodes[0];
  const centred = (): GraphView => (focusNode ? centreView(focusNode, screen) : fitView(placed, screen.width / screen.height));
  const [view, setView] = useState<GraphView>(centred);
  const drag = useRef<{ x: number; y: number } | undefined>(undefined);

  useEffect(() => {
    const el = frame.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => el.clientWidth > 0 && setScreenWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // A new graph, selection or box width: start again centred on the selection.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setView(centred()), [placed, focus, screenWidth]);

  const zoom = (factor: number) => setView((v) => zoomView(v, factor, screenWidth));
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
    const move = moves[e.key];
    if (move) setView((v) => panView(v, move[0], move[1], screenWidth));
    else if (e.key === '+' || e.key === '=') zoom(1.25);
    else if (e.key === '-') zoom(0.8);
    else return;
    e.preventDefault();
  };
  const onDown = (e: PointerEvent) => {
    drag.current = { x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    const from = drag.current;
    if (!from) return;
    drag.current = { x: e.clientX, y: e.clientY };
    setView((v) => panView(v, e.clientX - from.x, e.clientY - from.y, screenWidth));
  };
  const onUp = () => {
    drag.current = undefined;
  };
  const fill = (n: GraphNode) =>
    n.role === 'delayed'
      ? tokens.colorBrandBackground
      : n.role === 'moved'
        ? tokens.colorPaletteYellowBackground2
        : n.role === 'absorbed'
          ? tokens.colorPaletteGreenBackground2
          : tokens.colorNeutralBackground3;
  const text = (n: GraphNode) => (n.role === 'delayed' ? tokens.colorNeutralForegroundOnBrand : tokens.colorNeutralForeground1);
  return (
    <figure style={{ margin: 0 }}>
      <div className={styles.tools} role="toolbar" aria-label="Graph view">
        <Button size="small" onClick={() => zoom(1.25)}>
          Zoom in
        </Button>
        <Button size="small" onClick={() => zoom(0.8)}>
          Zoom out
        </Button>
        <Button size="small" onClick={() => setView(fitView(placed, screen.width / screen.height))}>
          Fit
        </Button>
        {focusNode && (
          <Button size="small" onClick={() => setView(centred())}>
            {`Centre on ${shorten(focusNode.id, 12)}`}
          </Button>
        )}
      </div>
      <div
        ref={frame}
        className={styles.frame}
        tabIndex={0}
        aria-label={`${title}: arrow keys pan, + and - zoom`}
        onKeyDown={onKey}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
      >
        <svg width="100%" height={SCREEN_HEIGHT} viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`} preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby={`${uid}-title`} aria-describedby={`${uid}-desc`}>
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
                  {`${shorten(n.id, 12)}${n.role === 'moved' ? `  +${n.slipDays ?? 0}d` : n.role === 'absorbed' ? `  ${n.slackDays !== undefined ? `${n.slackDays}d slack` : 'holds'}` : ''}`}
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
          <Swatch fill={tokens.colorPaletteGreenBackground2} />
          Slack absorbs it (does not move)
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
