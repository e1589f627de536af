// The graph at one moment of the run: nodes coloured by how busy they are and ringed when they
// fail, queues filling up, edges thickened by traffic. Read-only; positions come from the model.
import { familyOf } from '../../models/kinds/node-kinds';
import { memo, useMemo } from 'react';
import {
  BaseEdge,
  getBezierPath,
  Handle,
  Position,
  ReactFlow,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { countNoun } from '../../models/count-noun';
import { hottestPartitionText } from '../../models/figures/hottest-partition-text';
import type { Variant } from '../../models/types';
import { utilisationColour, utilisationTextColour } from '../charts/palette';
import { formatCount, formatPercent } from '../results/format';
import type { NodeFrame, ReplayFrame } from './replay-frame';
import { COMPACT_NODE_H, COMPACT_NODE_W } from './compact-layout';
import { detourPath, edgeDetours, type Box } from '../../models/diagram/edge-detours';
import type { SideBySideFit } from './side-by-side-fit';
import { useResolvedTheme } from '../shell/theme-choice';
import './replay.css';

type ReplayNodeData = {
  name: string;
  kind: Variant['nodes'][number]['kind'];
  frame: NodeFrame | null;
  maxBacklog: number;
  /** Laid out top to bottom at a fixed width (the side-by-side replay), or left to right. */
  down: boolean;
};
type ReplayNodeType = Node<ReplayNodeData, 'replay'>;
type ReplayEdgeData = {
  kind: Variant['edges'][number]['kind'];
  flow: number;
  /** The x of a lane beside the boxes the edge would otherwise pass behind (models/diagram/edge-detours.ts). */
  laneX?: number;
};
type ReplayEdgeType = Edge<ReplayEdgeData, 'replay'>;

function describe(d: ReplayNodeData): string {
  const f = d.frame;
  if (!f) return d.name;
  const parts: string[] = [];
  if (f.utilisation !== null) parts.push(`${formatPercent(f.utilisation)} busy`);
  if (f.backlog !== null) parts.push(`${formatCount(f.backlog)} waiting`);
  if (f.hottestPartition !== null) parts.push(hottestPartitionText(f.hottestPartition));
  if (f.replicas !== null) parts.push(countNoun(f.replicas, 'replica'));
  if (f.errorRate !== null && f.errorRate > 0) parts.push(`${formatPercent(f.errorRate)} failing`);
  if (f.failing) parts.push('failing');
  else if (f.saturated) parts.push('saturated');
  return `${d.name}: ${parts.join(', ') || 'idle'}`;
}

const ReplayNode = memo(function ReplayNode({ id, data }: NodeProps<ReplayNodeType>) {
  const f = data.frame;
  const u = f?.utilisation ?? null;
  const family = familyOf(data.kind);
  const broker = family === 'broker';
  const clientErrors = family === 'client' ? (f?.errorRate ?? 0) : 0;
  const state = f?.failing || clientErrors > 0.05 ? 'failing' : f?.saturated ? 'saturated' : 'ok';
  const fill = u !== null ? utilisationColour(u) : undefined;
  const backlogShare =
    broker && f?.backlog != null && data.maxBacklog > 0 ? f.backlog / data.maxBacklog : 0;
  return (
    <div
      className={`replay-node replay-node-${data.kind} replay-state-${state}${data.down ? ' replay-node-fixed' : ''}`}
      style={fill ? { background: fill, color: utilisationTextColour(u!) } : undefined}
      data-testid={`replay-node-${id}`}
      data-utilisation={u ?? ''}
      data-backlog={f?.backlog ?? ''}
      data-replicas={f?.replicas ?? ''}
      data-hottest-partition={f?.hottestPartition ?? ''}
      data-state={state}
      role="img"
      aria-label={describe(data)}
      title={describe(data)}
    >
      <Handle
        type="target"
        position={data.down ? Position.Top : Position.Left}
        isConnectable={false}
      />
      <div className="replay-node-name">{data.name}</div>
      <div className="replay-node-figure">
        {u !== null && `${Math.round(u * 100)} % busy`}
        {broker && `${formatCount(f?.backlog ?? 0)} waiting`}
        {family === 'client' &&
          (clientErrors > 0 ? `${formatPercent(clientErrors)} errors` : 'users')}
      </div>
      {f?.replicas != null && (
        <div className="replay-node-replicas">{countNoun(f.replicas, 'replica')}</div>
      )}
      {f?.hottestPartition != null && (
        <div className="replay-node-partition">{hottestPartitionText(f.hottestPartition)}</div>
      )}
      {broker && (
        <div className="replay-backlog" aria-hidden="true">
          <div style={{ width: `${Math.min(100, backlogShare * 100)}%` }} />
        </div>
      )}
      {state !== 'ok' && (
        <div className="replay-badge">{state === 'failing' ? '✖ failing' : '● saturated'}</div>
      )}
      <Handle
        type="source"
        position={data.down ? Position.Bottom : Position.Right}
        isConnectable={false}
      />
    </div>
  );
});

function ReplayEdge({
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
  markerEnd,
}: EdgeProps<ReplayEdgeType>) {
  const [path] =
    data?.laneX === undefined
      ? getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })
      : [detourPath({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, data.laneX)];
  const flow = data?.flow ?? 0;
  return (
    <BaseEdge
      path={path}
      markerEnd={markerEnd}
      className={`replay-edge replay-edge-${data?.kind ?? 'call'}`}
      style={{
        strokeWidth: 1.2 + 8 * flow,
        strokeDasharray: data?.kind === 'call' ? undefined : '6 4',
      }}
    />
  );
}

