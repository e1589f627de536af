// `--workers`, `--shard I/N` and `spillway merge`: the same sweep or advice spread over threads
// or over shards prints what one machine in one thread prints, to the byte; shard sets that do not
// belong together, and bad flags, are refused with a message that says why.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';
import { cli } from '../../../helpers/cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'spillway-shard-'));

/** 2 workers × 10 ms (200 rps of capacity) under 100 rps; "99 % within 100 ms". */
const p = project(
  [client(), service('api', { concurrency: 2, serviceTimeMs: { type: 'exponential', mean: 10 } })],
  [call('c', 'api')],
  { durationS: 12, warmupS: 2, load: constantLoad(100) },
);
p.slo = { latencyPercentile: 99, latencyTargetMs: 100, availability: 0.99, maxMessageAgeMs: null };
const file = join(dir, 'p.json');
writeFileSync(file, JSON.stringify(p));

/** c → front → slow at 60/s, slow serving at most 40/s: the advisor decouples it. */
const chain = project(
  [
    client(),
    service('front', { concurrency: 64, serviceTimeMs: { type: 'constant', value: 5 } }),
    service('slow', { concurrency: 4, serviceTimeMs: { type: 'constant', value: 100 } }),
  ],
  [call('c', 'front'), call('front', 'slow')],
  { durationS: 12, warmupS: 2, load: constantLoad(60) },
);
chain.slo = {
  latencyPercentile: 99,
  latencyTargetMs: 500,
  availability: 0.99,
  maxMessageAgeMs: null,
};
const chainFile = join(dir, 'chain.json');
writeFileSync(chainFile, JSON.stringify(chain));

const SWEEP = ['sweep', file, '--from', '1', '--to', '2', '--steps', '3', '--replications', '2'];
const WHAT_IF = [
  'sweep',
  file,
  '--what-if',
  'nodes.api.concurrency',
  '--values',
  '1,2,3',
  '--replications',
  '2',
];
const ADVISE = ['advise', chainFile, '--replications', '2', '--max-steps', '2'];

/** Runs every shard of `args` and saves each one's output; the files' paths. */
async function shards(
  name: string,
  args: string[],
  n: number,
  extra: string[] = [],
): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await cli(...args, '--shard', `${i}/${n}`, '--workers', '1', ...extra);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`shard ${i} of ${n}: ran `);
    const out = join(dir, `${name}-${i}-of-${n}.json`);
    writeFileSync(out, r.out);
    files.push(out);
  }
  return files;
}

/** Each test runs several commands, some on threads that load the sources: generous on a busy machine. */
const SLOW = { timeout: 240_000 };

describe('the same answer to the byte, on threads or on shards', SLOW, () => {
  test.each([
    ['load sweep', SWEEP],
    ['what-if sweep', WHAT_IF],
    ['advice', ADVISE],
  ])('%s: --workers 1, 2 and 3 print the same, as text and as --json', async (_, args) => {
    const one = await cli(...args, '--workers', '1', '--json');
    expect(one.code, one.err).toBe(0);
    for (const n of ['2', '3'])
      expect((await cli(...args, '--workers', n, '--json')).out).toBe(one.out);
    const text = await cli(...args, '--workers', '1');
    expect((await cli(...args, '--workers', '2')).out).toBe(text.out);
  });

  test.each([
    ['load sweep', 3, '2', SWEEP],
    ['load sweep', 1, '1', SWEEP],
    ['what-if sweep', 4, '1', WHAT_IF],
    ['advice', 3, '2', ADVISE],
    ['advice', 2, '1', ADVISE],
  ])(
    '%s in %i shard(s) on %s thread(s), merged: the single machine’s --json and text',
    async (name, n, workers, args) => {
      const single = await cli(...args, '--workers', '1', '--json');
      const files = await shards(`${name.replace(' ', '-')}`, args, n, ['--workers', workers]);
      const merged = await cli('merge', ...files.reverse(), '--json', '--workers', workers);
      expect(merged.code, merged.err).toBe(0);
      expect(merged.out).toBe(single.out);
      expect(merged.err).toMatch(
        new RegExp(`^merged ${n} shards?: \\d+ runs from the shards, \\d+ run here\\n$`),
      );
      const text = await cli('merge', ...files, '--workers', '1');
      expect(text.out).toBe((await cli(...args, '--workers', '1')).out);
    },
  );

  test('each shard holds its share of the first batch: tasks I, I + N, …', async () => {
    const files = await shards('share', SWEEP, 4);
    const docs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
    // The grid: 3 loads × 2 replications = 6 tasks.
    expect(docs.map((d) => d.runs.map((r: { task: number }) => r.task))).toEqual([
      [0, 4],
      [1, 5],
      [2],
      [3],
    ]);
    expect(new Set(docs.map((d) => d.batch.digest)).size).toBe(1);
    expect(docs[0].batch.tasks).toBe(6);
  });

  test('merge --write saves the advised project as advise --write does', async () => {
    const a = join(dir, 'advised-single.json');
    const b = join(dir, 'advised-merged.json');
    await cli(...ADVISE, '--workers', '1', '--write', a);
    const files = await shards('write', ADVISE, 2);
    const merged = await cli('merge', ...files, '--write', b, '--workers', '1');
    expect(merged.code, merged.err).toBe(0);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
  });
});

