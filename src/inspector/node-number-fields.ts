// The number parameters of nodes as field descriptors, per inspector section: adding a parameter
// to a node's inspector is one entry here (docs/architecture.md, "Add a parameter").
import type { BacklogAutoscale, UtilizationAutoscale } from '../../models/schema/autoscale';
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

/** Partitions of a queue or topic (models/schema/partitions.ts). */
export const BROKER_PARTITION_FIELDS: NumberFieldLayout<BrokerNode> = [
  [
    {
      key: 'partitions',
      label: 'Partitions',
      hint: 'A consumer group handles one message per partition at a time, so at most this many at once. Empty = one unpartitioned backlog (and no key skew or ordering).',
      nullLabel: 'unpartitioned',
      integer: true,
      omitWhenEmpty: true,
      testId: 'inspector-partitions',
    },
    {
      key: 'hotPartitionShare',
      label: 'Hottest partition share',
      unit: '1/partitions..1',
      step: 0.01,
      hint: 'Key skew: the share of messages on the hottest partition. Empty = keys spread evenly.',
      nullLabel: 'even',
      omitWhenEmpty: true,
      testId: 'inspector-hot-partition-share',
    },
  ],
];

/** Autoscaling on utilisation (a Kubernetes HPA; models/schema/autoscale.ts). */
export const UTILIZATION_AUTOSCALE_FIELDS: NumberFieldLayout<UtilizationAutoscale> = [
  [
    {
      key: 'minReplicas',
      label: 'Min replicas',
      integer: true,
      testId: 'inspector-autoscale-minReplicas',
    },
    {
      key: 'maxReplicas',
      label: 'Max replicas',
      integer: true,
      testId: 'inspector-autoscale-maxReplicas',
    },
  ],
  [
    {
      key: 'targetUtilization',
      label: 'Target utilisation',
      unit: '0..1',
      step: 0.05,
      hint: 'The busy share of the ready replicas’ workers it aims at.',
      testId: 'inspector-autoscale-targetUtilization',
    },
  ],
  [
    { key: 'windowS', label: 'Averaged over', unit: 's', testId: 'inspector-autoscale-windowS' },
    { key: 'periodS', label: 'Decision every', unit: 's', testId: 'inspector-autoscale-periodS' },
  ],
  [
    {
      key: 'scaleOutDelayS',
      label: 'Scale-out delay',
      unit: 's',
      hint: 'A new replica takes work this long after the decision.',
      testId: 'inspector-autoscale-scaleOutDelayS',
    },
    {
      key: 'scaleInCooldownS',
      label: 'Scale-in cooldown',
      unit: 's',
      hint: 'A scale-in takes the highest recommendation of this window.',
      testId: 'inspector-autoscale-scaleInCooldownS',
    },
  ],
];

/** Autoscaling on the backlog consumed (KEDA on queue length). */
export const BACKLOG_AUTOSCALE_FIELDS: NumberFieldLayout<BacklogAutoscale> = [
  [
    {
      key: 'minReplicas',
      label: 'Min replicas',
      integer: true,
      hint: '0 scales to zero while nothing waits.',
      testId: 'inspector-autoscale-minReplicas',
    },
    {
      key: 'maxReplicas',
      label: 'Max replicas',
      integer: true,
      testId: 'inspector-autoscale-maxReplicas',
    },
  ],
  [
    {
      key: 'backlogPerReplica',
      label: 'Target backlog',
      unit: 'messages / replica',
      testId: 'inspector-autoscale-backlogPerReplica',
    },
  ],
  [
    { key: 'pollingS', label: 'Polling every', unit: 's', testId: 'inspector-autoscale-pollingS' },
    { key: 'cooldownS', label: 'Cooldown', unit: 's', testId: 'inspector-autoscale-cooldownS' },
  ],
  [
    {
      key: 'startDelayS',
      label: 'Start delay',
      unit: 's',
      hint: 'A new replica (from zero too) takes work this long after the decision.',
      testId: 'inspector-autoscale-startDelayS',
    },
  ],
];
