// Every command reads its input one way (simulator/cli/read-input.ts): `-` is standard input,
// so a pipe works as a file does, and a file that cannot be read says which and why, in words.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runCli } from '../../../helpers/cli-harness';

const EXAMPLE = 'models/examples/order-placement.json';
const RUN = ['--variant', 'as-is', '--scenario', 'payment-provider-slowdown', '--json'];

function spillway(args: string[], input?: string) {
  const child = spawnSync(process.execPath, ['bin/spillway.mjs', ...args], {
    encoding: 'utf8',
    input,
    maxBuffer: 1 << 26,
  });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

const withoutWall = (json: string) => ({ ...JSON.parse(json), wallMs: 0 });

test('simulate - reads the project from standard input: the same results as from the file', () => {
  const piped = spillway(['simulate', '-', ...RUN], readFileSync(EXAMPLE, 'utf8'));
  const fromFile = spillway(['simulate', EXAMPLE, ...RUN]);
  expect(piped.err).toBe('');
  expect(piped.code).toBe(0);
  expect(withoutWall(piped.out)).toEqual(withoutWall(fromFile.out));
});

test('validate - names the problems of a broken project piped in, as for the file', () => {
  const broken = 'test/fixtures/invalid/negative-concurrency.json';
  const piped = spillway(['validate', '-'], readFileSync(broken, 'utf8'));
  const fromFile = spillway(['validate', broken]);
  expect(piped.code).toBe(2);
  expect(piped.err).not.toBe('');
  expect(piped.err).toBe(fromFile.err);
});

test('an empty or broken standard input is named as such', () => {
  const empty = spillway(['simulate', '-'], '');
  expect(empty.code).toBe(2);
  expect(empty.err).toMatch(
    /^spillway simulate: standard input is not a valid project:\nmalformed JSON/,
  );
});

test('a file that cannot be read is bad input that says which file and why', async () => {
  const missing = await runCli(['simulate', 'no/such/file.json']);
  expect(missing.code).toBe(2);
  expect(missing.stderrLines).toEqual([
    'spillway simulate: cannot read "no/such/file.json": no such file',
  ]);
  const folder = await runCli(['compare', 'models']);
  expect(folder.code).toBe(2);
  expect(folder.stderrLines).toEqual(['spillway compare: cannot read "models": it is a directory']);
  const shard = await runCli(['merge', 'no-shard.json']);
  expect(shard.stderrLines).toEqual(['spillway merge: cannot read "no-shard.json": no such file']);
});
