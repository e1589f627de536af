import type { EdgeKind, ModelNode } from '../types';
import { EDGE_ENDS } from './edge-ends';
import { isServiceLike } from './guards';
import { can } from './node-kinds';

/**
 * A call out of a service-like node whose kind makes no calls (a database), as files drawn
 * before that rule may hold: the validator warns, the engine runs it as drawn, so an old file
 * keeps its behaviour; the canvas no longer draws one.
 */
export function isToleratedCall(kind: EdgeKind, from: ModelNode): boolean {
  return kind === 'call' && !can(from.kind, EDGE_ENDS.call.from) && isServiceLike(from);
}
