// A batch of independent simulations, run by whoever can run them: one after another in this
// thread (inline-batch.ts), on a pool of worker threads (the CLI's simulator/cli/thread-pool.ts),
// on a pool of Web Workers (the app), or read back from shard files (simulator/shard/). Sweeps and
// the advisor hand every run they can make at once to a RunBatch and compute their results from
// the per-run figures in task order, so their results do not depend on who ran the batch, in
// which order, or on how many cores: docs/simulator.md, "Batches of runs".
import type { Project } from '../models/types';
import type { SimulationResult } from './result';
import type { RunFigures } from './run-figures';

/**
 * One simulation: a variant of a project under a scenario with one seed. Plain data (structured
 * clone and JSON), so that it can cross to a worker; runTask() (run-task.ts) runs it.
 */
export interface RunTask {
  project: Project;
  variant: string;
  scenario: string;
  seed: number;
  /** Computing time the run may take before it is cut short (the engine's limit when absent). */
  maxWallMs?: number;
}

/**
 * Progress of a batch: tasks done, fractional while tasks run (2.5 = two tasks done, or one done
 * and three halfway), never decreasing, from 0 to the number of tasks.
 */
export type BatchProgress = (tasksDone: number) => void;

/**
 * Runs independent simulations and answers in task order, whatever order it ran them in. An
 * implementation may run them at the same time; it must give each task the answer runTask()
 * (run-task.ts) gives, so that a batch answers the same for any pool size. It may reject (a
 * cancelled pool, a task that failed); the caller then rejects with that error.
 */
export interface RunBatch {
  /** The figures sweeps and the advisor read from each run (RunFigures), in task order. */
  runFigures(tasks: readonly RunTask[], onProgress?: BatchProgress): Promise<RunFigures[]>;
  /**
   * Whole results, in task order: for callers that show a run (replications, both variants, a
   * roadmap's steps). Each differs from simulate()'s only in wallMs, which measures the machine.
   */
  runResults(tasks: readonly RunTask[], onProgress?: BatchProgress): Promise<SimulationResult[]>;
}
