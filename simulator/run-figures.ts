// What a sweep or the advisor reads from one run, and nothing else: small enough to cross to
// the main thread from a worker, or to be written into a shard file, for every run of a batch.
import { FIGURES, measuredS } from '../models/figures/run-figures';
import { objectiveMeasures, type ObjectiveMeasure } from '../models/slo/objective-measures';
import type { Slo } from '../models/types';
import type { SimulationResult } from './result';

export interface RunFigures {
  /**
   * Every headline figure that has a replication name (models/figures/run-figures.ts), by that
   * name, as kpisOf() (replicate.ts) reads it: NaN where the run has no value for it.
   */
  kpis: Record<string, number>;
  /** Requests that arrived per second over the measured part of the run (0 if none was measured). */
  arrivalsRps: number;
  /** Each objective of the project measured on the run (models/slo/objective-measures.ts). */
  objectives: ObjectiveMeasure[];
  /** Whether the engine cut the run short (limit on events, memory or time). */
  cutShort: boolean;
}

/** The figures of one run, its objectives measured against `slo` (the project's). */
export function runFiguresOf(r: SimulationResult, slo: Slo): RunFigures {
  const kpis: Record<string, number> = {};
  for (const def of FIGURES) if (def.replicatedKey) kpis[def.replicatedKey] = def.read(r);
  const s = measuredS(r);
  return {
    kpis,
    arrivalsRps: s > 0 ? r.entry.requests / s : 0,
    objectives: objectiveMeasures(slo, r),
    cutShort: Boolean(r.cutShort),
  };
}
