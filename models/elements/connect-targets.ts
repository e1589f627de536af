// The nodes a node may connect to, each with the edge kind that connection makes: the same rule
// a drag on the canvas follows (judgeConnection), so the keyboard draws exactly what the mouse does.
import type { EdgeKind, ModelNode, Variant } from '../types';
import { judgeConnection } from './connection-rules';

export interface ConnectTarget {
  node: ModelNode;
  kind: EdgeKind;
}

/** Every node of the variant `fromId` may connect to, by name; none when `fromId` is not there. */
export function connectTargets(variant: Variant, fromId: string): ConnectTarget[] {
  const from = variant.nodes.find((n) => n.id === fromId);
  if (!from) return [];
  const targets: ConnectTarget[] = [];
  for (const node of variant.nodes) {
    const verdict = judgeConnection(from, node, variant.edges);
    if (verdict.ok) targets.push({ node, kind: verdict.kind });
  }
  return targets.sort((a, b) => a.node.name.localeCompare(b.node.name));
}
