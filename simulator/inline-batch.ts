// The batch that runs its tasks one after another in this thread: the serial run every other
// RunBatch must equal, and what sweeps and the advisor use when given no other.
import type { BatchProgress, RunBatch, RunTask } from './run-batch';
import { runTask, runTaskResult, type TaskProgress } from './run-task';

function inOrder<R>(
  run: (task: RunTask, onProgress?: TaskProgress) => R,
): (tasks: readonly RunTask[], onProgress?: BatchProgress) => Promise<R[]> {
  return async (tasks, onProgress) => {
    const out: R[] = [];
    for (const [i, task] of tasks.entries()) {
      onProgress?.(i);
      out.push(run(task, onProgress ? (share) => onProgress(i + share) : undefined));
    }
    onProgress?.(tasks.length);
    return out;
  };
}

export const inlineBatch: RunBatch = {
  runFigures: inOrder(runTask),
  runResults: inOrder(runTaskResult),
};
