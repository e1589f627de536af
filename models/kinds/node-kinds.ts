// The node-kind registry: everything the code knows about a kind, in one entry per kind.
// Adding a kind: its schema (models/schema/node.ts), an entry here, and whatever the compiler
// then flags (docs/architecture.md, "Add a node kind").
import { NODE_KINDS } from '../schema/node';
import type { NodeKind } from '../types';
import type {
  Capability,
  FaultType,
  NodeCapabilities,
  NodeFamily,
  NodeKindSpec,
  NodeOfFamily,
} from './kind-spec';

const NONE: NodeCapabilities = {
  hasWorkers: false,
  canCall: false,
  canBeCalled: false,
  canPublish: false,
  canBePublishedTo: false,
  canBeConsumed: false,
  canConsume: false,
  canTakeDeadLetters: false,
  fansOut: false,
  caches: false,
};

/** Called by clients and other services; calls, publishes. */
const SERVES: NodeCapabilities = {
  ...NONE,
  hasWorkers: true,
  canCall: true,
  canBeCalled: true,
  canPublish: true,
};

const HOLDS_MESSAGES: NodeCapabilities = { ...NONE, canBePublishedTo: true, canBeConsumed: true };

/** What each fault does to a node with workers (the engine's semantics, docs/simulator.md). */
const WORKER_FAULTS: NodeKindSpec['faults'] = {
  outage: 'turns requests away and stops its consumers; work already there finishes',
  slowdown: 'its work takes the factor times as long',
  errors: 'this share of its work fails, on top of its own error rate',
};

/** What each fault does to a queue or topic. */
const BROKER_FAULTS: NodeKindSpec['faults'] = {
  outage: 'refuses publishes and stops deliveries; the backlog waits',
  partialOutage:
    'this share of its partitions is unavailable (the hottest first): publishes keyed to them are refused and their messages wait; without partitions it is down whole',
  slowdown: 'publish acknowledgements and deliveries take the factor times as long',
  errors:
    "refuses this share of publishes (a negative acknowledgement): the publisher's job fails and its caller's retries send it again",
};

/** What each fault does to a cache. */
const CACHE_FAULTS: NodeKindSpec['faults'] = {
  outage:
    'every lookup misses: its callers go straight to what it fronts, and it does no work of its own',
  slowdown: 'its lookups take the factor times as long',
  errors: 'this share of its lookups fails, on top of its own error rate',
  coldStart:
    'a restart: its hit ratio drops to 0 and climbs back evenly by the end of the window, so what it fronts takes the misses (a stampede)',
};

