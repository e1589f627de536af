/**
 * The largest model Spillway accepts, checked when a file (or a link, a paste, a recorded step)
 * is read, so that no later stage meets a size it cannot handle: a typed array too long to
 * allocate, an integer that wraps in the engine's Int32 tables, a loop that would take days,
 * a call stack that overflows. Every limit is documented in docs/file-format.md ("Limits");
 * each sits well above what a real architecture needs.
 */
export const LIMITS = {
  /** Characters of project JSON (files, share links once decompressed, pastes). */
  textChars: 50_000_000,
  /** Nesting of arrays and objects in a project document (a valid file needs about 8). */
  depth: 64,
  variants: 50,
  /** Nodes of one variant. */
  nodes: 5_000,
  /** Edges of one variant. */
  edges: 20_000,
  scenarios: 200,
  /** Load entries of one scenario (each keeps a per-second rate table of the whole run). */
  loads: 20,
  faults: 1_000,
  /** Points of a `steps` load shape. */
  stepPoints: 10_000,
  /** Values of an empirical distribution (the trace import keeps at most 20 000). */
  distributionValues: 100_000,
  /** Simulated time of a scenario: one week. Also the longest `trace` shape (one value a second). */
  durationS: 604_800,
  /** The highest request rate of any load shape, in requests per second. */
  rps: 1_000_000,
  /** Requests a scenario may generate in one run (its rate integrated over its duration). */
  requestsPerRun: 1_000_000_000,
  /** How far a lognormal's p99 may lie above its p50 (×), which keeps its sigma below 6. */
  lognormalSpread: 1_000_000,
  /** Any time inside a request (service times, latencies, timeouts, backoffs, delays), in ms: ~11.6 days. */
  ms: 1_000_000_000,
  replicas: 1_000,
  /** Workers per replica, and consumer workers per consume edge. */
  concurrency: 10_000,
  /** queueLimit and broker capacity. */
  backlog: 1_000_000_000,
  /** Calls per request on one edge (`count`). */
  callCount: 1_000,
  /** Retries per call. */
  retries: 100,
  /** Backoff growth per retry. */
  multiplier: 100,
  maxDeliveries: 1_000,
  /** Partitions of a queue or topic (Kafka's own limit per cluster is far above any topic's count). */
  partitions: 10_000,
  circuitMinCalls: 1_000_000,
  /** A slowdown fault's factor. */
  slowdownFactor: 1_000,
  /** Canvas coordinates, in pixels either side of the origin. */
  position: 10_000_000,
  seed: 4_294_967_295,
  replications: 1_000,
  roadmapSteps: 1_000,
  /** Changes of one roadmap step. */
  changes: 20_000,
  checklistItems: 200,
  /** Characters of an id. */
  idChars: 200,
  /** Characters of a name, title, owner, label, technology or message name. */
  nameChars: 500,
  /** Characters of a description, rationale or checklist label. */
  textFieldChars: 20_000,
  /** A price of the price table, in US dollars per unit. */
  price: 1_000_000,
  /** The message size the price table assumes: 1 GB. */
  messageBytes: 1_000_000_000,
} as const;

/**
 * Names that every JavaScript object already has (Object.prototype's properties). An id is
 * used as a key in results and lookups; `__proto__` as a key silently vanishes and the others
 * read back as functions, so these are refused as ids (docs/file-format.md, "Ids").
 */
export const RESERVED_IDS: readonly string[] = [
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
];

const RESERVED = new Set(RESERVED_IDS);

export function isReservedId(id: string): boolean {
  return RESERVED.has(id);
}
