// Random valid as-is variants and random valid edits of them (the to-be), for property tests.
import fc from 'fast-check';
import { edgeSchema } from '../../models/schema/edge';
import { can } from '../../models/kinds/node-kinds';
import { nodeSchema } from '../../models/schema/node';
import { variantSchema } from '../../models/schema/project';
import type {
  BrokerNode,
  ModelEdge,
  ModelNode,
  ServiceLikeNode,
  Variant,
} from '../../models/types';

export const EDIT_KINDS = [
  'decouple',
  'fanout',
  'dlq',
  'dlq-existing',
  'dlq-pair',
  'idempotent',
  'timeout',
  'retries',
  'breaker',
  'remove-call',
  'add-service',
  'change-node',
  'remove-node',
  'change-edge',
  'retarget-call',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];
export interface Edit {
  kind: EditKind;
  a: number;
  b: number;
}

const node = (input: Record<string, unknown>): ModelNode => nodeSchema.parse(input);
const edge = (input: Record<string, unknown>): ModelEdge => edgeSchema.parse(input);
const HOSTILE = '<script>alert("x")</script> & <b>bold</b>';

interface Shape {
  services: number;
  brokers: ('queue' | 'topic')[];
  calls: [number, number][];
  publishes: [number, number][];
  consumes: [number, number][];
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  services: fc.integer({ min: 2, max: 5 }),
  brokers: fc.array(fc.constantFrom<'queue' | 'topic'>('queue', 'topic'), { maxLength: 2 }),
  calls: fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { minLength: 1, maxLength: 12 }),
  publishes: fc.array(fc.tuple(fc.nat(5), fc.nat(2)), { maxLength: 3 }),
  consumes: fc.array(fc.tuple(fc.nat(2), fc.nat(5)), { maxLength: 3 }),
});

