// The page's worker pool as the simulator's RunBatch, with in-process fake workers that answer
// after a delay that shrinks with each task (so later tasks finish first): a sweep and the advice
// through it equal the serial run to the byte for pools of 1, 2 and 3; the batch's progress only
// moves forward and ends at the number of tasks; a cancel rejects the batch.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import { afterEach, describe, expect, test } from 'vitest';
import { advise } from '../../../../simulator/advisor/advise';
import { inlineBatch } from '../../../../simulator/inline-batch';
import type { RunTask } from '../../../../simulator/run-batch';
import { sweepLoad } from '../../../../simulator/sweep/load-sweep';
import { poolBatch } from '../../../../src/simulation/pool-batch';
import { RunCancelledError } from '../../../../src/simulation/run-cancelled-error';
import type { SimulatorApi } from '../../../../src/simulation/worker-client';
import type { SimulatorWorkerApi, SweepProgress } from '../../../../simulator/worker';
import { WorkerPool, type SpawnWorker } from '../../../../src/simulation/worker-pool';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';

/** c → front → slow at 60/s, slow serving at most 40/s (as in run-batch.test.ts). */
const chain = {
  ...project(
    [
      client(),
      service('front', { concurrency: 64, serviceTimeMs: { type: 'constant', value: 5 } }),
      service('slow', { concurrency: 4, serviceTimeMs: { type: 'constant', value: 100 } }),
    ],
    [call('c', 'front'), call('front', 'slow')],
    { durationS: 20, warmupS: 5, load: constantLoad(60) },
  ),
  slo: { latencyPercentile: 99, latencyTargetMs: 500, availability: 0.99, maxMessageAgeMs: null },
};

const require = createRequire(import.meta.url);
const nodeEndpoint = require('comlink/dist/umd/node-adapter.js');
const threads: Worker[] = [];
afterEach(async () => {
  await Promise.all(threads.splice(0).map((t) => t.terminate()));
});

/** The real worker entry (simulator/worker.ts) in a worker thread, as the page starts it. */
function thread(): { api: SimulatorApi; terminate: () => void } {
  const t = new Worker(new URL('../../../helpers/node-worker.mjs', import.meta.url));
  threads.push(t);
  return {
    api: Comlink.wrap<SimulatorWorkerApi>(nodeEndpoint(t)),
    terminate: () => void t.terminate(),
  };
}

/** Fake workers running the tasks in this thread; the n-th call answers after (40 - n) ms. */
function inProcessWorkers(): { spawn: SpawnWorker<SimulatorApi>; calls: () => number } {
  let calls = 0;
  const later = <T>(value: () => T): Promise<T> => {
    const wait = Math.max(0, 40 - calls++);
    return new Promise((resolve) => setTimeout(() => resolve(value()), wait));
  };
  const api = {
    runFigures: (tasks: readonly RunTask[], onProgress?: (done: number) => void) =>
      later(() => inlineBatch.runFigures(tasks, onProgress)),
    runResults: (tasks: readonly RunTask[], onProgress?: (done: number) => void) =>
      later(() => inlineBatch.runResults(tasks, onProgress)),
  } as unknown as SimulatorApi;
  return { spawn: () => ({ api, terminate: () => undefined }), calls: () => calls };
}

describe('the worker pool as a RunBatch', () => {
  test('a load sweep and the advice equal the serial run to the byte, for pools of 1, 2 and 3', async () => {
    const sweepOptions = {
      variant: 'v',
      scenario: 's',
      from: 0.5,
      to: 2,
      steps: 3,
      replications: 2,
      seed: 4,
    };
    const adviseOptions = { variant: 'v', scenario: 's', replications: 2, seed: 4, maxSteps: 2 };
    const serialSweep = JSON.stringify(await sweepLoad(chain, sweepOptions));
    const serialAdvice = JSON.stringify(await advise(chain, adviseOptions));
    for (const size of [1, 2, 3]) {
      const workers = inProcessWorkers();
      const batch = poolBatch(new WorkerPool(size, workers.spawn));
      expect(JSON.stringify(await sweepLoad(chain, sweepOptions, batch))).toBe(serialSweep);
      expect(JSON.stringify(await advise(chain, adviseOptions, batch))).toBe(serialAdvice);
      expect(workers.calls()).toBeGreaterThan(10);
    }
  });

  test('progress over the batch moves forward only and ends at the number of tasks', async () => {
    const workers = inProcessWorkers();
    const batch = poolBatch(new WorkerPool(2, workers.spawn));
    const tasks: RunTask[] = [1, 2, 3, 4, 5].map((seed) => ({
      project: chain,
      variant: 'v',
      scenario: 's',
      seed,
    }));
    const seen: number[] = [];
    const figures = await batch.runFigures(tasks, (d) => seen.push(d));
    expect(figures).toEqual(await inlineBatch.runFigures(tasks));
    expect(seen.at(-1)).toBe(5);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
  });

  test('a cancel of the pool rejects the batch with RunCancelledError', async () => {
    const workers = inProcessWorkers();
    const pool = new WorkerPool(2, workers.spawn);
    const tasks: RunTask[] = [1, 2, 3].map((seed) => ({
      project: chain,
      variant: 'v',
      scenario: 's',
      seed,
    }));
    const running = poolBatch(pool).runResults(tasks);
    pool.cancel();
    await expect(running).rejects.toBeInstanceOf(RunCancelledError);
  });

  test('through comlink, as in the page: a sweep in one worker, its runs on a pool of two others; the serial result', async () => {
    const options = {
      variant: 'v',
      scenario: 's',
      from: 0.5,
      to: 2,
      steps: 3,
      replications: 2,
      seed: 4,
    };
    const pool = new WorkerPool(2, thread);
    const coordinator = thread();
    const seen: SweepProgress[] = [];
    const swept = await coordinator.api.sweep(
      chain,
      options,
      Comlink.proxy((p: SweepProgress) => void seen.push(p)),
      Comlink.proxy(poolBatch(pool)),
    );
    expect(JSON.stringify(swept)).toBe(JSON.stringify(await sweepLoad(chain, options)));
    // The runs went to the pool's two threads, not to the coordinator's.
    expect(pool.started).toBe(2);
    await expect.poll(() => seen.at(-1)?.done).toBe(seen.at(-1)?.planned);
  }, 60_000);
});
