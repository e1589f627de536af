// Which edge a connection drawn on the canvas makes, or why it is refused. The rule itself is
// the registry's (models/kinds/edge-ends.ts), the same one the validator applies.
import { kindsAt, mayEnd, mayStart } from '../kinds/edge-ends';
import { eitherKind } from '../kinds/kind-words';
import { can } from '../kinds/node-kinds';
import type { EdgeKind, ModelEdge, NodeKind } from '../types';

export type ConnectionVerdict = { ok: true; kind: EdgeKind } | { ok: false; reason: string };

interface End {
  id: string;
  kind: NodeKind;
}

/** The edge a drag from `from` to `to` means: out of a broker a consume, into one a publish, else a call. */
export function inferEdgeKind(from: NodeKind, to: NodeKind): EdgeKind {
  if (can(from, 'canBeConsumed')) return 'consume';
  if (can(to, 'canBePublishedTo')) return 'publish';
  return 'call';
}

const takesEdges = (kind: NodeKind): boolean =>
  can(kind, 'canBeCalled') || can(kind, 'canBePublishedTo') || can(kind, 'canConsume');

const sendsEdges = (kind: NodeKind): boolean =>
  can(kind, 'canCall') || can(kind, 'canPublish') || can(kind, 'canBeConsumed');

/** The edge kind is inferred from the ends. */
export function judgeConnection(
  from: End,
  to: End,
  edges: readonly ModelEdge[],
): ConnectionVerdict {
  if (from.id === to.id) return { ok: false, reason: 'A node cannot connect to itself.' };
  if (!takesEdges(to.kind))
    return { ok: false, reason: `A ${to.kind} only sends requests; nothing connects into it.` };
  const kind = inferEdgeKind(from.kind, to.kind);
  if (kind === 'consume' && !mayEnd(kind, to.kind))
    return {
      ok: false,
      reason: `A ${from.kind} can only be consumed by ${eitherKind(kindsAt(kind, 'to'))}, not by a ${to.kind}.`,
    };
  if (kind === 'publish' && !mayStart(kind, from.kind))
    return {
      ok: false,
      reason: `A ${from.kind} cannot publish to a ${to.kind}; let ${eitherKind(kindsAt(kind, 'from').slice(0, 1))} publish.`,
    };
  if (kind === 'call' && !mayStart(kind, from.kind))
    return {
      ok: false,
      reason: `A ${from.kind} answers calls but makes none, so it cannot call a ${to.kind}${mayStart('publish', from.kind) ? '; it may publish to a queue or topic' : ''}.`,
    };
  if (!mayStart(kind, from.kind) || !mayEnd(kind, to.kind))
    return { ok: false, reason: `A ${from.kind} cannot connect to a ${to.kind}.` };
  if (edges.some((e) => e.from === from.id && e.to === to.id))
    return { ok: false, reason: 'These two nodes are already connected.' };
  return { ok: true, kind };
}

/** Which handles a kind has: an input when some edge may end at it, an output when some may start there. */
export function handlesOf(kind: NodeKind): { target: boolean; source: boolean } {
  return { target: takesEdges(kind), source: sendsEdges(kind) };
}
