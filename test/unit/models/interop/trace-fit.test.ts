// Thousands of generated traces of the shop system (known distributions): the imported
// model's fitted numbers must be within 10% of the ones the traces were drawn from.
import { describe, expect, test } from 'vitest';
import { TraceImporter } from '../../../../models/interop/import-traces';
import type { Distribution, ModelEdge, ModelNode, Project } from '../../../../models/types';
import { generateShopSpans } from '../../../fixtures/traces/generate-spans';
import {
  DEPENDENCIES,
  ENTRY_RPS,
  NETWORK_LATENCY_MS,
  SERVICES,
  type Lognormal,
} from '../../../fixtures/traces/shop-system';
import { jaegerChunks, otlpChunks, zipkinChunks } from '../../../fixtures/traces/write-formats';

const TRACES = 4000;

function importChunks(chunks: Iterable<string>): Project {
  const importer = new TraceImporter();
  for (const chunk of chunks) importer.feed(chunk);
  return importer.finish().project;
}

function node(p: Project, id: string): ModelNode {
  const n = p.variants[0]?.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
}

function callEdge(p: Project, from: string, to: string): Extract<ModelEdge, { kind: 'call' }> {
  const e = p.variants[0]?.edges.find((x) => x.from === from && x.to === to);
  if (!e || e.kind !== 'call') throw new Error(`no call ${from}->${to}`);
  return e;
}

function expectLognormalNear(
  d: Distribution | null | undefined,
  truth: Lognormal,
  what: string,
): void {
  expect(d?.type, what).toBe('lognormal');
  if (d?.type !== 'lognormal') return;
  expect(Math.abs(d.p50 / truth.p50 - 1), `${what} p50 ${d.p50} vs ${truth.p50}`).toBeLessThan(0.1);
  expect(Math.abs(d.p99 / truth.p99 - 1), `${what} p99 ${d.p99} vs ${truth.p99}`).toBeLessThan(0.1);
}

describe.each([
  ['otlp', (b: ReturnType<typeof generateShopSpans>[]) => otlpChunks(b)],
  ['jaeger', (b: ReturnType<typeof generateShopSpans>[]) => jaegerChunks(b)],
  ['zipkin', (b: ReturnType<typeof generateShopSpans>[]) => zipkinChunks(b)],
] as const)('fitted model from %s', (_format, write) => {
  // Four batches, as an exporter would send them; fed chunk by chunk.
  const batches = [0, 1, 2, 3].map((i) =>
    generateShopSpans({
      traces: TRACES / 4,
      seed: 100 + i,
      startMs: Date.UTC(2026, 0, 5, 9) + i * (TRACES / 4 / ENTRY_RPS) * 1000,
    }),
  );
  const project = importChunks(write(batches));

  test('service self times are within 10% of the generating lognormals', () => {
    for (const [id, def] of Object.entries(SERVICES)) {
      const n = node(project, id);
      expectLognormalNear('serviceTimeMs' in n ? n.serviceTimeMs : null, def.selfMs, id);
    }
  });

  test('databases and externals get the call duration as their service time', () => {
    for (const [id, def] of Object.entries(DEPENDENCIES)) {
      const n = node(project, id);
      expect(n.kind).toBe(def.kind);
      expectLognormalNear('serviceTimeMs' in n ? n.serviceTimeMs : null, def.durationMs, id);
    }
  });

  test('network latency, probabilities, counts and call modes', () => {
    expectLognormalNear(
      callEdge(project, 'gateway', 'orders').latencyMs,
      NETWORK_LATENCY_MS,
      'gateway->orders latency',
    );
    expectLognormalNear(
      callEdge(project, 'orders', 'pricing').latencyMs,
      NETWORK_LATENCY_MS,
      'orders->pricing latency',
    );
    const tax = callEdge(project, 'pricing', 'tax');
    expect(tax.count).toBe(1);
    expect(Math.abs(tax.probability - 0.6)).toBeLessThan(0.03);
    const db = callEdge(project, 'inventory', 'inventory-db');
    expect([db.count, db.probability]).toEqual([2, 1]);
    const orders = node(project, 'orders');
    const inventory = node(project, 'inventory');
    expect('callMode' in orders && orders.callMode).toBe('parallel');
    expect('callMode' in inventory && inventory.callMode).toBe('sequential');
  });

  test('the load scenario is at the observed entry rate', () => {
    const shape = project.scenarios[0]?.load[0]?.shape;
    expect(shape?.type).toBe('constant');
    if (shape?.type === 'constant') expect(Math.abs(shape.rps / ENTRY_RPS - 1)).toBeLessThan(0.1);
  });

  test('publish and consume through the queue', () => {
    const edges = project.variants[0]?.edges ?? [];
    expect(edges.find((e) => e.kind === 'publish')).toMatchObject({
      from: 'orders',
      to: 'order-events',
      probability: 1,
    });
    expect(edges.find((e) => e.kind === 'consume')).toMatchObject({
      from: 'order-events',
      to: 'notifier',
    });
  });
});
