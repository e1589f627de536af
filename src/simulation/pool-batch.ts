// The simulator's RunBatch (simulator/run-batch.ts) over the page's worker pool: each task of a
// batch goes to the first free worker as a batch of one (the worker's runFigures/runResults), the
// answers are read in task order, so a sweep or the advisor gives the serial run's result
// whatever the pool's size. Progress over the batch: the tasks' shares added up, forward only,
// throttled. The worker running the sweep or the advisor holds this batch through a comlink
// proxy, so the page only passes tasks and figures along.
import * as Comlink from 'comlink';
import { allInOrder } from '../../models/all-in-order';
import type { BatchProgress, RunBatch, RunTask } from '../../simulator/run-batch';
import { progressThrottle } from './batch-job';
import type { WorkerPool } from './worker-pool';
import type { SimulatorApi } from './worker-client';

type RunOne<R> = (
  api: SimulatorApi,
  task: RunTask,
  onProgress: (tasksDone: number) => void,
) => Promise<R[]>;

function overPool<R>(
  pool: WorkerPool<SimulatorApi>,
  runOne: RunOne<R>,
): (tasks: readonly RunTask[], onProgress?: BatchProgress) => Promise<R[]> {
  return async (tasks, onProgress) => {
    const shares = tasks.map(() => 0);
    const due = progressThrottle();
    const report = (): void => {
      if (onProgress && due() !== null) onProgress(shares.reduce((a, b) => a + b, 0));
    };
    const answers = tasks.map((task, i) =>
      pool
        .submit((api) =>
          runOne(
            api,
            task,
            Comlink.proxy((done: number) => {
              shares[i] = Math.max(shares[i]!, Math.min(1, done));
              report();
            }),
          ),
        )
        .then(([answer]) => {
          shares[i] = 1;
          report();
          return answer!;
        }),
    );
    const out = await allInOrder(answers);
    onProgress?.(tasks.length);
    return out;
  };
}

export function poolBatch(pool: WorkerPool<SimulatorApi>): RunBatch {
  return {
    runFigures: overPool(pool, (api, task, onProgress) => api.runFigures([task], onProgress)),
    runResults: overPool(pool, (api, task, onProgress) => api.runResults([task], onProgress)),
  };
}
