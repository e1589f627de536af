// A token bucket in front of a service: calls beyond what it can serve are refused at once
// (`rateLimited`) instead of queueing until every caller times out.
import { updateNode } from '../changes';
import { distributionMean } from '../distribution-mean';
import { isServiceLike } from '../kinds/guards';
import { LIMITS } from '../limits';
import { DEFAULT_RATE_LIMIT, type RateLimit } from '../schema/rate-limit';
import type { ServiceLikeNode, Variant } from '../types';
import { findNode, recordedStep } from './make-step';
import { TransformationError, type TransformationResult } from './transformation';

/** The share of the node's capacity the limit lets through: headroom so its queue stays short. */
export const RATE_LIMIT_SHARE = 0.9;

/** Calls a second the node's workers can serve: replicas × concurrency / mean service time. */
export function capacityRps(node: ServiceLikeNode): number {
  const meanMs = distributionMean(node.serviceTimeMs);
  return meanMs > 0 ? (node.replicas * node.concurrency * 1000) / meanMs : Infinity;
}

/**
 * 90 % of the capacity (rounded down, at least 1/s), with a burst of one call per worker (they
 * can all start at once); DEFAULT_RATE_LIMIT when the service takes no time (no finite capacity).
 */
export function suggestedRateLimit(node: ServiceLikeNode): RateLimit {
  const capacity = capacityRps(node);
  if (!Number.isFinite(capacity)) return { ...DEFAULT_RATE_LIMIT };
  return {
    rps: Math.min(LIMITS.rps, Math.max(1, Math.floor(capacity * RATE_LIMIT_SHARE))),
    burst: Math.min(LIMITS.rps, node.replicas * node.concurrency),
  };
}

export function rateLimitCallers(variant: Variant, nodeId: string): TransformationResult {
  const node = findNode(variant, nodeId);
  if (!isServiceLike(node))
    throw new TransformationError(
      `only a service, database or external takes calls to limit; "${node.name}" is a ${node.kind}`,
    );
  if (node.rateLimit)
    throw new TransformationError(
      `"${node.name}" already limits its callers to ${node.rateLimit.rps}/s (burst ${node.rateLimit.burst})`,
    );
  if (!variant.edges.some((e) => e.kind === 'call' && e.to === node.id))
    throw new TransformationError(
      `nothing calls "${node.name}" synchronously: messages it consumes do not pass a rate limit`,
    );
  const limit = suggestedRateLimit(node);
  const capacity = capacityRps(node);
  const derived = Number.isFinite(capacity)
    ? `90 % of what its ${node.replicas * node.concurrency} workers serve at its mean service time (${Math.round(capacity)}/s)`
    : 'the default: its service takes no time, so its capacity sets no rate';
  return recordedStep(
    'rate-limit-callers',
    `rate-limit-${node.id}`,
    `Rate-limit the callers of ${node.name} to ${limit.rps}/s`,
    `A token bucket of ${limit.rps} calls a second (burst ${limit.burst}), ${derived}, guards every call to ${node.name}. ` +
      `Beyond it, calls are refused at once as rate limited instead of queueing: an overload is shed at the door and the calls that get in stay fast. ` +
      `Time ${node.name} spends waiting on its own calls is not counted, so check the limit under the peak.`,
    [updateNode({ ...node, rateLimit: limit })],
    [
      [
        'limit-answer',
        `Callers of ${node.name} get a clear "too many requests" answer and back off`,
      ],
      ['limit-review', 'The limit is reviewed when replicas or service time change'],
    ],
  );
}
