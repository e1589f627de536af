// Round trip: simulate a model with synthetic traces, write them as OTLP JSON, import them
// back: same topology, and service times, probabilities and latency within 10%.
import { describe, expect, test } from 'vitest';
import { importTraces } from '../../../../models/interop/import-traces';
import { spansToOtlp } from '../../../../models/interop/spans-to-otlp';
import { loadProject } from '../../../../models/load';
import type { Distribution, ModelEdge, Project } from '../../../../models/types';
import { simulate } from '../../../../simulator/simulate';
import { CURRENT_VERSION } from '../../../../models/schema/project';

const service = (id: string, p50: number, p99: number, extra: Record<string, unknown> = {}) => ({
  id,
  name: id,
  kind: 'service',
  concurrency: 200,
  queueLimit: null,
  serviceTimeMs: { type: 'lognormal', p50, p99 },
  ...extra,
});

function load(doc: unknown): Project {
  const loaded = loadProject(doc);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.project;
}

/** Five services in a chain with a parallel fan-out, a probabilistic call, a repeated call, a queue, a database and an external system. */
const original = load({
  format: 'spillway',
  version: CURRENT_VERSION,
  name: 'Round trip',
  variants: [
    {
      id: 'as-is',
      name: 'As-is',
      nodes: [
        { id: 'web', name: 'web', kind: 'client' },
        service('gateway', 4, 16),
        service('orders', 10, 40, { callMode: 'parallel' }),
        service('inventory', 6, 20),
        service('pricing', 8, 30),
        service('tax', 3, 12),
        service('notifier', 5, 15),
        { ...service('orders-db', 2, 8), kind: 'database' },
        { ...service('mail-api', 20, 80), kind: 'external' },
        { id: 'jobs', name: 'jobs', kind: 'queue', publishAckMs: 1, deliveryMs: 2 },
      ],
      edges: [
        { id: 'e1', kind: 'call', from: 'web', to: 'gateway' },
        {
          id: 'e2',
          kind: 'call',
          from: 'gateway',
          to: 'orders',
          latencyMs: { type: 'lognormal', p50: 1, p99: 4 },
        },
        { id: 'e3', kind: 'call', from: 'orders', to: 'inventory', count: 2 },
        { id: 'e4', kind: 'call', from: 'orders', to: 'pricing' },
        { id: 'e5', kind: 'call', from: 'pricing', to: 'tax', probability: 0.5 },
        { id: 'e6', kind: 'publish', from: 'orders', to: 'jobs' },
        { id: 'e7', kind: 'consume', from: 'jobs', to: 'notifier', concurrency: 50 },
        { id: 'e8', kind: 'call', from: 'orders', to: 'orders-db' },
        { id: 'e9', kind: 'call', from: 'notifier', to: 'mail-api' },
      ],
    },
  ],
  scenarios: [
    {
      id: 'steady',
      name: 'Steady',
      durationS: 200,
      warmupS: 5,
      load: [{ client: 'web', shape: { type: 'constant', rps: 20 } }],
    },
  ],
});

describe('simulate → OTLP → import', () => {
  const result = simulate(original, {
    variant: 'as-is',
    scenario: 'steady',
    traces: { maxRequests: 3000 },
  });
  const spans = result.traces ?? [];
  // Databases and external systems are not instrumented in real systems: only their callers' client spans remain.
  const otlp = spansToOtlp(spans, {
    epochMs: Date.UTC(2026, 0, 1),
    uninstrumented: { 'orders-db': 'database', 'mail-api': 'external' },
  });
  const { project, summary } = importTraces(JSON.stringify(otlp));
  const imported = project.variants[0];
  const source = original.variants[0];
  if (!imported || !source) throw new Error('no variant');

  test('the simulator produced traces', () => {
    expect(summary.traces).toBeGreaterThanOrEqual(2900);
    expect(summary.repairs).toEqual({
      missingParents: 0,
      clockSkew: 0,
      cycles: 0,
      duplicateIds: 0,
    });
  });

  test('same topology: nodes, kinds and edges', () => {
    const nodes = (nodes: { id: string; kind: string }[]) =>
      nodes.map((n) => `${n.kind}:${n.id}`).sort();
    expect(nodes(imported.nodes)).toEqual(nodes(source.nodes));
    const edges = (edges: ModelEdge[]) =>
      edges
        .map((e) => `${e.kind}:${e.from}->${e.to}${e.kind === 'call' ? ` x${e.count}` : ''}`)
        .sort();
    expect(edges(imported.edges)).toEqual(edges(source.edges));
  });

  test('service times within 10%', () => {
    for (const node of source.nodes) {
      if (!('serviceTimeMs' in node)) continue;
      const twin = imported.nodes.find((n) => n.id === node.id);
      const fitted: Distribution | undefined =
        twin && 'serviceTimeMs' in twin ? twin.serviceTimeMs : undefined;
      const truth = node.serviceTimeMs;
      expect(fitted?.type, node.id).toBe('lognormal');
      if (fitted?.type !== 'lognormal' || truth.type !== 'lognormal') continue;
      expect(
        Math.abs(fitted.p50 / truth.p50 - 1),
        `${node.id} p50 ${fitted.p50} vs ${truth.p50}`,
      ).toBeLessThan(0.1);
      expect(
        Math.abs(fitted.p99 / truth.p99 - 1),
        `${node.id} p99 ${fitted.p99} vs ${truth.p99}`,
      ).toBeLessThan(0.1);
    }
  });

  test('probability, call mode, latency and load', () => {
    const tax = imported.edges.find((e) => e.to === 'tax');
    expect(tax?.kind === 'call' && Math.abs(tax.probability - 0.5)).toBeLessThan(0.05);
    const orders = imported.nodes.find((n) => n.id === 'orders');
    expect(orders && 'callMode' in orders && orders.callMode).toBe('parallel');
    const hop = imported.edges.find((e) => e.from === 'gateway' && e.to === 'orders');
    const latency = hop?.kind === 'call' ? hop.latencyMs : null;
    expect(latency?.type).toBe('lognormal');
    if (latency?.type === 'lognormal') expect(Math.abs(latency.p50 - 1)).toBeLessThan(0.1);
    const shape = project.scenarios[0]?.load[0]?.shape;
    expect(shape?.type === 'constant' && Math.abs(shape.rps / 20 - 1)).toBeLessThan(0.1);
  });

  test('the imported model simulates like the original (entry latency within 10%)', () => {
    const again = simulate(project, { variant: imported.id, scenario: 'observed-load' });
    expect(again.entry.failed).toBe(0);
    for (const key of ['mean', 'p50', 'p95'] as const) {
      const a = again.entry.latencyMs[key];
      const b = result.entry.latencyMs[key];
      expect(Math.abs(a / b - 1), `${key} ${a} vs ${b}`).toBeLessThan(0.1);
    }
  });
});
