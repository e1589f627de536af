// One definition of every headline figure of a run. Each figure is computed here and only
// here; the Simulate cards, the Compare table and headlines, the roadmap, the slides, the
// exported reports and the CLI all read it through `FIGURES` (docs/results.md lists them).
import type { FigureSource } from './figure-source';
import { maxOf } from '../max-of';
import { formatCount, type Unit } from './format-value';
import { countNoun } from '../count-noun';

export type FigureId =
  | 'requests'
  | 'successRate'
  | 'errorRate'
  | 'unfinishedRate'
  | 'goodput'
  | 'p50'
  | 'p95'
  | 'p99'
  | 'timeToFailP50'
  | 'completionP99'
  | 'peakUtilization'
  | 'peakBacklog'
  | 'hottestPartition'
  | 'deadLettered'
  | 'expired'
  | 'duplicates'
  | 'cost'
  | 'monthlyCost';

export type Better = 'lower' | 'higher' | 'neutral';

export interface FigureDefinition {
  id: FigureId;
  /** Short label, the same on every surface. */
  label: string;
  unit: Unit;
  better: Better;
  /** One sentence: what the figure counts. */
  help: string;
  /** What a share is a share of ("of 115,360 requests"), written next to it. */
  denominator?: (r: FigureSource) => string;
  /** The value; NaN when the run has nothing to measure it on (see `absent`). */
  read: (r: FigureSource) => number;
  /** Why there is no value ("no queues", "none failed"), or null when there is one. */
  absent?: (r: FigureSource) => string | null;
  /**
   * When the figure got worse as the price of what the compared run gained, the words for it
   * (read on the compared run); null when a worse value is simply worse.
   */
  tradeOff?: (compared: FigureSource) => string | null;
  /** The dotted name in the engine's replication summary (`spillway simulate --replications`). */
  replicatedKey?: string;
}

export const succeeded = (r: FigureSource): number => r.entry.succeeded;
export const failed = (r: FigureSource): number => r.entry.failed;
/** Requests that arrived after the warm-up and had no answer when the run ended. */
export const unfinished = (r: FigureSource): number =>
  r.entry.requests - r.entry.succeeded - r.entry.failed;

const share = (part: number, whole: number): number => (whole > 0 ? part / whole : Number.NaN);
const ofRequests = (r: FigureSource): string =>
  `of ${countNoun(r.entry.requests, 'request', 'requests', formatCount)}`;
const noQueues = (r: FigureSource): string | null =>
  Object.keys(r.queues).length === 0 ? 'no queues' : null;
const noneSucceeded = (r: FigureSource): string | null =>
  r.entry.succeeded === 0 ? 'none succeeded' : null;
const notPriced = (r: FigureSource): string | null => (r.cost ? null : 'not priced');
const sumQueues = (r: FigureSource, f: 'deadLettered' | 'expired' | 'duplicates'): number =>
  Object.values(r.queues).reduce((s, q) => s + (q[f] ?? 0), 0);

/** A percentile of the successful requests' latency (none when none succeeded). */
function succeededLatency(q: 'p50' | 'p95' | 'p99', help: string): FigureDefinition {
  return {
    id: q,
    label: `Latency ${q}`,
    unit: 'ms',
    better: 'lower',
    help,
    read: (r) => (r.entry.succeeded > 0 ? r.entry.succeededLatencyMs[q] : Number.NaN),
    absent: noneSucceeded,
    replicatedKey: `entry.succeededLatencyMs.${q}`,
  };
}

/** Seconds the counters cover: the run after its warm-up. */
export function measuredS(r: FigureSource): number {
  return Math.max(0, r.simulatedS - r.warmupS);
}

