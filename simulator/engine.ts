import { EDGE_PUBLISH, KIND_QUEUE, KIND_TOPIC, type CompiledModel } from './compile';
import { BucketCounters, closeBucket } from './bucket-close';
import { CircuitBreakers } from './circuit-breaker';
import { WHEN_ALWAYS, WHEN_FALLBACK, WHEN_ON_FAILURE, WHEN_ON_SUCCESS } from './compile-flows';
import { EventWheel } from './event-wheel';
import { Histogram } from './histogram';
import { IntQueue } from './int-queue';
import { windowBounds } from './window-bounds';
import { growColumns } from './pool';
import { Partitions } from './partitions';
import { RedeliveryLane } from './redelivery-lane';
import { Rng } from './rng';
import { TimerFifo } from './timer-fifo';
import { TokenBuckets } from './token-buckets';
import { consumerWorkersAt, ScalerState } from './autoscaler';
import type { TraceRecorder } from './trace-recorder';

// Event kinds.
/** The random stream of message keys (loads use 1000 + their index). */
const KEY_STREAM = 2000;

const EV_ARRIVAL = 0; // a = load index
const EV_WORK_DONE = 1; // a = job
const EV_CALL_ARRIVE = 2; // a = attempt, b = attempt generation
const EV_RESPONSE = 3; // a = attempt, b = attempt generation
const EV_TIMEOUT = 4; // a = call edge: the front of its timeout FIFO is due
const EV_ISSUE = 5; // a = attempt, b = attempt generation (a retry after backoff, or a deferred issue)
const EV_PUBLISH_ACK = 6; // a = attempt
const EV_MSG_READY = 7; // a = message
const EV_FAULT = 8; // a = node
const EV_BUCKET = 9;
const EV_WARMUP = 10;
const EV_SCALE = 11; // a = scaler: a decision of an autoscaled node
const EV_SCALE_READY = 12; // a = scaler: replicas that were starting take work

// How a message ended (finalizeMessage).
const MSG_OK = 0;
const MSG_DEAD = 1;
const MSG_EXPIRED = 2;

// Outcome reasons (0 = success). The order matches EntryErrors.
export const OK = 0;
export const R_TIMEOUT = 1;
export const R_REJECTED = 2;
export const R_FAILED = 3;
export const R_CIRCUIT_OPEN = 4;
export const R_BACKPRESSURE = 5;
export const R_RATE_LIMITED = 6;
/** Outcome codes, success included: the stride of the per-bucket reason counts. */
export const REASONS = 7;

// Job kinds.
const JOB_ENTRY = 0;
const JOB_SYNC = 1;
const JOB_HANDLER = 2;

/** The columns of the entries' pool (free list first), grown together. */
export const ROOT_COLUMNS = [
  'rFree',
  'rArrive',
  'rRefs',
  'rCounted',
  'rLive',
  'rDone',
  'rTrace',
] as const;

/** The columns of the jobs' pool (free list first), grown together. */
export const JOB_COLUMNS = [
  'jFree',
  'jNode',
  'jKind',
  'jRoot',
  'jParent',
  'jParentGen',
  'jAux',
  'jCe',
  'jStep',
  'jRep',
  'jPending',
  'jEdge',
  'jReason',
  'jHeld',
  'jArrive',
  'jSpan',
] as const;

/** The columns of the attempts' pool (free list first), grown together. */
export const ATTEMPT_COLUMNS = [
  'aFree',
  'aJob',
  'aEdge',
  'aGen',
  'aTry',
  'aPending',
  'aResult',
  'aSent',
  'aSpan',
  'aRoot',
  'aTransit',
  'aZombie',
] as const;

/** The columns of the messages' pool (free list first), grown together. */
export const MESSAGE_COLUMNS = [
  'mFree',
  'mRoot',
  'mChan',
  'mDeliv',
  'mDup',
  'mAccepted',
  'mSpan',
  'mPart',
] as const;

/** Inline hand-offs (zero-latency calls and responses) deeper than this become events at the same instant. */
const MAX_DEPTH = 64;
/** Guards are checked every GUARD_EVERY events. */
const GUARD_MASK = 8191;

export interface EngineOptions {
  seed: number;
  maxEvents: number;
  maxWallMs: number;
  maxLive: number;
  progressEveryMs: number;
  bucketS: number;
  /** The project's latency objective (ms): entries that succeed within it are counted. */
  latencyTargetMs: number;
  onProgress?: (p: { simulatedS: number; durationS: number; events: number }) => boolean | void;
  traces?: TraceRecorder;
}

export type CutReason = 'events' | 'wallClock' | 'cancelled' | 'memory';

/**
 * The discrete-event engine. All state lives in typed arrays indexed by integer ids: nodes and
 * edges by their position in the variant, and four pools of records that are reused once done
 * (entry requests, jobs at a node, call/publish attempts, messages), so memory depends on what
 * is in flight, never on how many requests went through.
 *
 * Terms: an *entry* is one user request from a client. A *job* is one piece of work at a node:
 * the client's own (it just makes the calls), a synchronous request at a service, or a message
 * handler on a consumer worker. An *attempt* is one outbound call or publish of a job, across
 * its retries. A *message* is one copy in one channel (a queue's backlog or a topic
 * subscription's backlog). Times are in milliseconds.
 */
export class Engine {
  readonly m: CompiledModel;
  readonly opts: EngineOptions;
  /** The trace recorder, or undefined: one field test per hook when tracing is off. */
  private readonly tr: TraceRecorder | undefined;
  private readonly q = new EventWheel();
  private readonly rng: Rng;
  /** The rate limits' buckets; null when the variant has none (the usual case: no cost). */
  private readonly limits: TokenBuckets | null;
  private readonly arrivalRng: Rng[];
  now = 0;
  events = 0;
  // Set in the constructor; a value here keeps V8's field a number (see EventWheel).
  readonly durationMs: number = 0;
  readonly warmupMs: number = 0;
  measuring = false;
  private depth = 0;
  cut: { reason: CutReason; atS: number } | null = null;
  wallMs = 0;

  // ---- entries (roots) ----
  private rCap = 1024;
  private rHigh = 0;
  private rFree = new Int32Array(this.rCap);
  private rFreeTop = 0;
  rArrive = new Float64Array(this.rCap);
  private rRefs = new Int32Array(this.rCap);
  rCounted = new Uint8Array(this.rCap);
  rLive = new Uint8Array(this.rCap);
  rDone = new Uint8Array(this.rCap);
  rTrace = new Int32Array(this.rCap);

  // ---- jobs ----
  private jCap = 1024;
  private jHigh = 0;
  private jFree = new Int32Array(this.jCap);
  private jFreeTop = 0;
  private jNode = new Int32Array(this.jCap);
  private jKind = new Int32Array(this.jCap);
  private jRoot = new Int32Array(this.jCap);
  private jParent = new Int32Array(this.jCap);
  private jParentGen = new Int32Array(this.jCap);
  private jAux = new Int32Array(this.jCap); // message (handlers)
  private jCe = new Int32Array(this.jCap); // consume edge (handlers)
  private jStep = new Int32Array(this.jCap);
  private jRep = new Int32Array(this.jCap);
  private jPending = new Int32Array(this.jCap);
  /** The edge a flow plan's current step repeats (`count`), chosen from its group if it has one. */
  private jEdge = new Int32Array(this.jCap);
  private jReason = new Int32Array(this.jCap);
  private jHeld = new Uint8Array(this.jCap);
  private jArrive = new Float64Array(this.jCap);
  jSpan = new Int32Array(this.jCap);
  /**
   * Staged jobs (compile-stages.ts): by job, the calls of each edge of its current stage not
   * started yet. Made the first time a job record runs a stage, then reused with the record.
   */
  private readonly stageLeft: Int32Array[] = [];

  // ---- attempts ----
  private aCap = 1024;
  private aHigh = 0;
  private aFree = new Int32Array(this.aCap);
  private aFreeTop = 0;
  private aJob = new Int32Array(this.aCap);
  private aEdge = new Int32Array(this.aCap);
  private aGen = new Int32Array(this.aCap);
  private aTry = new Int32Array(this.aCap);
  private aPending = new Uint8Array(this.aCap);
  private aResult = new Int32Array(this.aCap);
  aSent = new Float64Array(this.aCap);
  aSpan = new Int32Array(this.aCap);
  /** The entry the attempt works for (kept so a late request can still be delivered). */
  private aRoot = new Int32Array(this.aCap);
  /** Requests of this attempt still on the network: the record waits for them before reuse. */
  private aTransit = new Int32Array(this.aCap);
  private aZombie = new Uint8Array(this.aCap);

  // ---- messages ----
  private mCap = 1024;
  private mHigh = 0;
  private mFree = new Int32Array(this.mCap);
  private mFreeTop = 0;
  private mRoot = new Int32Array(this.mCap);
  private mChan = new Int32Array(this.mCap);
  private mDeliv = new Int32Array(this.mCap);
  private mDup = new Uint8Array(this.mCap);
  private mAccepted = new Float64Array(this.mCap);
  mSpan = new Int32Array(this.mCap);
  /** The message's partition (partitions.ts), −1 in an unpartitioned channel. */
  private mPart = new Int32Array(this.mCap);

  // ---- node state ----
  private readonly nBusy: Int32Array;
  /** Request workers and waiting-room limit of each node now (autoscaling changes them). */
  private readonly nWorkers: Int32Array;
  private readonly nWaitLimit: Float64Array;
  private readonly nWait: IntQueue[];
  private readonly nLastT: Float64Array;
  readonly nBusyAreaB: Float64Array;
  readonly nBusyAreaT: Float64Array;
  readonly nWaitAreaT: Float64Array;
  readonly nOutage: Uint8Array;
  private readonly nSlow: Float64Array;
  private readonly nErrAdd: Float64Array;
  readonly utilCap: Float64Array;
  /** The consume edges of node n (its consumer pools): nodeCe[nodeCeStart[n] .. nodeCeStart[n + 1]). */
  readonly nodeCeStart: Int32Array;
  readonly nodeCe: Int32Array;
  private readonly nodeFaults: number[][];
  // Statistics (after warm-up).
  readonly nArrivals: Float64Array;
  readonly nServed: Float64Array;
  readonly nFailed: Float64Array;
  readonly nRejected: Float64Array;
  readonly nTimeouts: Float64Array;
  /** Synchronous calls a rate limit refused (the node's own, or the calling edge's quota). */
  readonly nRateLimited: Float64Array;
  /** Caches: lookups answered from the cache (after the warm-up). */
  readonly nHits: Float64Array;
  /** Caches in a cold start: when it began and when the hit ratio is whole again (ms); −1: none. */
  private readonly nColdFrom: Float64Array;
  private readonly nColdTo: Float64Array;
  readonly nMaxWait: Float64Array;
  readonly nHist: Histogram[];
  /** When each node first saturated and first failed (ms, after the warm-up; NaN: never). */
  readonly nSatAt: Float64Array;
  readonly nFailAt: Float64Array;

