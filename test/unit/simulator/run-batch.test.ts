// Sweeps and the advisor hand every run they can make at once to a RunBatch and compute their
// results from the per-run figures in task order. So a batch that runs the tasks in any order
// (as a pool of any size does) gives the same sweep and the same advice, to the byte; and each
// batch holds all the runs that do not depend on one another.
import { describe, expect, test } from 'vitest';
import { advise } from '../../../simulator/advisor/advise';
import { inlineBatch } from '../../../simulator/inline-batch';
import type { RunBatch, RunTask } from '../../../simulator/run-batch';
import { runFiguresOf } from '../../../simulator/run-figures';
import { simulate } from '../../../simulator/simulate';
import { sweepLoad } from '../../../simulator/sweep/load-sweep';
import { sweepParameter } from '../../../simulator/sweep/what-if-sweep';
import { call, client, constantLoad, project, service } from '../../helpers/build-project';
import { ScrambledBatch } from '../../helpers/scrambled-batch';

/** 2 workers × 10 ms (200 rps of capacity) under 100 rps; "99 % within 100 ms". */
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

/** c → front → slow at 60/s, slow serving at most 40/s: decoupling helps (advise.test.ts). */
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

const tasks: RunTask[] = [3, 1, 2, 7].map((seed) => ({
  project: p,
  variant: 'v',
  scenario: 's',
  seed,
}));

describe('a batch answers in task order', () => {
  test('the inline batch: each task’s figures are its run’s, progress runs 0 → tasks', async () => {
    const seen: number[] = [];
    const figures = await inlineBatch.runFigures(tasks, (d) => seen.push(d));
    expect(figures).toEqual(
      tasks.map((t) =>
        runFiguresOf(simulate(p, { variant: 'v', scenario: 's', seed: t.seed }), p.slo),
      ),
    );
    expect(figures[0]!.kpis['entry.requests']).toBeGreaterThan(2000);
    expect(new Set(figures.map((f) => f.kpis['entry.requests'])).size).toBe(4); // four seeds
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(tasks.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
  });

  test('whole results: simulate()’s, but for the wall time', async () => {
    const results = await inlineBatch.runResults(tasks.slice(0, 2));
    expect(results.map((r) => ({ ...r, wallMs: 0 }))).toEqual(
      tasks
        .slice(0, 2)
        .map((t) => ({ ...simulate(p, { variant: 'v', scenario: 's', seed: t.seed }), wallMs: 0 })),
    );
  });

  test('a batch that runs them in another order answers the same, in task order', async () => {
    const batch = new ScrambledBatch(3);
    expect(batch.order(4)).toEqual([2, 1, 3, 0]);
    expect(await batch.runFigures(tasks)).toEqual(await inlineBatch.runFigures(tasks));
  });
});

describe('the same result to the byte whatever runs the batch', () => {
  const sweepOptions = { variant: 'v', scenario: 's', from: 1, to: 2, steps: 3, replications: 2 };

  test.each([1, 2, 3])('load sweep, a pool of %i', async (size) => {
    const serial = JSON.stringify(await sweepLoad(p, sweepOptions));
    const batch = new ScrambledBatch(size);
    const progress: number[] = [];
    const pooled = await sweepLoad(
      p,
      { ...sweepOptions, onProgress: (x) => progress.push(x.done) },
      batch,
    );
    expect(JSON.stringify(pooled)).toBe(serial);
    // The grid is one batch (3 loads × 2 replications); each bisection step one of 2.
    expect(pooled.points.some((x) => x.phase === 'bisection')).toBe(true);
    expect(batch.sizes).toEqual([
      6,
      ...pooled.points.filter((x) => x.phase === 'bisection').map(() => 2),
    ]);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]!);
  });

  test.each([1, 2, 3])('what-if sweep, a pool of %i: one batch of every value', async (size) => {
    const options = {
      variant: 'v',
      scenario: 's',
      parameter: 'nodes.api.concurrency',
      values: [1, 2, 3],
      replications: 2,
    };
    const serial = JSON.stringify(await sweepParameter(p, options));
    const batch = new ScrambledBatch(size);
    expect(JSON.stringify(await sweepParameter(p, options, batch))).toBe(serial);
    expect(batch.sizes).toEqual([6]);
  });

  test.each([1, 2, 3])('advice, a pool of %i', async (size) => {
    const options = { variant: 'v', scenario: 's', seed: 4, replications: 2, maxSteps: 2 };
    const serial = await advise(chain, options);
    const batch = new ScrambledBatch(size);
    const pooled = await advise(chain, options, batch);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(serial));
    // The baseline and every first-round candidate in one batch.
    expect(batch.sizes[0]).toBe((1 + serial.ranking.length) * 2);
    expect(serial.ranking.length).toBeGreaterThan(3);
  });
});

test('a batch that fails fails the sweep with its error', async () => {
  const failing: RunBatch = {
    runFigures: () => Promise.reject(new Error('worker 2 exited')),
    runResults: () => Promise.reject(new Error('worker 2 exited')),
  };
  await expect(
    sweepLoad(
      p,
      { variant: 'v', scenario: 's', from: 1, to: 2, steps: 2, replications: 1 },
      failing,
    ),
  ).rejects.toThrow('worker 2 exited');
});
