// One memoised component renders every kind; the kind sets the shape (CSS), the icon and the subtitle.
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ModelNode, ServiceLikeNode } from '../../models/types';
import { KIND_LABELS, KindIcon } from './kind-icons';
import { handlesOf } from './connection-rules';
import { TECHNOLOGY_LABELS } from './technology-labels';
import type { FlowNode } from './flow-types';

function subtitle(node: ModelNode): string {
  switch (node.kind) {
    case 'client':
      return 'Client';
    case 'queue':
    case 'topic':
      return `${KIND_LABELS[node.kind]} · ${TECHNOLOGY_LABELS[node.technology]}`;
    default:
      return `${KIND_LABELS[node.kind]} · ${node.replicas}×${node.concurrency}`;
  }
}

/** Spelled out for the tooltip. */
function detail(node: ModelNode): string {
  if (node.kind === 'client') return `${node.name}: client`;
  if (node.kind === 'queue' || node.kind === 'topic')
    return `${node.name}: ${node.kind} on ${TECHNOLOGY_LABELS[node.technology]}`;
  const { replicas, concurrency } = node as ServiceLikeNode;
  return `${node.name}: ${node.kind}, ${replicas} replica${replicas === 1 ? '' : 's'} × ${concurrency} workers`;
}

function ModelNodeViewImpl({ data, selected }: NodeProps<FlowNode>) {
  const { node, hasProblem } = data;
  const handles = handlesOf(node.kind);
  return (
    <div
      className={`model-node kind-${node.kind}${selected ? ' is-selected' : ''}${hasProblem ? ' has-problem' : ''}`}
      data-testid={`node-${node.id}`}
      title={detail(node)}
    >
      {handles.target && (
        <Handle type="target" position={Position.Left} aria-label={`Into ${node.name}`} />
      )}
      <span className="model-node-icon">
        <KindIcon kind={node.kind} />
      </span>
      <span className="model-node-text">
        <span className="model-node-name">{node.name}</span>
        <span className="model-node-sub">{subtitle(node)}</span>
      </span>
      {node.kind === 'queue' || node.kind === 'topic' ? (
        node.deadLetterQueue ? (
          <span className="model-node-badge" title={`Dead letters go to ${node.deadLetterQueue}`}>
            DLQ
          </span>
        ) : null
      ) : null}
      {handles.source && (
        <Handle type="source" position={Position.Right} aria-label={`Out of ${node.name}`} />
      )}
    </div>
  );
}

export const ModelNodeView = memo(ModelNodeViewImpl);

export const NODE_TYPES = {
  client: ModelNodeView,
  service: ModelNodeView,
  database: ModelNodeView,
  external: ModelNodeView,
  queue: ModelNodeView,
  topic: ModelNodeView,
} as const;
