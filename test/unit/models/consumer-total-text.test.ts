// The edge inspector's sentence of a subscription's consumer workers: fixed replicas, a cap, an
// autoscaled consumer's range at its minimum and maximum replicas, and partitions that bound it.
import { expect, test } from 'vitest';
import { consumerTotalText } from '../../../models/consumer-total-text';
import { DEFAULT_AUTOSCALE } from '../../../models/schema/autoscale';
import type { ConsumeEdge, Variant } from '../../../models/types';
import { fixtureProject } from '../../helpers/transformation-fixture';

/** The fixture (orders consumed by billing, 4 workers per replica) with billing's and the edge's fields. */
function setup(
  billing: Record<string, unknown>,
  edge: Partial<ConsumeEdge> = {},
  partitions?: number,
) {
  const v = fixtureProject().variants[0]!;
  const variant = {
    ...v,
    nodes: v.nodes.map((n) =>
      n.id === 'billing'
        ? { ...n, ...billing }
        : n.id === 'orders' && partitions !== undefined
          ? { ...n, partitions }
          : n,
    ),
    edges: v.edges.map((e) => (e.id === 'orders-billing' ? { ...e, ...edge } : e)),
  } as Variant;
  return consumerTotalText(
    variant.edges.find((e) => e.id === 'orders-billing') as ConsumeEdge,
    variant,
  );
}

test('fixed replicas, with and without a cap', () => {
  expect(setup({ replicas: 3 })).toBe('3 replicas × 4: 12 consumer workers in all.');
  expect(setup({ replicas: 1 }, { concurrency: 1 })).toBe(
    '1 replica × 1: 1 consumer worker in all.',
  );
  expect(setup({ replicas: 3 }, { maxConsumers: 10 })).toBe(
    '3 replicas × 4 = 12, capped at 10: 10 consumer workers in all.',
  );
});

test('an autoscaled consumer counts its minimum to its maximum replicas, not its starting count', () => {
  const autoscale = { ...DEFAULT_AUTOSCALE.backlog, minReplicas: 1, maxReplicas: 6 };
  // `replicas` (3) is where a run starts; the workers range over 1..6 replicas.
  expect(setup({ replicas: 3, autoscale })).toBe(
    '1–6 replicas (auto) × 4: 4 to 24 consumer workers in all.',
  );
  expect(setup({ replicas: 3, autoscale }, { maxConsumers: 10 })).toBe(
    '1–6 replicas (auto) × 4 = 4 to 24, capped at 10: 4 to 10 consumer workers in all.',
  );
  // Scaled from zero: no worker at the minimum.
  expect(setup({ replicas: 1, autoscale: { ...autoscale, minReplicas: 0 } })).toBe(
    '0–6 replicas (auto) × 4: 0 to 24 consumer workers in all.',
  );
});

test('fewer partitions than workers bound how many work at once; as many or more say nothing', () => {
  expect(setup({ replicas: 3 }, {}, 4)).toBe(
    '3 replicas × 4: 12 consumer workers in all. Its 4 partitions let at most 4 work at once.',
  );
  expect(setup({ replicas: 3 }, {}, 1)).toBe(
    '3 replicas × 4: 12 consumer workers in all. Its 1 partition lets at most 1 work at once.',
  );
  expect(setup({ replicas: 3 }, {}, 12)).toBe('3 replicas × 4: 12 consumer workers in all.');
});
