// The CLI's worker-thread pool (simulator/cli/pool/): real threads running the real worker
// module. Its answers equal the serial run's in task order for pools of 1, 2 and 3 threads, and
// so do the sweeps and the advice computed on it, to the byte; progress covers the batch; a task
// that cannot run fails the batch with its error; a closed pool runs nothing.
import { afterAll, describe, expect, test } from 'vitest';
import { advise } from '../../../../simulator/advisor/advise';
import { ModelError } from '../../../../simulator/compile';
import { inlineBatch } from '../../../../simulator/inline-batch';
import type { RunTask } from '../../../../simulator/run-batch';
import { ThreadPool, workerEntry } from '../../../../simulator/cli/pool/thread-pool';
import { sweepLoad } from '../../../../simulator/sweep/load-sweep';
import { sweepParameter } from '../../../../simulator/sweep/what-if-sweep';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';

const p = {
  ...project(
    [
      client(),
      service('api', { concurrency: 2, serviceTimeMs: { type: 'exponential', mean: 10 } }),
    ],
    [call('c', 'api')],
    { durationS: 30, warmupS: 5, load: constantLoad(100) },
  ),
  slo: { latencyPercentile: 99, latencyTargetMs: 100, availability: 0.99, maxMessageAgeMs: null },
};

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

const tasks: RunTask[] = [5, 1, 9, 2, 7].map((seed) => ({
  project: p,
  variant: 'v',
  scenario: 's',
  seed,
}));

const pools = new Map([1, 2, 3].map((n) => [n, new ThreadPool(n)]));
afterAll(async () => {
  for (const pool of pools.values()) await pool.close();
});

describe('the thread pool answers as the serial run does', { timeout: 180_000 }, () => {
  test.each([1, 2, 3])('%i thread(s): the figures of every task, in task order', async (n) => {
    const pool = pools.get(n)!;
    const seen: number[] = [];
    const pooled = await pool.runFigures(tasks, (d) => seen.push(d));
    expect(pooled).toEqual(await inlineBatch.runFigures(tasks));
    expect(pool.started).toBe(n);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(tasks.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
  });

  test('whole results: simulate()’s but for the wall time', async () => {
    const two = tasks.slice(0, 2);
    const strip = (rs: { wallMs: number }[]) => rs.map((r) => ({ ...r, wallMs: 0 }));
    expect(strip(await pools.get(2)!.runResults(two))).toEqual(
      strip(await inlineBatch.runResults(two)),
    );
  });

  const sweep = { variant: 'v', scenario: 's', from: 1, to: 2, steps: 3, replications: 2 };
  test.each([1, 2, 3])('%i thread(s): a load sweep to the byte', async (n) => {
    expect(JSON.stringify(await sweepLoad(p, sweep, pools.get(n)))).toBe(
      JSON.stringify(await sweepLoad(p, sweep)),
    );
  });

  test.each([2, 3])('%i threads: a what-if sweep to the byte', async (n) => {
    const options = {
      variant: 'v',
      scenario: 's',
      parameter: 'nodes.api.concurrency',
      values: [1, 2, 3],
      replications: 2,
    };
    expect(JSON.stringify(await sweepParameter(p, options, pools.get(n)))).toBe(
      JSON.stringify(await sweepParameter(p, options)),
    );
  });

  test.each([1, 2, 3])('%i thread(s): the advice to the byte', async (n) => {
    const options = { variant: 'v', scenario: 's', seed: 4, replications: 2, maxSteps: 2 };
    const pooled = await advise(chain, options, pools.get(n));
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(await advise(chain, options)));
    expect(pooled.plan.length).toBeGreaterThan(0);
  });
});

describe('failures', () => {
  test('a task the engine cannot run fails the batch with a ModelError that says why', async () => {
    const bad: RunTask = { ...tasks[0]!, scenario: 'nope' };
    const run = pools.get(2)!.runFigures([tasks[0]!, bad, tasks[1]!]);
    await expect(run).rejects.toBeInstanceOf(ModelError);
    await expect(run).rejects.toThrow('unknown scenario "nope"');
    // The pool is still good for the next batch.
    expect(await pools.get(2)!.runFigures(tasks.slice(0, 1))).toEqual(
      await inlineBatch.runFigures(tasks.slice(0, 1)),
    );
  });

  test('a closed pool runs nothing; a pool needs at least one thread', async () => {
    const pool = new ThreadPool(2);
    await pool.close();
    await expect(pool.runFigures(tasks)).rejects.toThrow('the thread pool is closed');
    expect(() => new ThreadPool(0)).toThrow(/a whole number of threads >= 1, got 0/);
  });
});

test('the worker module: the tsx loader beside the sources, the bundle’s own run-worker.mjs', () => {
  expect(workerEntry('file:///r/simulator/cli/pool/thread-pool.ts').href).toBe(
    'file:///r/simulator/cli/pool/run-worker-tsx.mjs',
  );
  expect(workerEntry('file:///r/dist-cli/chunks/sweep-AB12.mjs').href).toBe(
    'file:///r/dist-cli/run-worker.mjs',
  );
  expect(workerEntry('file:///r/dist-cli/main.mjs').href).toBe('file:///r/dist-cli/run-worker.mjs');
});
