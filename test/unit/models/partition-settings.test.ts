// Partition settings changed as the inspector changes them: what depends on the partitions goes
// with them, and a technology's preset leaves the ordering to follow the technology.
import { expect, test } from 'vitest';
import { BROKER_PRESETS, brokerOrdering } from '../../../models/schema/broker-presets';
import { withOrdering, withPartitions, withTechnology } from '../../../models/partition-settings';
import { nodeSchemaFor } from '../../../models/kinds/node-schemas';
import type { BrokerNode } from '../../../models/types';

const { ordering: _o, ...kafka } = BROKER_PRESETS.kafka;
const queue: BrokerNode = {
  id: 'orders',
  kind: 'queue',
  name: 'Orders',
  technology: 'kafka',
  ...structuredClone(kafka),
  partitions: 12,
  hotPartitionShare: 0.3,
  ordering: 'none',
} as BrokerNode;

test('removing the partitions clears the hottest share and the ordering; the rest stays', () => {
  const plain = withPartitions(queue, undefined);
  expect('partitions' in plain || 'hotPartitionShare' in plain || 'ordering' in plain).toBe(false);
  expect(plain).toEqual({
    ...kafka,
    id: 'orders',
    kind: 'queue',
    name: 'Orders',
    technology: 'kafka',
  });
  expect(nodeSchemaFor('queue').safeParse(plain).success).toBe(true);
  // The schema refuses a share without partitions: clearing it is what keeps the node valid.
  expect(nodeSchemaFor('queue').safeParse({ ...plain, hotPartitionShare: 0.3 }).success).toBe(
    false,
  );
});

test('setting a partition count keeps the share and ordering', () => {
  expect(withPartitions(queue, 4)).toEqual({ ...queue, partitions: 4 });
});

test('an ordering left out follows the technology', () => {
  const follows = withOrdering(queue, undefined);
  expect('ordering' in follows).toBe(false);
  expect(brokerOrdering(follows)).toBe('per-partition');
  expect(brokerOrdering(withOrdering(follows, 'none'))).toBe('none');
});

test('a new technology brings its settings but writes no ordering', () => {
  const rabbit = withTechnology(queue, 'rabbitmq');
  expect('ordering' in rabbit).toBe(false);
  expect(brokerOrdering(rabbit)).toBe('none');
  expect(rabbit.maxDeliveries).toBe(BROKER_PRESETS.rabbitmq.maxDeliveries);
  expect(rabbit.partitions).toBe(12);
  expect(brokerOrdering(withTechnology(rabbit, 'kafka'))).toBe('per-partition');
});
