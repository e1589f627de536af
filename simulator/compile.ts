import type {
  ConsumeEdge,
  EdgeKind,
  Fault,
  ModelEdge,
  ModelNode,
  Project,
  Scenario,
  Variant,
} from '../models/types';
import { assertNever } from '../models/assert-never';
import { EDGE_ENDS, kindsAt } from '../models/kinds/edge-ends';
import { byFamily, isBroker, isServiceLike } from '../models/kinds/guards';
import { eitherKind } from '../models/kinds/kind-words';
import { can, kindSpec } from '../models/kinds/node-kinds';
import { isToleratedCall } from '../models/kinds/tolerated-call';
import type { RateLimit } from '../models/schema/rate-limit';
import { compileFlows, type CompiledFlows } from './compile-flows';
import { DistributionTable } from './distributions';
import { DEFAULT_HIT_RATIO } from '../models/schema/node';
import { brokerOrdering } from '../models/schema/broker-presets';
import { rateFunction, type RateFunction } from '../models/load-rate';
import { consumerWorkers as consumerTotal } from '../models/consumer-workers';
import { faultSkipReason, type SkippedFault } from '../models/fault-targets';
import { findVariant as lookUpVariant } from '../models/variants/find-variant';
import { compileStages, type CompiledStages } from './compile-stages';
import { ModelError } from './model-error';
import type { CompiledScaler } from './autoscaler';

/** How the engine runs a node: its family, and for a broker whether subscriptions share a backlog. */
export const KIND_CLIENT = 0;
export const KIND_SERVICE = 1;
export const KIND_QUEUE = 2;
export const KIND_TOPIC = 3;

export const isBrokerCode = (k: number): boolean => k === KIND_QUEUE || k === KIND_TOPIC;

export const EDGE_CALL = 0;
export const EDGE_PUBLISH = 1;
export const EDGE_CONSUME = 2;

export { ModelError };

/**
 * A variant and a scenario compiled into flat, integer-indexed tables: the engine never looks
 * up a string or walks an object graph while it runs.
 *
 * A class, not an object literal: V8 builds a literal that runs a second time from a boilerplate
 * whose fields are typed "any", which threw away the engine code optimised against the first
 * model's field types, so that the second simulation in a process (compare's to-be, a
 * replication, the app worker's next run) started over in unoptimised code.
 */
export class CompiledModel {
  variant!: Variant;
  scenario!: Scenario;
  dists!: DistributionTable;
  nodeIds!: string[];
  nodeKind!: Int32Array;
  workers!: Int32Array;
  /** Waiting-room limit of the whole pool (queueLimit × replicas); Infinity when unbounded. */
  waitLimit!: Float64Array;
  serviceDist!: Int32Array;
  errorRate!: Float64Array;
  /** Caches: the share of lookups answered from the cache; −1 for any other node. */
  hitRatio!: Float64Array;
  parallel!: Uint8Array;
  hasCallers!: Uint8Array;
  planStart!: Int32Array;
  planEdges!: Int32Array;
  edgeIds!: string[];
  edgeKind!: Int32Array;
  edgeFrom!: Int32Array;
  edgeTo!: Int32Array;
  probability!: Float64Array;
  count!: Int32Array;
  latencyDist!: Int32Array;
  timeoutMs!: Float64Array;
  retryMax!: Int32Array;
  backoffMs!: Float64Array;
  multiplier!: Float64Array;
  optional!: Uint8Array;
  cbEnabled!: Uint8Array;
  cbRatio!: Float64Array;
  cbMinCalls!: Float64Array;
  cbWindowMs!: Float64Array;
  cbOpenMs!: Float64Array;
  /**
   * Rate limits, slot n for node n and N + e for call edge e: tokens per ms, and the burst
   * (0: no limit). `limited` says whether any slot has one.
   */
  limitPerMs!: Float64Array;
  limitBurst!: Float64Array;
  limited!: boolean;
  /** Flows that depend on outcomes: conditions and exclusive groups (compile-flows.ts). */
  flows!: CompiledFlows;
  /** flows.flow, read on the hot path: 1 when node n runs a flow plan. */
  flow!: Uint8Array;
  /** Ordered stages of parallel calls (compile-stages.ts). */
  stages!: CompiledStages;
  /** stages.staged, read on the hot path: 1 when node n runs its calls in stages. */
  staged!: Uint8Array;
  /** Brokers (by node index). */
  ackDist!: Int32Array;
  deliveryDist!: Int32Array;
  capacity!: Float64Array;
  maxDeliveries!: Int32Array;
  redeliveryMs!: Float64Array;
  duplicateRate!: Float64Array;
  dlq!: Int32Array;
  /** Message time-to-live in ms (Infinity: messages never expire). */
  ttlMs!: Float64Array;
  /** Partitions of a broker (0: one unpartitioned backlog, as before version 5's `partitions`). */
  partitions!: Int32Array;
  /** Share of messages on a partitioned broker's hottest partition (its partition 0). */
  hotShare!: Float64Array;
  /** 1 when a partitioned broker orders each partition (head-of-line blocking). */
  ordered!: Uint8Array;
  /** Partitions of channel c: partChan's indices partStart[c] .. partStart[c+1]-1 (none when unpartitioned). */
  partStart!: Int32Array;
  /** Channels: a queue has one backlog; a topic one per subscription (consume edge). */
  chanStart!: Int32Array; // by node: channels of a broker are chanStart[n] .. chanStart[n+1]-1
  chanBroker!: Int32Array;
  chanConsumerStart!: Int32Array; // consume edges of a channel: chanConsumers[chanConsumerStart[c] ..]
  chanConsumers!: Int32Array;
  /** Consume edges (by edge index). */
  consumerChan!: Int32Array;
  consumerWorkers!: Int32Array;
  idempotent!: Uint8Array;
  /** Channels each service consumes from, to restart delivery when its outage ends. */
  consumedStart!: Int32Array;
  consumedChans!: Int32Array;
  loads!: { client: number; rate: RateFunction }[];
  faults!: {
    node: number;
    type: Fault['type'];
    startS: number;
    endS: number;
    value: number;
  }[];
  /** Faults of the scenario this variant lacks the node for: run without them, and say so. */
  skippedFaults!: SkippedFault[];
  /** The autoscaled nodes (format version 5), in node order; empty for most variants. */
  scalers!: CompiledScaler[];

