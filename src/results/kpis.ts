// The headline figures of a run, read from the results contract. Each KPI knows its unit and
// which direction is good, so cards, the compare table and the CI line all agree.
import type { SimulationResult } from '../../simulator/result';
import type { Unit } from './format';

export type KpiId =
  | 'requests'
  | 'successRate'
  | 'p50'
  | 'p95'
  | 'p99'
  | 'completionP99'
  | 'peakBacklog'
  | 'deadLettered'
  | 'duplicates';

export interface KpiDefinition {
  id: KpiId;
  label: string;
  unit: Unit;
  /** 'lower' = smaller is better; 'higher' = bigger is better; 'neutral' = neither. */
  better: 'lower' | 'higher' | 'neutral';
  help: string;
  /** The figure is about queues: a run without any shows "no queues" rather than a bare 0. */
  needsQueues?: boolean;
  /** Name of the figure in the engine's replication summary, when it has one (the CLI prints it). */
  replicatedKey?: string;
  read: (r: SimulationResult) => number;
}

export function hasQueues(r: SimulationResult): boolean {
  return Object.keys(r.queues).length > 0;
}

function sumQueues(r: SimulationResult, field: 'deadLettered' | 'duplicates'): number {
  return Object.values(r.queues).reduce((sum, q) => sum + q[field], 0);
}

export const KPIS: readonly KpiDefinition[] = [
  {
    id: 'requests',
    label: 'Requests',
    unit: 'count',
    better: 'neutral',
    help: 'User requests that entered the system after the warm-up.',
    replicatedKey: 'entry.requests',
    read: (r) => r.entry.requests,
  },
  {
    id: 'successRate',
    label: 'Success rate',
    unit: 'percent',
    better: 'higher',
    help: 'Share of those requests that got a successful answer.',
    read: (r) => (r.entry.requests === 0 ? Number.NaN : r.entry.succeeded / r.entry.requests),
  },
  {
    id: 'p50',
    label: 'Latency p50',
    unit: 'ms',
    better: 'lower',
    help: 'Half of the requests were answered faster than this.',
    replicatedKey: 'entry.latencyMs.p50',
    read: (r) => r.entry.latencyMs.p50,
  },
  {
    id: 'p95',
    label: 'Latency p95',
    unit: 'ms',
    better: 'lower',
    help: '95 % of the requests were answered faster than this.',
    replicatedKey: 'entry.latencyMs.p95',
    read: (r) => r.entry.latencyMs.p95,
  },
  {
    id: 'p99',
    label: 'Latency p99',
    unit: 'ms',
    better: 'lower',
    help: 'The slowest 1 % of users waited longer than this.',
    replicatedKey: 'entry.latencyMs.p99',
    read: (r) => r.entry.latencyMs.p99,
  },
  {
    id: 'completionP99',
    label: 'Completion p99',
    unit: 'ms',
    better: 'lower',
    help: 'Until the last asynchronous work a request caused was done (99th percentile).',
    replicatedKey: 'completion.latencyMs.p99',
    read: (r) => r.completion.latencyMs.p99,
  },
  {
    id: 'peakBacklog',
    label: 'Peak backlog',
    unit: 'count',
    // Neither good nor bad: a backlog is the spike parked instead of refused; its cost shows in
    // the completion time.
    better: 'neutral',
    help: 'Most messages waiting in any one queue at once: the spike parked safely.',
    needsQueues: true,
    read: (r) => Object.values(r.queues).reduce((m, q) => Math.max(m, q.maxBacklog), 0),
  },
  {
    id: 'deadLettered',
    label: 'Dead-lettered',
    unit: 'count',
    better: 'lower',
    help: 'Messages that failed every delivery attempt and were set aside.',
    needsQueues: true,
    read: (r) => sumQueues(r, 'deadLettered'),
  },
  {
    id: 'duplicates',
    label: 'Duplicates',
    unit: 'count',
    better: 'lower',
    help: 'Messages delivered more than once (at-least-once delivery).',
    needsQueues: true,
    read: (r) => sumQueues(r, 'duplicates'),
  },
];

export function kpiDefinition(id: KpiId): KpiDefinition {
  const def = KPIS.find((k) => k.id === id);
  if (!def) throw new Error(`unknown KPI "${id}"`);
  return def;
}
