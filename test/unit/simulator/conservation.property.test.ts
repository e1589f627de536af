// Nothing disappears: over random models and scenarios (faults, timeouts, retries, breakers,
// DLQs, duplicates, capacity limits, message expiry, rate limits, conditions and outcome groups,
// caches with cold starts, autoscaling on utilisation and on backlog), generated = succeeded + failed +
// deadLettered + expired + inFlight exactly. inFlight is counted from the records still alive at the end, independently of the
// outcome counters, so the equation is a real check.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { SimulationResult } from '../../../simulator/result';
import { simulate } from '../../../simulator/simulate';
import { projectSchema, CURRENT_VERSION } from '../../../models/schema/project';

const dist = fc.oneof(
  fc.record({ type: fc.constant('constant'), value: fc.double({ min: 0, max: 30, noNaN: true }) }),
  fc.record({
    type: fc.constant('exponential'),
    mean: fc.double({ min: 0.5, max: 30, noNaN: true }),
  }),
  fc.record({
    type: fc.constant('lognormal'),
    p50: fc.double({ min: 1, max: 20, noNaN: true }),
    p99: fc.double({ min: 20, max: 200, noNaN: true }),
  }),
);

const modelOf = (cyclic: boolean) =>
  fc
    .record({
      services: fc.integer({ min: 1, max: 5 }),
      brokers: fc.integer({ min: 0, max: 2 }),
      seed: fc.integer({ min: 0, max: 1000 }),
      rps: fc.integer({ min: 5, max: 300 }),
      durationS: fc.integer({ min: 3, max: 20 }),
      serviceFields: fc.array(
        fc.record({
          concurrency: fc.integer({ min: 1, max: 8 }),
          queueLimit: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 20 })),
          serviceTimeMs: dist,
          errorRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.5, noNaN: true })),
          callMode: fc.constantFrom('sequential', 'parallel'),
          rateLimit: fc.oneof(
            fc.constant(undefined),
            fc.record({
              rps: fc.double({ min: 1, max: 200, noNaN: true }),
              burst: fc.integer({ min: 1, max: 20 }),
            }),
          ),
        }),
        { minLength: 5, maxLength: 5 },
      ),
      brokerFields: fc.array(
        fc.record({
          kind: fc.constantFrom('queue', 'topic'),
          technology: fc.constantFrom('generic', 'kafka', 'rabbitmq', 'nats', 'activemq'),
          capacity: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 50 })),
          maxDeliveries: fc.integer({ min: 1, max: 4 }),
          redeliveryDelayMs: fc.integer({ min: 0, max: 500 }),
          duplicateRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
          dlq: fc.boolean(),
          messageTtlMs: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 300 })),
        }),
        { minLength: 2, maxLength: 2 },
      ),
      callFields: fc.array(
        fc.record({
          probability: fc.double({ min: 0.2, max: 1, noNaN: true }),
          count: fc.integer({ min: 1, max: 3 }),
          latency: fc.boolean(),
          timeoutMs: fc.oneof(fc.constant(null), fc.integer({ min: 5, max: 200 })),
          retries: fc.oneof(
            fc.constant(null),
            fc.record({
              max: fc.integer({ min: 0, max: 3 }),
              backoffMs: fc.integer({ min: 0, max: 50 }),
              multiplier: fc.constantFrom(1, 2),
            }),
          ),
          breaker: fc.boolean(),
          optional: fc.boolean(),
          when: fc.constantFrom(undefined, undefined, 'onSuccess', 'onFailure', 'fallback'),
          quota: fc.oneof(
            fc.constant(undefined),
            fc.record({
              rps: fc.integer({ min: 1, max: 100 }),
              burst: fc.integer({ min: 1, max: 5 }),
            }),
          ),
        }),
        { minLength: 12, maxLength: 12 },
      ),
      edgeMask: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      consumeFields: fc.array(
        fc.record({ concurrency: fc.integer({ min: 1, max: 4 }), idempotent: fc.boolean() }),
        { minLength: 6, maxLength: 6 },
      ),
      faults: fc.array(
        fc.record({
          type: fc.constantFrom('outage', 'slowdown', 'errors', 'coldStart', 'partialOutage'),
          node: fc.integer({ min: 0, max: 6 }),
          startS: fc.integer({ min: 0, max: 10 }),
          len: fc.integer({ min: 0, max: 10 }),
        }),
        { maxLength: 3 },
      ),
      warmupS: fc.integer({ min: 0, max: 2 }),
      // Service cacheAt (when it is not the entry s0) is a cache: it calls, never publishes or consumes.
      cacheAt: fc.integer({ min: 0, max: 4 }),
      hitRatio: fc.double({ min: 0, max: 1, noNaN: true }),
      groupWeight: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      // Last, so the draws of every field above are those of the models before autoscaling.
      autoscale: fc.array(
        fc.oneof(
          fc.constant(undefined),
          fc.record({
            metric: fc.constant('utilization'),
            minReplicas: fc.integer({ min: 1, max: 2 }),
            more: fc.integer({ min: 0, max: 4 }),
            targetUtilization: fc.double({ min: 0.1, max: 1, noNaN: true }),
            windowS: fc.double({ min: 0.2, max: 3, noNaN: true }),
            periodS: fc.double({ min: 0.2, max: 2, noNaN: true }),
            scaleOutDelayS: fc.constantFrom(0, 0.3, 1.5),
            scaleInCooldownS: fc.constantFrom(0, 0.5, 2),
          }),
          fc.record({
            metric: fc.constant('backlog'),
            minReplicas: fc.integer({ min: 0, max: 1 }),
            more: fc.integer({ min: 0, max: 4 }),
            backlogPerReplica: fc.double({ min: 0.5, max: 20, noNaN: true }),
            pollingS: fc.double({ min: 0.2, max: 2, noNaN: true }),
            cooldownS: fc.constantFrom(0, 0.5, 2),
            startDelayS: fc.constantFrom(0, 0.3, 1.5),
          }),
        ),
        { minLength: 5, maxLength: 5 },
      ),
      // Last, so that adding it left the draws of the fields above as they were.
      partitioning: fc.array(
        fc.oneof(
          fc.constant(undefined),
          fc.record({
            partitions: fc.integer({ min: 1, max: 4 }),
            skew: fc.double({ min: 0, max: 1, noNaN: true }),
            ordering: fc.constantFrom(undefined, 'per-partition', 'none'),
          }),
        ),
        { minLength: 2, maxLength: 2 },
      ),
    })
    .map((g) => {
      const svc = Array.from({ length: g.services }, (_, i) => `s${i}`);
      const brk = Array.from({ length: g.brokers }, (_, i) => `b${i}`);
      const nodes: Record<string, unknown>[] = [{ id: 'c', name: 'c', kind: 'client' }];
      svc.forEach((id, i) => {
        const { rateLimit, ...f } = g.serviceFields[i];
        const autoscale = g.autoscale[i];
        const cache = i > 0 && i === g.cacheAt ? { kind: 'cache', hitRatio: g.hitRatio } : {};
        nodes.push({
          id,
          name: id,
          kind: 'service',
          ...f,
          ...(rateLimit ? { rateLimit } : {}),
          ...(autoscale ? { autoscale: autoscaleOf(autoscale) } : {}),
          ...cache,
        });
      });
      brk.forEach((id, i) => {
        const { dlq, messageTtlMs, ...f } = g.brokerFields[i];
        const pt = g.partitioning[i];
        nodes.push({
          id,
          name: id,
          ...f,
          ...(messageTtlMs === undefined ? {} : { messageTtlMs }),
          ...(pt === undefined
            ? {}
            : {
                partitions: pt.partitions,
                // From an even spread (1/P) to every key on one partition (1).
                hotPartitionShare: 1 / pt.partitions + pt.skew * (1 - 1 / pt.partitions),
                ...(pt.ordering === undefined ? {} : { ordering: pt.ordering }),
              }),
          deadLetterQueue: dlq && i === 0 && brk.length > 1 ? 'b1' : null,
        });
      });
      const edges: Record<string, unknown>[] = [];
      let callNo = 0;
      let mask = 0;
      const nextCall = (from: string, to: string) => {
        const f = g.callFields[callNo++ % g.callFields.length];
        edges.push({
          id: `e${edges.length}`,
          kind: 'call',
          from,
          to,
          probability: f.probability,
          count: f.count,
          latencyMs: f.latency ? { type: 'exponential', mean: 2 } : null,
          timeoutMs: f.timeoutMs,
          retries: f.retries,
          circuitBreaker: f.breaker ? { minCalls: 5, windowS: 1, openS: 0.5 } : null,
          optional: f.optional,
          ...(f.quota ? { rateLimit: f.quota } : {}),
          ...(f.when && from !== 'c' ? { when: f.when } : {}),
        });
      };
      nextCall('c', 's0');
      // Calls go "down" (i < j), so the sync graph is acyclic, unless cycles are asked for.
      for (let i = 0; i < svc.length; i++) {
        for (let j = cyclic ? 0 : i + 1; j < svc.length; j++)
          if (i !== j && g.edgeMask[mask++ % 40]) nextCall(svc[i], svc[j]);
      }
      let consumes = 0;
      brk.forEach((b, k) => {
        svc.forEach((s, i) => {
          if (i > 0 && i === g.cacheAt) return;
          if (g.edgeMask[(20 + k * 5 + i) % 40])
            edges.push({
              id: `e${edges.length}`,
              kind: 'publish',
              from: s,
              to: b,
              probability: 0.8,
            });
          if (g.edgeMask[(30 + k * 5 + i) % 40] && i > 0) {
            edges.push({
              id: `e${edges.length}`,
              kind: 'consume',
              from: b,
              to: s,
              ...g.consumeFields[consumes++ % 6],
            });
          }
        });
      });
      // The first two outbound edges of s0, if it has them, are an exclusive outcome group.
      const [first, second] = edges.filter((e) => e.from === 's0' && e.kind !== 'consume');
      // (A publish cannot be a fallback, so such a pair stays apart.)
      if (first && second && !(first.when === 'fallback' && second.kind === 'publish')) {
        first.outcome = { group: 'g', weight: g.groupWeight };
        second.outcome = { group: 'g', weight: 1 - g.groupWeight };
        if (first.when) second.when = first.when;
        else delete second.when;
      }
      // Scaling on a backlog needs something consumed: elsewhere, scale on utilisation.
      for (const n of nodes) {
        const a = n.autoscale as { metric: string; minReplicas: number } | undefined;
        if (a?.metric === 'backlog' && !edges.some((e) => e.kind === 'consume' && e.to === n.id))
          n.autoscale = {
            metric: 'utilization',
            minReplicas: Math.max(1, a.minReplicas),
            maxReplicas: 3,
            periodS: 0.5,
            windowS: 1,
            scaleOutDelayS: 0.2,
            scaleInCooldownS: 1,
          };
      }
      const allNodes = [...svc, ...brk];
      const faults = g.faults.map((f) => ({
        type: f.type,
        node: allNodes[f.node % allNodes.length],
        startS: f.startS,
        endS: f.startS + f.len,
        ...(f.type === 'slowdown'
          ? { factor: 4 }
          : f.type === 'errors'
            ? { rate: 0.5 }
            : f.type === 'partialOutage'
              ? { share: 0.5 }
              : {}),
      }));
      return {
        seed: g.seed,
        project: projectSchema.parse({
          format: 'spillway',
          version: CURRENT_VERSION,
          name: 'random',
          variants: [{ id: 'v', name: 'v', nodes, edges }],
          scenarios: [
            {
              id: 's',
              name: 's',
              durationS: g.durationS,
              warmupS: Math.min(g.warmupS, g.durationS - 1),
              load: [{ client: 'c', shape: { type: 'ramp', fromRps: g.rps, toRps: g.rps * 2 } }],
              faults,
            },
          ],
        }),
      };
    });

