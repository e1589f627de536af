// A capacity sweep of the roadmap's two variants as the report and the slides show it: the
// headline and each variant's verdict in the words of the capacity panel, and the points of its
// three figures against offered load. Built in the app from the capacity panel's sweeps
// (src/capacity/capacity-report.ts), so every figure is the panel's.
import type { Unit } from '../figures/format-value';

export type CapacityFigure = 'goodputRps' | 'p99Ms' | 'errorRate';

/** The three figures of a capacity chart, in order, with their titles: the panel's and the report's. */
export const CAPACITY_FIGURES: readonly { key: CapacityFigure; title: string; unit: Unit }[] = [
  { key: 'goodputRps', title: 'Goodput', unit: 'rps' },
  { key: 'p99Ms', title: 'Latency p99 of successful requests', unit: 'ms' },
  { key: 'errorRate', title: 'Error rate', unit: 'percent' },
];

export interface CapacityCurvePoint extends Record<CapacityFigure, number> {
  /** The offered load at the scenario's peak (requests per second). */
  offeredRps: number;
}

export interface CapacityCurve {
  variant: string;
  name: string;
  /** "breaks at 407 rps". */
  headline: string;
  /** The verdicts behind it with their confidence (breakingDetail). */
  detail: string;
  /** Where the dashed line goes: the breaking point's load, or null when there is none. */
  markerRps: number | null;
  /** Ascending by offered load; NaN where a load had nothing to measure. */
  points: readonly CapacityCurvePoint[];
}

export interface CapacityReport {
  scenarioName: string;
  /** "As-is breaks at 180 rps, to-be holds to 600 rps." */
  headline: string;
  curves: readonly CapacityCurve[];
  /** The latency objective's target, drawn on the p99 chart when it is a p99 objective. */
  p99TargetMs: number | null;
}

/** What the capacity charts count, said under them (the panel says the same). */
export const CAPACITY_NOTE =
  'Across: the offered load at the scenario’s peak (requests per second). Goodput, p99 and error rate are over the run after its warm-up, the mean of the replications; a dashed line marks where each design breaks.';
