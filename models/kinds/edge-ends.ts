// Which kinds may start and end each edge kind: the one rule behind the validator
// (models/checks/edge-rules.ts), the canvas (models/elements/connection-rules.ts) and the
// engine's compiler (simulator/compile.ts).
import type { EdgeKind, NodeKind } from '../types';
import type { Capability } from './kind-spec';
import { can, kindsThat } from './node-kinds';

export const EDGE_ENDS: { readonly [E in EdgeKind]: { from: Capability; to: Capability } } = {
  call: { from: 'canCall', to: 'canBeCalled' },
  publish: { from: 'canPublish', to: 'canBePublishedTo' },
  consume: { from: 'canBeConsumed', to: 'canConsume' },
};

export const mayStart = (edge: EdgeKind, kind: NodeKind): boolean =>
  can(kind, EDGE_ENDS[edge].from);

export const mayEnd = (edge: EdgeKind, kind: NodeKind): boolean => can(kind, EDGE_ENDS[edge].to);

/** The kinds that may start (or end) an edge kind, in the schema's order. */
export const kindsAt = (edge: EdgeKind, end: 'from' | 'to'): NodeKind[] =>
  kindsThat(EDGE_ENDS[edge][end]);