  constructor(fields: CompiledModel) {
    Object.assign(this, fields);
  }
}

export const findVariant = (project: Project, id: string): Variant =>
  lookUpVariant(
    project,
    id,
    (missing, known) =>
      new ModelError(`unknown variant "${missing}"; variants: ${known.join(', ')}`),
  );

export function findScenario(project: Project, id: string): Scenario {
  const s = project.scenarios.find((x) => x.id === id);
  if (!s) {
    const known = project.scenarios.map((x) => x.id).join(', ') || '(none)';
    throw new ModelError(`unknown scenario "${id}"; scenarios: ${known}`);
  }
  return s;
}

/** The registry's edge rule (the validator's too), for a model that reaches the engine unchecked. */
function checkEnds(kind: EdgeKind, from: ModelNode, to: ModelNode, where: string): void {
  const ends = EDGE_ENDS[kind];
  const starts = can(from.kind, ends.from) || isToleratedCall(kind, from);
  if (starts && can(to.kind, ends.to)) return;
  throw new ModelError(
    `${where}: a ${kind} goes from ${eitherKind(kindsAt(kind, 'from'))} to ${eitherKind(kindsAt(kind, 'to'))}, not from a ${from.kind} to a ${to.kind}`,
  );
}

export function compile(variant: Variant, scenario: Scenario): CompiledModel {
  const dists = new DistributionTable();
  const nodes = variant.nodes;
  const edges = variant.edges;
  const N = nodes.length;
  const E = edges.length;
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n.id, i));
  const at = (id: string, where: string): number => {
    const i = index.get(id);
    if (i === undefined)
      throw new ModelError(`${where}: unknown node "${id}" in variant "${variant.id}"`);
    return i;
  };

  const nodeKind = new Int32Array(N);
  const workers = new Int32Array(N);
  const waitLimit = new Float64Array(N);
  const serviceDist = new Int32Array(N).fill(-1);
  const errorRate = new Float64Array(N);
  const hitRatio = new Float64Array(N).fill(-1);
  const parallel = new Uint8Array(N);
  const ackDist = new Int32Array(N).fill(-1);
  const deliveryDist = new Int32Array(N).fill(-1);
  const capacity = new Float64Array(N).fill(Infinity);
  const maxDeliveries = new Int32Array(N);
  const redeliveryMs = new Float64Array(N);
  const duplicateRate = new Float64Array(N);
  const dlq = new Int32Array(N).fill(-1);
  const ttlMs = new Float64Array(N).fill(Infinity);
  const partitions = new Int32Array(N);
  const hotShare = new Float64Array(N);
  const ordered = new Uint8Array(N);
  const zero = dists.add({ type: 'constant', value: 0 });

  nodes.forEach((n, i) => {
    const f = byFamily(n);
    switch (f.family) {
      case 'client':
        nodeKind[i] = KIND_CLIENT;
        serviceDist[i] = zero;
        break;
      case 'broker': {
        const b = f.node;
        nodeKind[i] = kindSpec(b.kind).capabilities.fansOut ? KIND_TOPIC : KIND_QUEUE;
        ackDist[i] = dists.add(b.publishAckMs);
        deliveryDist[i] = dists.add(b.deliveryMs);
        capacity[i] = b.capacity ?? Infinity;
        maxDeliveries[i] = b.maxDeliveries;
        redeliveryMs[i] = b.redeliveryDelayMs;
        duplicateRate[i] = b.duplicateRate;
        ttlMs[i] = b.messageTtlMs ?? Infinity;
        if (b.partitions !== undefined) {
          partitions[i] = b.partitions;
          hotShare[i] = b.hotPartitionShare ?? 1 / b.partitions;
          ordered[i] = brokerOrdering(b) === 'per-partition' ? 1 : 0;
        }
        break;
      }
      case 'service-like': {
        const sv = f.node;
        nodeKind[i] = KIND_SERVICE;
        const replicas = startReplicas(sv);
        workers[i] = replicas * sv.concurrency;
        waitLimit[i] = sv.queueLimit === null ? Infinity : sv.queueLimit * replicas;
        serviceDist[i] = dists.add(sv.serviceTimeMs);
        errorRate[i] = sv.errorRate;
        if (can(sv.kind, 'caches')) hitRatio[i] = sv.hitRatio ?? DEFAULT_HIT_RATIO;
        parallel[i] = sv.callMode === 'parallel' ? 1 : 0;
        break;
      }
      default:
        assertNever(f, 'node family');
    }
  });
  nodes.forEach((n, i) => {
    if (isBroker(n) && n.deadLetterQueue) {
      const d = at(n.deadLetterQueue, `nodes.${n.id}.deadLetterQueue`);
      if (!isBrokerCode(nodeKind[d])) {
        throw new ModelError(
          `nodes.${n.id}.deadLetterQueue: "${n.deadLetterQueue}" is not a queue or topic`,
        );
      }
      dlq[i] = d;
    }
  });

  const edgeKind = new Int32Array(E);
  const edgeFrom = new Int32Array(E);
  const edgeTo = new Int32Array(E);
  const probability = new Float64Array(E).fill(1);
  const count = new Int32Array(E).fill(1);
  const latencyDist = new Int32Array(E).fill(-1);
  const timeoutMs = new Float64Array(E).fill(Infinity);
  const retryMax = new Int32Array(E);
  const backoffMs = new Float64Array(E);
  const multiplier = new Float64Array(E).fill(1);
  const optional = new Uint8Array(E);
  const cbEnabled = new Uint8Array(E);
  const cbRatio = new Float64Array(E);
  const cbMinCalls = new Float64Array(E);
  const cbWindowMs = new Float64Array(E);
  const cbOpenMs = new Float64Array(E);
  const consumerWorkers = new Int32Array(E);
  const idempotent = new Uint8Array(E);
  const hasCallers = new Uint8Array(N);
  const limitPerMs = new Float64Array(N + E);
  const limitBurst = new Float64Array(N + E);
  const setLimit = (slot: number, limit: RateLimit | undefined): void => {
    if (!limit) return;
    limitPerMs[slot] = limit.rps / 1000;
    limitBurst[slot] = limit.burst;
  };
  nodes.forEach((n, i) => {
    if (isServiceLike(n)) setLimit(i, n.rateLimit);
  });

  edges.forEach((e, i) => {
    const where = `edges.${e.id}`;
    const from = at(e.from, `${where}.from`);
    const to = at(e.to, `${where}.to`);
    edgeFrom[i] = from;
    edgeTo[i] = to;
    checkEnds(e.kind, nodes[from]!, nodes[to]!, where);
    if (e.kind === 'call') {
      edgeKind[i] = EDGE_CALL;
      probability[i] = e.probability;
      count[i] = e.count;
      if (e.latencyMs) latencyDist[i] = dists.add(e.latencyMs);
      timeoutMs[i] = e.timeoutMs ?? Infinity;
      if (e.retries) {
        retryMax[i] = e.retries.max;
        backoffMs[i] = e.retries.backoffMs;
        multiplier[i] = e.retries.multiplier;
      }
      optional[i] = e.optional ? 1 : 0;
      setLimit(N + i, e.rateLimit);
      if (e.circuitBreaker) {
        cbEnabled[i] = 1;
        cbRatio[i] = e.circuitBreaker.failureRatio;
        cbMinCalls[i] = e.circuitBreaker.minCalls;
        cbWindowMs[i] = e.circuitBreaker.windowS * 1000;
        cbOpenMs[i] = e.circuitBreaker.openS * 1000;
      }
      hasCallers[to] = 1;
    } else if (e.kind === 'publish') {
      edgeKind[i] = EDGE_PUBLISH;
      probability[i] = e.probability;
    } else {
      edgeKind[i] = EDGE_CONSUME;
      // Per replica of the consuming service, up to the edge's cap (models/consumer-workers.ts).
      const consumer = nodes[to]!;
      if (!isServiceLike(consumer))
        throw new ModelError(`${where}: a ${consumer.kind} has no replicas to consume with`);
      consumerWorkers[i] = consumerTotal(e, startReplicas(consumer)).total;
      idempotent[i] = e.idempotent ? 1 : 0;
    }
  });

  // Outbound plan of each node: its call and publish edges in the order the variant lists them.
  const planStart = new Int32Array(N + 1);
  const plan: number[] = [];
  for (let n = 0; n < N; n++) {
    planStart[n] = plan.length;
    for (let e = 0; e < E; e++) if (edgeFrom[e] === n && edgeKind[e] !== EDGE_CONSUME) plan.push(e);
  }
  planStart[N] = plan.length;
  const flows = compileFlows(edges, N, planStart, plan);
  const stages = compileStages(variant, index, edges, flows.flow);

  // Channels.
  const chanStart = new Int32Array(N + 1);
  const chanBroker: number[] = [];
  const chanConsumerStart: number[] = [];
  const chanConsumers: number[] = [];
  const consumerChan = new Int32Array(E).fill(-1);
  for (let n = 0; n < N; n++) {
    chanStart[n] = chanBroker.length;
    const consumes: number[] = [];
    for (let e = 0; e < E; e++)
      if (edgeFrom[e] === n && edgeKind[e] === EDGE_CONSUME) consumes.push(e);
    if (nodeKind[n] === KIND_QUEUE) {
      // One backlog shared by every consumer group (competing consumers); kept even without consumers.
      consumes.forEach((e) => (consumerChan[e] = chanBroker.length));
      chanBroker.push(n);
      chanConsumerStart.push(chanConsumers.length);
      chanConsumers.push(...consumes);
    } else if (nodeKind[n] === KIND_TOPIC) {
      for (const e of consumes) {
        consumerChan[e] = chanBroker.length;
        chanBroker.push(n);
        chanConsumerStart.push(chanConsumers.length);
        chanConsumers.push(e);
      }
    }
  }
  chanStart[N] = chanBroker.length;
  chanConsumerStart.push(chanConsumers.length);
  const partStart = new Int32Array(chanBroker.length + 1);
  chanBroker.forEach((b, c) => (partStart[c + 1] = partStart[c] + partitions[b]));

  const consumedStart = new Int32Array(N + 1);
  const consumed: number[] = [];
  for (let n = 0; n < N; n++) {
    consumedStart[n] = consumed.length;
    for (let e = 0; e < E; e++) {
      if (
        edgeKind[e] === EDGE_CONSUME &&
        edgeTo[e] === n &&
        !consumed.includes(consumerChan[e], consumedStart[n])
      ) {
        consumed.push(consumerChan[e]);
      }
    }
  }
  consumedStart[N] = consumed.length;

  const loads = scenario.load.map((l, i) => {
    const client = at(l.client, `scenario ${scenario.id}: load[${i}].client`);
    if (nodeKind[client] !== KIND_CLIENT) {
      throw new ModelError(
        `scenario ${scenario.id}: load[${i}].client: "${l.client}" is not a client`,
      );
    }
    return { client, rate: rateFunction(l.shape, scenario.durationS) };
  });
  const skippedFaults: SkippedFault[] = [];
  const faults: CompiledModel['faults'] = [];
  scenario.faults.forEach((f, i) => {
    const reason = faultSkipReason(f, variant);
    if (reason !== null) {
      skippedFaults.push({ index: i, node: f.node, type: f.type, reason });
      return;
    }
    faults.push({
      node: at(f.node, `scenario ${scenario.id}: faults[${i}].node`),
      type: f.type,
      startS: f.startS,
      endS: f.endS,
      value:
        f.type === 'slowdown'
          ? f.factor
          : f.type === 'errors'
            ? f.rate
            : f.type === 'partialOutage'
              ? f.share
              : 0,
    });
  });

  const scalers = compileScalers(nodes, edges, {
    edgeKind,
    edgeTo,
    consumerChan,
    hasCallers,
  });

  return new CompiledModel({
    variant,
    scenario,
    dists,
    nodeIds: nodes.map((n) => n.id),
    nodeKind,
    workers,
    waitLimit,
    serviceDist,
    errorRate,
    hitRatio,
    parallel,
    hasCallers,
    planStart,
    planEdges: Int32Array.from(plan),
    edgeIds: edges.map((e) => e.id),
    edgeKind,
    edgeFrom,
    edgeTo,
    probability,
    count,
    latencyDist,
    timeoutMs,
    retryMax,
    backoffMs,
    multiplier,
    optional,
    cbEnabled,
    cbRatio,
    cbMinCalls,
    cbWindowMs,
    cbOpenMs,
    limitPerMs,
    limitBurst,
    limited: limitBurst.some((b) => b > 0),
    flows,
    flow: flows.flow,
    stages,
    staged: stages.staged,
    ackDist,
    deliveryDist,
    capacity,
    maxDeliveries,
    redeliveryMs,
    duplicateRate,
    dlq,
    ttlMs,
    partitions,
    hotShare,
    ordered,
    partStart,
    chanStart,
    chanBroker: Int32Array.from(chanBroker),
    chanConsumerStart: Int32Array.from(chanConsumerStart),
    chanConsumers: Int32Array.from(chanConsumers),
    consumerChan,
    consumerWorkers,
    idempotent,
    consumedStart,
    consumedChans: Int32Array.from(consumed),
    loads,
    faults,
    skippedFaults,
    scalers,
  });
}

