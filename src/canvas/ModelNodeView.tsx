// One memoised component renders every kind; the kind sets the shape (CSS), the icon and the subtitle.
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { assertNever } from '../../models/assert-never';
import { handlesOf } from '../../models/elements/connection-rules';
import { byFamily, isBroker, isServiceLike } from '../../models/kinds/guards';
import { autoscaleBasis, replicasLabel } from '../../models/replicas-label';
import { kindLabel } from '../../models/kinds/node-kinds';
import { NODE_KINDS } from '../../models/schema/node';
import type { ModelNode, NodeKind } from '../../models/types';
import { KindIcon } from './kind-icons';
import { TECHNOLOGY_LABELS } from './technology-labels';
import type { FlowNode } from './flow-types';

function subtitle(node: ModelNode): string {
  const f = byFamily(node);
  switch (f.family) {
    case 'client':
      return kindLabel(f.node.kind);
    case 'broker':
      return `${kindLabel(f.node.kind)} · ${TECHNOLOGY_LABELS[f.node.technology]}`;
    case 'service-like':
      return f.node.autoscale
        ? `${kindLabel(f.node.kind)} · auto×${f.node.concurrency}`
        : `${kindLabel(f.node.kind)} · ${f.node.replicas}×${f.node.concurrency}`;
    default:
      return assertNever(f, 'node family');
  }
}

/** Spelled out for the tooltip. */
function detail(node: ModelNode): string {
  const f = byFamily(node);
  switch (f.family) {
    case 'client':
      return `${node.name}: ${node.kind}`;
    case 'broker':
      return `${node.name}: ${node.kind} on ${TECHNOLOGY_LABELS[f.node.technology]}`;
    case 'service-like': {
      const { autoscale, concurrency } = f.node;
      const scaling = autoscale ? ` (${autoscaleBasis(autoscale)})` : '';
      return `${node.name}: ${node.kind}, ${replicasLabel(f.node)} × ${concurrency} workers${scaling}`;
    }
    default:
      return assertNever(f, 'node family');
  }
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
      {isBroker(node) && node.deadLetterQueue ? (
        <span className="model-node-badge" title={`Dead letters go to ${node.deadLetterQueue}`}>
          DLQ
        </span>
      ) : null}
      {isBroker(node) && node.partitions !== undefined ? (
        <span className="model-node-badge" data-testid={`node-${node.id}-partitions`}>
          {node.partitions === 1 ? '1 partition' : `${node.partitions} partitions`}
        </span>
      ) : null}
      {isServiceLike(node) && node.autoscale ? (
        <span className="model-node-badge" data-testid={`node-${node.id}-autoscale`}>
          {replicasLabel(node)}
        </span>
      ) : null}
      {handles.source && (
        <Handle type="source" position={Position.Right} aria-label={`Out of ${node.name}`} />
      )}
    </div>
  );
}

export const ModelNodeView = memo(ModelNodeViewImpl);

/** React Flow's node types: one view for every kind. */
export const NODE_TYPES = Object.fromEntries(NODE_KINDS.map((k) => [k, ModelNodeView])) as Record<
  NodeKind,
  typeof ModelNodeView
>;
