// The idle worker's warm-up (simulator/warm-up.ts): it runs its slices of the model, stops between
// two slices as soon as real work arrives, gives up on a model that cannot run, and changes no
// result: a run after it is the run without it, to the byte but for the wall time.
import { expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
import { SLICES, warmUpEngine } from '../../../simulator/warm-up';
import type { SimulationResult } from '../../../simulator/result';
import { call, client, constantLoad, project, service } from '../../helpers/build-project';

const model = () =>
  project(
    [client(), service('s', { concurrency: 2, serviceTimeMs: { type: 'exponential', mean: 10 } })],
    [call('c', 's')],
    { durationS: 3600, load: constantLoad(150) },
  );

const now = (): Promise<void> => Promise.resolve();
const withoutWall = (r: SimulationResult) => ({ ...r, wallMs: 0 });

test('unstopped, it runs every slice', async () => {
  const outcome = await warmUpEngine(model(), 's', () => false, now);
  expect(outcome).toEqual({ slices: SLICES, ended: 'done' });
});

test('real work stops it between two slices: no slice starts after the stop', async () => {
  let pauses = 0;
  let stop = false;
  const outcome = await warmUpEngine(
    model(),
    's',
    () => stop,
    async () => {
      if (++pauses === 3) stop = true;
    },
  );
  expect(outcome).toEqual({ slices: 3, ended: 'stopped' });
});

test('a model the engine cannot run, or one with nothing to run, ends it at once', async () => {
  const p = model();
  p.variants[0]!.edges.push({ id: 'bad', from: 'c', to: 'nowhere', kind: 'call' } as never);
  expect(await warmUpEngine(p, 's', () => false, now)).toEqual({ slices: 0, ended: 'unrunnable' });
  expect(await warmUpEngine({ ...model(), scenarios: [] }, null, () => false, now)).toEqual({
    slices: 0,
    ended: 'unrunnable',
  });
});

test('a run after the warm-up is the run without it, and the model is left as it was', async () => {
  const p = model();
  p.scenarios[0]!.durationS = 120;
  const copy = structuredClone(p);
  const options = { variant: 'v', scenario: 's', seed: 11 };
  const before = simulate(p, options);
  await warmUpEngine(p, 's', () => false, now);
  expect(p).toEqual(copy);
  expect(withoutWall(simulate(p, options))).toEqual(withoutWall(before));
});
