// When a call fails, the caller asks a secondary instead: a new service (a cached or degraded
// answer) called with `when: 'fallback'` right after the primary call in the caller's plan.
import { addEdge, addNode } from '../changes';
import { newEdge } from '../elements/new-edge';
import { defaultNode } from '../elements/new-node';
import { uniqueId } from '../elements/unique-id';
import { isServiceLike } from '../kinds/guards';
import type { Distribution, ModelNode, Variant } from '../types';
import { freePosition } from './free-position';
import { callToReactTo } from './call-to-react-to';
import { findNode, recordedStep, takenNodeIds } from './make-step';
import { nextInPlan } from './plan-of';
import { TransformationError, type TransformationResult } from './transformation';

/** A cached or degraded answer: quick (p50 2 ms, p99 10 ms) and, as modelled, never failing. */
export const FALLBACK_SERVICE_TIME: Distribution = { type: 'lognormal', p50: 2, p99: 10 };

export interface FallbackOptions {
  /** Node ids used in other variants, so that the new node's id means one thing everywhere. */
  otherNodeIds?: Iterable<string>;
}

export function addFallback(
  variant: Variant,
  edgeId: string,
  options: FallbackOptions = {},
): TransformationResult {
  const { call, caller, callee } = callToReactTo(
    variant,
    edgeId,
    (client, target) =>
      `"${client.name}" is a client: it has no outcome of its own, so its calls take no fallback (add one to the calls of "${target.name}" instead)`,
  );
  if (call.outcome)
    throw new TransformationError(
      `this call is one outcome of group "${call.outcome.group}": a fallback after it would react to whichever outcome was taken`,
    );
  const next = nextInPlan(variant, call);
  if (next?.kind === 'call' && next.when === 'fallback')
    throw new TransformationError(
      `this call already has a fallback: "${findNode(variant, next.to).name}"`,
    );

  const secondary = fallbackNode(variant, callee, caller, options.otherNodeIds);
  const edge = {
    ...newEdge(
      'call',
      caller.id,
      secondary.id,
      variant.edges.map((e) => e.id),
    ),
    latencyMs: call.latencyMs,
    when: 'fallback' as const,
  };
  return recordedStep(
    'add-fallback',
    `fallback-${call.id}`,
    `Add a fallback to ${caller.name} → ${callee.name}`,
    `When the call to ${callee.name} fails (or anything before it in ${caller.name}'s work did), ${caller.name} asks "${secondary.name}" instead: ` +
      `a cached or degraded answer. If it answers, the request succeeds after all, with the fallback's latency added; ` +
      `an outage of ${callee.name} then shows as slower answers instead of errors. The fallback must be able to take ${callee.name}'s whole load.`,
    [addNode(secondary), addEdge(edge, call.id)],
    [
      [
        'fallback-answer',
        `What "${secondary.name}" answers is agreed (cached, default or degraded)`,
      ],
      [
        'fallback-load',
        `"${secondary.name}" can take ${callee.name}'s whole load during an outage`,
      ],
    ],
  );
}

/** The secondary: as many workers as the primary (it may have to take all of its load), quick answers. */
function fallbackNode(
  variant: Variant,
  callee: ModelNode,
  caller: ModelNode,
  otherNodeIds: Iterable<string> | undefined,
): ModelNode {
  const id = uniqueId(`${callee.id}-fallback`, takenNodeIds(variant, otherNodeIds));
  const position = freePosition(variant, { x: callee.position.x, y: callee.position.y + 90 }, [
    caller.id,
  ]);
  return defaultNode({
    id,
    name: `${callee.name} fallback`,
    kind: 'service',
    position,
    description: `A cached or degraded answer used when ${callee.name} fails`,
    replicas: isServiceLike(callee) ? callee.replicas : 1,
    concurrency: isServiceLike(callee) ? callee.concurrency : 8,
    serviceTimeMs: FALLBACK_SERVICE_TIME,
  });
}
