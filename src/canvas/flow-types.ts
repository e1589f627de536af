import type { Edge, Node } from '@xyflow/react';
import type { ModelEdge, ModelNode } from '../../models/types';

export type FlowNodeData = { node: ModelNode; hasProblem: boolean };
export type FlowNode = Node<FlowNodeData, ModelNode['kind']>;
/** `stage`: where the edge runs in its staged source's plan ("stage 2, 3 at a time"), if staged. */
export type FlowEdgeData = { edge: ModelEdge; hasProblem: boolean; stage?: string };
export type FlowEdge = Edge<FlowEdgeData, ModelEdge['kind'] | 'deadLetter'>;
