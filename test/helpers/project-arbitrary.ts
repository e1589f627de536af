// fast-check arbitraries for valid project files (as written, before defaults), built so that
// every reference resolves: edges connect kinds that may connect, scenarios name existing nodes.
import fc from 'fast-check';
import { isReservedId } from '../../models/limits';
import { can } from '../../models/kinds/node-kinds';
import { BROKER_TECHNOLOGIES } from '../../models/schema/broker-presets';
import { CURRENT_VERSION } from '../../models/schema/project';
import { STEP_KINDS } from '../../models/schema/roadmap';

type Json = Record<string, unknown>;
type Link = [from: string, to: string, extra: Json];
const noLinks: fc.Arbitrary<Link[]> = fc.constant([]);

/** Decimal numbers without -0 or float noise, so that they read back as written. */
const decimal = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);
const positive = (max: number): fc.Arbitrary<number> => decimal(0.01, max);
const probability = decimal(0, 1);
const text = fc.string({ maxLength: 12 });
const ID_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'];
/**
 * Ids of the `[A-Za-z0-9_-]+` form (fc.stringMatching is far slower to generate), without the
 * reserved names (fast-check likes to try `valueOf` and `__proto__`; the schema refuses them).
 */
const idOf = (maxLength: number, chars: string[] = ID_CHARS): fc.Arbitrary<string> =>
  fc
    .string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength })
    .filter((id) => !isReservedId(id));
const name = fc.string({ minLength: 1, maxLength: 12 });

export const distribution: fc.Arbitrary<unknown> = fc.oneof(
  decimal(0, 500),
  decimal(0, 500).map((value) => ({ type: 'constant', value })),
  positive(500).map((mean) => ({ type: 'exponential', mean })),
  fc
    .tuple(decimal(0, 500), decimal(0, 500))
    .map(([a, b]) => ({ type: 'uniform', min: Math.min(a, b), max: Math.max(a, b) })),
  fc
    .tuple(positive(200), decimal(1, 20))
    .map(([p50, k]) => ({ type: 'lognormal', p50, p99: Math.round(p50 * k * 100) / 100 })),
  fc
    .array(decimal(0, 500), { minLength: 1, maxLength: 5 })
    .map((values) => ({ type: 'empirical', values })),
);

const position = fc.record({ x: decimal(-2000, 2000), y: decimal(-2000, 2000) });
const common = { name, position, description: text };
const commonKeys = ['name'] as const;

const serviceFields = fc.record(
  {
    ...common,
    replicas: fc.integer({ min: 1, max: 20 }),
    concurrency: fc.integer({ min: 1, max: 256 }),
    queueLimit: fc.option(fc.integer({ min: 0, max: 10000 })),
    serviceTimeMs: distribution,
    errorRate: probability,
    callMode: fc.constantFrom('sequential', 'parallel'),
  },
  { requiredKeys: [...commonKeys] },
);
const brokerFields = fc.record(
  {
    ...common,
    technology: fc.constantFrom(...BROKER_TECHNOLOGIES),
    publishAckMs: distribution,
    deliveryMs: distribution,
    capacity: fc.option(fc.integer({ min: 1, max: 100000 })),
    maxDeliveries: fc.integer({ min: 1, max: 20 }),
    redeliveryDelayMs: decimal(0, 60000),
    duplicateRate: probability,
    messageTtlMs: positive(3_600_000),
  },
  { requiredKeys: [...commonKeys] },
);
const clientFields = fc.record(common, { requiredKeys: [...commonKeys] });

const KINDS = ['client', 'service', 'database', 'external', 'queue', 'topic'] as const;
type Kind = (typeof KINDS)[number];

function nodeOf(id: string, kind: Kind): fc.Arbitrary<Json> {
  const fields =
    kind === 'client'
      ? clientFields
      : kind === 'queue' || kind === 'topic'
        ? brokerFields
        : serviceFields;
  return fields.map((f) => ({ ...f, id, kind }));
}

