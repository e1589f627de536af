// A RunBatch for tests that runs its tasks in another order than the task order, as a pool of
// `size` workers finishing in any order would (the last worker's share first, each share from its
// end), and answers in task order. It records the size of every batch it was given.
import type { BatchProgress, RunBatch, RunTask } from '../../simulator/run-batch';
import { runTask, runTaskResult, type TaskProgress } from '../../simulator/run-task';

export class ScrambledBatch implements RunBatch {
  /** The number of tasks of each batch, in the order the batches came. */
  readonly sizes: number[] = [];

  constructor(private readonly size: number) {}

  /** Task indices in the order this batch runs them. */
  order(n: number): number[] {
    const shares = Array.from({ length: this.size }, (_, w) =>
      Array.from({ length: n }, (_, i) => i).filter((i) => i % this.size === w),
    );
    return shares.reverse().flatMap((share) => share.reverse());
  }

  private async inOrder<R>(
    tasks: readonly RunTask[],
    run: (task: RunTask, onProgress?: TaskProgress) => R,
    onProgress?: BatchProgress,
  ): Promise<R[]> {
    this.sizes.push(tasks.length);
    const out: R[] = new Array<R>(tasks.length);
    let done = 0;
    for (const i of this.order(tasks.length)) {
      await Promise.resolve(); // answers arrive later, as a worker's do
      out[i] = run(tasks[i]!, (share) => onProgress?.(done + share));
      onProgress?.(++done);
    }
    return out;
  }

  runFigures(tasks: readonly RunTask[], onProgress?: BatchProgress) {
    return this.inOrder(tasks, runTask, onProgress);
  }

  runResults(tasks: readonly RunTask[], onProgress?: BatchProgress) {
    return this.inOrder(tasks, runTaskResult, onProgress);
  }
}