export const NODE_KIND_SPECS: { readonly [K in NodeKind]: NodeKindSpec<K> } = {
  client: {
    kind: 'client',
    family: 'client',
    label: 'Client',
    plural: 'clients',
    hint: 'Where traffic enters',
    colour: { light: '#7c5cd6', dark: '#a58cf0' },
    capabilities: { ...NONE, canCall: true },
    faults: {},
    icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 20c0-3.3 3.6-6 8-6s8 2.7 8 6',
    mermaid: ['((', '))'],
    diagram: { radius: 20 },
  },
  service: {
    kind: 'service',
    family: 'service-like',
    label: 'Service',
    plural: 'services',
    hint: 'Does work, calls and publishes',
    colour: { light: '#3b6fe0', dark: '#7aa2ff' },
    capabilities: { ...SERVES, canConsume: true },
    faults: WORKER_FAULTS,
    icon: 'M4 6h16v12H4zM4 10h16M8 14h3',
    mermaid: ['[', ']'],
    diagram: { radius: 6 },
  },
  database: {
    kind: 'database',
    family: 'service-like',
    label: 'Database',
    plural: 'databases',
    hint: 'A called data store',
    colour: { light: '#0f8b8d', dark: '#4cc7c9' },
    // A data store answers calls and may publish (change events) but calls nothing: a call out
    // of it would only make synchronous cycles back into the services that call it.
    capabilities: { ...SERVES, canCall: false },
    faults: WORKER_FAULTS,
    icon: 'M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3zM5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3',
    mermaid: ['[(', ')]'],
    diagram: { radius: 6 },
  },
  external: {
    kind: 'external',
    family: 'service-like',
    label: 'External',
    plural: 'externals',
    hint: 'A third-party system',
    colour: { light: '#8a6d3b', dark: '#c9a66b' },
    capabilities: SERVES,
    faults: WORKER_FAULTS,
    icon: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z',
    mermaid: ['[[', ']]'],
    diagram: { radius: 6, dash: '5 3' },
  },
  cache: {
    kind: 'cache',
    family: 'service-like',
    label: 'Cache',
    plural: 'caches',
    hint: 'Answers repeat reads; misses go on',
    colour: { light: '#b03a5b', dark: '#f07a98' },
    // A cache answers calls and, on a miss, calls what it fronts; it neither publishes nor consumes.
    capabilities: { ...NONE, hasWorkers: true, canCall: true, canBeCalled: true, caches: true },
    faults: CACHE_FAULTS,
    icon: 'M13 2 4 14h7l-1 8 9-12h-7z',
    mermaid: ['[/', '/]'],
    diagram: { radius: 6 },
    defaults: {
      hitRatio: 0.9,
      concurrency: 64,
      serviceTimeMs: { type: 'lognormal', p50: 0.5, p99: 3 },
    },
  },
  queue: {
    kind: 'queue',
    family: 'broker',
    label: 'Queue',
    plural: 'queues',
    hint: 'Point-to-point messages',
    colour: { light: '#d9822b', dark: '#f0a45a' },
    capabilities: { ...HOLDS_MESSAGES, canTakeDeadLetters: true },
    faults: BROKER_FAULTS,
    icon: 'M3 8h18v8H3zM8 8v8M13 8v8M18 8v8',
    mermaid: ['([', '])'],
    diagram: { radius: 6 },
  },
  topic: {
    kind: 'topic',
    family: 'broker',
    label: 'Topic',
    plural: 'topics',
    hint: 'Publish-subscribe',
    colour: { light: '#c2418f', dark: '#ec7cbf' },
    capabilities: { ...HOLDS_MESSAGES, fansOut: true },
    faults: BROKER_FAULTS,
    icon: 'M12 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM7.8 16.2a6 6 0 0 1 0-8.4M16.2 7.8a6 6 0 0 1 0 8.4M5 19a10 10 0 0 1 0-14M19 5a10 10 0 0 1 0 14',
    mermaid: ['{{', '}}'],
    diagram: { radius: 6 },
  },
};

export const kindSpec = <K extends NodeKind>(kind: K): NodeKindSpec<K> => NODE_KIND_SPECS[kind];

export const kindLabel = (kind: NodeKind): string => NODE_KIND_SPECS[kind].label;

export const familyOf = (kind: NodeKind): NodeFamily => NODE_KIND_SPECS[kind].family;

export const can = (kind: NodeKind, capability: Capability): boolean =>
  NODE_KIND_SPECS[kind].capabilities[capability];

/** The kinds with a capability, in the schema's order (the palette's). */
export const kindsThat = (capability: Capability): NodeKind[] =>
  NODE_KINDS.filter((k) => can(k, capability));

export const FAULT_TYPES: readonly FaultType[] = [
  'outage',
  'partialOutage',
  'slowdown',
  'errors',
  'coldStart',
];

/** The fault types a kind can suffer, in FAULT_TYPES's order. */
export const faultTypesOf = (kind: NodeKind): FaultType[] =>
  FAULT_TYPES.filter((t) => NODE_KIND_SPECS[kind].faults[t] !== undefined);

/** What a fault of this type does to a node of this kind, or undefined when it does not apply. */
export const faultEffect = (kind: NodeKind, type: FaultType): string | undefined =>
  NODE_KIND_SPECS[kind].faults[type];

/** The kinds of a family, in the schema's order. */
export const kindsOf = <F extends NodeFamily>(family: F): NodeOfFamily[F]['kind'][] =>
  NODE_KINDS.filter((k) => familyOf(k) === family) as NodeOfFamily[F]['kind'][];
