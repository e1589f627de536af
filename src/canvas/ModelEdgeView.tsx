// Edges say what they are: a synchronous call is solid, publish and consume are dashed and animated.
import { memo, useCallback, useLayoutEffect, useState } from 'react';
import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  useStore,
  type EdgeProps,
} from '@xyflow/react';
import { labelKey, useLabelBoxes } from './label-boxes';
import type { ModelEdge } from '../../models/types';
import type { FlowEdge } from './flow-types';
import { useUiStore } from '../store/ui-store';

/** 1500 → "1.5 s", 800 → "800 ms": short enough to sit between two nodes. */
export function shortMs(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toPrecision(3)} s` : `${ms} ms`;
}

export type LabelIcon = 'timeout' | 'retries';
export interface LabelPart {
  icon?: LabelIcon;
  text: string;
}

/** How the canvas names a condition (the legend uses the same words). */
export const WHEN_SHORT = {
  onSuccess: 'on success',
  onFailure: 'on failure',
  fallback: 'fallback',
} as const;

/** "on failure", "one of result: 0.97": the flow facts of a call or publish. */
function flowParts(edge: ModelEdge): LabelPart[] {
  if (edge.kind === 'consume') return [];
  const parts: LabelPart[] = [];
  if (edge.when && edge.when !== 'always') parts.push({ text: WHEN_SHORT[edge.when] });
  if (edge.outcome) parts.push({ text: `${edge.outcome.group} ${edge.outcome.weight}` });
  return parts;
}

/**
 * The short facts worth seeing on the canvas: the stage it runs in (`stage`, for an edge of a
 * staged node), condition, outcome, probability, timeout, retries, breaker, idempotency.
 */
export function edgeLabel(edge: ModelEdge, stage?: string): LabelPart[] {
  const parts: LabelPart[] = [];
  if (edge.label) parts.push({ text: edge.label });
  if (stage) parts.push({ text: stage });
  parts.push(...flowParts(edge));
  if (edge.kind === 'call') {
    if (edge.probability !== 1) parts.push({ text: `p ${edge.probability}` });
    if (edge.count > 1) parts.push({ text: `×${edge.count}` });
    if (edge.timeoutMs !== null) parts.push({ icon: 'timeout', text: shortMs(edge.timeoutMs) });
    if (edge.retries && edge.retries.max > 0)
      parts.push({ icon: 'retries', text: String(edge.retries.max) });
    if (edge.circuitBreaker) parts.push({ text: 'CB' });
    if (edge.optional) parts.push({ text: 'optional' });
  } else if (edge.kind === 'publish') {
    if (edge.probability !== 1) parts.push({ text: `p ${edge.probability}` });
    if (edge.message) parts.push({ text: edge.message });
  } else if (edge.idempotent) {
    parts.push({ text: 'idempotent' });
  }
  return parts;
}

const ICON_PATHS: Record<LabelIcon, string> = {
  timeout: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  retries: 'M4 12a8 8 0 0 1 14-5.3M20 4v4h-4M20 12a8 8 0 0 1-14 5.3M4 20v-4h4',
};

function PartIcon({ icon }: { icon: LabelIcon }) {
  return (
    <svg
      width={10}
      height={10}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={ICON_PATHS[icon]} />
    </svg>
  );
}

/** The same facts spelled out, for the tooltip and screen readers. */
function edgeTitle(edge: ModelEdge, stage?: string): string {
  const parts: string[] = [edge.kind];
  if (stage) parts.push(stage);
  if (edge.kind !== 'consume') {
    if (edge.when === 'onSuccess') parts.push('made only when the steps before succeeded');
    if (edge.when === 'onFailure') parts.push('made only on failure (a compensation)');
    if (edge.when === 'fallback') parts.push('a fallback, made only on failure');
    if (edge.outcome)
      parts.push(`one of outcome group ${edge.outcome.group}, weight ${edge.outcome.weight}`);
  }
  if (edge.kind === 'call') {
    if (edge.probability !== 1) parts.push(`probability ${edge.probability}`);
    if (edge.count > 1) parts.push(`${edge.count} calls per request`);
    if (edge.timeoutMs !== null) parts.push(`timeout ${edge.timeoutMs} ms`);
    if (edge.retries && edge.retries.max > 0)
      parts.push(
        `${edge.retries.max} retries, ${edge.retries.backoffMs} ms backoff ×${edge.retries.multiplier}`,
      );
    if (edge.circuitBreaker) parts.push('circuit breaker');
    if (edge.optional) parts.push('optional');
  } else if (edge.kind === 'publish') {
    if (edge.probability !== 1) parts.push(`probability ${edge.probability}`);
    if (edge.message) parts.push(`message ${edge.message}`);
  } else if (edge.idempotent) parts.push('idempotent consumer');
  return parts.join(', ');
}

function ModelEdgeViewImpl({
  id,
  data,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  selected,
}: EdgeProps<FlowEdge>) {
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const edge = data?.edge;
  const parts = edge ? edgeLabel(edge, data?.stage) : [];
  const text = parts.map((p) => p.text).join(' ');
  const [labelRef, x, y] = useClearSpot(id, path, labelX, labelY, text);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`model-edge kind-${edge?.kind ?? 'call'}${flowClass(edge)}${selected ? ' is-selected' : ''}${data?.hasProblem ? ' has-problem' : ''}`}
        interactionWidth={16}
      />
      {parts.length > 0 && (
        <EdgeLabelRenderer>
          <div
            ref={labelRef}
            className={`edge-label kind-${edge?.kind}${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
            data-testid={`edge-label-${id}`}
            title={edge ? edgeTitle(edge, data?.stage) : undefined}
            aria-label={edge ? edgeTitle(edge, data?.stage) : undefined}
            onClick={() => useUiStore.getState().select({ nodes: [], edges: [id] })}
          >
            {parts.map((p, i) => (
              <span key={i} className="edge-label-part">
                {p.icon && <PartIcon icon={p.icon} />}
                {p.text}
              </span>
            ))}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ModelEdgeView = memo(ModelEdgeViewImpl);

/**
 * Where an edge's label goes: the curve's middle (`midX`, `midY`) unless a node's box covers it
 * there, else the first place along the curve clear of every node and of the labels of the
 * edges before it by id (label-placement.ts, placed for the whole canvas at once by
 * label-boxes.ts). The label is measured when it is drawn and when its `text` changes (the
 * callback ref to give it); the spot follows the nodes as they move (LabelNodeBoxes).
 */
function useClearSpot(
  id: string,
  path: string,
  midX: number,
  midY: number,
  text: string,
): [(el: HTMLDivElement | null) => void, number, number] {
  const [measured, setSize] = useState<{ width: number; height: number } | null>(null);
  // An edge whose label went keeps no box.
  const size = text === '' ? null : measured;
  const measure = useCallback(
    (el: HTMLDivElement | null) => {
      if (!el || text === '') return;
      const width = el.offsetWidth;
      const height = el.offsetHeight;
      setSize((old) => (old?.width === width && old.height === height ? old : { width, height }));
    },
    [text],
  );
  const key = labelKey(
    useStore((s) => s.rfId),
    id,
  );
  // Before paint: the placement (a microtask later) then lands in the same frame.
  useLayoutEffect(() => {
    useLabelBoxes
      .getState()
      .request(key, size ? { path, width: size.width, height: size.height, midX, midY } : null);
  }, [key, path, size, midX, midY]);
  useLayoutEffect(() => () => useLabelBoxes.getState().request(key, null), [key]);
  const spot = useLabelBoxes((s) => s.spots[key]);
  return spot ? [measure, spot.x, spot.y] : [measure, midX, midY];
}

/** " when-onFailure outcome": the line styles of conditions and outcome groups (canvas.css). */
function flowClass(edge: ModelEdge | undefined): string {
  if (!edge || edge.kind === 'consume') return '';
  return `${edge.when && edge.when !== 'always' ? ` when-${edge.when}` : ''}${edge.outcome ? ' outcome' : ''}`;
}

/** Drawn only: where a broker's dead letters go (the model keeps it as the broker's deadLetterQueue). */
function DeadLetterEdgeImpl({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
}: EdgeProps) {
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  return <BaseEdge id={id} path={path} className="dead-letter-edge" />;
}

const DeadLetterEdge = memo(DeadLetterEdgeImpl);

export const EDGE_TYPES = {
  call: ModelEdgeView,
  publish: ModelEdgeView,
  consume: ModelEdgeView,
  deadLetter: DeadLetterEdge,
} as const;
