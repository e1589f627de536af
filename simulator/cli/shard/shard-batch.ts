// The batch of a shard run (--shard I/N): of the first batch a sweep or the advisor hands it, it
// runs only the tasks whose index is I modulo N (on the command's threads), then stops the
// computation with ShardCollected, which carries them out to be printed. Later batches depend on
// the first's results, which no shard has: `spillway merge` runs them (merge-batch.ts).
import type { RunBatch, RunTask } from '../../run-batch';
import type { RunFigures } from '../../run-figures';
import type { SimulationResult } from '../../result';
import type { ShardSpec } from './shard-spec';

/** Not a failure: the shard's share of the first batch, done. */
export class ShardCollected extends Error {
  constructor(
    readonly tasks: readonly RunTask[],
    readonly runs: { task: number; figures: RunFigures }[],
  ) {
    super('the shard has run its share of the first batch');
  }
}

export class ShardBatch implements RunBatch {
  constructor(
    private readonly inner: RunBatch,
    private readonly shard: ShardSpec,
    /** The shard's own progress: its runs done of its share of the first batch. */
    private readonly onShareProgress?: (p: { done: number; planned: number }) => void,
  ) {}

  /** The indices of the tasks this shard runs, of a batch of n. */
  share(n: number): number[] {
    return Array.from({ length: n }, (_, i) => i).filter(
      (i) => i % this.shard.count === this.shard.index,
    );
  }

  async runFigures(tasks: readonly RunTask[]): Promise<RunFigures[]> {
    const mine = this.share(tasks.length);
    const progress = this.onShareProgress;
    const figures = await this.inner.runFigures(
      mine.map((i) => tasks[i] as RunTask),
      progress && ((done) => progress({ done, planned: mine.length })),
    );
    throw new ShardCollected(
      tasks,
      mine.map((task, k) => ({ task, figures: figures[k] as RunFigures })),
    );
  }

  runResults(): Promise<SimulationResult[]> {
    return Promise.reject(new Error('a shard runs figures only (sweeps and the advisor)'));
  }
}
