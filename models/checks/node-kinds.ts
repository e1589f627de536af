import type { ModelNode } from '../types';

export const isServiceLike = (n: ModelNode | undefined): boolean =>
  n !== undefined && (n.kind === 'service' || n.kind === 'database' || n.kind === 'external');

export const isBroker = (n: ModelNode | undefined): boolean =>
  n !== undefined && (n.kind === 'queue' || n.kind === 'topic');

/** `service "billing"`, `queue "scans"`: how messages name a node. */
export const nodeLabel = (n: ModelNode): string => `${n.kind} "${n.id}"`;
