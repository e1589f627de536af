// A saga's compensation: when a step fails, the caller calls a new compensating endpoint (release,
// refund, cancel what the earlier steps did) with `when: 'onFailure'`; the request stays failed.
// The endpoint is a new service rather than a second call to the callee: the editor joins two
// nodes by one edge, and the compensating work shows its own load and latency.
import { addEdge, addNode } from '../changes';
import { newEdge } from '../elements/new-edge';
import { defaultNode } from '../elements/new-node';
import { uniqueId } from '../elements/unique-id';
import { isServiceLike } from '../kinds/guards';
import type { CallEdge, ModelNode, Variant } from '../types';
import { freePosition } from './free-position';
import { callToReactTo } from './call-to-react-to';
import { findNode, recordedStep, takenNodeIds } from './make-step';
import { planOf, reactsToFailure } from './plan-of';
import { TransformationError, type TransformationResult } from './transformation';

export interface CompensateOptions {
  /** Node ids used in other variants, so that the new node's id means one thing everywhere. */
  otherNodeIds?: Iterable<string>;
}

const CHECKLIST: readonly [string, string][] = [
  [
    'compensation-idempotent',
    'The compensation is idempotent and succeeds when there is nothing to undo',
  ],
  [
    'compensation-retried',
    'A compensation that fails is retried or parked for an operator, never lost',
  ],
];

/**
 * On a call edge: an on-failure call right after the call (after its fallbacks, if it has any, so
 * that it runs only when the step failed for good). Any call may fail (an outage, a full queue, a
 * refusal), so every unconditional call of a service qualifies.
 */
export function compensateOnFailure(
  variant: Variant,
  edgeId: string,
  options: CompensateOptions = {},
): TransformationResult {
  const { call, caller, callee } = callToReactTo(
    variant,
    edgeId,
    (client, target) =>
      `"${client.name}" is a client: it has no outcome of its own to compensate (compensate in "${target.name}" instead)`,
  );
  const plan = planOf(variant, caller.id);
  let at = plan.findIndex((e) => e.id === call.id);
  while (plan[at + 1]?.when === 'fallback') at++;
  const next = plan[at + 1];
  if (next?.when === 'onFailure')
    throw new TransformationError(
      `a compensation already follows this call: "${findNode(variant, next.to).name}"`,
    );
  const endpoint = compensationNode(
    variant,
    `${callee.id}-compensation`,
    `Compensate ${callee.name} failure`,
    `Undoes what ${caller.name} did before its call to ${callee.name} failed`,
    caller,
    options.otherNodeIds,
  );
  return recordedStep(
    'compensate-on-failure',
    `compensate-${call.id}`,
    `Compensate on failure of ${caller.name} → ${callee.name}`,
    `When ${caller.name}'s call to ${callee.name} fails (after its fallbacks, if any), ${caller.name} calls "${endpoint.name}" to undo what the steps before it did ` +
      `(release, refund, cancel). The request stays failed, but leaves nothing half done; a successful request never runs it.`,
    [addNode(endpoint), addEdge(onFailureCall(variant, caller, endpoint, call), plan[at]!.id)],
    CHECKLIST,
  );
}

/** On a service: an on-failure call at the end of its plan, run when its own work or any call failed. */
export function compensateServiceOnFailure(
  variant: Variant,
  nodeId: string,
  options: CompensateOptions = {},
): TransformationResult {
  const node = findNode(variant, nodeId);
  if (!isServiceLike(node))
    throw new TransformationError(
      `only a service, database or external runs a plan to compensate; "${node.name}" is a ${node.kind}`,
    );
  const plan = planOf(variant, node.id);
  if (!plan.some((e) => e.kind === 'call' && !reactsToFailure(e)))
    throw new TransformationError(
      `"${node.name}" calls no other service: nothing it did before a failure needs undoing`,
    );
  const last = plan[plan.length - 1]!;
  if (last.when === 'onFailure')
    throw new TransformationError(
      `"${node.name}" already ends with a compensation: "${findNode(variant, last.to).name}"`,
    );
  const endpoint = compensationNode(
    variant,
    `${node.id}-compensation`,
    `${node.name} compensation`,
    `Undoes what ${node.name} did when a request of it fails`,
    node,
    options.otherNodeIds,
  );
  return recordedStep(
    'compensate-on-failure',
    `compensate-${node.id}`,
    `Compensate on failure of ${node.name}`,
    `When a request of ${node.name} fails (its own work or any of its calls), ${node.name} calls "${endpoint.name}" last to undo what the steps did ` +
      `(release, refund, cancel). The request stays failed, but leaves nothing half done; a successful request never runs it.`,
    [addNode(endpoint), addEdge(onFailureCall(variant, node, endpoint))],
    CHECKLIST,
  );
}

function onFailureCall(
  variant: Variant,
  caller: ModelNode,
  endpoint: ModelNode,
  like?: CallEdge,
): CallEdge {
  const ids = variant.edges.map((e) => e.id);
  return {
    ...newEdge('call', caller.id, endpoint.id, ids),
    latencyMs: like?.latencyMs ?? null,
    when: 'onFailure',
  };
}

/** The compensating endpoint: a service with the schema's defaults, below the caller. */
function compensationNode(
  variant: Variant,
  idBase: string,
  name: string,
  description: string,
  caller: ModelNode,
  otherNodeIds: Iterable<string> | undefined,
): ModelNode {
  const id = uniqueId(idBase, takenNodeIds(variant, otherNodeIds));
  const position = freePosition(
    variant,
    { x: caller.position.x + 120, y: caller.position.y + 180 },
    [caller.id],
  );
  return defaultNode({ id, name, kind: 'service', position, description });
}
