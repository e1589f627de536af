// `spillway sweep`: offered load against goodput, p99 and errors, and the breaking point.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LoadSweep } from '../../../../simulator/sweep/load-sweep';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';
import { cli } from '../../../helpers/cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'spillway-sweep-'));

/** 2 workers × 10 ms (200 rps of capacity) under 100 rps; "99 % within 100 ms". */
const p = project(
  [client(), service('api', { concurrency: 2, serviceTimeMs: { type: 'exponential', mean: 10 } })],
  [call('c', 'api')],
  { durationS: 60, warmupS: 5, load: constantLoad(100) },
);
p.slo = { latencyPercentile: 99, latencyTargetMs: 100, availability: 0.99, maxMessageAgeMs: null };
p.scenarios.push({ ...p.scenarios[0]!, id: 'idle', name: 'idle', load: [] });
const file = join(dir, 'p.json');
writeFileSync(file, JSON.stringify(p));

describe('spillway sweep', () => {
  test('a table of loads and the breaking point in words', async () => {
    const { code, out, err } = await cli('sweep', file, '--from', '1', '--to', '2', '--steps', '3');
    expect(err).not.toContain('spillway sweep:'); // the idle scenario's warning only
    expect(code).toBe(0);
    expect(out).toContain(
      'Load sweep · variant v · scenario s (peak 100 rps at ×1) · 3 replications per load, seeds 1–3',
    );
    expect(out).toContain('Objectives: Latency: 99 % of successful requests within 100 ms');
    expect(out).toMatch(/^×1 +100 rps +\d+(\.\d)? rps +\d+(\.\d)? rps .* hold, /m);
    expect(out).toMatch(/^×2 +200 rps .* missed, /m);
    expect(out).toMatch(/\(bisection\)/);
    expect(out).toMatch(/Breaking point: v breaks at \d+ rps\./);
    expect(out).toMatch(
      /The objectives hold at \d+ rps \(×[\d.]+\), [\d.]+ % confidence, and are missed at/,
    );
  });

  test('--json: the sweep, sorted by load, the same to the byte on every run', async () => {
    const args = ['sweep', file, '--from', '1', '--to', '2', '--steps', '3', '--json'];
    const a = await cli(...args);
    const b = await cli(...args);
    expect(a.code).toBe(0);
    expect(b.out).toBe(a.out);
    const s = JSON.parse(a.out) as LoadSweep;
    const factors = s.points.map((x) => x.factor);
    expect(factors).toEqual([...factors].sort((x, y) => x - y));
    expect(s.points.filter((x) => x.phase === 'grid').map((x) => x.factor)).toEqual([1, 1.5, 2]);
    const bp = s.breakingPoint;
    expect(bp.status).toBe('found');
    expect(bp.holds!.offeredRps).toBeLessThan(bp.missed!.offeredRps);
    expect((bp.missed!.factor - bp.holds!.factor) / bp.holds!.factor).toBeLessThanOrEqual(0.01);
    // The verdict at the bracket's ends is the one of the points there.
    const at = (f: number) => s.points.find((x) => x.factor === f)!;
    expect(at(bp.holds!.factor).holds).toBe(true);
    expect(at(bp.missed!.factor).holds).toBe(false);
    // The numbers add up: goodput is what arrived and succeeded.
    for (const x of s.points)
      expect(x.goodputRps!.mean).toBeLessThanOrEqual(x.arrivalsRps.mean * 1.0001);
    // Another seed is another sample: the sweep depends on its seed, not on the clock.
    const other = await cli(...args, '--seed', '11');
    expect(other.out).not.toBe(a.out);
    expect((JSON.parse(other.out) as LoadSweep).seed).toBe(11);
  });

  test('a range that never breaks, and one that is broken throughout, say so', async () => {
    const low = JSON.parse(
      (await cli('sweep', file, '--to', '1', '--steps', '2', '--json')).out,
    ) as LoadSweep;
    expect(low.breakingPoint).toMatchObject({ status: 'holds-throughout', missed: null });
    expect(low.breakingPoint.holds!.factor).toBe(1);
    const high = await cli('sweep', file, '--from', '2.5', '--to', '3', '--steps', '2');
    expect(high.out).toContain('Breaking point: v misses the objectives from 250 rps.');
    expect(high.out).toContain('sweep lower to find where they hold');
  });

  test.each([
    [['--from', '2', '--to', '1'], '--to (1) must be >= --from (2)'],
    [['--steps', '0'], '--steps must be an integer >= 1, got "0"'],
    [['--from', '-1'], '--from must be a number > 0, got "-1"'],
    [['--tolerance', '2'], '--tolerance must be a number > 0 and <= 1, got "2"'],
    [['--variant', 'nope'], 'unknown variant "nope"; the project has: v'],
    [
      ['--scenario', 'idle'],
      'scenario "idle" offers no load to sweep (scenarios[1].load is empty)',
    ],
  ])('bad input %j: exit 2 and why', async (flags, message) => {
    const { code, out, err } = await cli('sweep', file, ...flags);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
  });
});

describe('spillway sweep --what-if', () => {
  test('a table per value, today marked, and the lowest value that holds in words', async () => {
    const { code, out } = await cli(
      'sweep',
      file,
      '--what-if',
      'nodes.api.concurrency',
      '--values',
      '1,2,4',
      '--replications',
      '2',
    );
    expect(code).toBe(0);
    expect(out).toContain(
      'What-if sweep · variant v · scenario s · nodes.api.concurrency · 2 replications per value, seeds 1–2',
    );
    // One worker of 10 ms cannot serve 100 rps within 100 ms at p99 (utilisation 1): missed.
    expect(out).toMatch(/^1 +\d+(\.\d)? rps .* missed/m);
    expect(out).toMatch(/^2 \(today\) +/m);
    expect(out).toMatch(/The objectives hold from nodes\.api\.concurrency = (2|4) \(2 today\)/);
  });

  test('--json gives the sweep as data', async () => {
    const { code, out } = await cli(
      'sweep',
      file,
      '--what-if',
      'nodes.api.concurrency',
      '--values',
      '2,4',
      '--json',
    );
    expect(code).toBe(0);
    const sweep = JSON.parse(out);
    expect(sweep.points.map((x: { value: number }) => x.value)).toEqual([2, 4]);
    expect(sweep.parameter).toMatchObject({ path: 'nodes.api.concurrency', current: 2 });
  });

  test('bad combinations and values say which and why (exit 2)', async () => {
    for (const [args, message] of [
      [['--what-if', 'nodes.api.concurrency', '--values', '1,x'], /--values: "x" is not a number/],
      [['--what-if', 'nodes.api.concurrency'], /--values needs a comma-separated list/],
      [['--values', '1,2'], /--values needs --what-if/],
      [
        ['--what-if', 'nodes.api.concurrency', '--values', '1', '--from', '2'],
        /--from sweeps the load/,
      ],
      [['--what-if', 'nodes.nope.replicas', '--values', '1'], /variant "v" has no node "nope"/],
      [
        ['--what-if', 'nodes.api.concurrency', '--values', '0'],
        /is not a valid model: variants\[0\]\.nodes\[1\]\.concurrency/,
      ],
    ] as const) {
      const { code, err } = await cli('sweep', file, ...args);
      expect(code).toBe(2);
      expect(err).toMatch(message);
    }
  });
});
