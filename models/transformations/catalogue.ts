// Every migration transformation, once: what it applies to and how to build it. The editor's
// Transform commands and the advisor (simulator/advisor) both read this list.
import type { Variant } from '../types';
import { addCircuitBreaker } from './add-circuit-breaker';
import { addDeadLetterQueue } from './add-dead-letter-queue';
import { addFallback } from './add-fallback';
import { addRetries } from './add-retries';
import { addTimeout } from './add-timeout';
import { decoupleThroughQueue } from './decouple-through-queue';
import { fanOutThroughTopic } from './fan-out-through-topic';
import { makeConsumerIdempotent } from './make-consumer-idempotent';
import { compensateOnFailure, compensateServiceOnFailure } from './compensate-on-failure';
import { putCacheInFront } from './put-cache-in-front';
import { orchestrateThroughCommandQueues } from './orchestrate-through-command-queues';
import { rateLimitCallers } from './rate-limit-callers';
import { autoscaleConsumers } from './autoscale-consumers';
import { addTimeToLive } from './add-time-to-live';
import { partitionByKey } from './partition-by-key';
import type { TransformationResult } from './transformation';

export interface TransformationSpec {
  /** Stable name: the command is `transform.<name>`, the advisor's JSON says it. */
  name: string;
  label: string;
  /** What it is applied to: one selected node or one selected edge. */
  on: 'node' | 'edge';
  description: string;
  /**
   * Builds the changes for one node or edge; throws a TransformationError when it does not apply.
   * `otherNodeIds`: node ids of the project's other variants, so a new node's id means one thing.
   */
  build: (variant: Variant, id: string, otherNodeIds: Set<string>) => TransformationResult;
  /**
   * Why the advisor does not try it, when its benefit rests on a figure the model cannot know
   * and the transformation can only guess (a cache's hit ratio); absent: the advisor tries it.
   */
  notAdvised?: string;
}

export const TRANSFORMATIONS: readonly TransformationSpec[] = [
  {
    name: 'decoupleThroughQueue',
    label: 'Decouple through a queue',
    on: 'edge',
    description:
      'The caller publishes to a new queue that the callee consumes; the caller stops waiting',
    build: (v, id, taken) => decoupleThroughQueue(v, id, { otherNodeIds: taken }),
  },
  {
    name: 'fanOutThroughTopic',
    label: 'Fan out through a topic',
    on: 'node',
    description: 'One topic; each former callee subscribes to it',
    build: (v, id, taken) => fanOutThroughTopic(v, id, { otherNodeIds: taken }),
  },
  {
    name: 'addDeadLetterQueue',
    label: 'Add a dead-letter queue',
    on: 'node',
    description: 'Messages that keep failing go to a new queue',
    build: (v, id, taken) => addDeadLetterQueue(v, id, { otherNodeIds: taken }),
  },
  {
    name: 'makeConsumerIdempotent',
    label: 'Make consumer idempotent',
    on: 'edge',
    description: 'Duplicates are recognised and discarded',
    build: (v, id) => makeConsumerIdempotent(v, id),
  },
  {
    name: 'addTimeout',
    label: 'Add timeout',
    on: 'edge',
    description: 'Stop waiting after a deadline (3× the callee’s p99)',
    build: (v, id) => addTimeout(v, id),
  },
  {
    name: 'addRetries',
    label: 'Add retries with backoff',
    on: 'edge',
    description: 'Retry failures twice, 100 ms backoff doubling',
    build: (v, id) => addRetries(v, id),
  },
  {
    name: 'addCircuitBreaker',
    label: 'Add circuit breaker',
    on: 'edge',
    description: 'Fail fast while the callee keeps failing',
    build: (v, id) => addCircuitBreaker(v, id),
  },
  {
    name: 'addFallback',
    label: 'Add a fallback',
    on: 'edge',
    description: 'When the call fails, ask a new secondary (a cached or degraded answer) instead',
    build: (v, id, taken) => addFallback(v, id, { otherNodeIds: taken }),
  },
  {
    name: 'compensateOnFailure',
    label: 'Compensate on failure',
    on: 'edge',
    description: 'When the call fails, call a new compensating endpoint; the request stays failed',
    build: (v, id, taken) => compensateOnFailure(v, id, { otherNodeIds: taken }),
  },
  {
    name: 'compensateServiceOnFailure',
    label: 'Compensate failed requests',
    on: 'node',
    description: 'When a request of the service fails, call a new compensating endpoint last',
    build: (v, id, taken) => compensateServiceOnFailure(v, id, { otherNodeIds: taken }),
  },
  {
    name: 'rateLimitCallers',
    label: 'Rate-limit callers',
    on: 'node',
    description: 'Refuse calls beyond 90 % of what the service can serve (a token bucket)',
    build: (v, id) => rateLimitCallers(v, id),
  },
  {
    name: 'autoscaleConsumers',
    label: 'Autoscale consumers on backlog',
    on: 'node',
    description:
      'The consuming service scales on the messages waiting (KEDA): today’s replicas up to four times as many',
    build: (v, id) => autoscaleConsumers(v, id),
  },
  {
    name: 'addTimeToLive',
    label: 'Add a time-to-live',
    on: 'node',
    description:
      'Messages no consumer took within 5 minutes expire, into the dead-letter queue if there is one',
    build: (v, id) => addTimeToLive(v, id),
    notAdvised:
      'when a message stops being worth handling is a business decision the model cannot know; expiring more only looks like fewer failures',
  },
  {
    name: 'partitionByKey',
    label: 'Partition by key',
    on: 'node',
    description:
      'Messages spread over partitions by key, kept in order per key: one partition per consumer worker of the largest group',
    build: (v, id) => partitionByKey(v, id),
    notAdvised:
      'it buys per-key order at the cost of parallelism: whether order matters is a design decision the model cannot weigh',
  },
  {
    name: 'putCacheInFront',
    label: 'Put a cache in front',
    on: 'node',
    description: 'Callers ask a new cache first; it calls the node only on a miss (hit ratio 0.9)',
    build: (v, id, taken) => putCacheInFront(v, id, { otherNodeIds: taken }),
    notAdvised:
      'its benefit is the hit ratio, which depends on how often the same answer is asked for: the transformation assumes 0.9 for any node, and would win every ranking on that guess',
  },
  {
    name: 'orchestrateThroughCommandQueues',
    label: 'Orchestrate through command queues',
    on: 'edge',
    description:
      'A new orchestrator takes the event in place of its subscribers and commands each through a queue of its own',
    build: (v, id, taken) => orchestrateThroughCommandQueues(v, id, { otherNodeIds: taken }),
  },
];