  // ---- consume edges ----
  /** Free consumer workers (negative while a removed replica finishes its handlings). */
  private readonly ceFree: Int32Array;
  /** Consumer workers of each consume edge now (autoscaling changes them). */
  private readonly ceWorkers: Int32Array;
  private readonly ceLastT: Float64Array;
  readonly ceBusyAreaB: Float64Array;
  readonly ceBusyAreaT: Float64Array;

  // ---- autoscaling (autoscaler.ts) ----
  /** One per autoscaled node, in node order; nodeScaler[n] is node n's, or −1. */
  readonly scalers: ScalerState[];
  readonly nodeScaler: Int32Array;

  // ---- channels and brokers ----
  private readonly chReady: IntQueue[];
  readonly chBacklog: Int32Array;
  private readonly chRr: Int32Array;
  /** Partitioned channels' partitions; null when no broker is partitioned. */
  readonly parts: Partitions | null;
  /** Message keys (their partitions) draw from a stream of their own, so partitions leave other draws alone. */
  private readonly keyRng: Rng;
  /** Per broker: redeliveries waiting to enter the event queue (see RedeliveryLane). */
  private readonly lanes: RedeliveryLane[];
  /** The brokers that delay redeliveries (redeliveryMs > 0): the only lanes ever used. */
  private readonly laneBrokers: Int32Array;
  /** The earliest release time over all lanes (Infinity when all are empty). */
  private nextRelease = Infinity;
  readonly qPublished: Float64Array;
  readonly qRefused: Float64Array;
  readonly qDelivered: Float64Array;
  readonly qAcked: Float64Array;
  readonly qDead: Float64Array;
  /** Messages that outlived the broker's time-to-live before a consumer took them. */
  readonly qExpired: Float64Array;
  readonly qDup: Float64Array;
  readonly qDupDiscarded: Float64Array;
  readonly qDupSideEffects: Float64Array;
  readonly qMaxBacklog: Float64Array;
  readonly qAge: Histogram[];

  // ---- timeouts and circuit breakers (by edge) ----
  private readonly timers: TimerFifo[];
  private readonly breakers: CircuitBreakers;

  // ---- entry statistics ----
  eRequests = 0;
  eSucceeded = 0;
  eFailed = 0;
  readonly eErrors = new Float64Array(REASONS);
  /** Flows (after the warm-up): fallbacks made, fallbacks that turned a failure into success, compensations made. */
  oFallbacks = 0;
  oRecovered = 0;
  oCompensations = 0;
  /** By edge: how often an edge with a condition or in an outcome group was taken (after the warm-up). */
  readonly oTaken: Float64Array;
  readonly eHist = new Histogram();
  /** Latency of the entries that succeeded, and time to failure of those that failed. */
  readonly eOkHist = new Histogram();
  readonly eFailHist = new Histogram();
  readonly latencyTargetMs: number = 0;
  eWithinTarget = 0;
  readonly cHist = new Histogram();

  // ---- conservation (whole run, warm-up included) ----
  genEntries = 0;
  genMessages = 0;
  okEntries = 0;
  failedEntries = 0;
  okMessages = 0;
  deadMessages = 0;
  expiredMessages = 0;

  // ---- series ----
  readonly bucketMs: number = 0;
  readonly buckets: number = 0;
  private bucket = 0;
  /** The reserved heap sequence number of bucket boundary k is bucketSeq + k. */
  private bucketSeq = 0;
  readonly sArrivals: Float64Array;
  readonly sDone: Float64Array;
  readonly sFailed: Float64Array;
  /** Failed entries answered in each bucket by reason: index bucket * REASONS + reason. */
  readonly sFailedBy: Float64Array;
  readonly sP99: Float64Array;
  /** Hand-overs on each edge in each bucket (index edge * buckets + bucket): call attempts sent,
   * publishes sent, messages handed to consumers. */
  readonly sEdge: Float64Array;
  readonly sUtil: Float64Array[];
  readonly sBacklog: Float64Array[];
  /** Partitioned brokers: the most messages one partition held at once, per bucket (else null). */
  readonly sHotPartition: (Float64Array | null)[];
  /** Entries answered successfully within the latency objective, per bucket. */
  readonly sWithin: Float64Array;
  /** p50 and p99 of the successful answers and p50 of the times to failure per bucket (NaN: none). */
  readonly sOkP50: Float64Array;
  readonly sOkP99: Float64Array;
  readonly sFailP50: Float64Array;
  /** Per node and bucket: 1 saturated, 2 failing (the cascade's rules), index node * buckets + k. */
  readonly sState: Uint8Array;
  /**
   * The current bucket's counters (bucket-close.ts), and the engine's own references to them:
   * the handlers that count read a field of the engine, as before the counters had a module.
   */
  private readonly bucketCounters: BucketCounters;
  private readonly nBucketMaxWait: Float64Array;
  private readonly nBucketRejected: Float64Array;
  private readonly nBucketDone: Float64Array;
  private readonly nBucketBad: Float64Array;
  private readonly nFirstQueuedB: Float64Array;
  private readonly nQueuedSince: Float64Array;
  private readonly nFirstBadB: Float64Array;
  private readonly qBucketMax: Float64Array;
  private readonly qBucketPub: Float64Array;
  private readonly qBucketRefused: Float64Array;
  private readonly bucketHist: Histogram;
  private readonly bucketOkHist: Histogram;
  private readonly bucketFailHist: Histogram;

  // ---- arrivals ----
  private readonly loadBounds: Float64Array[];
  private readonly loadConstant: Uint8Array;

  constructor(m: CompiledModel, opts: EngineOptions) {
    this.m = m;
    this.opts = opts;
    this.tr = opts.traces;
    this.rng = new Rng(opts.seed, 0);
    this.arrivalRng = m.loads.map((_, i) => new Rng(opts.seed, 1000 + i));
    this.durationMs = m.scenario.durationS * 1000;
    this.warmupMs = m.scenario.warmupS * 1000;
    const N = m.nodeIds.length;
    const E = m.edgeIds.length;
    const C = m.chanBroker.length;
    this.nBusy = new Int32Array(N);
    this.nWorkers = Int32Array.from(m.workers);
    this.nWaitLimit = Float64Array.from(m.waitLimit);
    this.nWait = m.nodeIds.map(() => new IntQueue(16));
    this.nLastT = new Float64Array(N);
    this.nBusyAreaB = new Float64Array(N);
    this.nBusyAreaT = new Float64Array(N);
    this.nWaitAreaT = new Float64Array(N);
    this.nOutage = new Uint8Array(N);
    this.nSlow = new Float64Array(N).fill(1);
    this.nErrAdd = new Float64Array(N);
    this.nArrivals = new Float64Array(N);
    this.nServed = new Float64Array(N);
    this.nFailed = new Float64Array(N);
    this.nRejected = new Float64Array(N);
    this.nTimeouts = new Float64Array(N);
    this.nRateLimited = new Float64Array(N);
    this.nHits = new Float64Array(N);
    this.nColdFrom = new Float64Array(N).fill(-1);
    this.nColdTo = new Float64Array(N);
    this.oTaken = new Float64Array(E);
    this.limits = m.limited ? new TokenBuckets(m.limitPerMs, m.limitBurst) : null;
    this.nMaxWait = new Float64Array(N);
    this.nHist = m.nodeIds.map(() => new Histogram());
    const bc = new BucketCounters(N);
    this.bucketCounters = bc;
    this.nBucketMaxWait = bc.maxWait;
    this.nBucketRejected = bc.rejected;
    this.nBucketDone = bc.done;
    this.nBucketBad = bc.bad;
    this.nFirstQueuedB = bc.firstQueued;
    this.nQueuedSince = bc.queuedSince;
    this.nFirstBadB = bc.firstBad;
    this.qBucketMax = bc.brokerMax;
    this.qBucketPub = bc.brokerPub;
    this.qBucketRefused = bc.brokerRefused;
    this.bucketHist = bc.hist;
    this.bucketOkHist = bc.okHist;
    this.bucketFailHist = bc.failHist;
    this.nSatAt = new Float64Array(N).fill(NaN);
    this.nFailAt = new Float64Array(N).fill(NaN);

    // Consumer pools per node, and the capacity that utilisation is measured against: the
    // synchronous pool when the node is called (or has nothing else), plus its consumer workers.
    const ceStart = new Int32Array(N + 1);
    const ceList: number[] = [];
    this.utilCap = new Float64Array(N);
    for (let n = 0; n < N; n++) {
      ceStart[n] = ceList.length;
      let consumers = 0;
      for (let e = 0; e < E; e++) {
        if (m.consumerChan[e] >= 0 && m.edgeTo[e] === n) {
          ceList.push(e);
          consumers += m.consumerWorkers[e];
        }
      }
      const sync = m.hasCallers[n] || consumers === 0 ? m.workers[n] : 0;
      this.utilCap[n] = sync + consumers;
    }
    ceStart[N] = ceList.length;
    this.nodeCeStart = ceStart;
    this.nodeCe = Int32Array.from(ceList);
    this.nodeFaults = m.nodeIds.map(() => []);
    m.faults.forEach((f, i) => this.nodeFaults[f.node].push(i));

    this.ceFree = Int32Array.from(m.consumerWorkers);
    this.ceWorkers = Int32Array.from(m.consumerWorkers);
    this.ceLastT = new Float64Array(E);
    this.ceBusyAreaB = new Float64Array(E);
    this.ceBusyAreaT = new Float64Array(E);

    this.chReady = Array.from({ length: C }, () => new IntQueue(16));
    this.chBacklog = new Int32Array(C);
    this.chRr = new Int32Array(C);
    this.parts = m.partStart[C] > 0 ? new Partitions(m.partStart) : null;
    this.keyRng = new Rng(opts.seed, KEY_STREAM);
    this.lanes = m.nodeIds.map(() => new RedeliveryLane(16));
    const delaying = (n: number): boolean =>
      (m.nodeKind[n] === KIND_QUEUE || m.nodeKind[n] === KIND_TOPIC) && m.redeliveryMs[n] > 0;
    this.laneBrokers = Int32Array.from(m.nodeIds.map((_, n) => n).filter(delaying));
    this.qPublished = new Float64Array(N);
    this.qRefused = new Float64Array(N);
    this.qDelivered = new Float64Array(N);
    this.qAcked = new Float64Array(N);
    this.qDead = new Float64Array(N);
    this.qExpired = new Float64Array(N);
    this.qDup = new Float64Array(N);
    this.qDupDiscarded = new Float64Array(N);
    this.qDupSideEffects = new Float64Array(N);
    this.qMaxBacklog = new Float64Array(N);
    this.qAge = m.nodeIds.map(() => new Histogram());

    this.timers = m.edgeIds.map(() => new TimerFifo(16));
    this.breakers = new CircuitBreakers(m, E);

    this.bucketMs = opts.bucketS * 1000;
    this.buckets = Math.max(1, Math.ceil(this.durationMs / this.bucketMs - 1e-9));
    const B = this.buckets;
    this.sArrivals = new Float64Array(B);
    this.sDone = new Float64Array(B);
    this.sFailed = new Float64Array(B);
    this.sFailedBy = new Float64Array(B * REASONS);
    this.sP99 = new Float64Array(B);
    this.sEdge = new Float64Array(E * B);
    this.sUtil = m.nodeIds.map(() => new Float64Array(B));
    this.sBacklog = m.nodeIds.map(() => new Float64Array(B));
    // Brokers with partitions in some channel (a topic without subscriptions has none).
    this.sHotPartition = m.nodeIds.map((_, n) =>
      m.partitions[n] > 0 && m.chanStart[n + 1] > m.chanStart[n] ? new Float64Array(B) : null,
    );
    this.sWithin = new Float64Array(B);
    this.sOkP50 = new Float64Array(B);
    this.sOkP99 = new Float64Array(B);
    this.sFailP50 = new Float64Array(B);
    this.sState = new Uint8Array(m.nodeIds.length * B);
    this.latencyTargetMs = opts.latencyTargetMs;
    this.nodeScaler = new Int32Array(N).fill(-1);
    this.scalers = m.scalers.map((spec, i) => {
      this.nodeScaler[spec.node] = i;
      return new ScalerState(spec, B, this.utilCap[spec.node]);
    });

    this.loadBounds = m.loads.map((l) => windowBounds(l.rate, m.scenario.durationS, 1));
    this.loadConstant = Uint8Array.from(
      m.scenario.load.map((l) => (l.shape.type === 'constant' ? 1 : 0)),
    );
    // Both values once, on purpose: V8 compiles a field that has only ever held one value as a
    // constant, and throws that code away when the value changes (here: the warm-up's end).
    this.measuring = true;
    this.measuring = false;
  }

