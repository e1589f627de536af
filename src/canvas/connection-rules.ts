// Which edge a connection between two nodes makes, or why it is refused (the models validator's rules).
import type { EdgeKind, ModelEdge, NodeKind } from '../../models/types';

const SERVICE_LIKE: readonly NodeKind[] = ['service', 'database', 'external'];
const BROKER: readonly NodeKind[] = ['queue', 'topic'];

export type ConnectionVerdict = { ok: true; kind: EdgeKind } | { ok: false; reason: string };

/** The edge kind is inferred from the ends: call into a service-like node, publish into a broker, consume out of one. */
export function judgeConnection(
  from: { id: string; kind: NodeKind },
  to: { id: string; kind: NodeKind },
  edges: readonly ModelEdge[],
): ConnectionVerdict {
  if (from.id === to.id) return { ok: false, reason: 'A node cannot connect to itself.' };
  let kind: EdgeKind;
  if (BROKER.includes(from.kind)) {
    if (to.kind !== 'service') return { ok: false, reason: `A ${from.kind} can only be consumed by a service, not a ${to.kind}.` };
    kind = 'consume';
  } else if (BROKER.includes(to.kind)) {
    if (from.kind !== 'service') return { ok: false, reason: `Only a service can publish to a ${to.kind}, not a ${from.kind}.` };
    kind = 'publish';
  } else if (to.kind === 'client') {
    return { ok: false, reason: 'A client only sends requests; nothing can call it.' };
  } else if (from.kind === 'client' || from.kind === 'service') {
    if (!SERVICE_LIKE.includes(to.kind)) return { ok: false, reason: `A call must go to a service, database or external system.` };
    kind = 'call';
  } else {
    return { ok: false, reason: `A ${from.kind} does not call other nodes; only clients and services do.` };
  }
  if (edges.some((e) => e.from === from.id && e.to === to.id)) {
    return { ok: false, reason: 'These two nodes are already connected.' };
  }
  return { ok: true, kind };
}

/** Which handles a kind has: clients only send, databases and externals only receive. */
export function handlesOf(kind: NodeKind): { target: boolean; source: boolean } {
  return {
    target: kind !== 'client',
    source: kind !== 'database' && kind !== 'external',
  };
}
