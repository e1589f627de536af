// The number parameters of nodes as field descriptors, per inspector section: adding a parameter
// to a node's inspector is one entry here (docs/architecture.md, "Add a parameter").
import type { BrokerNode, ServiceLikeNode } from '../../models/types';
import type { NumberFieldLayout } from './NumberFieldRows';

export const SERVICE_CAPACITY_FIELDS: NumberFieldLayout<ServiceLikeNode> = [
  [
    { key: 'replicas', label: 'Replicas', testId: 'inspector-replicas' },
    {
      key: 'concurrency',
      label: 'Concurrency',
      unit: '/ replica',
      testId: 'inspector-concurrency',
    },
  ],
  [
    {
      key: 'queueLimit',
      label: 'Queue limit',
      unit: 'requests',
      hint: 'Requests waiting for a worker before new ones are rejected; empty = unbounded.',
      nullLabel: 'unbounded',
    },
  ],
];

export const SERVICE_BEHAVIOUR_FIELDS: NumberFieldLayout<ServiceLikeNode> = [
  [
    {
      key: 'errorRate',
      label: 'Error rate',
      unit: '0..1',
      step: 0.01,
      testId: 'inspector-errorRate',
    },
  ],
];

/** Caches (the registry's `caches` capability): the share of lookups answered from the cache. */
export const CACHE_FIELDS: NumberFieldLayout<ServiceLikeNode> = [
  [
    {
      key: 'hitRatio',
      label: 'Hit ratio',
      unit: '0..1',
      step: 0.01,
      hint: 'Lookups answered from the cache; a miss goes on to its outbound calls. Empty = 0.9.',
      nullLabel: '0.9',
      omitWhenEmpty: true,
      testId: 'inspector-hitRatio',
    },
  ],
];

export const BROKER_CAPACITY_FIELDS: NumberFieldLayout<BrokerNode> = [
  [
    {
      key: 'capacity',
      label: 'Capacity',
      unit: 'messages',
      hint: 'Backlog limit; a full queue refuses the publish. Empty = unbounded.',
      nullLabel: 'unbounded',
    },
  ],
];

export const BROKER_FAILURE_FIELDS: NumberFieldLayout<BrokerNode> = [
  [
    { key: 'maxDeliveries', label: 'Max deliveries' },
    { key: 'redeliveryDelayMs', label: 'Redelivery delay', unit: 'ms' },
  ],
  [
    {
      key: 'duplicateRate',
      label: 'Duplicate rate',
      unit: '0..1',
      step: 0.01,
      hint: 'At-least-once: share of processed messages delivered again.',
    },
  ],
  [
    {
      key: 'messageTtlMs',
      label: 'Message time-to-live',
      unit: 'ms',
      hint: 'A message no consumer has taken this long after it was published expires: to the dead-letter queue if one is set, else dropped. Empty = never expires.',
      nullLabel: 'never expires',
      omitWhenEmpty: true,
      testId: 'inspector-message-ttl',
    },
  ],
];
