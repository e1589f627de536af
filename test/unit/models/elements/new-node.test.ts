// New nodes and edges carry the schema's defaults, validate, and take ids no variant uses.
import { describe, expect, test } from 'vitest';
import { defaultNode, newNode } from '../../../../models/elements/new-node';
import { newEdge } from '../../../../models/elements/new-edge';
import { allNodeIds } from '../../../../models/elements/all-node-ids';
import { nodeSchemaFor } from '../../../../models/kinds/node-schemas';
import { kindSpec } from '../../../../models/kinds/node-kinds';
import { BROKER_PRESETS, brokerOrdering } from '../../../../models/schema/broker-presets';
import { edgeSchema } from '../../../../models/schema/edge';
import { NODE_KINDS } from '../../../../models/schema/node';
import { CURRENT_VERSION, projectSchema } from '../../../../models/schema/project';
import type { Project, ServiceLikeNode } from '../../../../models/types';
import { checkProject } from '../../../../models/validate';

const project = (nodeIds: string[][]): Project =>
  projectSchema.parse({
    format: 'spillway',
    version: CURRENT_VERSION,
    name: 'p',
    variants: nodeIds.map((ids, i) => ({
      id: `v${i}`,
      name: `V${i}`,
      nodes: ids.map((id) => ({ id, name: id, kind: 'service' })),
      edges: [],
    })),
    scenarios: [],
  });

describe('newNode', () => {
  test.each(NODE_KINDS)(
    'a new %s is what the schema makes of id, name, position and its kind’s defaults',
    (kind) => {
      const n = newNode(kind, { x: 10.4, y: -3.6 }, project([[]]));
      expect(n).toEqual(
        nodeSchemaFor(kind).parse({
          ...kindSpec(kind).defaults,
          id: kind,
          name: n.name,
          kind,
          position: { x: 10, y: -4 },
        }),
      );
      const p = project([[]]);
      p.variants[0]!.nodes.push(n);
      expect(checkProject(p).errors).toEqual([]);
    },
  );

  test('a new cache answers 90 % of lookups in about a millisecond, with 64 workers', () => {
    const c = newNode('cache', { x: 0, y: 0 }, project([[]])) as ServiceLikeNode;
    expect([c.hitRatio, c.concurrency, c.serviceTimeMs]).toEqual([
      0.9,
      64,
      { type: 'lognormal', p50: 0.5, p99: 3 },
    ]);
  });

  test('the service defaults are the schema’s: 1 replica × 8 workers, queue limit 100', () => {
    const s = newNode('service', { x: 0, y: 0 }, project([[]])) as ServiceLikeNode;
    expect(s).toMatchObject({
      replicas: 1,
      concurrency: 8,
      queueLimit: 100,
      errorRate: 0,
      callMode: 'sequential',
      serviceTimeMs: { type: 'lognormal', p50: 10, p99: 50 },
    });
  });

  test('a broker takes its technology’s preset, copied (no object shared with the preset)', () => {
    // Every preset value is written into the node but the ordering, which follows the
    // technology unless set (so that loading a file does not add it: docs/file-format.md).
    const { ordering, ...written } = BROKER_PRESETS.generic;
    const q = newNode('queue', { x: 0, y: 0 }, project([[]]));
    expect(q).toMatchObject({ technology: 'generic', deadLetterQueue: null, ...written });
    if (q.kind !== 'queue') throw new Error('not a queue');
    expect(q).not.toHaveProperty('ordering');
    expect(brokerOrdering(q)).toBe(ordering);
    expect(q.publishAckMs).not.toBe(BROKER_PRESETS.generic.publishAckMs);
    const { ordering: kafkaOrdering, ...kafka } = BROKER_PRESETS.kafka;
    const k = defaultNode({ id: 'k', name: 'k', kind: 'topic', technology: 'kafka' });
    expect(k).toMatchObject(kafka);
    if (k.kind !== 'topic') throw new Error('not a topic');
    expect(brokerOrdering(k)).toBe(kafkaOrdering);
    expect(kafkaOrdering).toBe('per-partition');
  });

  test('ids and names count past ids taken in any variant', () => {
    const p = project([['service'], ['service-2', 'queue']]);
    expect(allNodeIds(p)).toEqual(new Set(['service', 'service-2', 'queue']));
    expect(newNode('service', { x: 0, y: 0 }, p)).toMatchObject({
      id: 'service-3',
      name: 'Service 3',
    });
    expect(newNode('queue', { x: 0, y: 0 }, p)).toMatchObject({ id: 'queue-2', name: 'Queue 2' });
    expect(newNode('topic', { x: 0, y: 0 }, p)).toMatchObject({ id: 'topic', name: 'Topic 1' });
  });
});

describe('newEdge', () => {
  test.each(['call', 'publish', 'consume'] as const)(
    'a new %s edge is what the schema makes of its ends',
    (kind) => {
      const e = newEdge(kind, 'a', 'b', ['a-b']);
      expect(e).toEqual(edgeSchema.parse({ id: 'a-b-2', from: 'a', to: 'b', kind }));
      expect(e.kind).toBe(kind);
    },
  );

  test('defaults of a call: once, always, no latency, timeout, retries or breaker', () => {
    expect(newEdge('call', 'a', 'b', [])).toEqual({
      id: 'a-b',
      from: 'a',
      to: 'b',
      kind: 'call',
      probability: 1,
      count: 1,
      latencyMs: null,
      timeoutMs: null,
      retries: null,
      circuitBreaker: null,
      optional: false,
    });
    expect(newEdge('consume', 'q', 's', [])).toMatchObject({ concurrency: 4, idempotent: false });
  });
});
