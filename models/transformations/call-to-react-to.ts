// The call a failure reaction (a fallback, a compensation) is added to, found with its caller and
// callee, or refused: a client's call (a client has no outcome of its own to react for), or a call
// that is itself a reaction.
import { isClient } from '../kinds/guards';
import type { CallEdge, ModelNode, Variant } from '../types';
import { findEdge, findNode } from './make-step';
import { reactsToFailure } from './plan-of';
import { TransformationError } from './transformation';

export interface CallToReactTo {
  call: CallEdge;
  caller: ModelNode;
  callee: ModelNode;
}

/** `clientRefusal` says why a client's call takes no such reaction, and where to add one instead. */
export function callToReactTo(
  variant: Variant,
  edgeId: string,
  clientRefusal: (caller: ModelNode, callee: ModelNode) => string,
): CallToReactTo {
  const call = findEdge(variant, edgeId, 'call');
  const caller = findNode(variant, call.from);
  const callee = findNode(variant, call.to);
  if (isClient(caller)) throw new TransformationError(clientRefusal(caller, callee));
  if (reactsToFailure(call))
    throw new TransformationError(
      `this call is itself ${call.when === 'fallback' ? 'a fallback' : 'a compensation (on failure)'}`,
    );
  return { call, caller, callee };
}
