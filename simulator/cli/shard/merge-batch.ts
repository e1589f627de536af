// The batch of `spillway merge`: the first batch the sweep or the advisor asks for is answered by
// the shards' runs (after checking that it is the very batch they ran), every later one (the
// bisection's steps, the plan's later rounds, which depend on the first) is run on merge's own
// threads.
import type { BatchProgress, RunBatch, RunTask } from '../../run-batch';
import type { RunFigures } from '../../run-figures';
import type { SimulationResult } from '../../result';
import { UsageError } from '../io';
import type { MergedShards } from './merge-shards';
import { tasksDigest } from './tasks-digest';

export class MergeBatch implements RunBatch {
  private replayed = false;
  /** Runs merge made itself, after the shards' first batch. */
  ranHere = 0;

  constructor(
    private readonly merged: MergedShards,
    private readonly inner: RunBatch,
  ) {}

  async runFigures(tasks: readonly RunTask[], onProgress?: BatchProgress): Promise<RunFigures[]> {
    if (!this.replayed) {
      this.replayed = true;
      const { batch } = this.merged;
      if (tasks.length !== batch.tasks || tasksDigest(tasks) !== batch.digest)
        throw new UsageError(
          `the shards ran another first batch (${batch.tasks} runs) than this merge computes (${tasks.length} runs): were they written by another build of spillway?`,
        );
      onProgress?.(tasks.length);
      return this.merged.figures;
    }
    this.ranHere += tasks.length;
    return this.inner.runFigures(tasks, onProgress);
  }

  runResults(tasks: readonly RunTask[], onProgress?: BatchProgress): Promise<SimulationResult[]> {
    return this.inner.runResults(tasks, onProgress);
  }
}