  // =====================================================================================
  // The run
  // =====================================================================================

  run(): void {
    const wallStart = Date.now();
    let lastProgress = wallStart;
    const m = this.m;
    const q = this.q;
    const end = this.durationMs;
    const maxEvents = this.opts.maxEvents;

    if (this.warmupMs > 0) q.push(this.warmupMs, EV_WARMUP, 0, 0);
    else this.measuring = true;
    // One bucket boundary in the heap at a time (each schedules the next), so hundreds of far
    // future boundaries do not deepen the heap; reserved sequence numbers keep the order that
    // scheduling them all up front would give among same-instant events.
    this.bucketSeq = q.reserve(this.buckets);
    if (this.buckets > 1) q.pushSeq(this.bucketMs, EV_BUCKET, 1, 0, this.bucketSeq + 1);
    for (const f of m.faults) {
      q.push(f.startS * 1000, EV_FAULT, f.node, 0);
      q.push(f.endS * 1000, EV_FAULT, f.node, 0);
    }
    for (let i = 0; i < this.scalers.length; i++)
      q.push(this.scalers[i].spec.periodMs, EV_SCALE, i, 0);
    for (let l = 0; l < m.loads.length; l++) {
      const t = this.nextArrival(l, 0);
      if (t < end) q.push(t, EV_ARRIVAL, l, 0);
    }

    for (;;) {
      // `top` is never passed to a call: a double argument would be boxed on every event.
      if (this.nextRelease <= q.peekTime()) this.releaseRedeliveries();
      const top = q.peekTime(); // Infinity when empty
      if (top > end) break;
      q.pop();
      this.now = q.topTime;
      const a = q.topA;
      const b = q.topB;
      switch (q.topKind) {
        case EV_ARRIVAL:
          this.onArrival(a);
          break;
        case EV_WORK_DONE:
          this.onWorkDone(a);
          break;
        case EV_CALL_ARRIVE:
          this.onCallArrive(a, b);
          break;
        case EV_RESPONSE:
          if (this.aGen[a] === b && this.aPending[a] === 1) this.onResponse(a);
          break;
        case EV_TIMEOUT:
          this.onTimeouts(a);
          break;
        case EV_PUBLISH_ACK:
          this.onPublishAck(a);
          break;
        case EV_MSG_READY:
          if (this.mPart[a] >= 0) this.parts!.arrive(this.mPart[a], a);
          else this.chReady[this.mChan[a]].push(a);
          this.dispatch(this.mChan[a]);
          break;
        default:
          this.onLateEvent(q.topKind, a, b);
      }
      if ((++this.events & GUARD_MASK) === 0) {
        const wall = Date.now();
        if (this.events >= maxEvents) {
          this.cutShort('events');
          break;
        }
        if (wall - wallStart >= this.opts.maxWallMs) {
          this.cutShort('wallClock');
          break;
        }
        if (this.jHigh - this.jFreeTop + this.mHigh - this.mFreeTop > this.opts.maxLive) {
          this.cutShort('memory');
          break;
        }
        if (this.opts.onProgress && wall - lastProgress >= this.opts.progressEveryMs) {
          lastProgress = wall;
          const stop = this.opts.onProgress({
            simulatedS: this.now / 1000,
            durationS: m.scenario.durationS,
            events: this.events,
          });
          if (stop === true) {
            this.cutShort('cancelled');
            break;
          }
        }
      }
    }
    if (!this.cut) this.now = end;
    this.expireAtEnd();
    this.touchAll();
    this.closeBucket(this.now);
    // A run cut short within its warm-up (a budget, a cancel) measured nothing.
    if (!this.measuring) this.clearMeasured();
    // An int, as the field was declared: a double here gave the engine a new hidden class after
    // each run, and the next run in the process started over in unoptimised code.
    this.wallMs = (Date.now() - wallStart) | 0;
  }

  /**
   * The events whose first may come late in a run: faults, bucket closes, the end of the
   * warm-up, scaling, retries (which start with the first failure). They share one call in the
   * run loop, out of line. The first bucket closes within the first hundredth of every run, so
   * V8 has seen that call before it optimises the loop; a call of each kind's own in the loop
   * would first run later (a fault at minute two, the warm-up's end), and V8 would throw the
   * optimised loop away there, running it in the interpreter until it had compiled it again.
   */
  private onLateEvent(kind: number, a: number, b: number): void {
    switch (kind) {
      case EV_ISSUE:
        if (this.aGen[a] === b) this.issue(a);
        break;
      case EV_FAULT:
        this.onFault(a);
        break;
      case EV_BUCKET:
        this.closeBucket(this.now);
        if (a + 1 < this.buckets)
          this.q.pushSeq((a + 1) * this.bucketMs, EV_BUCKET, a + 1, 0, this.bucketSeq + a + 1);
        break;
      case EV_WARMUP:
        this.touchAll();
        this.measuring = true;
        this.clearMeasured();
        this.startMeasuring();
        break;
      case EV_SCALE:
        this.onScaleDecision(a);
        break;
      case EV_SCALE_READY:
        this.onReplicasReady(a);
        break;
      default:
        throw new Error(`engine: unknown event kind ${kind}`);
    }
  }

  /** Moves every redelivery released by the time of the next event into the event queue. */
  private releaseRedeliveries(): void {
    const limit = this.q.peekTime();
    const brokers = this.laneBrokers;
    let next = Infinity;
    for (let i = 0; i < brokers.length; i++) {
      const lane = this.lanes[brokers[i]];
      while (lane.size > 0 && lane.frontRelease() <= limit) {
        this.q.pushSeq(lane.frontTime(), EV_MSG_READY, lane.frontMessage(), 0, lane.frontSeq());
        lane.shift();
      }
      const r = lane.frontRelease();
      if (r < next) next = r;
    }
    this.nextRelease = next;
  }

  private cutShort(reason: CutReason): void {
    this.cut = { reason, atS: this.now / 1000 };
  }

  /**
   * Every statistic the results take from the end of the warm-up on, back to nothing. The
   * event handlers count from the start of the run and this clears what they counted in the
   * warm-up: a branch of theirs on the warm-up would first run at its end, after V8 had
   * optimised them, and throw that code away (a deoptimisation of each handler at once).
   */
  private clearMeasured(): void {
    const counters = [
      this.nArrivals,
      this.nServed,
      this.nFailed,
      this.nRejected,
      this.nRateLimited,
      this.nHits,
      this.nTimeouts,
      this.nMaxWait,
      this.nBusyAreaT,
      this.nWaitAreaT,
      this.ceBusyAreaT,
      this.oTaken,
      this.qPublished,
      this.qRefused,
      this.qDelivered,
      this.qAcked,
      this.qDup,
      this.qDupDiscarded,
      this.qDupSideEffects,
      this.qDead,
      this.qExpired,
      this.qMaxBacklog,
    ];
    for (const c of counters) c.fill(0);
    for (const h of this.nHist) h.reset();
    for (const h of this.qAge) h.reset();
    this.oFallbacks = 0;
    this.oRecovered = 0;
    this.oCompensations = 0;
    for (const sc of this.scalers) sc.clearMeasured();
    this.parts?.maxBacklog.fill(0);
  }

