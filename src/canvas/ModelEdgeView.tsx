// Edges say what they are: a synchronous call is solid, publish and consume are dashed and animated.
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { ModelEdge } from '../../models/types';
import type { FlowEdge } from './flow-types';
import { useUiStore } from '../store/ui-store';

/** The short facts worth seeing on the canvas: probability, timeout, retries, breaker, idempotency. */
export function edgeLabel(edge: ModelEdge): string[] {
  const parts: string[] = [];
  if (edge.kind === 'call') {
    if (edge.probability !== 1) parts.push(`p ${edge.probability}`);
    if (edge.count > 1) parts.push(`×${edge.count}`);
    if (edge.timeoutMs !== null) parts.push(`timeout ${edge.timeoutMs} ms`);
    if (edge.retries && edge.retries.max > 0) parts.push(`${edge.retries.max} ${edge.retries.max === 1 ? 'retry' : 'retries'}`);
    if (edge.circuitBreaker) parts.push('breaker');
    if (edge.optional) parts.push('optional');
  } else if (edge.kind === 'publish') {
    if (edge.probability !== 1) parts.push(`p ${edge.probability}`);
    if (edge.message) parts.push(edge.message);
  } else {
    if (edge.idempotent) parts.push('idempotent');
  }
  if (edge.label) parts.unshift(edge.label);
  return parts;
}

function ModelEdgeViewImpl({ id, data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected }: EdgeProps<FlowEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const edge = data?.edge;
  const parts = edge ? edgeLabel(edge) : [];
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`model-edge kind-${edge?.kind ?? 'call'}${selected ? ' is-selected' : ''}`} interactionWidth={16} />
      {parts.length > 0 && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label kind-${edge?.kind}${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`edge-label-${id}`}
            onClick={() => useUiStore.getState().select({ nodes: [], edges: [id] })}
          >
            {parts.join(' · ')}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ModelEdgeView = memo(ModelEdgeViewImpl);

/** Drawn only: where a broker's dead letters go (the model keeps it as the broker's deadLetterQueue). */
function DeadLetterEdgeImpl({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: EdgeProps) {
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return <BaseEdge id={id} path={path} className="dead-letter-edge" />;
}

const DeadLetterEdge = memo(DeadLetterEdgeImpl);

export const EDGE_TYPES = { call: ModelEdgeView, publish: ModelEdgeView, consume: ModelEdgeView, deadLetter: DeadLetterEdge } as const;
