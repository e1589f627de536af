import type { ModelNode } from '../types';

/** `service "billing"`, `queue "scans"`: how messages name a node. */
export const nodeLabel = (n: ModelNode): string => `${n.kind} "${n.id}"`;
