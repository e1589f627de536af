// `spillway check`: the project's objectives as an exit code for CI.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';
import { cli } from '../../../helpers/cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'spillway-check-'));

/** One service of 4 workers × 10 ms: the as-is is swamped at 800/s, the to-be (32 workers) is not. */
const p = project(
  [client(), service('api', { concurrency: 4, queueLimit: 20, serviceTimeMs: 10 })],
  [call('c', 'api')],
  { durationS: 30, warmupS: 5, load: constantLoad(800) },
  [
    {
      id: 'to-be',
      nodes: [client(), service('api', { concurrency: 32, queueLimit: 20, serviceTimeMs: 10 })],
      edges: [call('c', 'api')],
    },
  ],
);
p.slo = { latencyPercentile: 99, latencyTargetMs: 200, availability: 0.99, maxMessageAgeMs: null };
p.scenarios.push({ ...p.scenarios[0]!, id: 'quiet', name: 'quiet', load: constantLoad(50) });
const file = join(dir, 'p.json');
writeFileSync(file, JSON.stringify(p));

test('every objective holds: exit 0, the to-be judged under every scenario by default', async () => {
  const { code, out, err } = await cli('check', file);
  expect(err).toBe('');
  expect(code).toBe(0);
  expect(out).toContain('PASS variant to-be · scenario s · seed 1');
  expect(out).toContain('PASS variant to-be · scenario quiet · seed 1');
  expect(out).toMatch(
    /Availability: 99 % of requests succeed\s+99\.9\d* % of [\d,]+ succeeded\s+met/,
  );
  expect(out.trimEnd().split('\n').at(-1)).toBe('every objective holds (2 runs)');
  // Words line up on the left under their headings (numbers-only tables align right).
  const lines = out.split('\n');
  const header = lines.find((l) => l.startsWith('objective'))!;
  const row = lines.find((l) => l.startsWith('Availability'))!;
  for (const [heading, cell] of [
    ['measured', /99\.9\d* %/],
    ['verdict', /met/],
  ] as const)
    expect(row.search(cell)).toBe(header.indexOf(heading));
});

test('an objective missed: exit 3 (not 1 or 2), the verdict and the budget burnt', async () => {
  const { code, out } = await cli('check', file, '--variant', 'v');
  expect(code).toBe(3);
  expect(out).toContain('FAIL variant v · scenario s · seed 1');
  expect(out).toMatch(
    /Availability: 99 % of requests succeed\s+[\d.]+ % of [\d,]+ succeeded\s+MISSED\s+[\d.]+× the budget/,
  );
  expect(out.trimEnd().split('\n').at(-1)).toBe('objectives missed in 1 of 2 runs (exit 3)');
  // One scenario only: the quiet one holds.
  expect((await cli('check', file, '--variant', 'v', '--scenario', 'quiet')).code).toBe(0);
});

test('--json: the verdicts per run, and the same exit code', async () => {
  const { code, out } = await cli('check', file, '--variant', 'v', '--scenario', 's', '--json');
  expect(code).toBe(3);
  const json = JSON.parse(out);
  expect(json.met).toBe(false);
  expect(json.slo).toEqual(p.slo);
  expect(json.checks).toHaveLength(1);
  expect(json.checks[0]).toMatchObject({ variant: 'v', scenario: 's', seed: 1, met: false });
  expect(json.checks[0].objectives.map((o: { id: string }) => o.id)).toEqual([
    'latency',
    'availability',
  ]);
});

test('bad input is exit 2, as for every command', async () => {
  expect((await cli('check')).code).toBe(2);
  expect((await cli('check', file, '--scenario', 'nope')).code).toBe(2);
  expect((await cli('check', join(dir, 'missing.json'))).code).toBe(2);
});

test('--time-limit: a run cut short fails the gate, whatever its partial verdicts say', async () => {
  // The to-be holds at 800/s; ten minutes of it cannot be simulated in a millisecond.
  const long = { ...p, scenarios: [{ ...p.scenarios[0]!, id: 'long', durationS: 600 }] };
  const longFile = join(dir, 'long.json');
  writeFileSync(longFile, JSON.stringify(long));
  const { code, out } = await cli('check', longFile, '--time-limit', '0.001');
  expect(code).toBe(3);
  expect(out).toContain('FAIL variant to-be · scenario long · seed 1');
  expect(out).toMatch(
    /CUT SHORT: cut short at [\d.]+ s of 600 s: it reached the time limit of one run/,
  );
  expect(out.trimEnd().split('\n').at(-1)).toBe(
    'objectives missed in 1 of 1 run (1 cut short) (exit 3)',
  );
  const json = JSON.parse((await cli('check', longFile, '--time-limit', '0.001', '--json')).out);
  expect(json.met).toBe(false);
  expect(json.checks[0].cutShort).toMatch(/time limit of one run/);
  // Without the limit the same run holds: the failure above is the cut, not the design.
  expect((await cli('check', longFile, '--scenario', 'long')).code).toBe(0);
  expect((await cli('check', longFile, '--time-limit', 'soon')).code).toBe(2);
});