const callExtras = fc.record(
  {
    probability,
    count: fc.integer({ min: 1, max: 5 }),
    latencyMs: fc.option(distribution),
    timeoutMs: fc.option(positive(30000)),
    retries: fc.option(
      fc.record(
        {
          max: fc.integer({ min: 0, max: 5 }),
          backoffMs: decimal(0, 5000),
          multiplier: decimal(1, 4),
        },
        { requiredKeys: ['max'] },
      ),
    ),
    circuitBreaker: fc.option(
      fc.record(
        {
          failureRatio: positive(1),
          minCalls: fc.integer({ min: 1, max: 100 }),
          windowS: positive(60),
          openS: positive(60),
        },
        { requiredKeys: [] },
      ),
    ),
    optional: fc.boolean(),
    label: text,
  },
  { requiredKeys: [] },
);
const publishExtras = fc.record({ probability, message: text, label: text }, { requiredKeys: [] });
const consumeExtras = fc.record(
  {
    concurrency: fc.integer({ min: 1, max: 64 }),
    maxConsumers: fc.option(fc.integer({ min: 1, max: 256 })),
    idempotent: fc.boolean(),
  },
  { requiredKeys: [] },
);
/** Service-level objectives, any field left out (the loader fills in the defaults). */
const slo = fc.record(
  {
    latencyPercentile: fc.constantFrom(50, 90, 95, 99, 99.9),
    latencyTargetMs: fc.integer({ min: 1, max: 60_000 }),
    availability: fc.constantFrom(0.9, 0.99, 0.995, 0.999, 1),
    maxMessageAgeMs: fc.option(fc.integer({ min: 1, max: 3_600_000 })),
  },
  { requiredKeys: [] },
);

/** A variant: a few nodes of each kind, then edges drawn only between kinds that may connect. */
const variant = (id: string): fc.Arbitrary<Json> =>
  fc
    .uniqueArray(idOf(8), { minLength: 2, maxLength: 9 })
    .chain((ids) =>
      fc.tuple(
        fc.constant(ids),
        fc.array(fc.constantFrom(...KINDS), { minLength: ids.length, maxLength: ids.length }),
      ),
    )
    .chain(([ids, kinds]) => {
      const kindOf = new Map(ids.map((nodeId, i) => [nodeId, kinds[i] as Kind]));
      const of = (...wanted: Kind[]): string[] =>
        ids.filter((n) => wanted.includes(kindOf.get(n) as Kind));
      const callers = ids.filter((n) => can(kindOf.get(n) as Kind, 'canCall'));
      const serviceLike = of('service', 'database', 'external');
      const brokers = of('queue', 'topic');
      const services = of('service');
      const queues = of('queue');
      const pick = (list: string[]): fc.Arbitrary<string> => fc.constantFrom(...list);
      const calls: fc.Arbitrary<Link[]> =
        callers.length && serviceLike.length
          ? fc.array(fc.tuple(pick(callers), pick(serviceLike), callExtras), { maxLength: 6 })
          : noLinks;
      const publishes: fc.Arbitrary<Link[]> =
        serviceLike.length && brokers.length
          ? fc.array(fc.tuple(pick(serviceLike), pick(brokers), publishExtras), { maxLength: 4 })
          : noLinks;
      const consumes: fc.Arbitrary<Link[]> =
        brokers.length && services.length
          ? fc.uniqueArray(fc.tuple(pick(brokers), pick(services), consumeExtras), {
              maxLength: 4,
              selector: ([b, s]) => `${b}>${s}`,
            })
          : noLinks;
      const deadLetters = fc.array(queues.length ? fc.option(pick(queues)) : fc.constant(null), {
        minLength: ids.length,
        maxLength: ids.length,
      });
      return fc
        .record({
          nodes: fc.tuple(...ids.map((n) => nodeOf(n, kindOf.get(n) as Kind))),
          deadLetters,
          calls,
          publishes,
          consumes,
          name,
          description: text,
        })
        .map((v) => {
          const nodes = v.nodes.map((n, i) => {
            const dlq = v.deadLetters[i];
            const isBroker = n.kind === 'queue' || n.kind === 'topic';
            return isBroker && dlq && dlq !== n.id ? { ...n, deadLetterQueue: dlq } : n;
          });
          const edges = [
            ...v.calls.map(([from, to, extra]) => ({ ...extra, from, to, kind: 'call' })),
            ...v.publishes.map(([from, to, extra]) => ({ ...extra, from, to, kind: 'publish' })),
            ...v.consumes.map(([from, to, extra]) => ({ ...extra, from, to, kind: 'consume' })),
          ].map((e, i) => ({ id: `e${i}`, ...e }));
          return { id, name: v.name, description: v.description, nodes, edges };
        });
    });