  /** Statistics restart at the end of the warm-up (time integrals were just brought up to date). */
  private startMeasuring(): void {
    const N = this.m.nodeIds.length;
    for (let n = 0; n < N; n++) {
      this.nMaxWait[n] = this.nWait[n].size;
      if (this.m.nodeKind[n] === KIND_QUEUE || this.m.nodeKind[n] === KIND_TOPIC) {
        this.qMaxBacklog[n] = this.brokerBacklog(n);
      }
    }
    for (const sc of this.scalers) sc.measuredMax = sc.ready;
    this.parts?.maxBacklog.set(this.parts.backlog);
  }

  // =====================================================================================
  // Arrivals: non-homogeneous Poisson by thinning against a per-second upper bound
  // =====================================================================================

  /** The next arrival of load `l` after time t (ms), or Infinity when none before the end. */
  private nextArrival(l: number, t: number): number {
    const bounds = this.loadBounds[l];
    const rng = this.arrivalRng[l];
    const rate = this.m.loads[l].rate;
    const exact = this.loadConstant[l] === 1;
    const end = this.durationMs;
    for (;;) {
      const k = Math.floor(t / 1000);
      if (k >= bounds.length || t >= end) return Infinity;
      const M = bounds[k];
      const segEnd = (k + 1) * 1000;
      if (M <= 0) {
        t = segEnd;
        continue;
      }
      t += rng.exponential(1000 / M);
      if (t >= segEnd) {
        // Past this window's bound: restart at its end (the exponential is memoryless).
        t = segEnd;
        continue;
      }
      if (t >= end) return Infinity;
      if (exact || rng.uniform() * M <= rate.rate(t / 1000)) return t;
    }
  }

  private onArrival(l: number): void {
    const now = this.now;
    const next = this.nextArrival(l, now);
    if (next < this.durationMs) this.q.push(next, EV_ARRIVAL, l, 0);

    const r = this.allocRoot();
    this.rArrive[r] = now;
    this.rRefs[r] = 0; // its jobs and messages hold references; the entry job is the first
    this.rLive[r] = 1;
    this.rDone[r] = 0;
    this.genEntries++;
    const counted = this.measuring ? 1 : 0;
    this.rCounted[r] = counted;
    if (counted) this.eRequests++;
    this.sArrivals[this.bucket]++;
    const client = this.m.loads[l].client;
    const j = this.newJob(client, JOB_ENTRY, r, -1);
    if (this.tr) this.tr.onEntry(this, r, j, client);
    this.startPlan(j);
  }

  // =====================================================================================
  // Jobs at service-like nodes
  // =====================================================================================

  private arriveAtNode(j: number): void {
    const n = this.jNode[j];
    this.nArrivals[n]++;
    if (this.nOutage[n] === 1) {
      if (this.m.hitRatio[n] >= 0) {
        // A cache that is down: every lookup misses, straight on to what it fronts.
        if (this.tr) this.tr.onJobStart(this, j, n);
        this.startPlan(j);
      } else this.reject(j, n);
      return;
    }
    if (this.nBusy[n] < this.nWorkers[n]) {
      this.touchNode(n);
      this.nBusy[n]++;
      this.jHeld[j] = 1;
      this.startWork(j);
      return;
    }
    const wait = this.nWait[n];
    if (wait.size < this.nWaitLimit[n]) {
      this.touchNode(n);
      wait.push(j);
      const len = wait.size;
      if (len === 1) {
        this.nQueuedSince[n] = this.now;
        if (this.nFirstQueuedB[n] < 0) this.nFirstQueuedB[n] = this.now;
      }
      if (len > this.nBucketMaxWait[n]) this.nBucketMaxWait[n] = len;
      if (len > this.nMaxWait[n]) this.nMaxWait[n] = len;
      return;
    }
    this.reject(j, n);
  }

  private reject(j: number, n: number): void {
    this.nRejected[n]++;
    this.nBucketRejected[n]++;
    this.noteBad(n);
    if (this.tr) this.tr.onJobStart(this, j, n);
    this.respond(j, R_REJECTED);
    this.releaseJob(j);
  }

  /** Schedules an event at now plus a sample of distribution `dist`. */
  private after(dist: number, kind: number, a: number, b: number): void {
    this.q.push(this.now + this.m.dists.sample(dist, this.rng), kind, a, b);
  }

  /**
   * Like `after`, for a broker's own times (publish acknowledgement, delivery): a slowdown fault
   * on the broker multiplies them, as it multiplies a service's work.
   */
  private afterAtBroker(b: number, dist: number, kind: number, a: number): void {
    // Always multiplied (×1 changes no number): a branch taken only from a slowdown's start would
    // first run then, after V8 had optimised this code, and cost a deoptimisation.
    const t = this.m.dists.sample(dist, this.rng) * this.nSlow[b];
    this.q.push(this.now + t, kind, a, 0);
  }

  private startWork(j: number): void {
    const n = this.jNode[j];
    // ×1 without a slowdown: see afterAtBroker.
    const t = this.m.dists.sample(this.m.serviceDist[n], this.rng) * this.nSlow[n];
    if (this.tr) this.tr.onJobStart(this, j, n);
    this.q.push(this.now + t, EV_WORK_DONE, j, 0);
  }

  private onWorkDone(j: number): void {
    const n = this.jNode[j];
    const er = this.m.errorRate[n] + this.nErrAdd[n];
    if (er > 0 && this.rng.uniform() < er) {
      if (this.m.flow[n] === 1) this.startFlow(j, true);
      else this.finishJob(j, R_FAILED);
      return;
    }
    const hit = this.m.hitRatio[n];
    if (hit >= 0 && this.rng.uniform() < this.hitRatioNow(n, hit)) {
      this.nHits[n]++;
      this.finishJob(j, OK); // answered from the cache: its backing calls are not made
      return;
    }
    this.startPlan(j);
  }

  /** A cache's hit ratio now: climbing evenly from 0 back to `hit` during a cold start. */
  private hitRatioNow(n: number, hit: number): number {
    const from = this.nColdFrom[n];
    if (from < 0) return hit;
    return (hit * (this.now - from)) / (this.nColdTo[n] - from);
  }

  /** Outbound calls and publishes, one after the other or all at once. */
  private startPlan(j: number): void {
    const m = this.m;
    const n = this.jNode[j];
    if (m.flow[n] === 1) {
      this.startFlow(j, false);
      return;
    }
    const from = m.planStart[n];
    const to = m.planStart[n + 1];
    if (from === to) {
      this.finishJob(j, OK);
      return;
    }
    this.jReason[j] = OK;
    if (m.staged[n] === 1) {
      this.jStep[j] = m.stages.stageStart[n] - 1;
      this.nextStage(j);
    } else if (m.parallel[n] === 1) {
      this.jPending[j] = 1; // a guard so branches that end at once cannot finish the job early
      for (let p = from; p < to; p++) {
        const e = m.planEdges[p];
        const prob = m.probability[e];
        if (prob < 1 && this.rng.uniform() >= prob) continue;
        for (let c = m.count[e]; c > 0; c--) {
          this.jPending[j]++;
          this.startBranch(j, e);
        }
      }
      if (--this.jPending[j] === 0) this.finishJob(j, this.jReason[j]);
    } else {
      this.jPending[j] = 0;
      this.jStep[j] = from - 1;
      this.jRep[j] = 0;
      this.continuePlan(j);
    }
  }

  private continuePlan(j: number): void {
    const m = this.m;
    const end = m.planStart[this.jNode[j] + 1];
    for (;;) {
      if (this.jRep[j] > 0) {
        this.jRep[j]--;
        this.startBranch(j, m.planEdges[this.jStep[j]]);
        return;
      }
      const step = ++this.jStep[j];
      if (step >= end) {
        this.finishJob(j, OK);
        return;
      }
      const e = m.planEdges[step];
      const prob = m.probability[e];
      this.jRep[j] = prob >= 1 || this.rng.uniform() < prob ? m.count[e] : 0;
    }
  }

  // =====================================================================================
  // Stages: ordered groups of calls made at once (compile-stages.ts)
  // =====================================================================================

  /**
   * Starts the job's next stage: each edge's probability is drawn (in plan order, as in parallel
   * mode), then up to `atATime` of its `count` calls start. Finishes the job after the last
   * stage, or when a stage ended failed.
   */
  private nextStage(j: number): void {
    const m = this.m;
    const st = m.stages;
    const end = st.stageStart[this.jNode[j] + 1];
    let left = this.stageLeft[j];
    if (left === undefined) {
      left = new Int32Array(st.widest);
      this.stageLeft[j] = left;
    }
    for (;;) {
      const s = ++this.jStep[j];
      if (s >= end) {
        this.finishJob(j, OK);
        return;
      }
      const first = st.stageEdgeStart[s];
      const last = st.stageEdgeStart[s + 1];
      this.jPending[j] = 1; // a guard, as in startPlan
      for (let slot = first; slot < last; slot++) {
        const e = st.stageEdges[slot];
        const prob = m.probability[e];
        const calls = prob < 1 && this.rng.uniform() >= prob ? 0 : m.count[e];
        const now = calls < st.atATime[slot] ? calls : st.atATime[slot];
        left[slot - first] = calls - now;
        for (let c = now; c > 0; c--) {
          this.jPending[j]++;
          this.startBranch(j, e);
        }
      }
      if (--this.jPending[j] > 0) return;
      if (this.jReason[j] !== OK) {
        this.finishJob(j, this.jReason[j]);
        return;
      }
    }
  }

  /**
   * A call of a stage ended: the next call of its edge takes its place while the job has not
   * failed; once none is in flight, the stage is over. A failed stage ends the job (the calls
   * already made are waited for, no more are started).
   */
  private stageBranchDone(j: number, e: number, reason: number): void {
    const m = this.m;
    if (reason !== OK && m.optional[e] === 0 && this.jReason[j] === OK) this.jReason[j] = reason;
    const left = this.stageLeft[j];
    const i = m.stages.edgeSlot[e] - m.stages.stageEdgeStart[this.jStep[j]];
    if (left[i] > 0 && this.jReason[j] === OK) {
      left[i]--;
      this.startBranch(j, e);
      return;
    }
    if (--this.jPending[j] > 0) return;
    if (this.jReason[j] !== OK) this.finishJob(j, this.jReason[j]);
    else this.nextStage(j);
  }

