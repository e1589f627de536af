// Runs the real worker entry (simulator/worker.ts) in a worker thread through comlink, as the
// app does in the browser: results, replications, progress messages, cancellation by terminate,
// and the idle warm-up that gives way to the first run.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { proxy, wrap, type Remote } from 'comlink';
import { afterEach, expect, test } from 'vitest';
import { advise } from '../../../simulator/advisor/advise';
import type { AdviseProgress, SimulatorWorkerApi, WorkerProgress } from '../../../simulator/worker';
import { simulate } from '../../../simulator/simulate';
import { sweepLoad, type SweepProgress } from '../../../simulator/sweep/load-sweep';
import { SLICES } from '../../../simulator/warm-up';
import { call, client, constantLoad, project, service } from '../../helpers/build-project';

const require = createRequire(import.meta.url);
const nodeEndpoint = require('comlink/dist/umd/node-adapter.js');
let worker: Worker | null = null;

function start(): Remote<SimulatorWorkerApi> {
  worker = new Worker(new URL('../../helpers/node-worker.mjs', import.meta.url));
  return wrap<SimulatorWorkerApi>(nodeEndpoint(worker));
}

afterEach(async () => {
  await worker?.terminate();
  worker = null;
});

const model = (durationS: number) =>
  project(
    [client(), service('s', { concurrency: 2, serviceTimeMs: { type: 'exponential', mean: 10 } })],
    [call('c', 's')],
    {
      durationS,
      load: constantLoad(150),
    },
  );

test('the worker returns the same result as the pure function, and replications with CIs', async () => {
  const api = start();
  const p = model(200);
  const { result, replicated } = await api.run(p, { variant: 'v', scenario: 's', seed: 7 });
  const direct = simulate(p, { variant: 'v', scenario: 's', seed: 7 });
  expect({ ...result, wallMs: 0 }).toEqual({ ...direct, wallMs: 0 });
  expect(replicated).toBeNull();

  const rep = await api.run(p, { variant: 'v', scenario: 's', seed: 7, replications: 3 });
  expect(rep.replicated?.runs.map((r) => r.seed)).toEqual([7, 8, 9]);
  expect(rep.replicated?.kpis['entry.latencyMs.mean'].ci95).toBeGreaterThan(0);
  expect(rep.result.seed).toBe(7);
});

test('a load sweep in the worker equals the pure function; progress ends at the most planned', async () => {
  const api = start();
  const p = model(60);
  const options = { variant: 'v', scenario: 's', from: 0.5, to: 1.5, steps: 3, replications: 2 };
  const seen: SweepProgress[] = [];
  const swept = await api.sweep(
    p,
    options,
    proxy((x: SweepProgress) => void seen.push(x)),
  );
  expect(JSON.stringify(swept)).toBe(JSON.stringify(await sweepLoad(p, options)));
  await expect.poll(() => seen.length).toBeGreaterThan(0);
  await expect.poll(() => seen.at(-1)!.done).toBe(seen.at(-1)!.planned);
  for (let i = 1; i < seen.length; i++)
    expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done);
});

test('the advisor in the worker equals the pure function; progress ends at the designs simulated', async () => {
  const api = start();
  // Two services in a chain, the second saturated (4 × 10/s against 60/s): decoupling helps.
  const p = project(
    [
      client(),
      service('front', { concurrency: 64, serviceTimeMs: { type: 'constant', value: 5 } }),
      service('slow', { concurrency: 4, serviceTimeMs: { type: 'constant', value: 100 } }),
    ],
    [call('c', 'front'), call('front', 'slow')],
    { durationS: 30, warmupS: 5, load: constantLoad(60) },
  );
  const options = { variant: 'v', scenario: 's', seed: 4, replications: 2, maxSteps: 2 };
  const seen: AdviseProgress[] = [];
  const advice = await api.advise(
    p,
    options,
    proxy((x: AdviseProgress) => void seen.push(x)),
  );
  expect(JSON.stringify(advice)).toBe(JSON.stringify(await advise(p, options)));
  expect(advice.ranking.length).toBeGreaterThan(1);
  await expect.poll(() => seen.at(-1)?.done).toBe(1 + advice.ranking.length);
  expect(seen.at(-1)!.planned).toBe(seen.at(-1)!.done);
  for (let i = 1; i < seen.length; i++)
    expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done);
});

test('progress arrives throttled while a long run goes on, and terminate cancels it', async () => {
  const api = start();
  const seen: WorkerProgress[] = [];
  const running = api.run(
    model(604_800),
    { variant: 'v', scenario: 's' },
    proxy((p: WorkerProgress) => void seen.push(p)),
  );
  running.catch(() => undefined);
  const t0 = Date.now();
  while (seen.length < 3 && Date.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 50));
  const elapsed = Date.now() - t0;
  expect(seen.length).toBeGreaterThanOrEqual(3);
  // Throttled to about 10 a second.
  expect(seen.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2);
  expect(seen[1].simulatedS).toBeGreaterThan(seen[0].simulatedS);
  expect(seen[0].durationS).toBe(604_800);
  const code = await worker!.terminate();
  worker = null;
  expect(code).toBe(1);
});

test('an idle worker warms up on the model: every slice when nothing else comes', async () => {
  const api = start();
  expect(await api.warmUp(model(3600), 's', 0)).toEqual({ slices: SLICES, ended: 'done' });
});

test('the first run stops the warm-up at once, and that run is the pure function’s', async () => {
  const api = start();
  const warming = api.warmUp(model(3600), 's', 0);
  const options = { variant: 'v', scenario: 's', seed: 5 };
  const short = model(60);
  const { result } = await api.run(short, options);
  const outcome = await warming;
  expect(outcome.ended).toBe('stopped');
  expect(outcome.slices).toBeLessThan(SLICES);
  expect({ ...result, wallMs: 0 }).toEqual({ ...simulate(short, options), wallMs: 0 });
  // Once real work has come, the worker is warm: a later warm-up does nothing.
  expect(await api.warmUp(model(3600), 's', 0)).toEqual({ slices: 0, ended: 'stopped' });
});
