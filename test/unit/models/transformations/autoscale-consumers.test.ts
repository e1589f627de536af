// "Autoscale consumers on backlog": the consuming service scales on the messages waiting (KEDA),
// from today's replicas to four times as many, one replica per what it handles in 10 s.
import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../../models/changes';
import { applyTransformation } from '../../../../models/transformations/apply-transformation';
import {
  autoscaleConsumers,
  suggestedAutoscale,
} from '../../../../models/transformations/autoscale-consumers';
import { TRANSFORMATIONS } from '../../../../models/transformations/catalogue';
import type { ConsumeEdge, ServiceLikeNode, Variant } from '../../../../models/types';
import {
  broker,
  call,
  client,
  consume,
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

describe('the autoscaling it sets', () => {
  test('today’s replicas to four times as many; a target of what the consumers handle in 10 s', () => {
    const billing = asIs().nodes.find((n) => n.id === 'billing') as ServiceLikeNode;
    const edge = asIs().edges.find((e) => e.id === 'orders-billing') as ConsumeEdge;
    // 4 consumer workers at the default service time's mean (lognormal 10/50: 12.7038 ms):
    // 314.87 messages a second, 3 149 in 10 s.
    expect(suggestedAutoscale(billing, [edge])).toEqual({
      metric: 'backlog',
      minReplicas: 1,
      maxReplicas: 4,
      backlogPerReplica: 3149,
      pollingS: 15,
      cooldownS: 300,
      startDelayS: 30,
    });
    const three = { ...billing, replicas: 3, serviceTimeMs: { type: 'constant', value: 20 } };
    expect(
      suggestedAutoscale(three as ServiceLikeNode, [edge, { ...edge, concurrency: 6 }]),
    ).toMatchObject({
      minReplicas: 3,
      maxReplicas: 12,
      backlogPerReplica: 5000,
    });
  });
});

describe('autoscale consumers: the change', () => {
  test('sets the node’s autoscale and nothing else; the result is valid; it is in the catalogue', () => {
    const before = asIs();
    const r = autoscaleConsumers(before, 'billing');
    const after = applyChanges(before, r.changes);
    const billing = before.nodes.find((n) => n.id === 'billing') as ServiceLikeNode;
    expect(after.nodes.find((n) => n.id === 'billing')).toEqual({
      ...billing,
      autoscale: suggestedAutoscale(billing, [
        before.edges.find((e) => e.id === 'orders-billing') as ConsumeEdge,
      ]),
    });
    expect(after.edges).toEqual(before.edges);
    expect(r.step).toMatchObject({ kind: 'autoscale-consumers', recorded: true });
    expect(r.step.title).toBe('Autoscale Billing on its backlog (1–4 replicas)');
    expect(expectValid(applyTransformation(fixtureProject(), 'as-is', r))).toEqual([]);
    const spec = TRANSFORMATIONS.find((t) => t.name === 'autoscaleConsumers')!;
    expect(spec).toMatchObject({ label: 'Autoscale consumers on backlog', on: 'node' });
    expect(spec.build(before, 'billing', new Set()).changes).toEqual(r.changes);
  });

  test('refuses, saying why: a queue, a node that consumes nothing, one already autoscaled', () => {
    const v = asIs();
    expect(() => autoscaleConsumers(v, 'orders')).toThrow(
      /only a service consumes messages and has replicas to scale; "Orders" is a queue/,
    );
    expect(() => autoscaleConsumers(v, 'mail')).toThrow(
      /"Mail" consumes from no queue or topic: there is no backlog to scale on/,
    );
    const scaled = applyChanges(v, autoscaleConsumers(v, 'billing').changes);
    expect(() => autoscaleConsumers(scaled, 'billing')).toThrow(
      /"Billing" already scales 1–4 replicas automatically/,
    );
  });
});

test('its effect, simulated: a spike parked in the queue drains sooner', () => {
  // 1 000 messages/s for 60 s against one replica of 4 workers at 10 ms (400/s): the backlog grows
  // 600/s. Scaled on it, the consumer reaches 3 replicas (1 200/s) after its first poll and delay.
  const p = project(
    [
      client(),
      service('api', { serviceTimeMs: { type: 'constant', value: 1 }, concurrency: 64 }),
      broker('q', 'queue'),
      service('worker', { serviceTimeMs: { type: 'constant', value: 10 } }),
    ],
    [call('c', 'api'), publish('api', 'q'), consume('q', 'worker')],
    {
      durationS: 240,
      warmupS: 0,
      load: [
        {
          client: 'c',
          shape: {
            type: 'steps',
            points: [
              [0, 1000],
              [60, 1000],
              [60.001, 0],
            ],
          },
        },
      ],
    },
  );
  const before = run(p);
  const after = run(transformed(p, autoscaleConsumers(variantOf(p), 'worker')));
  expect(Math.max(...after.series.replicas!.worker!)).toBeGreaterThanOrEqual(3);
  expect(after.queues.q!.messageAgeMs.max).toBeLessThan(before.queues.q!.messageAgeMs.max / 2);
  expect(after.queues.q!.acked).toBe(after.queues.q!.published);
});

test('roadmap round trip: the recorded step, saved and reloaded, replays to the to-be', () => {
  const { replayed, toBe, steps } = roadmapRoundTrip(fixtureProject(), (v) =>
    autoscaleConsumers(v, 'billing'),
  );
  expect(steps!.steps.map((s) => [s.kind, s.recorded])).toEqual([['autoscale-consumers', true]]);
  expect(replayed.nodes).toEqual(toBe.nodes);
});
