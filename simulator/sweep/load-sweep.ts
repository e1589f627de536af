// A load sweep: the scenario's shape run at a range of load factors (every rate times the
// factor), each with replications, and the breaking point found by bisection between the last
// load where the objectives hold and the first where they are missed. docs/simulator.md, "Load sweeps".
import { peakOfferedRps } from '../../models/busiest-scenario';
import { scaleScenario } from '../../models/scale-scenario';
import type { Project, Slo } from '../../models/types';
import { findScenario, findVariant } from '../compile';
import { inlineBatch } from '../inline-batch';
import type { RunBatch } from '../run-batch';
import type { Estimate } from './figure-estimate';
import { measurePoints, type PointFigures, type PointRun } from './measure-point';

export interface SweepOptions {
  variant: string;
  scenario: string;
  /** Load factors of the grid: `steps` evenly spaced factors from `from` to `to`. */
  from: number;
  to: number;
  steps: number;
  /** Replications at every load, seeds seed, seed + 1, … (the same seeds at every load). */
  replications: number;
  /** Defaults to the scenario's seed. */
  seed?: number;
  /** Bisection stops when the bracket is at most this fraction of its lower end wide. */
  tolerance?: number;
  /** Bisection stops after this many loads in any case. */
  maxBisections?: number;
  /** The confidence the conservative bounds ask for (default 0.95). */
  level?: number;
  /** Computing time each run may take (the engine's limit when absent). */
  maxWallMs?: number;
  /** After every replication and now and then during one: runs done (fractional) of the most planned. */
  onProgress?: (p: SweepProgress) => void;
}

export interface SweepProgress {
  /** Runs done, with the running one's simulated share: 3.5 = three runs and half of the fourth. */
  done: number;
  /** The most runs the sweep will make (the grid's, plus the most the bisection may take). */
  planned: number;
}

export type { Estimate };

export interface LoadPoint extends PointFigures {
  factor: number;
  /** The scaled scenario's peak offered rate (requests per second), as models/busiest-scenario.ts defines it. */
  offeredRps: number;
  phase: 'grid' | 'bisection';
}

export type BreakingStatus = 'found' | 'holds-throughout' | 'missed-throughout';

export interface LoadBound {
  factor: number;
  offeredRps: number;
  /** The confidence of that load's verdict (LoadVerdict.confidence). */
  confidence: number | null;
}

/**
 * The breaking point is `holds.offeredRps`: the bisection's bracket is [holds, missed], where the
 * mean over the replications crosses the objectives. Near the crossing the verdicts are close
 * calls by nature, so the conservative bounds say what is known at `level`: the highest load
 * simulated (up to `holds`) where the objectives hold with at least that confidence, and the
 * lowest (from `missed` on) where they are missed with at least that confidence.
 */
export interface BreakingPoint {
  status: BreakingStatus;
  /** The highest load found where the objectives hold (null when missed throughout). */
  holds: LoadBound | null;
  /** The lowest load above it where they are missed (null when they hold throughout). */
  missed: LoadBound | null;
  level: number;
  holdsConfidently: LoadBound | null;
  missedConfidently: LoadBound | null;
}

export interface LoadSweep {
  variant: string;
  scenario: string;
  /** The unscaled scenario's peak offered rate: factor 1. */
  baseOfferedRps: number;
  seed: number;
  replications: number;
  tolerance: number;
  slo: Slo;
  /** Every load simulated, by factor. */
  points: LoadPoint[];
  breakingPoint: BreakingPoint;
}

const DEFAULT_TOLERANCE = 0.01;
const DEFAULT_MAX_BISECTIONS = 12;
const DEFAULT_LEVEL = 0.95;

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

/** `steps` evenly spaced factors from `from` to `to` (just `from` for one step). */
export function gridFactors(from: number, to: number, steps: number): number[] {
  if (!(from > 0) || !(to >= from) || !Number.isInteger(steps) || steps < 1)
    throw new RangeError(
      `a load grid needs 0 < from <= to and a whole number of steps >= 1, got from ${from}, to ${to}, steps ${steps}`,
    );
  if (steps === 1) return [from];
  return Array.from({ length: steps }, (_, i) => round(from + ((to - from) * i) / (steps - 1), 9));
}