/** The replicas a node runs with at the start: its `autoscale`'s minimum, else `replicas`. */
function startReplicas(n: { replicas: number; autoscale?: { minReplicas: number } }): number {
  return n.autoscale ? n.autoscale.minReplicas : n.replicas;
}

/** Each autoscaled node's scaler: its bounds, times in ms, and what one replica brings. */
function compileScalers(
  nodes: readonly ModelNode[],
  edges: readonly ModelEdge[],
  t: { edgeKind: Int32Array; edgeTo: Int32Array; consumerChan: Int32Array; hasCallers: Uint8Array },
): CompiledScaler[] {
  const scalers: CompiledScaler[] = [];
  nodes.forEach((n, i) => {
    if (!isServiceLike(n) || !n.autoscale) return;
    const a = n.autoscale;
    const consume: number[] = [];
    edges.forEach((_, e) => {
      if (t.edgeKind[e] === EDGE_CONSUME && t.edgeTo[e] === i) consume.push(e);
    });
    const channels = [...new Set(consume.map((e) => t.consumerChan[e]!))];
    const perReplica = consume.map((e) => (edges[e] as ConsumeEdge).concurrency);
    const cap = consume.map((e) => (edges[e] as ConsumeEdge).maxConsumers ?? Infinity);
    const onBacklog = a.metric === 'backlog';
    scalers.push({
      node: i,
      onBacklog,
      min: a.minReplicas,
      max: a.maxReplicas,
      target: a.metric === 'backlog' ? a.backlogPerReplica : a.targetUtilization,
      periodMs: (a.metric === 'backlog' ? a.pollingS : a.periodS) * 1000,
      windowPeriods: a.metric === 'backlog' ? 1 : Math.max(1, Math.round(a.windowS / a.periodS)),
      delayMs: (a.metric === 'backlog' ? a.startDelayS : a.scaleOutDelayS) * 1000,
      cooldownMs: (a.metric === 'backlog' ? a.cooldownS : a.scaleInCooldownS) * 1000,
      concurrency: n.concurrency,
      queueLimit: n.queueLimit ?? Infinity,
      syncCounted: t.hasCallers[i] === 1 || consume.length === 0,
      consumeEdges: Int32Array.from(consume),
      consumePerReplica: Int32Array.from(perReplica),
      consumeCap: Float64Array.from(cap),
      channels: Int32Array.from(channels),
    });
  });
  return scalers;
}
