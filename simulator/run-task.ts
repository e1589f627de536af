// One task of a batch (run-batch.ts), run here and now: what every implementation of RunBatch
// runs for each task, in whichever thread it runs it.
import type { RunTask } from './run-batch';
import { runFiguresOf, type RunFigures } from './run-figures';
import type { SimulationResult } from './result';
import { simulate } from './simulate';

/** The share of the run done so far, 0 to 1 (the simulated time reached over the duration). */
export type TaskProgress = (share: number) => void;

/** The task's whole result, as simulate() gives it. */
export function runTaskResult(task: RunTask, onProgress?: TaskProgress): SimulationResult {
  return simulate(task.project, {
    variant: task.variant,
    scenario: task.scenario,
    seed: task.seed,
    maxWallMs: task.maxWallMs,
    // A block, not an expression: whatever the callback returns must not cancel the run.
    onProgress: onProgress
      ? (p) => {
          onProgress(p.simulatedS / p.durationS);
        }
      : undefined,
  });
}

/** The figures a sweep or the advisor reads from the task's run. */
export function runTask(task: RunTask, onProgress?: TaskProgress): RunFigures {
  return runFiguresOf(runTaskResult(task, onProgress), task.project.slo);
}