const shape = (durationS: number): fc.Arbitrary<Json> =>
  fc.oneof(
    decimal(0, 500).map((rps) => ({ type: 'constant', rps })),
    fc
      .tuple(decimal(0, 500), decimal(0, 500))
      .map(([fromRps, toRps]) => ({ type: 'ramp', fromRps, toRps })),
    fc
      .record({
        baseRps: decimal(0, 100),
        peakRps: decimal(0, 1000),
        startS: decimal(0, durationS),
        rampS: decimal(0, 60),
        holdS: decimal(0, 300),
      })
      .map((s) => ({ type: 'spike', ...s })),
    fc
      .array(fc.tuple(decimal(0, durationS), decimal(0, 500)), { minLength: 1, maxLength: 5 })
      .map((points) => ({ type: 'steps', points: [...points].sort((a, b) => a[0] - b[0]) })),
    fc
      .array(decimal(0, 500), { minLength: 1, maxLength: 10 })
      .map((rps) => ({ type: 'trace', rps })),
  );

function scenario(id: string, clients: string[], targets: string[]): fc.Arbitrary<Json> {
  return fc.integer({ min: 2, max: 3600 }).chain((durationS) => {
    const window = fc
      .tuple(decimal(0, durationS - 1), decimal(0, 600))
      .map(([startS, length]) => ({ startS, endS: startS + length }));
    const fault = fc.oneof(
      window.map((w) => ({ type: 'outage', ...w })),
      fc.tuple(window, positive(10)).map(([w, factor]) => ({ type: 'slowdown', ...w, factor })),
      fc.tuple(window, probability).map(([w, rate]) => ({ type: 'errors', ...w, rate })),
    );
    return fc.record(
      {
        id: fc.constant(id),
        name,
        description: text,
        durationS: fc.constant(durationS),
        warmupS: decimal(0, durationS - 1),
        seed: fc.integer({ min: 0, max: 1000 }),
        replications: fc.integer({ min: 1, max: 10 }),
        // Every client gets a load, so that the no-load warning stays out of the round-trip property.
        load: fc.tuple(
          ...clients.map((client) => shape(durationS).map((s) => ({ client, shape: s }))),
        ),
        faults: targets.length
          ? fc.array(
              fc.tuple(fault, fc.constantFrom(...targets)).map(([f, node]) => ({ ...f, node })),
              { maxLength: 3 },
            )
          : fc.constant([]),
      },
      { requiredKeys: ['id', 'name', 'durationS', 'load'] },
    );
  });
}

const roadmap = (variantIds: string[]): fc.Arbitrary<Json> =>
  fc.record(
    {
      from: fc.constantFrom(...variantIds),
      to: fc.constantFrom(...variantIds),
      steps: fc.uniqueArray(
        fc.record(
          {
            id: idOf(6, [...'abcdefghij0123456789-']),
            kind: fc.constantFrom(...STEP_KINDS),
            title: name,
            rationale: text,
            owner: text,
            recorded: fc.boolean(),
            changes: fc.array(
              fc.oneof(
                fc.constant({ op: 'removeNode', id: 'x' }),
                fc.constant({
                  op: 'addEdge',
                  edge: { id: 'y', from: 'x', to: 'z', kind: 'publish' },
                }),
              ),
              { maxLength: 2 },
            ),
            checklist: fc.uniqueArray(
              fc.record(
                { id: idOf(4, [...'abcdefgh']), label: text, done: fc.boolean() },
                { requiredKeys: ['id', 'label'] },
              ),
              {
                maxLength: 3,
                selector: (c) => c.id,
              },
            ),
          },
          { requiredKeys: ['id', 'kind', 'title'] },
        ),
        { maxLength: 3, selector: (s) => s.id },
      ),
    },
    { requiredKeys: ['from', 'to'] },
  );

/** A valid project file (the current version) as a user or the editor might write it. */
export const validProjectInput: fc.Arbitrary<Json> = fc
  .uniqueArray(idOf(8), { minLength: 1, maxLength: 2 })
  .chain((variantIds) => fc.tuple(fc.constant(variantIds), fc.tuple(...variantIds.map(variant))))
  .chain(([variantIds, variants]) => {
    const nodes = variants.flatMap((v) => v.nodes as Json[]);
    const clients = [
      ...new Set(nodes.filter((n) => n.kind === 'client').map((n) => n.id as string)),
    ];
    const targets = [
      ...new Set(nodes.filter((n) => n.kind !== 'client').map((n) => n.id as string)),
    ];
    return fc.record(
      {
        format: fc.constant('spillway'),
        version: fc.constant(CURRENT_VERSION),
        name,
        description: text,
        variants: fc.constant(variants),
        scenarios: fc
          .uniqueArray(idOf(6, [...'abcdefghij0123456789-']), { maxLength: 2 })
          .chain((ids) => fc.tuple(...ids.map((id) => scenario(id, clients, targets)))),
        slo,
        roadmap: roadmap(variantIds),
      },
      { requiredKeys: ['format', 'version', 'name', 'variants'] },
    );
  });