test('conservation holds exactly over requests and messages', () => {
  // What the random runs exercised, so the property cannot pass by never meeting a feature.
  const seen = {
    messages: 0,
    deadLettered: 0,
    expired: 0,
    duplicates: 0,
    timeouts: 0,
    circuitOpen: 0,
    rejected: 0,
    backpressure: 0,
    rateLimited: 0,
    flows: 0,
    fallbacks: 0,
    compensations: 0,
    inFlight: 0,
    noWarmup: 0,
    cacheHits: 0,
    coldStarts: 0,
    scaledOut: 0,
    scaledIn: 0,
    scaledFromZero: 0,
    partitioned: 0,
    partitionRedelivered: 0,
    partialOutages: 0,
  };
  fc.assert(
    fc.property(modelOf(false), ({ project, seed }) => {
      const r = simulate(project, { variant: 'v', scenario: 's', seed, maxWallMs: 20_000 });
      const c = r.conservation;
      const qs = Object.values(r.queues);
      if (qs.some((q) => q.published > 0)) seen.messages++;
      if (c.deadLettered > 0) seen.deadLettered++;
      if (c.expired > 0) seen.expired++;
      const b0 = project.variants[0]!.nodes.find((n) => n.id === 'b0');
      if (b0 && 'deadLetterQueue' in b0 && b0.deadLetterQueue === 'b1') {
        // Expired and dead-lettered messages of b0 are published into b1 (besides b1's own publishers).
        const from = r.queues.b0!;
        expect(r.queues.b1!.published).toBeGreaterThanOrEqual(from.expired! + from.deadLettered);
      }
      expect(qs.reduce((n, q) => n + (q.expired ?? 0), 0)).toBeLessThanOrEqual(c.expired);
      if (qs.some((q) => q.duplicates > 0)) seen.duplicates++;
      if (r.entry.errors.timeout > 0) seen.timeouts++;
      if (r.entry.errors.circuitOpen > 0) seen.circuitOpen++;
      if (r.entry.errors.rejected > 0) seen.rejected++;
      if (r.entry.errors.backpressure > 0) seen.backpressure++;
      if (r.entry.errors.rateLimited > 0) seen.rateLimited++;
      if (r.outcomes && Object.values(r.outcomes.taken).some((n) => n > 0)) seen.flows++;
      if ((r.outcomes?.fallbacksRecovered ?? 0) > 0) seen.fallbacks++;
      if ((r.outcomes?.compensations ?? 0) > 0) seen.compensations++;
      if (c.inFlight > 0) seen.inFlight++;
      if (r.warmupS === 0) seen.noWarmup++;
      if (Object.values(r.nodes).some((n) => (n.hits ?? 0) > 0)) seen.cacheHits++;
      const counts = Object.values(r.series.replicas ?? {});
      if (counts.some((v) => v.some((x, k) => k > 0 && x > v[k - 1]!))) seen.scaledOut++;
      if (counts.some((v) => v.some((x, k) => k > 0 && x < v[k - 1]!))) seen.scaledIn++;
      if (counts.some((v) => v[0] === 0 && v.some((x) => x > 0))) seen.scaledFromZero++;
      const kindOf = (id: string) => project.variants[0]!.nodes.find((n) => n.id === id)?.kind;
      if (
        project.scenarios[0]!.faults.some(
          (f) => f.type === 'coldStart' && kindOf(f.node) === 'cache',
        )
      )
        seen.coldStarts++;
      if (
        project.scenarios[0]!.faults.some(
          (f) =>
            f.type === 'partialOutage' &&
            (kindOf(f.node) === 'queue' || kindOf(f.node) === 'topic'),
        )
      )
        seen.partialOutages++;
      expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.expired + c.inFlight);
      expect(r.entry.succeeded + r.entry.failed).toBeLessThanOrEqual(r.entry.requests);
      const e = r.entry.errors;
      expect(
        e.timeout + e.rejected + e.failed + e.circuitOpen + e.backpressure + e.rateLimited,
      ).toBe(r.entry.failed);
      for (const [id, q] of Object.entries(r.queues)) {
        expect(q.finalBacklog).toBeGreaterThanOrEqual(0);
        const hot = q.hottestPartition;
        // The hottest partition's series exactly where the stats are, and never above the queue's.
        const hotSeries = r.series.hottestPartitionBacklog?.[id];
        expect(hotSeries !== undefined, id).toBe(hot !== undefined);
        hotSeries?.forEach((h, k) => {
          expect(h).toBeGreaterThanOrEqual(0);
          expect(h).toBeLessThanOrEqual(r.series.backlog[id]![k]!);
        });
        if (!hot) continue;
        // A partition holds part of its channel's backlog, never more.
        expect(hot.finalBacklog).toBeGreaterThanOrEqual(0);
        expect(hot.finalBacklog).toBeLessThanOrEqual(q.finalBacklog);
        if (q.delivered > 0) seen.partitioned++;
        // Deliveries beyond the first of each message: redeliveries (or duplicates) in partitions.
        if (q.delivered > q.acked + q.deadLettered + q.duplicates) seen.partitionRedelivered++;
      }
      expect(r.cutShort).toBeNull();
      expectOutcomesAddUp(r);
    }),
    { numRuns: 100, seed: 20261127 },
  );
  for (const [feature, runs] of Object.entries(seen)) expect(runs, feature).toBeGreaterThan(0);
});