/** Node 0 is the client, 1..n services; calls only go from a lower to a higher index (no cycles). */
function buildAsIs(s: Shape): Variant {
  const nodes: ModelNode[] = [node({ id: 'web', name: 'Web', kind: 'client' })];
  for (let i = 1; i <= s.services; i++)
    nodes.push(
      node({ id: `s${i}`, name: `Service ${i}`, kind: i === s.services ? 'database' : 'service' }),
    );
  s.brokers.forEach((k, i) => nodes.push(node({ id: `b${i}`, name: `Broker ${i}`, kind: k })));
  const edges: ModelEdge[] = [];
  const seen = new Set<string>();
  const push = (kind: string, from: string, to: string): void => {
    const key = `${kind}:${from}:${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push(edge({ id: `e${edges.length}`, kind, from, to }));
  };
  push('call', 'web', 's1');
  for (const [x, y] of s.calls) {
    const a = x % (s.services + 1);
    const b = 1 + (y % s.services);
    if (a < b) push('call', a === 0 ? 'web' : `s${a}`, `s${b}`);
  }
  if (s.brokers.length > 0) {
    for (const [x, y] of s.publishes)
      push('publish', `s${1 + (x % s.services)}`, `b${y % s.brokers.length}`);
    // Consume edges go into services only (the last node is a database).
    for (const [x, y] of s.consumes)
      push('consume', `b${x % s.brokers.length}`, `s${1 + (y % (s.services - 1))}`);
  }
  return variantSchema.parse({ id: 'as-is', name: 'As is', nodes, edges });
}

const pick = <T>(xs: readonly T[], i: number): T | undefined =>
  xs.length === 0 ? undefined : xs[i % xs.length];
const isService = (n: ModelNode | undefined): n is ServiceLikeNode =>
  !!n && (n.kind === 'service' || n.kind === 'database' || n.kind === 'external');

/** Applies one edit if it fits the variant; edits that do not fit leave it unchanged. Always valid. */
export function applyEdit(v: Variant, e: Edit, serial: number): Variant {
  const nodes = [...v.nodes];
  let edges = [...v.edges];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const calls = edges.filter((x) => x.kind === 'call');
  const serviceCalls = calls.filter((x) => isService(byId.get(x.from)));
  // Only a plain service can consume, so only calls into one can be decoupled.
  const decouplable = serviceCalls.filter((x) => byId.get(x.to)?.kind === 'service');
  const brokers = nodes.filter((n): n is BrokerNode => n.kind === 'queue' || n.kind === 'topic');
  const replace = <T extends { id: string }>(xs: T[], x: object & { id: string }): T[] =>
    xs.map((y) => (y.id === x.id ? (x as T) : y));
  const has = (kind: string, from: string, to: string): boolean =>
    edges.some((x) => x.kind === kind && x.from === from && x.to === to);
  switch (e.kind) {
    case 'decouple': {
      const c = pick(decouplable, e.a);
      if (!c) break;
      const queues = brokers.filter((b) => b.kind === 'queue');
      let q = e.b % 2 === 0 ? pick(queues, e.b) : undefined;
      if (!q) {
        q = node({
          id: `q${serial}`,
          name: `Queue ${serial}`,
          kind: 'queue',
          technology: 'rabbitmq',
        }) as BrokerNode;
        nodes.push(q);
      }
      edges = edges.filter((x) => x.id !== c.id);
      if (!has('publish', c.from, q.id))
        edges.push(
          edge({
            id: `p${serial}`,
            kind: 'publish',
            from: c.from,
            to: q.id,
            message: `Msg${serial}`,
          }),
        );
      if (!has('consume', q.id, c.to))
        edges.push(
          edge({
            id: `c${serial}`,
            kind: 'consume',
            from: q.id,
            to: c.to,
            idempotent: e.b % 3 === 0,
          }),
        );
      break;
    }
    case 'fanout': {
      const from = pick([...new Set(decouplable.map((c) => c.from))], e.a);
      const cs = decouplable.filter((c) => c.from === from);
      if (!from || new Set(cs.map((c) => c.to)).size < 2) break;
      const t = node({
        id: `t${serial}`,
        name: `Topic ${serial}`,
        kind: 'topic',
        technology: 'kafka',
      });
      nodes.push(t);
      edges = edges.filter((x) => !cs.some((c) => c.id === x.id));
      edges.push(edge({ id: `p${serial}`, kind: 'publish', from, to: t.id }));
      [...new Set(cs.map((c) => c.to))].forEach((to, i) =>
        edges.push(edge({ id: `c${serial}-${i}`, kind: 'consume', from: t.id, to })),
      );
      break;
    }
    case 'dlq': {
      const b = pick(brokers, e.a);
      if (!b) break;
      const d = node({ id: `dlq${serial}`, name: `Dead letters ${serial}`, kind: 'queue' });
      nodes.push(d);
      return { ...v, nodes: replace(nodes, { ...b, deadLetterQueue: d.id } as ModelNode), edges };
    }
    case 'dlq-existing': {
      const b = pick(brokers, e.a);
      const d = pick(
        brokers.filter((x) => x.kind === 'queue' && x.id !== b?.id),
        e.b,
      );
      if (!b || !d) break;
      return { ...v, nodes: replace(nodes, { ...b, deadLetterQueue: d.id } as ModelNode), edges };
    }
    case 'dlq-pair': {
      // Two new queues that are each other's dead-letter queue, optionally one of them wired to a broker.
      const x = node({
        id: `dq${serial}a`,
        name: `Dead letters ${serial}a`,
        kind: 'queue',
        deadLetterQueue: `dq${serial}b`,
      });
      const y = node({
        id: `dq${serial}b`,
        name: `Dead letters ${serial}b`,
        kind: 'queue',
        deadLetterQueue: x.id,
      });
      nodes.push(x, y);
      const b = e.b % 2 === 0 ? pick(brokers, e.a) : undefined;
      return {
        ...v,
        nodes: b ? replace(nodes, { ...b, deadLetterQueue: x.id } as ModelNode) : nodes,
        edges,
      };
    }
    case 'idempotent': {
      const c = pick(
        edges.filter((x) => x.kind === 'consume' && !x.idempotent),
        e.a,
      );
      if (c) edges = replace(edges, { ...c, idempotent: true } as ModelEdge);
      break;
    }
    case 'timeout':
    case 'retries':
    case 'breaker': {
      const c = pick(calls, e.a);
      if (!c || c.kind !== 'call') break;
      const patch =
        e.kind === 'timeout'
          ? { timeoutMs: 100 + e.b }
          : e.kind === 'retries'
            ? { retries: { max: 1 + (e.b % 3), backoffMs: 50, multiplier: 2 } }
            : { circuitBreaker: { failureRatio: 0.5, minCalls: 10, windowS: 10, openS: 5 } };
      edges = replace(edges, { ...c, ...patch });
      break;
    }
    case 'remove-call': {
      const c = pick(calls, e.a);
      if (c) edges = edges.filter((x) => x.id !== c.id);
      break;
    }
    case 'add-service': {
      const caller = pick(
        nodes.filter((n) => can(n.kind, 'canCall')),
        e.a,
      );
      if (!caller) break;
      const n = node({
        id: `n${serial}`,
        name: e.b % 4 === 0 ? HOSTILE : `New ${serial}`,
        kind: 'service',
        replicas: 2,
      });
      nodes.push(n);
      edges.push(edge({ id: `a${serial}`, kind: 'call', from: caller.id, to: n.id }));
      break;
    }
    case 'change-node': {
      const n = pick(nodes.filter(isService), e.a);
      if (!n || !isService(n)) break;
      const changed =
        e.b % 2 === 0
          ? { ...n, replicas: n.replicas + 1 }
          : { ...n, name: HOSTILE, concurrency: 16 };
      return { ...v, nodes: replace(nodes, changed as ModelNode), edges };
    }
    case 'remove-node': {
      const n = pick(
        nodes.filter((x) => x.kind !== 'client'),
        e.a,
      );
      if (!n) break;
      const rest = nodes
        .filter((x) => x.id !== n.id)
        .map((x) =>
          (x.kind === 'queue' || x.kind === 'topic') && x.deadLetterQueue === n.id
            ? ({ ...x, deadLetterQueue: null } as ModelNode)
            : x,
        );
      return { ...v, nodes: rest, edges: edges.filter((x) => x.from !== n.id && x.to !== n.id) };
    }
    case 'change-edge': {
      const x = pick(edges, e.a);
      if (!x) break;
      const changed =
        x.kind === 'consume'
          ? { ...x, concurrency: x.concurrency + 1 }
          : { ...x, probability: (e.b % 10) / 10 };
      edges = replace(edges, changed as ModelEdge);
      break;
    }
    case 'retarget-call': {
      const c = pick(serviceCalls, e.a);
      const leaves = nodes.filter(
        (n) =>
          isService(n) && !edges.some((x) => x.from === n.id) && n.id !== c?.from && n.id !== c?.to,
      );
      const target = pick(leaves, e.b);
      if (!c || !target || has('call', c.from, target.id)) break;
      edges = replace(edges, { ...c, to: target.id } as ModelEdge);
      break;
    }
  }
  return { ...v, nodes, edges };
}

export const editArb: fc.Arbitrary<Edit> = fc.record({
  // Fan-out needs two calls from one service, which few shapes have: offer it more often.
  kind: fc.oneof(
    { arbitrary: fc.constantFrom(...EDIT_KINDS), weight: 4 },
    { arbitrary: fc.constant<EditKind>('fanout'), weight: 1 },
  ),
  a: fc.nat(20),
  b: fc.nat(20),
});

/** A valid as-is and a to-be reached from it by random valid edits. */
export const variantPairArb: fc.Arbitrary<{ asIs: Variant; toBe: Variant }> = fc
  .tuple(shapeArb, fc.array(editArb, { maxLength: 7 }))
  .map(([shape, edits]) => {
    const asIs = buildAsIs(shape);
    const edited = edits.reduce((v, e, i) => applyEdit(v, e, i), asIs);
    return { asIs, toBe: variantSchema.parse({ ...edited, id: 'to-be', name: 'To be' }) };
  });
