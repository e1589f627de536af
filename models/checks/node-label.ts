import type { ModelNode } from '../types';

/** `service "Billing"`, `queue "Scans"`: how messages name a node, by the name the user sees. */
export const nodeLabel = (n: ModelNode): string => `${n.kind} "${n.name}"`;
