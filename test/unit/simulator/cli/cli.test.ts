// The simulate, compare and bench --one CLI paths: exit codes, messages on stderr, the --json shape.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';
import { cli } from '../../../helpers/cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'spillway-cli-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const nodes = [
  client(),
  service('api', { concurrency: 4, serviceTimeMs: { type: 'exponential', mean: 10 } }),
];
const good = project(
  nodes,
  [call('c', 'api')],
  { durationS: 60, warmupS: 5, load: constantLoad(100) },
  [
    {
      id: 'to-be',
      nodes: [
        client(),
        service('api', { concurrency: 8, serviceTimeMs: { type: 'exponential', mean: 5 } }),
      ],
      edges: [call('c', 'api')],
    },
  ],
);
const goodFile = file('good.json', good);

describe('spillway simulate', () => {
  test('--json prints the results contract only, and it parses', async () => {
    const { code, out, err } = await cli('simulate', goodFile, '--json', '--seed', '3');
    expect(code).toBe(0);
    expect(err).toBe('');
    const r = JSON.parse(out);
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining([
        'variant',
        'scenario',
        'seed',
        'simulatedS',
        'events',
        'wallMs',
        'entry',
        'completion',
        'nodes',
        'queues',
        'series',
        'cascade',
        'conservation',
      ]),
    );
    expect(r.variant).toBe('v');
    expect(r.seed).toBe(3);
    expect(r.entry.requests).toBeGreaterThan(4000);
  });

  test('a human table by default, with aligned columns', async () => {
    const { code, out } = await cli('simulate', goodFile, '--variant', 'to-be');
    expect(code).toBe(0);
    expect(out).toContain('variant to-be · scenario s · seed 1');
    const lines = out.split('\n');
    const header = lines.find((l) => l.startsWith('node '))!;
    const api = lines.find((l) => l.startsWith('api '))!;
    expect(api.length).toBe(header.length);
    expect(out).toMatch(/conservation: generated [\d,]+ = succeeded/);
  });

  test('--replications N: the first run plus means with 95% CIs', async () => {
    const { code, out } = await cli('simulate', goodFile, '--replications', '3', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.seed).toBe(1);
    expect(r.replications.n).toBe(3);
    expect(r.replications.seeds).toEqual([1, 2, 3]);
    expect(r.replications.kpis['entry.latencyMs.p99'].ci95).toBeGreaterThan(0);
    const human = await cli('simulate', goodFile, '--replications', '2');
    expect(human.out).toContain('2 replications (seeds 1, 2)');
  });

  test('unknown variant or scenario: exit 2 naming it and the ones that exist', async () => {
    const v = await cli('simulate', goodFile, '--variant', 'nope');
    expect(v.code).toBe(2);
    expect(v.out).toBe('');
    expect(v.err).toContain('unknown variant "nope"; the project has: v, to-be');
    const s = await cli('simulate', goodFile, '--scenario', 'peak');
    expect(s.code).toBe(2);
    expect(s.err).toContain('unknown scenario "peak"; the project has: s');
  });

  test('an invalid file: exit 2 with path-precise messages; unreadable or not JSON: exit 2', async () => {
    const bad = structuredClone(good) as unknown as {
      variants: { nodes: Record<string, unknown>[] }[];
    };
    bad.variants[0].nodes[1].concurrency = 0;
    const r = await cli('simulate', file('bad.json', bad));
    expect(r.code).toBe(2);
    expect(r.err).toContain('variants[0].nodes[1].concurrency');
    expect((await cli('simulate', join(dir, 'missing.json'))).code).toBe(2);
    const notJson = await cli('simulate', file('x.json', '{ nope'));
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain('malformed JSON');
    expect((await cli('simulate')).code).toBe(2);
    expect((await cli('simulate', goodFile, '--seed', 'x')).err).toContain(
      '--seed must be an integer',
    );
    expect((await cli('simulate', goodFile, '--fast')).err).toContain('unknown option "--fast"');
  });

  test('a reference to a missing node is bad input with its path, not a crash', async () => {
    const broken = structuredClone(good) as unknown as {
      variants: { edges: Record<string, unknown>[] }[];
    };
    broken.variants[0].edges[0].to = 'ghost';
    const r = await cli('simulate', file('broken.json', broken));
    expect(r.code).toBe(2);
    expect(r.err).toContain('variants[0].edges[0].to');
    expect(r.err).toContain('ghost');
  });
});