test('conservation holds exactly when a guard cuts a run short (sync cycles, tight budgets)', () => {
  let cut = 0;
  fc.assert(
    fc.property(modelOf(true), ({ project, seed }) => {
      const r = simulate(project, {
        variant: 'v',
        scenario: 's',
        seed,
        maxEvents: 50_000,
        maxLive: 20_000,
      });
      const c = r.conservation;
      expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.expired + c.inFlight);
      if (r.cutShort) {
        cut++;
        expect(r.simulatedS).toBe(r.cutShort.atS);
      }
    }),
    { numRuns: 40, seed: 7 },
  );
  expect(cut).toBeGreaterThan(0);
});

/**
 * The outcome figures add up: per bucket, what finished is what failed plus what succeeded (of
 * which some within the objective); over the run the buckets hold every answered entry; the
 * cascade is the first troubled bucket of the state series the replay reads.
 */
function expectOutcomesAddUp(r: SimulationResult): void {
  const s = r.series;
  const e = r.entry;
  const sum = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);
  const failedIn = s.t.map((_, k) =>
    Object.values(s.errorsByKind).reduce((f, kind) => f + kind[k]!, 0),
  );
  s.t.forEach((_, k) => {
    expect(s.succeededWithinTarget[k]).toBeLessThanOrEqual(s.finished[k]! - failedIn[k]!);
    expect(s.succeededP99Ms[k] === null).toBe(s.finished[k] === failedIn[k]);
    expect(s.timeToFailP50Ms[k] === null).toBe(failedIn[k] === 0);
  });
  expect(e.succeededWithinTarget).toBeLessThanOrEqual(e.succeeded);
  expect(sum(failedIn)).toBe(r.conservation.failed);
  if (r.warmupS === 0) {
    expect(sum(s.finished)).toBe(e.succeeded + e.failed);
    expect(sum(s.succeededWithinTarget)).toBe(e.succeededWithinTarget);
    // requests = succeeded + failed + unanswered at the end, the last counted on its own.
    if (r.conservation.generated === e.requests)
      expect(r.conservation.inFlight).toBe(e.requests - e.succeeded - e.failed);
  }
  if (e.failed === 0) expect(e.timeToFailMs).toEqual(ZERO);
  if (e.succeeded === 0) expect(e.succeededLatencyMs).toEqual(ZERO);
  else expect(e.succeededLatencyMs.max).toBeLessThanOrEqual(e.latencyMs.max);
  // The cascade: each node's first troubled bucket after the warm-up, from the state series.
  const measured = (k: number): boolean => s.t[k]! >= r.warmupS - 1e-9;
  for (const [id, states] of Object.entries(s.nodeState)) {
    const first = (bit: number): number =>
      states.findIndex((v, k) => measured(k) && (v & bit) !== 0);
    const entry = r.cascade.find((c) => c.node === id);
    const sat = first(1);
    const fail = first(2);
    expect(sat < 0, `${id} saturated`).toBe((entry?.saturatedAtS ?? null) === null);
    expect(fail < 0, `${id} failing`).toBe((entry?.failingAtS ?? null) === null);
    if (sat >= 0) expect(entry!.saturatedAtS!).toBeLessThanOrEqual(s.t[sat]! + s.bucketS + 1e-6);
    if (fail >= 0) {
      expect(entry!.failingAtS!).toBeGreaterThanOrEqual(s.t[fail]! - 1e-6);
      expect(entry!.failingAtS!).toBeLessThanOrEqual(s.t[fail]! + s.bucketS + 1e-6);
    }
  }
}

const ZERO = { mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };

/** A generated autoscale: its maximum as the minimum plus some. */
function autoscaleOf(a: { minReplicas: number; more: number }): Record<string, unknown> {
  const { more, ...rest } = a;
  return { ...rest, maxReplicas: Math.max(1, a.minReplicas + more) };
}