export const FIGURES: readonly FigureDefinition[] = [
  {
    id: 'requests',
    label: 'Requests',
    unit: 'count',
    better: 'neutral',
    help: 'User requests that arrived after the warm-up: succeeded + failed + unanswered at the end.',
    read: (r) => r.entry.requests,
    replicatedKey: 'entry.requests',
  },
  {
    id: 'successRate',
    label: 'Success rate',
    unit: 'percent',
    better: 'higher',
    help: 'Share of the requests that got a successful answer.',
    denominator: ofRequests,
    read: (r) => share(r.entry.succeeded, r.entry.requests),
    replicatedKey: 'entry.successRate',
  },
  {
    id: 'errorRate',
    label: 'Error rate',
    unit: 'percent',
    better: 'lower',
    help: 'Share of the requests that failed (turned away, timed out, failed, cut off, refused).',
    denominator: ofRequests,
    read: (r) => share(r.entry.failed, r.entry.requests),
    replicatedKey: 'entry.errorRate',
  },
  {
    id: 'unfinishedRate',
    label: 'Unanswered at the end',
    unit: 'percent',
    better: 'lower',
    help: 'Share of the requests still waiting for an answer when the run ended.',
    denominator: ofRequests,
    read: (r) => share(unfinished(r), r.entry.requests),
    replicatedKey: 'entry.unfinishedRate',
  },
  {
    id: 'goodput',
    label: 'Goodput',
    unit: 'rps',
    better: 'higher',
    help: 'Successful requests per second after the warm-up.',
    read: (r) => share(r.entry.succeeded, measuredS(r)),
    replicatedKey: 'entry.goodputRps',
  },
  succeededLatency('p50', 'Half of the successful requests were answered faster than this.'),
  succeededLatency('p95', '95 % of the successful requests were answered faster than this.'),
  succeededLatency('p99', 'The slowest 1 % of the successful requests waited longer than this.'),
  {
    id: 'timeToFailP50',
    label: 'Time to fail p50',
    unit: 'ms',
    better: 'lower',
    help: 'How long a failed request kept its user waiting before the error (median).',
    read: (r) => (r.entry.failed > 0 ? r.entry.timeToFailMs.p50 : Number.NaN),
    absent: (r) => (r.entry.failed === 0 ? 'none failed' : null),
    replicatedKey: 'entry.timeToFailMs.p50',
  },
  {
    id: 'completionP99',
    label: 'Completion p99',
    unit: 'ms',
    better: 'lower',
    help: 'Until the last asynchronous work a request caused was done (99th percentile): the user is answered earlier.',
    read: (r) => r.completion.latencyMs.p99,
    tradeOff: (b) =>
      Object.keys(b.queues).length > 0
        ? 'the cost of decoupling: users get their answer first, the work behind it finishes later, off their path'
        : null,
    replicatedKey: 'completion.latencyMs.p99',
  },
  {
    id: 'peakUtilization',
    label: 'Peak utilisation',
    unit: 'percent',
    better: 'lower',
    help: 'The busiest any service was in any time bucket (share of its workers busy).',
    read: (r) => {
      const peaks = Object.values(r.series.utilization).flat();
      const values = peaks.length > 0 ? peaks : Object.values(r.nodes).map((n) => n.utilization);
      return maxOf(values, 0);
    },
  },
  {
    id: 'peakBacklog',
    label: 'Peak backlog',
    unit: 'count',
    // Neither good nor bad: a backlog is the spike parked instead of refused; its cost shows
    // in the completion time.
    better: 'neutral',
    help: 'Most messages waiting in any one queue at once: the spike parked instead of refused.',
    read: (r) =>
      maxOf(
        Object.values(r.queues).map((q) => q.maxBacklog),
        0,
      ),
    absent: noQueues,
  },
  {
    id: 'hottestPartition',
    label: 'Hottest partition',
    unit: 'count',
    // As the backlog it is part of: where the spike is parked, not a failure.
    better: 'neutral',
    help: 'Most messages one partition of a partitioned queue or topic held at once; far above Peak backlog ÷ partitions, the keys are skewed.',
    // 0 without partitions (as Peak backlog without queues), `absent` saying why.
    read: (r) =>
      maxOf(
        Object.values(r.queues).map((q) => q.hottestPartition?.maxBacklog ?? 0),
        0,
      ),
    absent: (r) =>
      noQueues(r) ??
      (Object.values(r.queues).some((q) => q.hottestPartition) ? null : 'no partitions'),
  },
  {
    id: 'deadLettered',
    label: 'Dead-lettered',
    unit: 'count',
    better: 'lower',
    help: 'Messages that failed every delivery attempt and were set aside.',
    read: (r) => sumQueues(r, 'deadLettered'),
    absent: noQueues,
  },
  {
    id: 'expired',
    label: 'Expired',
    unit: 'count',
    better: 'lower',
    help: "Messages that waited longer than their queue's time-to-live and were dead-lettered or dropped unhandled.",
    read: (r) => sumQueues(r, 'expired'),
    absent: noQueues,
  },
  {
    id: 'duplicates',
    label: 'Duplicates',
    unit: 'count',
    better: 'lower',
    help: 'Messages delivered more than once (at-least-once delivery).',
    read: (r) => sumQueues(r, 'duplicates'),
    absent: noQueues,
  },
  {
    id: 'cost',
    label: 'Cost of the run',
    unit: 'usd',
    better: 'lower',
    help: "What the run's measured window cost by the project's prices: replica-hours, broker requests, retained messages.",
    read: (r) => r.cost?.total ?? Number.NaN,
    absent: notPriced,
  },
  {
    id: 'monthlyCost',
    label: 'Cost per month',
    unit: 'usd',
    better: 'lower',
    help: "What a month (730 h) at the run's average load would cost by the project's prices.",
    read: (r) => r.cost?.monthly ?? Number.NaN,
    absent: notPriced,
  },
];

const BY_ID = new Map(FIGURES.map((f) => [f.id, f]));

export function figure(id: FigureId): FigureDefinition {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown figure "${id}"`);
  return def;
}