  private finishJob(j: number, reason: number): void {
    const kind = this.jKind[j];
    const n = this.jNode[j];
    if (this.tr) this.tr.onJobEnd(this, j, reason);
    if (kind === JOB_SYNC) {
      if (this.jHeld[j] === 1) this.releaseWorker(n);
      if (reason === OK) this.nServed[n]++;
      else this.nFailed[n]++;
      this.nHist[n].record(this.now - this.jArrive[j]);
      this.nBucketDone[n]++;
      if (reason !== OK) this.noteBad(n);
      this.respond(j, reason);
    } else if (kind === JOB_HANDLER) {
      this.handlerDone(j, reason);
    } else {
      this.entryDone(j, reason);
    }
    this.releaseJob(j);
  }

  private noteBad(n: number): void {
    this.nBucketBad[n]++;
    if (this.nFirstBadB[n] < 0) this.nFirstBadB[n] = this.now;
  }

  private releaseWorker(n: number): void {
    this.touchNode(n);
    const wait = this.nWait[n];
    // A worker of a replica scaled in (busy above the pool) retires instead of taking the next.
    if (wait.size > 0 && this.nBusy[n] <= this.nWorkers[n]) {
      const next = wait.shift();
      if (wait.size === 0) this.nQueuedSince[n] = -1;
      this.jHeld[next] = 1;
      this.startWork(next);
    } else {
      this.nBusy[n]--;
    }
  }

  private entryDone(j: number, reason: number): void {
    const r = this.jRoot[j];
    this.rDone[r] = 1;
    if (reason === OK) this.okEntries++;
    else this.failedEntries++;
    this.sDone[this.bucket]++;
    if (reason !== OK) {
      this.sFailed[this.bucket]++;
      this.sFailedBy[this.bucket * REASONS + reason]++;
    }
    const lat = this.now - this.rArrive[r];
    this.bucketHist.record(lat);
    const within = reason === OK && lat <= this.latencyTargetMs;
    if (reason === OK) {
      this.bucketOkHist.record(lat);
      if (within) this.sWithin[this.bucket]++;
    } else this.bucketFailHist.record(lat);
    if (this.rCounted[r] === 1) {
      if (reason === OK) {
        this.eSucceeded++;
        this.eOkHist.record(lat);
        if (within) this.eWithinTarget++;
      } else {
        this.eFailed++;
        this.eErrors[reason]++;
        this.eFailHist.record(lat);
      }
      this.eHist.record(lat);
    }
  }

  // =====================================================================================
  // Flows that depend on outcomes: conditions and exclusive groups (compile-flows.ts)
  // =====================================================================================

  /**
   * A flow plan: in parallel mode its unconditional steps start at once, and the conditional
   * ones follow one by one once those are done; in sequential mode every step in turn. A step
   * runs when its condition holds against the outcome so far (`failed`: the job's own work
   * failed). A failure no longer ends the plan: the steps that react to it still run.
   */
  private startFlow(j: number, failed: boolean): void {
    const m = this.m;
    const f = m.flows;
    const n = this.jNode[j];
    const from = f.flowStart[n];
    this.jReason[j] = failed ? R_FAILED : OK;
    this.jStep[j] = from - 1;
    this.jRep[j] = 0;
    this.jPending[j] = 0;
    if (m.parallel[n] !== 1 || failed) {
      this.continueFlow(j);
      return;
    }
    this.jPending[j] = 1; // a guard, as in startPlan
    for (let p = from; p < f.flowStart[n + 1]; p++) {
      const slot = f.flowSlots[p];
      if (this.slotWhen(slot) !== WHEN_ALWAYS) continue;
      const e = this.takeSlot(slot);
      if (e < 0) continue;
      for (let c = m.count[e]; c > 0; c--) {
        this.jPending[j]++;
        this.startBranch(j, e);
      }
    }
    if (--this.jPending[j] === 0) this.continueFlow(j);
  }

  private continueFlow(j: number): void {
    const m = this.m;
    const n = this.jNode[j];
    const end = m.flows.flowStart[n + 1];
    const parallel = m.parallel[n] === 1;
    for (;;) {
      if (this.jRep[j] > 0) {
        const e = this.jEdge[j];
        // A repeated call stops repeating once its condition no longer holds (a fallback that succeeded).
        if (conditionHolds(m.flows.when[e], this.jReason[j] !== OK)) {
          this.jRep[j]--;
          this.startBranch(j, e);
          return;
        }
        this.jRep[j] = 0;
      }
      const step = ++this.jStep[j];
      if (step >= end) {
        this.finishJob(j, this.jReason[j]);
        return;
      }
      const slot = m.flows.flowSlots[step];
      const when = this.slotWhen(slot);
      if (parallel && when === WHEN_ALWAYS) continue; // started with the others
      if (!conditionHolds(when, this.jReason[j] !== OK)) continue;
      const e = this.takeSlot(slot);
      if (e < 0) continue;
      if (when === WHEN_FALLBACK) this.oFallbacks++;
      else if (when === WHEN_ON_FAILURE) this.oCompensations++;
      this.jEdge[j] = e;
      this.jRep[j] = m.count[e];
    }
  }

  private slotWhen(slot: number): number {
    const f = this.m.flows;
    return f.when[slot >= 0 ? slot : f.groupEdges[f.groupStart[-slot - 1]]];
  }

  /** The edge a step takes (one of its group's by weight), or −1 when its probability says no. */
  private takeSlot(slot: number): number {
    const f = this.m.flows;
    let e = slot;
    if (slot < 0) {
      const g = -slot - 1;
      const u = this.rng.uniform();
      let i = f.groupStart[g];
      while (u >= f.groupCum[i]) i++;
      e = f.groupEdges[i];
    }
    const prob = this.m.probability[e];
    if (prob < 1 && this.rng.uniform() >= prob) return -1;
    if (f.counted[e] === 1) this.oTaken[e]++;
    return e;
  }

  /**
   * A branch of a flow plan ended. A fallback that succeeded turns the job's failure into
   * success; a compensation never changes the outcome; any other failed step fails the job (the
   * plan goes on, so the steps that react to the failure run).
   */
  private flowBranchDone(j: number, e: number, reason: number): void {
    const when = this.m.flows.when[e];
    if (when === WHEN_FALLBACK) {
      if (reason === OK && this.jReason[j] !== OK) {
        this.jReason[j] = OK;
        this.oRecovered++;
      }
    } else if (
      when !== WHEN_ON_FAILURE &&
      reason !== OK &&
      this.m.optional[e] === 0 &&
      this.jReason[j] === OK
    ) {
      this.jReason[j] = reason;
    }
    if (this.jPending[j] > 0 && --this.jPending[j] > 0) return;
    this.continueFlow(j);
  }

  // =====================================================================================
  // Calls: attempts, timeouts, retries, circuit breakers
  // =====================================================================================

  private startBranch(j: number, e: number): void {
    const a = this.allocAttempt();
    this.aJob[a] = j;
    this.aEdge[a] = e;
    this.aTry[a] = 0;
    this.aRoot[a] = this.jRoot[j];
    this.aPending[a] = 0;
    this.issue(a);
  }

  private issue(a: number): void {
    const m = this.m;
    const e = this.aEdge[a];
    if (this.depth > MAX_DEPTH) {
      this.q.push(this.now, EV_ISSUE, a, this.aGen[a]);
      return;
    }
    this.depth++;
    this.aSent[a] = this.now;
    if (this.tr) this.tr.onAttempt(this, a, this.aJob[a], e);
    if (m.edgeKind[e] === EDGE_PUBLISH) {
      this.aPending[a] = 1;
      this.sEdge[e * this.buckets + this.bucket]++;
      const broker = m.edgeTo[e];
      this.afterAtBroker(broker, m.ackDist[broker], EV_PUBLISH_ACK, a);
    } else if (m.cbEnabled[e] === 1 && !this.breakerAllows(e)) {
      this.attemptFailed(a, R_CIRCUIT_OPEN);
    } else {
      this.aPending[a] = 1;
      this.sEdge[e * this.buckets + this.bucket]++;
      const gen = this.aGen[a];
      const timeout = m.timeoutMs[e];
      if (timeout !== Infinity) {
        const fifo = this.timers[e];
        fifo.push(a, gen); // due at aSent[a] + timeout
        if (!fifo.scheduled) {
          fifo.scheduled = true;
          this.q.push(this.now + timeout, EV_TIMEOUT, e, 0);
        }
      }
      const ld = m.latencyDist[e];
      if (ld >= 0) {
        // On the network: the request reaches the callee even if the caller gives up meanwhile.
        this.aTransit[a]++;
        this.rRefs[this.aRoot[a]]++;
        this.after(ld, EV_CALL_ARRIVE, a, gen);
      } else {
        this.deliver(a, gen);
      }
    }
    this.depth--;
  }

  /**
   * A request arrives after its network latency. It is delivered even when its caller timed out
   * (or gave up entirely) in the meantime: the callee cannot know, and works on it in vain.
   */
  private onCallArrive(a: number, gen: number): void {
    const r = this.aRoot[a];
    this.aTransit[a]--;
    this.deliver(a, gen);
    if (this.aZombie[a] === 1 && this.aTransit[a] === 0) {
      this.aZombie[a] = 0;
      this.aFree[this.aFreeTop++] = a;
    }
    this.unrefRoot(r);
  }

  /** The call reaches its callee: a new job there, answering attempt `a` of generation `gen`. */
  private deliver(a: number, gen: number): void {
    const j = this.newJob(this.m.edgeTo[this.aEdge[a]], JOB_SYNC, this.aRoot[a], a);
    this.jParentGen[j] = gen;
    if (this.tr) this.jSpan[j] = this.aSpan[a];
    if (this.limits !== null && !this.admit(j, this.aEdge[a])) return;
    this.arriveAtNode(j);
  }

