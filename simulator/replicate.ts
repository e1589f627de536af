import type { Project } from '../models/types';
import { findScenario } from './compile';
import { summariseReplications, type ReplicatedResult } from './replication-summary';
import type { SimulateOptions, SimulationResult } from './result';
import { simulate } from './simulate';

export { kpisOf, summariseReplications, type ReplicatedResult } from './replication-summary';

/**
 * Runs the same variant and scenario with seeds seed, seed+1, ... and summarises each KPI as a
 * mean with a 95 % confidence interval (Student's t with n-1 degrees of freedom).
 */
export function replicate(
  project: Project,
  options: SimulateOptions,
  replications: number,
  onRun?: (index: number) => void,
): ReplicatedResult {
  const base = options.seed ?? findScenario(project, options.scenario).seed;
  const runs: SimulationResult[] = [];
  for (let i = 0; i < Math.max(1, replications); i++) {
    onRun?.(i);
    runs.push(simulate(project, { ...options, seed: base + i }));
  }
  return summariseReplications(runs);
}
