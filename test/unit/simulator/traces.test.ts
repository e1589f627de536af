// Synthetic traces: well-formed span trees for the first N requests after warm-up, and a run
// with tracing gives the same numbers as one without.
import { expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
import type { Span } from '../../../simulator/result';
import {
  broker,
  call,
  client,
  consume,
  constantLoad,
  project,
  publish,
  service,
} from '../../helpers/build-project';

const p = project(
  [
    client('web'),
    service('api', {
      concurrency: 8,
      callMode: 'parallel',
      serviceTimeMs: { type: 'exponential', mean: 3 },
    }),
    service('db', { concurrency: 4, serviceTimeMs: { type: 'exponential', mean: 2 } }),
    broker('orders', 'topic'),
    service('mailer', { serviceTimeMs: 5 }),
    service('audit', { serviceTimeMs: 1 }),
  ],
  [
    call('web', 'api', { latencyMs: 10 }),
    call('api', 'db', { count: 2, timeoutMs: 500 }),
    publish('api', 'orders'),
    consume('orders', 'mailer'),
    consume('orders', 'audit'),
    call('mailer', 'db'),
  ],
  { durationS: 20, warmupS: 5, load: constantLoad(50, 'web') },
);

test('spans form one tree per request, with the OpenTelemetry kinds and peers', () => {
  const r = simulate(p, { variant: 'v', scenario: 's', traces: { maxRequests: 10 } });
  const spans = r.traces!;
  const byId = new Map<string, Span>(spans.map((s) => [s.spanId, s]));
  const traces = new Set(spans.map((s) => s.traceId));
  expect(traces.size).toBe(10);
  expect(byId.size).toBe(spans.length);
  for (const s of spans) {
    expect(s.endMs).toBeGreaterThanOrEqual(s.startMs);
    expect(s.startMs).toBeGreaterThanOrEqual(5000);
    if (s.parentSpanId === null) {
      expect(s.kind).toBe('client');
      expect(s.service).toBe('web');
      continue;
    }
    const parent = byId.get(s.parentSpanId)!;
    expect(parent.traceId).toBe(s.traceId);
    if (s.kind === 'server') {
      expect(parent.kind).toBe('client');
      expect(parent.peerService).toBe(s.service);
      expect(s.startMs).toBeGreaterThanOrEqual(parent.startMs);
    } else if (s.kind === 'consumer') {
      expect(parent.kind).toBe('producer');
      expect(parent.peerService).toBe('orders');
      expect(['mailer', 'audit']).toContain(s.service);
    } else {
      expect(
        parent.kind === 'server' || parent.kind === 'client' || parent.kind === 'consumer',
      ).toBe(true);
      expect(s.service).toBe(parent.service);
    }
  }
  // One trace: the request, api's server span, two db calls, a publish, a consumer span per subscription.
  const first = spans.filter((s) => s.traceId === spans[0].traceId);
  const names = first.map((s) => `${s.service}:${s.kind}:${s.name}`).sort();
  expect(names).toEqual(
    [
      'api:client:call db',
      'api:client:call db',
      'api:producer:publish orders',
      'api:server:handle request',
      'audit:consumer:handle orders',
      'db:server:handle request',
      'db:server:handle request',
      'db:server:handle request',
      'mailer:client:call db',
      'mailer:consumer:handle orders',
      'web:client:call api',
      'web:client:request',
    ].sort(),
  );
});

test('tracing does not change the simulation', () => {
  const plain = simulate(p, { variant: 'v', scenario: 's' });
  const traced = simulate(p, { variant: 'v', scenario: 's', traces: { maxRequests: 50 } });
  expect(plain.traces).toBeUndefined();
  const { traces, ...rest } = traced;
  expect(traces!.length).toBeGreaterThan(50);
  expect({ ...rest, wallMs: 0 }).toEqual({ ...plain, wallMs: 0 });
});