  /**
   * The rate limits a call meets on arrival: the calling edge's own quota first, then the
   * callee's; a call one of them refuses takes no token from the next, and fails at once.
   */
  private admit(j: number, e: number): boolean {
    const limits = this.limits!;
    const n = this.jNode[j];
    if (limits.take(this.m.nodeIds.length + e, this.now) && limits.take(n, this.now)) return true;
    this.nArrivals[n]++;
    this.nRateLimited[n]++;
    this.nBucketDone[n]++;
    this.noteBad(n);
    if (this.tr) this.tr.onJobStart(this, j, n);
    this.respond(j, R_RATE_LIMITED);
    this.releaseJob(j);
    return false;
  }

  /** A job ends: tell its caller, unless the caller gave up on it (the work was wasted). */
  private respond(j: number, reason: number): void {
    const a = this.jParent[j];
    if (a < 0 || this.aGen[a] !== this.jParentGen[j] || this.aPending[a] !== 1) return;
    this.aResult[a] = reason;
    const ld = this.m.latencyDist[this.aEdge[a]];
    if (ld >= 0) {
      this.after(ld, EV_RESPONSE, a, this.aGen[a]);
    } else if (this.depth > MAX_DEPTH) {
      this.q.push(this.now, EV_RESPONSE, a, this.aGen[a]);
    } else {
      this.depth++;
      this.onResponse(a);
      this.depth--;
    }
  }

  private onResponse(a: number): void {
    this.aPending[a] = 0;
    this.aGen[a] = (this.aGen[a] + 1) | 0; // the pending timeout no longer applies
    const reason = this.aResult[a];
    const e = this.aEdge[a];
    if (this.m.cbEnabled[e] === 1) this.breakerRecord(e, reason !== OK);
    if (reason !== OK) this.attemptFailed(a, reason);
    else this.branchDone(a, OK);
  }

  /** Fires the due timeouts of edge e whose calls are still waiting, then schedules the next live one. */
  private onTimeouts(e: number): void {
    const fifo = this.timers[e];
    fifo.scheduled = false;
    while (fifo.size > 0) {
      const a = fifo.frontAttempt();
      const live = this.aGen[a] === fifo.frontGeneration() && this.aPending[a] === 1;
      // A live entry's attempt was sent at aSent[a] (each issue starts a new generation).
      const due = this.aSent[a] + this.m.timeoutMs[e];
      if (live && due > this.now) {
        fifo.scheduled = true;
        this.q.push(due, EV_TIMEOUT, e, 0);
        return;
      }
      fifo.shift();
      if (live) this.onTimeout(a);
    }
  }

  private onTimeout(a: number): void {
    this.aPending[a] = 0;
    this.aGen[a] = (this.aGen[a] + 1) | 0; // a late response is dropped
    const e = this.aEdge[a];
    this.nTimeouts[this.m.edgeTo[e]]++;
    if (this.m.cbEnabled[e] === 1) this.breakerRecord(e, true);
    this.attemptFailed(a, R_TIMEOUT);
  }

  private attemptFailed(a: number, reason: number): void {
    const m = this.m;
    const e = this.aEdge[a];
    if (this.tr) this.tr.onAttemptEnd(this, a, reason);
    const tries = this.aTry[a];
    if (tries < m.retryMax[e]) {
      const delay = m.backoffMs[e] * Math.pow(m.multiplier[e], tries);
      this.aTry[a] = tries + 1;
      this.q.push(this.now + delay, EV_ISSUE, a, this.aGen[a]);
    } else {
      this.branchDone(a, reason);
    }
  }

  private branchDone(a: number, reason: number): void {
    const j = this.aJob[a];
    const e = this.aEdge[a];
    if (this.tr) this.tr.onAttemptEnd(this, a, reason);
    this.freeAttempt(a);
    if (this.m.flow[this.jNode[j]] === 1) {
      this.flowBranchDone(j, e, reason);
      return;
    }
    if (this.m.staged[this.jNode[j]] === 1) {
      this.stageBranchDone(j, e, reason);
      return;
    }
    if (reason !== OK && this.m.optional[e] === 0 && this.jReason[j] === OK)
      this.jReason[j] = reason;
    if (this.jPending[j] > 0) {
      if (--this.jPending[j] === 0) this.finishJob(j, this.jReason[j]);
    } else if (this.jReason[j] !== OK) {
      this.finishJob(j, this.jReason[j]);
    } else {
      this.continuePlan(j);
    }
  }

  private breakerAllows(e: number): boolean {
    const cb = this.breakers;
    cb.now = this.now;
    return cb.allow(e);
  }

  private breakerRecord(e: number, failed: boolean): void {
    const cb = this.breakers;
    cb.now = this.now;
    cb.record(e, failed);
  }

  // =====================================================================================
  // Messaging
  // =====================================================================================

  private onPublishAck(a: number): void {
    const m = this.m;
    const b = m.edgeTo[this.aEdge[a]];
    this.aPending[a] = 0;
    if (this.nOutage[b] === 1) {
      this.refused(b);
      this.branchDone(a, R_REJECTED);
      return;
    }
    // An errors fault on the broker: it answers this share of publishes with an error (a nack).
    const err = this.nErrAdd[b];
    if (err > 0 && this.rng.uniform() < err) {
      this.refused(b);
      this.branchDone(a, R_FAILED);
      return;
    }
    // The key's partition; a partition a partial outage took down refuses the publish.
    const key = m.partitions[b] > 0 ? this.drawKey(b) : -1;
    if (key >= 0 && this.partitionDown(b, key)) {
      this.refused(b);
      this.branchDone(a, R_REJECTED);
      return;
    }
    const cap = m.capacity[b];
    if (cap !== Infinity) {
      for (let c = m.chanStart[b]; c < m.chanStart[b + 1]; c++) {
        if (this.chBacklog[c] >= cap) {
          this.refused(b);
          this.branchDone(a, R_BACKPRESSURE);
          return;
        }
      }
    }
    this.qPublished[b]++;
    this.qBucketPub[b]++;
    this.accept(b, this.jRoot[this.aJob[a]], a, key);
    this.branchDone(a, OK);
  }

  private refused(b: number): void {
    this.qRefused[b]++;
    this.qBucketRefused[b]++;
  }

  /** The partition (0 .. partitions−1) of a new message to partitioned broker b. */
  private drawKey(b: number): number {
    return Partitions.draw(this.m.partitions[b], this.m.hotShare[b], this.keyRng);
  }

  /** Whether partition `key` of broker b is down (each channel's copy is down together). */
  private partitionDown(b: number, key: number): boolean {
    const m = this.m;
    const c = m.chanStart[b];
    return c < m.chanStart[b + 1] && this.parts!.down[m.partStart[c] + key] === 1;
  }

  /**
   * The broker takes a message: one copy per channel (a queue has one, a topic one per
   * subscription), each on partition `key` of its channel when the broker is partitioned
   * (−1: drawn here, for a dead letter).
   */
  private accept(b: number, root: number, cause: number, key = -1): void {
    const m = this.m;
    if (key < 0 && m.partitions[b] > 0) key = this.drawKey(b);
    for (let c = m.chanStart[b]; c < m.chanStart[b + 1]; c++) {
      const msg = this.allocMessage();
      this.mRoot[msg] = root;
      this.rRefs[root]++;
      this.mChan[msg] = c;
      this.mDeliv[msg] = 0;
      this.mDup[msg] = 0;
      this.mAccepted[msg] = this.now;
      if (key >= 0) {
        const p = m.partStart[c] + key;
        this.mPart[msg] = p;
        this.parts!.add(p);
      } else {
        this.mPart[msg] = -1;
      }
      this.genMessages++;
      const backlog = ++this.chBacklog[c];
      if (backlog > this.qBucketMax[b]) this.qBucketMax[b] = backlog;
      if (backlog > this.qMaxBacklog[b]) this.qMaxBacklog[b] = backlog;
      if (this.tr) this.tr.onMessage(this, msg, cause, b);
      this.afterAtBroker(b, m.deliveryDist[b], EV_MSG_READY, msg);
    }
  }

  /** Hands ready messages to free consumer workers, round-robin over a channel's consumer groups. */
  private dispatch(c: number): void {
    const m = this.m;
    const b = m.chanBroker[c];
    if (this.nOutage[b] === 1) return;
    if (m.partStart[c + 1] > m.partStart[c]) {
      this.dispatchPartitions(c);
      return;
    }
    const ready = this.chReady[c];
    const ttl = m.ttlMs[b];
    while (ready.size > 0) {
      // Expiry is lazy, at the head (as RabbitMQ does): an expired message never takes a
      // consumer, so the messages served and their order are those of eager expiry.
      if (ttl !== Infinity && this.expired(ready.at(0), ttl)) {
        this.expire(ready.shift(), b);
        continue;
      }
      const chosen = this.freeConsumer(c);
      if (chosen < 0) return;
      this.take(ready.shift(), chosen);
    }
  }

  /**
   * The consume edge of channel c that takes the next message, round-robin from chRr[c], or −1
   * when none is free. The index wraps by a compare, not `%` (an integer division, twice per
   * hand-over otherwise).
   */
  private freeConsumer(c: number): number {
    const m = this.m;
    const from = m.chanConsumerStart[c];
    const k = m.chanConsumerStart[c + 1] - from;
    let idx = this.chRr[c];
    for (let i = 0; i < k; i++, idx = idx + 1 === k ? 0 : idx + 1) {
      const e = m.chanConsumers[from + idx];
      if (this.ceFree[e] > 0 && this.nOutage[m.edgeTo[e]] === 0) {
        this.chRr[c] = idx + 1 === k ? 0 : idx + 1;
        return e;
      }
    }
    return -1;
  }

  /**
   * A partitioned channel: each available partition, in turn, hands its next message to a free
   * consumer and stays busy until that message is done with (partitions.ts).
   */
  private dispatchPartitions(c: number): void {
    const parts = this.parts!;
    const b = this.m.chanBroker[c];
    const ttl = this.m.ttlMs[b];
    const available = parts.available[c];
    while (available.size > 0) {
      const p = available.at(0);
      const ready = parts.ready[p];
      if (parts.down[p] === 1 || parts.busy[p] === 1 || ready.size === 0) {
        parts.unlist(c);
        continue;
      }
      if (ttl !== Infinity && this.expired(ready.at(0), ttl)) {
        this.expire(ready.shift(), b);
        continue;
      }
      const e = this.freeConsumer(c);
      if (e < 0) return;
      parts.unlist(c);
      parts.busy[p] = 1;
      this.take(ready.shift(), e);
    }
  }

