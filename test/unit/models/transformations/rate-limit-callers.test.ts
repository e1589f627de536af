// "Rate-limit callers": a token bucket at 90 % of the service's capacity (replicas × concurrency
// / mean service time), burst one call per worker.
import { describe, expect, test } from 'vitest';
import { applyChanges, removeEdge } from '../../../../models/changes';
import { distributionMean } from '../../../../models/distribution-mean';
import { applyTransformation } from '../../../../models/transformations/apply-transformation';
import {
  capacityRps,
  rateLimitCallers,
  suggestedRateLimit,
} from '../../../../models/transformations/rate-limit-callers';
import { DEFAULT_RATE_LIMIT } from '../../../../models/schema/rate-limit';
import type { ServiceLikeNode, Variant } from '../../../../models/types';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';
import {
  roadmapRoundTrip,
  run,
  transformed,
  variantOf,
} from '../../../helpers/flow-transform-helpers';
import { expectValid, fixtureProject } from '../../../helpers/transformation-fixture';

const asIs = (): Variant => fixtureProject().variants[0]!;
const node = (fields: Partial<ServiceLikeNode>): ServiceLikeNode =>
  ({ ...asIs().nodes.find((n) => n.id === 'api'), ...fields }) as ServiceLikeNode;

describe('the rate it sets', () => {
  test('means of the service-time distributions', () => {
    expect(distributionMean({ type: 'constant', value: 7 })).toBe(7);
    expect(distributionMean({ type: 'exponential', mean: 12 })).toBe(12);
    expect(distributionMean({ type: 'uniform', min: 2, max: 10 })).toBe(6);
    expect(distributionMean({ type: 'empirical', values: [1, 2, 6] })).toBe(3);
    // σ = ln(50/10) / 2.3263 = 0.69183; mean = 10 · e^(σ²/2) = 12.7038.
    expect(distributionMean({ type: 'lognormal', p50: 10, p99: 50 })).toBeCloseTo(12.7038, 3);
  });

  test('90 % of replicas × concurrency / mean service time, burst one per worker', () => {
    const n = node({ replicas: 2, concurrency: 8, serviceTimeMs: { type: 'constant', value: 10 } });
    expect(capacityRps(n)).toBe(1600);
    expect(suggestedRateLimit(n)).toEqual({ rps: 1440, burst: 16 });
    // The schema's default service time (lognormal 10/50 ms, mean 12.7 ms), one replica of 8: 629.8/s.
    expect(suggestedRateLimit(node({ replicas: 1, concurrency: 8 }))).toEqual({
      rps: 566,
      burst: 8,
    });
    // No time, no finite capacity: the default limit.
    expect(suggestedRateLimit(node({ serviceTimeMs: { type: 'constant', value: 0 } }))).toEqual(
      DEFAULT_RATE_LIMIT,
    );
  });
});

describe('rate-limit callers: the change', () => {
  test('sets the node’s rateLimit, and nothing else; the result is valid', () => {
    const before = asIs();
    const r = rateLimitCallers(before, 'billing');
    const after = applyChanges(before, r.changes);
    const billing = before.nodes.find((n) => n.id === 'billing') as ServiceLikeNode;
    expect(after.nodes.find((n) => n.id === 'billing')).toEqual({
      ...billing,
      rateLimit: suggestedRateLimit(billing),
    });
    expect(after.edges).toEqual(before.edges);
    expect(r.step).toMatchObject({ kind: 'rate-limit-callers', recorded: true });
    expect(r.step.title).toBe(
      `Rate-limit the callers of Billing to ${suggestedRateLimit(billing).rps}/s`,
    );
    expect(expectValid(applyTransformation(fixtureProject(), 'as-is', r))).toEqual([]);
  });

  test('refuses, saying why: a queue, a client, a limited node, a node nothing calls', () => {
    const v = asIs();
    expect(() => rateLimitCallers(v, 'orders')).toThrow(
      /only a service, database or external takes calls to limit; "Orders" is a queue/,
    );
    expect(() => rateLimitCallers(v, 'web')).toThrow(/"Web" is a client/);
    const limited = applyChanges(v, rateLimitCallers(v, 'db').changes);
    expect(() => rateLimitCallers(limited, 'db')).toThrow(/"DB" already limits its callers to/);
    const uncalled = applyChanges(v, [removeEdge('api-mail')]);
    expect(() => rateLimitCallers(uncalled, 'mail')).toThrow(
      /nothing calls "Mail" synchronously: messages it consumes do not pass a rate limit/,
    );
  });
});

describe('rate-limit callers: its effect, simulated', () => {
  // One replica of 4 workers at 10 ms: 400 calls/s at most; 1 200/s arrive for 20 s.
  const overloaded = () =>
    project(
      [
        client(),
        service('api', { serviceTimeMs: { type: 'constant', value: 10 }, concurrency: 4 }),
      ],
      [call('c', 'api')],
      { durationS: 20, warmupS: 0, load: constantLoad(1200) },
    );

  test('the accepted calls are capped at the limit (360/s + burst 4), the rest refused at once, and the calls let in stay fast', () => {
    const p = overloaded();
    const before = run(p);
    const r = run(transformed(p, rateLimitCallers(variantOf(p), 'api')));
    const api = r.nodes.api!;
    const accepted = api.arrivals - (api.rateLimited ?? 0);
    // At most burst + rps·T through; under a 3× overload hardly a token goes unused.
    expect(accepted).toBeLessThanOrEqual(4 + 360 * 20);
    expect(accepted).toBeGreaterThanOrEqual(4 + 360 * 20 - 2);
    expect(r.entry.errors.rateLimited).toBe(api.rateLimited);
    // Without the limit the queue grows without bound: answered calls wait seconds.
    expect(before.entry.succeededLatencyMs.p99).toBeGreaterThan(5_000);
    // With it the service runs at 90 %: a short queue (an M/D/4 at 0.9 waits tens of ms at most).
    expect(r.entry.succeededLatencyMs.p99).toBeLessThan(200);
  });
});

test('roadmap round trip: the recorded step, saved and reloaded, replays to the to-be', () => {
  const { replayed, toBe, steps } = roadmapRoundTrip(fixtureProject(), (v) =>
    rateLimitCallers(v, 'billing'),
  );
  expect(steps!.steps.map((s) => [s.kind, s.recorded])).toEqual([['rate-limit-callers', true]]);
  expect(replayed.nodes).toEqual(toBe.nodes);
  expect(replayed.edges).toEqual(toBe.edges);
});
