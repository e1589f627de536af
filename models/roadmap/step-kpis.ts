import type { FigureSource } from '../figures/figure-source';
import { figure, type FigureId } from '../figures/run-figures';
import { evaluateSlo, type ObjectiveId } from '../slo/evaluate-slo';
import type { Slo } from '../types';

/**
 * What the roadmap shows after each step, under one scenario and seed: figures of the run
 * (each computed by its definition in models/figures/run-figures.ts) and the verdicts on the
 * project's objectives.
 */
export interface StepKpis {
  /** Succeeded / requests. */
  successRate: number;
  /** Failed / requests. */
  errorRate: number;
  /** p99 latency of the successful requests, ms (NaN when none succeeded). */
  p99Ms: number;
  /** The highest utilisation any service reached in any time bucket (0..1). */
  peakUtilization: number;
  /** The largest backlog any queue or topic reached, in messages (0 without queues). */
  peakBacklog: number;
  /**
   * The most messages one partition of a partitioned queue or topic held at once (0 without
   * partitions, `absent` saying why).
   */
  hottestPartition: number;
  /** What a month at the run's average load would cost, US dollars (NaN for an unpriced result). */
  monthlyCost: number;
  /** Why a figure has no value ("no queues", "none succeeded"), by key. */
  absent: Partial<Record<StepKpiKey, string>>;
  /** Each objective of the project: held (true), missed (false) or not judged (null). */
  slo: { id: ObjectiveId; met: boolean | null }[];
}

export type StepKpiKey =
  | 'successRate'
  | 'errorRate'
  | 'p99Ms'
  | 'peakUtilization'
  | 'peakBacklog'
  | 'hottestPartition'
  | 'monthlyCost';

/** The figure behind each roadmap KPI. */
export const STEP_KPI_FIGURES: Record<StepKpiKey, FigureId> = {
  successRate: 'successRate',
  errorRate: 'errorRate',
  p99Ms: 'p99',
  peakUtilization: 'peakUtilization',
  peakBacklog: 'peakBacklog',
  hottestPartition: 'hottestPartition',
  monthlyCost: 'monthlyCost',
};

/** The result of a simulation as the roadmap needs it (`SimulationResult` satisfies it). */
export type KpiSource = FigureSource;

export function kpisOf(result: FigureSource, slo: Slo): StepKpis {
  const values = {} as Record<StepKpiKey, number>;
  const absent: StepKpis['absent'] = {};
  for (const [key, id] of Object.entries(STEP_KPI_FIGURES) as [StepKpiKey, FigureId][]) {
    const def = figure(id);
    values[key] = def.read(result);
    const why = def.absent?.(result) ?? null;
    if (why !== null) absent[key] = why;
  }
  return {
    ...values,
    absent,
    slo: evaluateSlo(slo, result).map((v) => ({ id: v.id, met: v.met })),
  };
}