  private take(msg: number, e: number): void {
    const m = this.m;
    const b = m.chanBroker[this.mChan[msg]];
    this.touchCe(e);
    this.ceFree[e]--;
    this.sEdge[e * this.buckets + this.bucket]++;
    this.qDelivered[b]++;
    this.qAge[b].record(this.now - this.mAccepted[msg]);
    if (this.mDup[msg] === 1) {
      if (m.idempotent[e] === 1) {
        // Recognised by its idempotency key and acknowledged without doing the work again.
        this.qDupDiscarded[b]++;
        this.ceFree[e]++;
        if (this.mPart[msg] >= 0) this.parts!.release(this.mPart[msg]);
        this.finalizeMessage(msg, MSG_OK);
        return;
      }
      this.qDupSideEffects[b]++;
    } else {
      this.mDeliv[msg]++;
    }
    const n = m.edgeTo[e];
    const j = this.newJob(n, JOB_HANDLER, this.mRoot[msg], -1);
    this.jAux[j] = msg;
    this.jCe[j] = e;
    this.nArrivals[n]++;
    if (this.tr) this.jSpan[j] = this.mSpan[msg];
    this.startWork(j);
  }

  private handlerDone(j: number, reason: number): void {
    const m = this.m;
    const e = this.jCe[j];
    const n = this.jNode[j];
    const msg = this.jAux[j];
    const c = this.mChan[msg];
    const b = m.chanBroker[c];
    this.touchCe(e);
    this.ceFree[e]++;
    if (reason === OK) this.nServed[n]++;
    else this.nFailed[n]++;
    this.nHist[n].record(this.now - this.jArrive[j]);
    this.nBucketDone[n]++;
    if (reason !== OK) this.noteBad(n);
    const p = this.mPart[msg];
    if (p >= 0) {
      // Ordered: a failed message that will be redelivered keeps its partition waiting for it.
      if (
        reason !== OK &&
        this.mDup[msg] === 0 &&
        this.mDeliv[msg] < m.maxDeliveries[b] &&
        m.ordered[b] === 1
      )
        this.parts!.block(p, msg);
      else this.parts!.release(p);
    }
    if (this.mDup[msg] === 1) {
      this.finalizeMessage(msg, MSG_OK);
    } else if (reason === OK) {
      this.qAcked[b]++;
      const dup = m.duplicateRate[b];
      if (dup > 0 && this.rng.uniform() < dup) {
        // At-least-once: the acknowledgement is lost and the broker delivers the message again.
        this.mDup[msg] = 1;
        this.qDup[b]++;
        this.afterAtBroker(b, m.deliveryDist[b], EV_MSG_READY, msg);
      } else {
        this.finalizeMessage(msg, MSG_OK);
      }
    } else if (this.mDeliv[msg] >= m.maxDeliveries[b]) {
      this.qDead[b]++;
      this.deadLetter(msg, b);
      this.finalizeMessage(msg, MSG_DEAD);
    } else {
      const wait = m.redeliveryMs[b];
      const t = this.now + wait + m.dists.sample(m.deliveryDist[b], this.rng) * this.nSlow[b];
      if (wait > 0) {
        const release = this.now + wait;
        this.lanes[b].push(release, t, this.q.reserve(1), msg);
        if (release < this.nextRelease) this.nextRelease = release;
      } else {
        this.q.push(t, EV_MSG_READY, msg, 0);
      }
    }
    this.dispatch(c);
  }

  /** A dead letter or an expired message goes to the broker's dead-letter queue, if it has one. */
  private deadLetter(msg: number, b: number): void {
    const dlq = this.m.dlq[b];
    if (dlq >= 0) {
      this.qPublished[dlq]++;
      this.accept(dlq, this.mRoot[msg], -1);
    }
  }

  /** A message past its time-to-live, unless it was already handled (a duplicate delivery is made anyway). */
  private expired(msg: number, ttl: number): boolean {
    return this.mDup[msg] === 0 && this.now - this.mAccepted[msg] > ttl;
  }

  private expire(msg: number, b: number): void {
    this.qExpired[b]++;
    this.deadLetter(msg, b);
    this.finalizeMessage(msg, MSG_EXPIRED);
  }

  /**
   * At the end of the run, messages waiting for a consumer past their time-to-live count as
   * expired (a queue nobody drains would otherwise never expire anything); messages on their way
   * to a consumer, being handled or waiting for a redelivery stay in flight.
   */
  private expireAtEnd(): void {
    const m = this.m;
    for (let c = 0; c < m.chanBroker.length; c++) {
      const b = m.chanBroker[c];
      const ttl = m.ttlMs[b];
      if (ttl === Infinity) continue;
      if (m.partStart[c + 1] > m.partStart[c])
        for (let p = m.partStart[c]; p < m.partStart[c + 1]; p++)
          this.expireWaiting(this.parts!.ready[p], b, ttl);
      else this.expireWaiting(this.chReady[c], b, ttl);
    }
  }

  private expireWaiting(ready: IntQueue, b: number, ttl: number): void {
    for (let i = ready.size; i > 0; i--) {
      const msg = ready.shift();
      if (this.expired(msg, ttl)) this.expire(msg, b);
      else ready.push(msg);
    }
  }

  private finalizeMessage(msg: number, outcome: number): void {
    const c = this.mChan[msg];
    this.chBacklog[c]--;
    if (this.mPart[msg] >= 0) this.parts!.backlog[this.mPart[msg]]--;
    if (outcome === MSG_OK) this.okMessages++;
    else if (outcome === MSG_DEAD) this.deadMessages++;
    else this.expiredMessages++;
    if (this.tr) this.tr.onMessageEnd(this, msg);
    const r = this.mRoot[msg];
    this.freeMessage(msg);
    this.unrefRoot(r);
  }

  /** Jobs in node n's waiting room. */
  waiting(n: number): number {
    return this.nWait[n].size;
  }

  /** A live message's channel (for trace recorders: read outside the event loop only). */
  messageChannel(msg: number): number {
    return this.mChan[msg];
  }

  /** A live message's partition (partitions.ts), −1 in an unpartitioned channel. */
  messagePartition(msg: number): number {
    return this.mPart[msg];
  }

  brokerBacklog(b: number): number {
    let max = 0;
    for (let c = this.m.chanStart[b]; c < this.m.chanStart[b + 1]; c++)
      max = Math.max(max, this.chBacklog[c]);
    return max;
  }

  // =====================================================================================
  // Faults
  // =====================================================================================

  private onFault(n: number): void {
    const t = this.now / 1000;
    let outage = 0;
    let slow = 1;
    let err = 0;
    let coldFrom = -1;
    let coldTo = 0;
    let partial = 0;
    for (const i of this.nodeFaults[n]) {
      const f = this.m.faults[i];
      if (t < f.startS || t >= f.endS) continue;
      if (f.type === 'outage') outage = 1;
      else if (f.type === 'slowdown') slow *= f.value;
      else if (f.type === 'errors') err += f.value;
      else if (f.type === 'partialOutage') partial = Math.max(partial, f.value);
      else if (f.startS * 1000 > coldFrom) {
        // Cold starts that overlap: the latest restart is the one the cache recovers from.
        coldFrom = f.startS * 1000;
        coldTo = f.endS * 1000;
      }
    }
    this.nColdFrom[n] = coldFrom;
    this.nColdTo[n] = coldTo;
    const m = this.m;
    // A partial outage of an unpartitioned broker (one partition) takes it down whole.
    if (partial > 0 && m.partitions[n] === 0) outage = 1;
    // (A topic without subscriptions has no partitions to take down.)
    if (
      m.partitions[n] > 0 &&
      this.parts !== null &&
      this.parts.setDown(m, n, Math.ceil(partial * m.partitions[n]))
    )
      for (let c = m.chanStart[n]; c < m.chanStart[n + 1]; c++) this.dispatch(c);
    const wasOut = this.nOutage[n];
    this.nOutage[n] = outage;
    this.nSlow[n] = slow;
    this.nErrAdd[n] = Math.min(1, err);
    if (wasOut === 1 && outage === 0) {
      // Back up: brokers deliver again, consumers fetch again.
      for (let c = m.chanStart[n]; c < m.chanStart[n + 1]; c++) this.dispatch(c);
      for (let i = m.consumedStart[n]; i < m.consumedStart[n + 1]; i++)
        this.dispatch(m.consumedChans[i]);
    }
  }

  // =====================================================================================
  // Time integrals, buckets, the cascade
  // =====================================================================================

  private touchNode(n: number): void {
    const dt = this.now - this.nLastT[n];
    if (dt > 0) {
      const area = this.nBusy[n] * dt;
      this.nBusyAreaB[n] += area;
      this.nBusyAreaT[n] += area;
      this.nWaitAreaT[n] += this.nWait[n].size * dt;
      this.nLastT[n] = this.now;
    }
  }

  private touchCe(e: number): void {
    const dt = this.now - this.ceLastT[e];
    if (dt > 0) {
      const area = (this.ceWorkers[e] - this.ceFree[e]) * dt;
      this.ceBusyAreaB[e] += area;
      this.ceBusyAreaT[e] += area;
      this.ceLastT[e] = this.now;
    }
  }

  private touchAll(): void {
    for (let n = 0; n < this.m.nodeIds.length; n++) this.touchNode(n);
    for (let e = 0; e < this.m.edgeIds.length; e++)
      if (this.m.consumerChan[e] >= 0) this.touchCe(e);
    for (const sc of this.scalers) sc.touch(this.now);
  }

  /** Closes the current series bucket at time t (bucket-close.ts) and moves on to the next. */
  private closeBucket(t: number): void {
    this.touchAll();
    const start = this.bucket * this.bucketMs;
    const inMeasure = start >= this.warmupMs - 1e-9;
    // The bucket's busy integrals restart below: an autoscaler keeps their running total.
    for (const sc of this.scalers) sc.busyCarried += this.bucketBusy(sc.spec.node);
    closeBucket(this, this.bucketCounters, this.bucket, start, t, inMeasure);
    for (const sc of this.scalers) sc.closeBucket(this.bucket);
    if (this.bucket < this.buckets - 1) this.bucket++;
  }

