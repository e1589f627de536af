import type { Edge, Node } from '@xyflow/react';
import type { ModelEdge, ModelNode } from '../../models/types';

export type FlowNodeData = { node: ModelNode; hasProblem: boolean };
export type FlowNode = Node<FlowNodeData, ModelNode['kind']>;
export type FlowEdgeData = { edge: ModelEdge; hasProblem: boolean };
export type FlowEdge = Edge<FlowEdgeData, ModelEdge['kind'] | 'deadLetter'>;
