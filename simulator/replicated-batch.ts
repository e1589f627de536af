// Several designs (a project's variant under a scenario), each replicated with seeds seed,
// seed + 1, …, run as one batch: every replication of every design is a task of it, so a pool
// runs them all at once. The figures come back grouped by design, replications in seed order.
import type { Project } from '../models/types';
import type { BatchProgress, RunBatch, RunTask } from './run-batch';
import type { RunFigures } from './run-figures';

export interface ReplicatedRun {
  project: Project;
  variant: string;
  scenario: string;
  /** The first replication's seed. */
  seed: number;
  replications: number;
  maxWallMs?: number;
}

/** The batch's tasks: each design's replications in turn. */
export function replicatedTasks(designs: readonly ReplicatedRun[]): RunTask[] {
  return designs.flatMap((d) =>
    Array.from({ length: d.replications }, (_, i): RunTask => {
      const task: RunTask = {
        project: d.project,
        variant: d.variant,
        scenario: d.scenario,
        seed: d.seed + i,
      };
      if (d.maxWallMs !== undefined) task.maxWallMs = d.maxWallMs;
      return task;
    }),
  );
}

/** Runs every replication of every design in one batch; the figures of each design's runs. */
export async function runReplicated(
  batch: RunBatch,
  designs: readonly ReplicatedRun[],
  onProgress?: BatchProgress,
): Promise<RunFigures[][]> {
  const figures = await batch.runFigures(replicatedTasks(designs), onProgress);
  let at = 0;
  return designs.map((d) => figures.slice(at, (at += d.replications)));
}