  // =====================================================================================
  // Autoscaling (autoscaler.ts): decisions on the event queue, the pools grow and shrink
  // =====================================================================================

  /** Busy worker-ms of node n in the current bucket: its request pool and its consumer pools. */
  private bucketBusy(n: number): number {
    let area = this.nBusyAreaB[n];
    for (let i = this.nodeCeStart[n]; i < this.nodeCeStart[n + 1]; i++)
      area += this.ceBusyAreaB[this.nodeCe[i]];
    return area;
  }

  /** A decision of scaler i: read its metric, recommend, start or remove replicas. */
  private onScaleDecision(i: number): void {
    const sc = this.scalers[i];
    const s = sc.spec;
    const n = s.node;
    const now = this.now;
    this.q.push(now + s.periodMs, EV_SCALE, i, 0);
    let metric = 0;
    if (s.onBacklog) {
      for (let k = 0; k < s.channels.length; k++) metric += this.chBacklog[s.channels[k]];
    } else {
      this.touchNode(n);
      for (let k = 0; k < s.consumeEdges.length; k++) this.touchCe(s.consumeEdges[k]);
      sc.touch(now);
      metric = sc.windowUtilization(sc.busyCarried + this.bucketBusy(n));
    }
    const current = sc.ready + sc.starting.length;
    const next = sc.decide(now, metric);
    if (next > current) {
      if (s.delayMs === 0) {
        this.setReplicas(i, sc.ready + next - current);
        return;
      }
      for (let k = current; k < next; k++) sc.starting.push(now + s.delayMs);
      this.q.push(now + s.delayMs, EV_SCALE_READY, i, 0);
    } else if (next < current) {
      // Replicas still starting go first (the newest), then ready ones.
      let remove = current - next;
      while (remove > 0 && sc.starting.length > 0) {
        sc.starting.pop();
        remove--;
      }
      if (remove > 0) this.setReplicas(i, sc.ready - remove);
    }
  }

  /** Replicas of scaler i whose start delay has passed take work. */
  private onReplicasReady(i: number): void {
    const sc = this.scalers[i];
    let k = 0;
    while (sc.starting.length > 0 && sc.starting[0] <= this.now) {
      sc.starting.shift();
      k++;
    }
    if (k > 0) this.setReplicas(i, sc.ready + k);
  }

  /**
   * Scaler i's node now has `ready` replicas: its request pool, waiting room and consumer pools
   * follow. Work in progress on a removed replica finishes (its worker retires when done); new
   * workers take what waits at once.
   */
  private setReplicas(i: number, ready: number): void {
    const sc = this.scalers[i];
    const s = sc.spec;
    const n = s.node;
    this.touchNode(n);
    for (let k = 0; k < s.consumeEdges.length; k++) this.touchCe(s.consumeEdges[k]);
    sc.touch(this.now);
    sc.ready = ready;
    this.nWorkers[n] = ready * s.concurrency;
    this.nWaitLimit[n] = s.queueLimit === Infinity ? Infinity : s.queueLimit * ready;
    let capacity = s.syncCounted ? ready * s.concurrency : 0;
    for (let k = 0; k < s.consumeEdges.length; k++) {
      const e = s.consumeEdges[k];
      const workers = consumerWorkersAt(s.consumePerReplica[k], s.consumeCap[k], ready);
      this.ceFree[e] += workers - this.ceWorkers[e];
      this.ceWorkers[e] = workers;
      capacity += workers;
    }
    sc.capacity = capacity;
    sc.noteReady();
    const wait = this.nWait[n];
    while (wait.size > 0 && this.nBusy[n] < this.nWorkers[n]) {
      const j = wait.shift();
      if (wait.size === 0) this.nQueuedSince[n] = -1;
      this.nBusy[n]++;
      this.jHeld[j] = 1;
      this.startWork(j);
    }
    const m = this.m;
    for (let k = m.consumedStart[n]; k < m.consumedStart[n + 1]; k++)
      this.dispatch(m.consumedChans[k]);
  }

  // =====================================================================================
  // End of run: what is still in flight
  // =====================================================================================

  /** Entries not yet answered, and messages not yet acknowledged or dead-lettered. */
  inFlight(): { entries: number; messages: number } {
    let entries = 0;
    for (let r = 0; r < this.rHigh; r++) if (this.rLive[r] === 1 && this.rDone[r] === 0) entries++;
    return { entries, messages: this.mHigh - this.mFreeTop };
  }

  /**
   * Per broker, the age at the end of the oldest message no consumer has taken yet (0: none):
   * a backlog nobody drains never shows in `messageAgeMs`, which is measured at hand-over.
   */
  oldestWaiting(): Float64Array {
    const oldest = new Float64Array(this.m.nodeIds.length);
    const free = new Uint8Array(this.mHigh);
    for (let i = 0; i < this.mFreeTop; i++) free[this.mFree[i]] = 1;
    for (let msg = 0; msg < this.mHigh; msg++) {
      if (free[msg] === 1 || this.mDeliv[msg] > 0 || this.mDup[msg] === 1) continue;
      const b = this.m.chanBroker[this.mChan[msg]];
      const age = this.now - this.mAccepted[msg];
      if (age > oldest[b]) oldest[b] = age;
    }
    return oldest;
  }

  /**
   * Requests still unanswered at the end enter the latency distributions with their age so far
   * (a lower bound), so that a stuck system cannot look fast by never answering.
   */
  recordUnfinished(): void {
    for (let r = 0; r < this.rHigh; r++) {
      if (this.rLive[r] !== 1 || this.rCounted[r] !== 1) continue;
      const age = this.now - this.rArrive[r];
      if (this.rDone[r] === 0) this.eHist.record(age);
      this.cHist.record(age);
    }
  }

  // =====================================================================================
  // Pools
  // =====================================================================================

  private allocRoot(): number {
    if (this.rFreeTop > 0) return this.rFree[--this.rFreeTop];
    if (this.rHigh === this.rCap) {
      this.rCap *= 2;
      growColumns(this, ROOT_COLUMNS, this.rCap);
    }
    return this.rHigh++;
  }

  private unrefRoot(r: number): void {
    if (--this.rRefs[r] !== 0) return;
    if (this.rCounted[r] === 1) this.cHist.record(this.now - this.rArrive[r]);
    this.rLive[r] = 0;
    this.rFree[this.rFreeTop++] = r;
  }

  private allocJob(): number {
    if (this.jFreeTop > 0) return this.jFree[--this.jFreeTop];
    if (this.jHigh === this.jCap) {
      this.jCap *= 2;
      growColumns(this, JOB_COLUMNS, this.jCap);
    }
    return this.jHigh++;
  }

  /**
   * A new job of `kind` at node n, arriving now, for entry r (whose reference it holds), answering
   * attempt `parent` (−1: none; the caller sets the attempt's generation).
   */
  private newJob(n: number, kind: number, r: number, parent: number): number {
    const j = this.allocJob();
    this.jNode[j] = n;
    this.jKind[j] = kind;
    this.jRoot[j] = r;
    this.rRefs[r]++;
    this.jParent[j] = parent;
    this.jArrive[j] = this.now;
    this.jReason[j] = OK;
    this.jHeld[j] = 0;
    return j;
  }

  private releaseJob(j: number): void {
    const r = this.jRoot[j];
    this.jFree[this.jFreeTop++] = j;
    this.unrefRoot(r);
  }

  private allocAttempt(): number {
    if (this.aFreeTop > 0) return this.aFree[--this.aFreeTop];
    if (this.aHigh === this.aCap) {
      this.aCap *= 2;
      growColumns(this, ATTEMPT_COLUMNS, this.aCap);
    }
    return this.aHigh++;
  }

  private freeAttempt(a: number): void {
    this.aGen[a] = (this.aGen[a] + 1) | 0;
    this.aPending[a] = 0;
    // A request still on the network keeps the record (its edge and entry) until it lands.
    if (this.aTransit[a] > 0) this.aZombie[a] = 1;
    else this.aFree[this.aFreeTop++] = a;
  }

  private allocMessage(): number {
    if (this.mFreeTop > 0) return this.mFree[--this.mFreeTop];
    if (this.mHigh === this.mCap) {
      this.mCap *= 2;
      growColumns(this, MESSAGE_COLUMNS, this.mCap);
    }
    return this.mHigh++;
  }

  private freeMessage(msg: number): void {
    this.mFree[this.mFreeTop++] = msg;
  }

  /**
   * Bytes held by the engine's growable state: the record pools, the event heap, waiting rooms,
   * backlogs and timeout FIFOs at their high-water capacity (fixed-size tables not included).
   * It follows the peak number of things in flight, not the number of requests.
   */
  stateBytes(): number {
    let bytes = 0;
    for (const v of Object.values(this)) {
      if (ArrayBuffer.isView(v)) bytes += v.byteLength;
      else if (v instanceof EventWheel) bytes += v.bytes();
      else if (v instanceof CircuitBreakers) bytes += v.bytes();
      else if (v instanceof IntQueue || v instanceof TimerFifo) bytes += typedBytes(v);
      else if (Array.isArray(v)) {
        for (const x of v)
          if (x instanceof IntQueue || x instanceof TimerFifo || x instanceof RedeliveryLane)
            bytes += typedBytes(x);
      }
    }
    return bytes;
  }

  // Accessors for the trace recorder.
  jobRoot(j: number): number {
    return this.jRoot[j];
  }
  jobMessage(j: number): number {
    return this.jKind[j] === JOB_HANDLER ? this.jAux[j] : -1;
  }
  jobArrive(j: number): number {
    return this.jArrive[j];
  }
}

function typedBytes(o: object): number {
  let bytes = 0;
  for (const v of Object.values(o)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
  return bytes;
}

/** Whether a step with condition `when` runs, given whether something has failed so far. */
function conditionHolds(when: number, failed: boolean): boolean {
  return when === WHEN_ALWAYS || when === WHEN_ON_SUCCESS ? !failed : failed;
}
