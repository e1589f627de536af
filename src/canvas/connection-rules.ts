// Which edge a connection between two nodes makes, or why it is refused: the models validator's rules
// (models/checks/edge-rules.ts): call from a client or service-like node into a service-like node,
// publish from a service-like node into a queue/topic, consume from a queue/topic into a service.
import type { EdgeKind, ModelEdge, NodeKind } from '../../models/types';

const SERVICE_LIKE: readonly NodeKind[] = ['service', 'database', 'external'];
const BROKER: readonly NodeKind[] = ['queue', 'topic'];

export type ConnectionVerdict = { ok: true; kind: EdgeKind } | { ok: false; reason: string };

/** The edge kind is inferred from the ends. */
export function judgeConnection(
  from: { id: string; kind: NodeKind },
  to: { id: string; kind: NodeKind },
  edges: readonly ModelEdge[],
): ConnectionVerdict {
  if (from.id === to.id) return { ok: false, reason: 'A node cannot connect to itself.' };
  if (to.kind === 'client')
    return { ok: false, reason: 'A client only sends requests; nothing connects into it.' };
  let kind: EdgeKind;
  if (BROKER.includes(from.kind)) {
    if (to.kind !== 'service')
      return {
        ok: false,
        reason: `A ${from.kind} can only be consumed by a service, not by a ${to.kind}.`,
      };
    kind = 'consume';
  } else if (BROKER.includes(to.kind)) {
    if (from.kind === 'client')
      return {
        ok: false,
        reason: `A client cannot publish to a ${to.kind}; let a service publish.`,
      };
    kind = 'publish';
  } else if (from.kind === 'client' || SERVICE_LIKE.includes(from.kind)) {
    kind = 'call';
  } else {
    return { ok: false, reason: `A ${from.kind} cannot connect to a ${to.kind}.` };
  }
  if (edges.some((e) => e.from === from.id && e.to === to.id)) {
    return { ok: false, reason: 'These two nodes are already connected.' };
  }
  return { ok: true, kind };
}

/** Which handles a kind has: a client only sends, so it has no input. */
export function handlesOf(kind: NodeKind): { target: boolean; source: boolean } {
  return { target: kind !== 'client', source: true };
}