const nodeTypes = { replay: ReplayNode };
const edgeTypes = { replay: ReplayEdge };

interface ReplayGraphProps {
  variant: Variant;
  frame: ReplayFrame | null;
  label: string;
  /** The side-by-side replay's rows and scale (side-by-side-fit.ts); else the editor's layout, fitted. */
  fit?: SideBySideFit;
}

export function ReplayGraph({ variant, frame, label, fit }: ReplayGraphProps) {
  // React Flow's own parts (the attribution) follow the page's theme.
  const colorMode = useResolvedTheme();
  const positions = fit?.layouts.get(variant.id)?.positions;
  const nodes = useMemo<ReplayNodeType[]>(
    () =>
      variant.nodes.map((n) => ({
        id: n.id,
        type: 'replay',
        position: positions?.get(n.id) ?? n.position,
        data: {
          name: n.name,
          kind: n.kind,
          frame: frame?.nodes[n.id] ?? null,
          maxBacklog: frame?.maxBacklog ?? 0,
          down: positions !== undefined,
        },
        draggable: false,
        connectable: false,
      })),
    [variant, frame, positions],
  );
  const lanes = useMemo(() => {
    if (!positions) return new Map<string, number>();
    const boxes = new Map<string, Box>(
      [...positions].map(([id, p]) => [
        id,
        { ...p, width: COMPACT_NODE_W, height: COMPACT_NODE_H },
      ]),
    );
    return edgeDetours(boxes, variant.edges);
  }, [positions, variant]);
  const edges = useMemo<ReplayEdgeType[]>(
    () =>
      variant.edges.map((e) => ({
        id: e.id,
        source: e.from,
        target: e.to,
        type: 'replay',
        data: { kind: e.kind, flow: frame?.edges[e.id]?.flow ?? 0, laneX: lanes.get(e.id) },
      })),
    [variant, frame, lanes],
  );
  if (fit)
    return (
      <div
        className="replay-graph"
        role="figure"
        aria-label={label}
        style={{ height: fit.height }}
        data-zoom={fit.zoom}
      >
        <ReactFlow
          // The viewport is set once, on mount: a new fit (the pane resized) mounts a new one.
          key={`${fit.paneWidth}:${fit.perRow}:${fit.zoom}`}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          defaultViewport={{ x: fit.paneWidth / 2, y: fit.padding, zoom: fit.zoom }}
          minZoom={fit.zoom}
          maxZoom={2}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          // The page scrolls over the pane (the scrubber stays in reach); drag pans.
          zoomOnScroll={false}
          preventScrolling={false}
          attributionPosition="top-right"
          colorMode={colorMode}
        />
      </div>
    );
  return (
    <div className="replay-graph" role="figure" aria-label={label}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        attributionPosition="top-right"
        colorMode={colorMode}
        minZoom={0.2}
      />
    </div>
  );
}
