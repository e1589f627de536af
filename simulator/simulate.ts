import { projectPrices } from '../models/cost/project-prices';
import { runCost } from '../models/cost/run-cost';
import type { Project } from '../models/types';
import { buildResult } from './build-result';
import { compile, findScenario, findVariant } from './compile';
import { Engine } from './engine';
import type { SimulateOptions, SimulationResult } from './result';
import { chooseBucketS } from './series-bucket';
import { SpanRecorder } from './span-recorder';

export const DEFAULT_MAX_EVENTS = 2_000_000_000;
export const DEFAULT_MAX_WALL_MS = 120_000;
export const DEFAULT_MAX_LIVE = 5_000_000;

/**
 * Runs one variant under one scenario with one seed: a pure function of (project, options).
 * Throws ModelError for an unknown variant or scenario or a model the engine cannot run.
 */
export function simulate(project: Project, options: SimulateOptions): SimulationResult {
  return runSimulation(project, options).result;
}

/** simulate(), also handing back the engine (for the benchmark's memory figures). */
export function runSimulation(
  project: Project,
  options: SimulateOptions,
): { result: SimulationResult; engine: Engine } {
  const variant = findVariant(project, options.variant);
  const scenario = findScenario(project, options.scenario);
  const seed = options.seed ?? scenario.seed;
  const model = compile(variant, scenario);
  const spans =
    options.traces && options.traces.maxRequests > 0
      ? new SpanRecorder(options.traces.maxRequests)
      : undefined;
  const engine = new Engine(model, {
    seed,
    maxEvents: options.maxEvents ?? DEFAULT_MAX_EVENTS,
    maxWallMs: options.maxWallMs ?? DEFAULT_MAX_WALL_MS,
    maxLive: options.maxLive ?? DEFAULT_MAX_LIVE,
    progressEveryMs: options.progressEveryMs ?? 100,
    bucketS: chooseBucketS(scenario.durationS),
    latencyTargetMs: project.slo.latencyTargetMs,
    onProgress: options.onProgress,
    traces: spans,
  });
  engine.run();
  const result = buildResult(engine, variant.id, scenario.id, seed);
  result.skippedFaults = model.skippedFaults;
  if (spans) result.traces = spans.finish(engine);
  result.cost = runCost(variant, projectPrices(project), result);
  return { result, engine };
}