describe('spillway compare', () => {
  test('a table of every figure of as-is against to-be with difference, change and verdict', async () => {
    const { code, out } = await cli('compare', goodFile);
    expect(code).toBe(0);
    expect(out).toMatch(/^figure\s+v\s+to-be\s+difference\s+change\s+verdict$/m);
    expect(out).toMatch(
      /^Latency p99\s+[\d.,]+ ms\s+[\d.,]+ ms\s+\u2212[\d.,]+ ms\s+\u2212[\d.]+ %\s+▼ better$/m,
    );
    expect(out).toMatch(/^Success rate\s/m);
    expect(out).toMatch(/^objectives v:$/m);
  });

  test('--json holds both results and the KPI rows', async () => {
    const { code, out } = await cli('compare', goodFile, '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.asIs.variant).toBe('v');
    expect(r.toBe.variant).toBe('to-be');
    const p99 = r.kpis.find((k: { kpi: string }) => k.kpi === 'p99');
    expect(p99.difference).toBeCloseTo(p99.toBe - p99.asIs, 2);
    expect(p99.toBe).toBeLessThan(p99.asIs);
    expect(p99).toMatchObject({ label: 'Latency p99', unit: 'ms', verdict: 'better' });
    // p99 is the latency of the successful requests, as the app shows it.
    expect(p99.asIs).toBe(r.asIs.entry.succeededLatencyMs.p99);
    const success = r.kpis.find((k: { kpi: string }) => k.kpi === 'successRate');
    expect(success.asIs).toBeCloseTo(r.asIs.entry.succeeded / r.asIs.entry.requests, 6);
    // A share changes by points: no percentage of a percentage.
    expect(success.changePct).toBeNull();
  });

  test('one variant only, or an unknown scenario: exit 2', async () => {
    const single = project(nodes, [call('c', 'api')], { durationS: 10, load: constantLoad(10) });
    const r = await cli('compare', file('single.json', single));
    expect(r.code).toBe(2);
    expect(r.err).toContain('compare needs two variants');
    expect((await cli('compare', goodFile, '--scenario', 'zzz')).code).toBe(2);
  });
});

describe('spillway bench --one and --warm (the child process behind every row)', () => {
  test('runs one model and prints one JSON line with its counts and memory', async () => {
    const { code, out } = await cli('bench', '--one', 'mmc:2000', 'mmc', 'steady');
    expect(code).toBe(0);
    const run = JSON.parse(out.trim()) as Record<string, number>;
    expect(run.requests).toBeGreaterThan(1500);
    expect(run.requests).toBeLessThan(3500); // the model runs whole seconds at 640 requests/s
    expect(run.events).toBeGreaterThanOrEqual(2 * run.requests);
    expect(run.maxRssMb).toBeGreaterThan(10);
    expect(run.stateKb).toBeGreaterThan(0);
  });

  test('--warm runs the same model twice and reports both: the same run, the same events', async () => {
    const one = JSON.parse((await cli('bench', '--one', 'mmc:2000', 'mmc', 'steady')).out.trim());
    const { code, out } = await cli('bench', '--warm', 'mmc:2000', 'mmc', 'steady');
    expect(code).toBe(0);
    const warm = JSON.parse(out.trim()) as Record<string, number>;
    expect(warm.events).toBe(one.events);
    expect(warm.requests).toBe(one.requests);
    expect(warm.coldWallMs).toBeGreaterThanOrEqual(0);
    expect(warm.wallMs).toBeGreaterThanOrEqual(0);
    expect(warm.medianWallMs).toBeGreaterThanOrEqual(warm.wallMs);
  });

  test('a built-in example by its id', async () => {
    const ex = await cli('bench', '--one', 'order-placement', 'as-is', 'payment-provider-slowdown');
    expect(ex.code).toBe(0);
    expect((JSON.parse(ex.out.trim()) as { requests: number }).requests).toBeGreaterThan(0);
  });
});