/** The project with one scenario's rates times `factor`. */
function scaledProject(project: Project, scenarioId: string, factor: number): Project {
  return {
    ...project,
    scenarios: project.scenarios.map((s) => (s.id === scenarioId ? scaleScenario(s, factor) : s)),
  };
}

/**
 * Sweeps the load of one variant under one scenario and finds its breaking point. The grid's
 * runs go to `batch` as one batch, then each bisection step's replications as one (each step
 * depends on the verdict before it); the result is the same for any batch (run-batch.ts).
 */
export async function sweepLoad(
  project: Project,
  options: SweepOptions,
  batch: RunBatch = inlineBatch,
): Promise<LoadSweep> {
  findVariant(project, options.variant); // a missing variant is reported before any run
  const scenario = findScenario(project, options.scenario);
  const seed = options.seed ?? scenario.seed;
  const replications = Math.max(1, Math.floor(options.replications));
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxBisections = options.maxBisections ?? DEFAULT_MAX_BISECTIONS;
  const base = peakOfferedRps(scenario);
  const grid = gridFactors(options.from, options.to, options.steps);
  const planned = (grid.length + maxBisections) * replications;
  const run: PointRun = {
    variant: options.variant,
    scenario: scenario.id,
    seed,
    replications,
    maxWallMs: options.maxWallMs,
  };
  let runsDone = 0;

  const simulateAt = async (
    factors: readonly number[],
    phase: LoadPoint['phase'],
  ): Promise<LoadPoint[]> => {
    const before = runsDone;
    const figures = await measurePoints(
      batch,
      factors.map((factor) => ({ project: scaledProject(project, scenario.id, factor), run })),
      (within) => {
        runsDone = before + within;
        options.onProgress?.({ done: runsDone, planned });
      },
    );
    runsDone = before + factors.length * replications;
    return factors.map((factor, i) => ({
      factor,
      offeredRps: round(base * factor, 6),
      phase,
      ...(figures[i] as PointFigures),
    }));
  };

  const points = await simulateAt(grid, 'grid');
  const firstMissed = points.findIndex((p) => !p.holds);
  let lo = firstMissed > 0 ? points[firstMissed - 1] : null;
  let hi = firstMissed >= 0 ? points[firstMissed] : null;
  if (lo && hi) {
    for (let i = 0; i < maxBisections && hi.factor - lo.factor > tolerance * lo.factor; i++) {
      const [mid] = (await simulateAt([round((lo.factor + hi.factor) / 2, 9)], 'bisection')) as [
        LoadPoint,
      ];
      points.push(mid);
      if (mid.holds) lo = mid;
      else hi = mid;
    }
  }
  if (firstMissed < 0) lo = points[points.length - 1];
  options.onProgress?.({ done: planned, planned });
  points.sort((a, b) => a.factor - b.factor);
  const bound = (p: LoadPoint | null | undefined): LoadBound | null =>
    p ? { factor: p.factor, offeredRps: p.offeredRps, confidence: p.confidence } : null;
  const level = options.level ?? DEFAULT_LEVEL;
  const sure = (p: LoadPoint): boolean => p.confidence !== null && p.confidence >= level;
  const holdsConfidently = lo
    ? points.filter((p) => p.holds && sure(p) && p.factor <= lo.factor).pop()
    : undefined;
  const missedConfidently = hi
    ? points.find((p) => !p.holds && sure(p) && p.factor >= hi.factor)
    : undefined;
  return {
    variant: options.variant,
    scenario: scenario.id,
    baseOfferedRps: round(base, 6),
    seed,
    replications,
    tolerance,
    slo: project.slo,
    points,
    breakingPoint: {
      status: !hi ? 'holds-throughout' : !lo ? 'missed-throughout' : 'found',
      holds: bound(lo),
      missed: bound(hi),
      level,
      holdsConfidently: bound(holdsConfidently),
      missedConfidently: bound(missedConfidently),
    },
  };
}