describe('shards that do not belong together, and bad flags', SLOW, () => {
  test('a missing shard, a duplicate one, shards of another N', async () => {
    const [s0, s1, s2] = await shards('bad', SWEEP, 3);
    expect(await cli('merge', s0!, s2!)).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringContaining('shard 1 of 3 is missing (given: 0, 2)'),
    });
    const copy = join(dir, 'copy.json');
    writeFileSync(copy, readFileSync(s1!, 'utf8'));
    expect((await cli('merge', s0!, s1!, copy, s2!)).err).toContain(
      `shard 1 of 3 is given twice: ${s1} and ${copy}`,
    );
    const [t0] = await shards('other-n', SWEEP, 2);
    expect((await cli('merge', s0!, t0!)).err).toContain(
      `${t0} does not belong with ${s0}: it is shard 0 of 2, ${s0} is shard 0 of 3`,
    );
  });

  test('another seed, another project, another command', async () => {
    const [a0, a1] = await shards('seed-a', SWEEP, 2);
    const [, b1] = await shards('seed-b', SWEEP, 2, ['--seed', '11']);
    expect((await cli('merge', a0!, b1!)).err).toContain(
      `${b1} does not belong with ${a0}: they were run with different options (seed unset vs 11)`,
    );
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ ...p, name: 'another' }));
    const [, c1] = await shards('project', ['sweep', other, ...SWEEP.slice(2)], 2);
    expect((await cli('merge', a0!, c1!)).err).toContain('they were run on different projects');
    const [, d1] = await shards('advise', ADVISE, 2);
    expect((await cli('merge', a0!, d1!)).err).toContain(
      'it holds an advice, ' + a0 + ' a load sweep',
    );
    expect((await cli('merge', a0!, a1!, '--write', join(dir, 'x.json'))).err).toContain(
      '--write saves an advice’s plan; these shards are of a sweep',
    );
  });

  test('files that are not shards, or were tampered with', async () => {
    expect((await cli('merge', file)).err).toContain(`${file}: not a shard file`);
    expect((await cli('merge', join(dir, 'none.json'))).err).toContain('cannot read');
    const [s0] = await shards('tamper', SWEEP, 1);
    const doc = JSON.parse(readFileSync(s0!, 'utf8'));
    const version = join(dir, 'version.json');
    writeFileSync(version, JSON.stringify({ ...doc, spillway: '0.0.1' }));
    expect((await cli('merge', version)).err).toContain(
      `${version} was written by spillway 0.0.1; this is `,
    );
    const lost = join(dir, 'lost.json');
    writeFileSync(lost, JSON.stringify({ ...doc, runs: doc.runs.slice(1) }));
    expect((await cli('merge', lost)).err).toContain(
      'should hold the runs of tasks 0, 1, 2, 3, 4, 5 of 6; it holds 1, 2, 3, 4, 5',
    );
    const odd = join(dir, 'odd.json');
    writeFileSync(
      odd,
      JSON.stringify({
        ...doc,
        request: { ...doc.request, options: { ...doc.request.options, from: { x: 1 } } },
      }),
    );
    expect((await cli('merge', odd)).err).toContain(
      `${odd}: request.options.from: must be a string, a number or a list of numbers, got {"x":1}`,
    );
    const broken = join(dir, 'broken.json');
    doc.runs[2].figures.kpis['entry.requests'] = 'many';
    writeFileSync(broken, JSON.stringify(doc));
    expect((await cli('merge', broken)).err).toContain(
      `${broken}: runs[2].figures.kpis["entry.requests"]: must be a number, got "many"`,
    );
    expect((await cli('merge')).err).toContain('usage: spillway merge');
  });

  test.each([
    [['--shard', '3/3'], '--shard 3/3: I must be from 0 to 2'],
    [['--shard', '1/0'], '--shard 1/0: N must be from 1 to 10000'],
    [['--shard', 'one/two'], '--shard must be I/N: share I of N'],
    [['--workers', '0'], '--workers must be a whole number from 1 to 1024'],
    [['--workers', '2.5'], 'got "2.5"'],
  ])('%j is refused: %s', async (flags, message) => {
    const r = await cli(...SWEEP, ...flags);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain(message);
  });

  test('advise --shard with --write is refused: no shard has the whole advice', async () => {
    const r = await cli(...ADVISE, '--shard', '0/2', '--write', join(dir, 'w.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--write needs the whole advice, which no shard has');
  });
});

test('--progress: lines on stderr up to 100 %, nothing more on stdout', SLOW, async () => {
  const quiet = await cli(...SWEEP, '--workers', '2', '--json');
  const loud = await cli(...SWEEP, '--workers', '2', '--json', '--progress');
  expect(loud.out).toBe(quiet.out);
  const lines = loud.err.trim().split('\n');
  expect(lines[0]).toMatch(/^sweep: 0 % \(0 of \d+ runs\)$/);
  expect(lines.at(-1)).toMatch(/^sweep: 100 % \((\d+) of \1 runs\)$/);
});
