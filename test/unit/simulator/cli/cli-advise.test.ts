// `spillway advise`: every change ranked, the plan, --json, --write, and bad flags.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Advice } from '../../../../simulator/advisor/advise';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';
import { cli } from '../../../helpers/cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'spillway-advise-'));

/** front → slow; slow serves 40/s of the 60/s (see test/unit/simulator/advisor/advise.test.ts). */
const p = project(
  [
    client(),
    service('front', {
      name: 'Front',
      concurrency: 64,
      serviceTimeMs: { type: 'constant', value: 5 },
    }),
    service('slow', {
      name: 'Slow',
      concurrency: 4,
      serviceTimeMs: { type: 'constant', value: 100 },
    }),
  ],
  [call('c', 'front'), call('front', 'slow')],
  { durationS: 40, warmupS: 5, seed: 3, load: constantLoad(60) },
);
p.slo = { latencyPercentile: 99, latencyTargetMs: 500, availability: 0.99, maxMessageAgeMs: null };
const file = join(dir, 'p.json');
writeFileSync(file, JSON.stringify(p));

describe('spillway advise', () => {
  test('a ranked table, the plan in words, and what a missing message-age objective hides', async () => {
    const { code, out } = await cli('advise', file, '--variant', 'v');
    expect(code).toBe(0);
    expect(out).toContain(
      'Migration advisor · variant v · scenario s · 1 replication per design, seed 3',
    );
    expect(out).toMatch(
      /^ +change +objectives +closest to missing +p99 of successful +error rate +completion p99$/m,
    );
    expect(out).toMatch(/^now +as it is +missed: latency/m);
    expect(out).toMatch(/^1 +Decouple Front → Slow through a queue +hold +/m);
    expect(out).toContain('  1. Decouple Front → Slow through a queue — objectives hold;');
    expect(out).toContain('The objectives hold after 1 change.');
    expect(out).toContain('The project sets no message-age objective');
  });

  test('--json and --write: the advice as data, the project with the advised variant and its roadmap', async () => {
    const written = join(dir, 'advised.json');
    const { code, out, err } = await cli(
      'advise',
      file,
      '--json',
      '--write',
      written,
      '--replications',
      '2',
    );
    expect(code).toBe(0);
    const advice = JSON.parse(out) as Omit<Advice, 'advised'>;
    expect(advice.replications).toBe(2);
    expect(advice.plan.map((s) => s.transformation)).toEqual(['decoupleThroughQueue']);
    expect(err).toContain('the roadmap goes from v to it');
    const saved = JSON.parse(readFileSync(written, 'utf8'));
    expect(saved.variants.map((v: { id: string }) => v.id)).toEqual(['v', 'advised']);
    expect(saved.roadmap.steps.map((s: { title: string }) => s.title)).toEqual([
      'Decouple Front → Slow through a queue',
    ]);
    const check = await cli('validate', written);
    expect(check.code).toBe(0);
  });

  test('bad flags say which and why (exit 2)', async () => {
    for (const [args, message] of [
      [['--max-steps', '-1'], /--max-steps/],
      [['--max-steps', '51'], /--max-steps must be at most 50/],
      [['--scenario', 'nope'], /unknown scenario "nope"/],
      [['--replications', '0'], /--replications/],
    ] as const) {
      const { code, err } = await cli('advise', file, ...args);
      expect(code).toBe(2);
      expect(err).toMatch(message);
    }
  });
});
