import type { Distribution } from './distribution';
import type { Ordering } from './partitions';

export const BROKER_TECHNOLOGIES = ['kafka', 'rabbitmq', 'nats', 'activemq', 'generic'] as const;
export type BrokerTechnology = (typeof BROKER_TECHNOLOGIES)[number];

export interface BrokerSettings {
  publishAckMs: Distribution;
  deliveryMs: Distribution;
  capacity: number | null;
  maxDeliveries: number;
  redeliveryDelayMs: number;
  duplicateRate: number;
  /** How a partitioned queue or topic of this technology orders its partitions. */
  ordering: Ordering;
}

/**
 * Defaults a queue or topic takes from its technology when a field is left out.
 * `generic` is the model's plain defaults; the others are typical production settings
 * (acknowledged publishes, usual redelivery limits), documented in docs/file-format.md.
 */
export const BROKER_PRESETS: Record<BrokerTechnology, BrokerSettings> = {
  generic: {
    publishAckMs: { type: 'constant', value: 1 },
    deliveryMs: { type: 'constant', value: 2 },
    capacity: null,
    maxDeliveries: 5,
    redeliveryDelayMs: 1000,
    duplicateRate: 0,
    ordering: 'none',
  },
  // acks=all on a replicated partition; a partition is consumed in order by one consumer of the group; consumers poll, so delivery is a few ms; retention, not a length limit.
  kafka: {
    publishAckMs: { type: 'lognormal', p50: 3, p99: 25 },
    deliveryMs: { type: 'lognormal', p50: 5, p99: 40 },
    capacity: null,
    maxDeliveries: 5,
    redeliveryDelayMs: 1000,
    duplicateRate: 0.001,
    ordering: 'per-partition',
  },
  // publisher confirms on a quorum queue; push delivery; a max-length policy; competing consumers, unordered.
  rabbitmq: {
    publishAckMs: { type: 'lognormal', p50: 2, p99: 15 },
    deliveryMs: { type: 'lognormal', p50: 1, p99: 8 },
    capacity: 100000,
    maxDeliveries: 20,
    redeliveryDelayMs: 1000,
    duplicateRate: 0.0005,
    ordering: 'none',
  },
  // JetStream: MaxDeliver and AckWait drive redelivery.
  nats: {
    publishAckMs: { type: 'lognormal', p50: 1, p99: 6 },
    deliveryMs: { type: 'lognormal', p50: 0.5, p99: 4 },
    capacity: null,
    maxDeliveries: 5,
    redeliveryDelayMs: 30000,
    duplicateRate: 0.001,
    ordering: 'none',
  },
  // persistent JMS messages; default redelivery policy of 6 retries.
  activemq: {
    publishAckMs: { type: 'lognormal', p50: 4, p99: 30 },
    deliveryMs: { type: 'lognormal', p50: 3, p99: 20 },
    capacity: 10000,
    maxDeliveries: 7,
    redeliveryDelayMs: 1000,
    duplicateRate: 0.0005,
    ordering: 'none',
  },
};

/** The ordering a broker node runs with: its own, else its technology's. */
export function brokerOrdering(n: { technology: BrokerTechnology; ordering?: Ordering }): Ordering {
  return n.ordering ?? BROKER_PRESETS[n.technology].ordering;
}
