// "Partition by key": a queue or topic spread over partitions by key, ordered per partition, one
// partition per consumer worker of its largest group, so that throughput does not drop.
import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../../models/changes';
import { applyTransformation } from '../../../../models/transformations/apply-transformation';
import { addDeadLetterQueue } from '../../../../models/transformations/add-dead-letter-queue';
import {
  DEFAULT_PARTITIONS,
  partitionByKey,
  widestConsumerGroup,
} from '../../../../models/transformations/partition-by-key';
import { DEFAULT_AUTOSCALE } from '../../../../models/schema/autoscale';
import { TRANSFORMATIONS } from '../../../../models/transformations/catalogue';
import type { BrokerNode, ServiceLikeNode, Variant } from '../../../../models/types';
import {
  broker,
  call,
  client,
  consume,
  constantLoad,
  project,
  publish,
  service,
} from '../../../helpers/build-project';
import {
  roadmapRoundTrip,
  run,
  transformed,
  variantOf,
} from '../../../helpers/flow-transform-helpers';
import { expectValid, fixtureProject } from '../../../helpers/transformation-fixture';

const asIs = (): Variant => fixtureProject().variants[0]!;

describe('partition by key: the change', () => {
  test('one partition per consumer worker (billing: 1 replica × 4), ordered per partition; valid; in the catalogue, not advised', () => {
    const before = asIs();
    const r = partitionByKey(before, 'orders');
    const after = applyChanges(before, r.changes);
    const orders = before.nodes.find((n) => n.id === 'orders') as BrokerNode;
    expect(after.nodes.find((n) => n.id === 'orders')).toEqual({
      ...orders,
      partitions: 4,
      ordering: 'per-partition',
    });
    expect(r.step).toMatchObject({
      kind: 'partition-by-key',
      recorded: true,
      title: 'Partition Orders by key',
    });
    expect(r.step.rationale).toContain('one for each of the 4 consumer workers');
    expect(r.step.checklist.map((i) => i.id)).toEqual([
      'partition-key-chosen',
      'partition-skew-checked',
    ]);
    expect(expectValid(applyTransformation(fixtureProject(), 'as-is', r))).toEqual([]);
    const spec = TRANSFORMATIONS.find((t) => t.name === 'partitionByKey')!;
    expect(spec).toMatchObject({ label: 'Partition by key', on: 'node' });
    expect(spec.notAdvised).toContain('per-key order');
  });

  test('an autoscaled consumer counts at its maximum; the widest of several groups; none: 12', () => {
    const v = asIs();
    const billing = v.nodes.find((n) => n.id === 'billing') as ServiceLikeNode;
    const scaled: Variant = {
      ...v,
      nodes: v.nodes.map((n) =>
        n.id === 'billing'
          ? ({
              ...billing,
              replicas: 2,
              autoscale: { ...DEFAULT_AUTOSCALE.backlog, minReplicas: 1, maxReplicas: 5 },
            } as ServiceLikeNode)
          : n,
      ),
      edges: [
        ...v.edges,
        { ...v.edges.find((e) => e.id === 'orders-billing')!, id: 'orders-mail', to: 'mail' },
      ],
    };
    expect(widestConsumerGroup(scaled, 'orders')).toBe(20); // 5 replicas × 4
    const unconsumed = { ...v, edges: v.edges.filter((e) => e.kind !== 'consume') };
    expect(widestConsumerGroup(unconsumed, 'orders')).toBe(0);
    const r = partitionByKey(unconsumed, 'orders');
    expect(applyChanges(unconsumed, r.changes).nodes.find((n) => n.id === 'orders')).toMatchObject({
      partitions: DEFAULT_PARTITIONS,
    });
    expect(DEFAULT_PARTITIONS).toBe(12);
  });

  test('refuses, saying why: a service, a partitioned broker, a dead-letter queue', () => {
    const v = asIs();
    expect(() => partitionByKey(v, 'api')).toThrow(/"API" is a service, not a queue or topic/);
    const partitioned = applyChanges(v, partitionByKey(v, 'orders').changes);
    expect(() => partitionByKey(partitioned, 'orders')).toThrow(
      /"Orders" already has 4 partitions/,
    );
    const withDlq = applyChanges(v, addDeadLetterQueue(v, 'orders').changes);
    expect(() => partitionByKey(withDlq, 'orders-dlq')).toThrow(
      /"Orders DLQ" is the dead-letter queue of "Orders"/,
    );
  });
});

test('its effect, simulated: as many partitions as consumer workers keep the throughput', () => {
  // 300 messages/s, handling 10 ms, 4 consumer workers: each busy 75 %, all 300/s handled.
  const p = project(
    [
      client(),
      service('api', { concurrency: 1000, serviceTimeMs: { type: 'constant', value: 0 } }),
      broker('q', 'queue'),
      service('worker', { serviceTimeMs: { type: 'exponential', mean: 10 } }),
    ],
    [call('c', 'api'), publish('api', 'q'), consume('q', 'worker', { concurrency: 4 })],
    { durationS: 40, warmupS: 10, load: constantLoad(300) },
  );
  const before = run(p).queues.q!;
  const after = run(transformed(p, partitionByKey(variantOf(p), 'q'))).queues.q!;
  expect(after.hottestPartition).toBeDefined();
  // Both keep up: what was accepted is handled, within the last second's messages.
  expect(before.acked).toBeGreaterThan(before.published - 300);
  expect(after.acked).toBeGreaterThan(after.published - 300);
  expect(Math.abs(after.acked - before.acked) / before.acked).toBeLessThan(0.03);
});

test('roadmap round trip: the recorded step, saved and reloaded, replays to the to-be', () => {
  const { replayed, toBe, steps } = roadmapRoundTrip(fixtureProject(), (v) =>
    partitionByKey(v, 'orders'),
  );
  expect(steps!.steps.map((s) => [s.kind, s.recorded])).toEqual([['partition-by-key', true]]);
  expect(replayed.nodes).toEqual(toBe.nodes);
});
