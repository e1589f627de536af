// A what-if sweep: one numeric parameter of a variant (replicas, a timeout, retries, consumer
// concurrency…) set to each of a list of values, the scenario run with replications at each,
// and the objectives judged — "how many replicas would the as-is need?".
import {
  whatIfParameter,
  withParameter,
  type WhatIfParameter,
} from '../../models/what-if-parameter';
import type { Project, Slo } from '../../models/types';
import { findScenario, findVariant } from '../compile';
import { inlineBatch } from '../inline-batch';
import type { RunBatch } from '../run-batch';
import { measurePoints, type PointFigures, type PointRun } from './measure-point';
import type { SweepProgress } from './load-sweep';

export interface WhatIfOptions {
  variant: string;
  scenario: string;
  /** `nodes.<id>.<field>` or `edges.<id>.<field>` (models/what-if-parameter.ts). */
  parameter: string;
  values: readonly number[];
  replications: number;
  /** Defaults to the scenario's seed; every value runs the same seeds. */
  seed?: number;
  /** The confidence `holdsConfidently` asks for (default 0.95). */
  level?: number;
  maxWallMs?: number;
  onProgress?: (p: SweepProgress) => void;
}

export interface WhatIfPoint extends PointFigures {
  value: number;
}

export interface WhatIfSweep {
  variant: string;
  scenario: string;
  parameter: WhatIfParameter;
  seed: number;
  replications: number;
  slo: Slo;
  /** One per value, in ascending order of value. */
  points: WhatIfPoint[];
  /** The lowest value at which the objectives hold (null when none does). */
  lowestHolding: number | null;
  /** The lowest value at which they hold with at least `level` confidence. */
  lowestHoldingConfidently: number | null;
  level: number;
}

/**
 * Runs every value's replications as one batch (run-batch.ts); the result is the same for any
 * batch.
 */
export async function sweepParameter(
  project: Project,
  options: WhatIfOptions,
  batch: RunBatch = inlineBatch,
): Promise<WhatIfSweep> {
  findVariant(project, options.variant);
  const scenario = findScenario(project, options.scenario);
  const parameter = whatIfParameter(project, options.variant, options.parameter);
  const values = [...new Set(options.values)].sort((a, b) => a - b);
  // Every value is checked before any run, so a bad one is reported at once.
  const projects = values.map((v) => withParameter(project, parameter, v));
  const seed = options.seed ?? scenario.seed;
  const replications = Math.max(1, Math.floor(options.replications));
  const planned = values.length * replications;
  const run: PointRun = {
    variant: options.variant,
    scenario: scenario.id,
    seed,
    replications,
    maxWallMs: options.maxWallMs,
  };
  const figures = await measurePoints(
    batch,
    projects.map((p) => ({ project: p, run })),
    (done) => options.onProgress?.({ done, planned }),
  );
  const points = values.map((value, i): WhatIfPoint => ({
    value,
    ...(figures[i] as PointFigures),
  }));
  const level = options.level ?? 0.95;
  const holding = points.filter((p) => p.holds);
  const confident = holding.filter((p) => p.confidence !== null && p.confidence >= level);
  return {
    variant: options.variant,
    scenario: scenario.id,
    parameter,
    seed,
    replications,
    slo: project.slo,
    points,
    lowestHolding: holding[0]?.value ?? null,
    lowestHoldingConfidently: confident[0]?.value ?? null,
    level,
  };
}
