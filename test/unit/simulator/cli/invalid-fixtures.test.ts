// Every broken file in test/fixtures/invalid is rejected by `spillway validate` with exit 2,
// nothing on stdout, and exactly the stderr lines recorded for it in expected.json; all of them
// at once in one `spillway validate FILE FILE ...`, each line after its file's name.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCli, runValidate, spawnValidate } from '../../../helpers/cli-harness';

const DIR = 'test/fixtures/invalid';
const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<
  string,
  string[]
>;
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'expected.json')
  .sort();
/** A few go through a real process (bin/spillway.mjs → tsx → main); the rest run in-process. */
const SPAWNED = new Set([
  'malformed-trailing-comma.json',
  'unknown-version.json',
  'negative-concurrency.json',
  'call-into-queue.json',
]);

test('there are at least 20 broken fixtures and each has its expected message', () => {
  expect(files.length).toBeGreaterThanOrEqual(20);
  expect(Object.keys(expected).sort()).toEqual(files);
  for (const file of files) {
    const errorLines = (expected[file] ?? []).filter((l) => !l.startsWith('warning: '));
    expect(errorLines.length, file).toBeGreaterThan(0);
  }
});

describe('spillway validate rejects each broken file', () => {
  for (const file of files) {
    test(`${file}${SPAWNED.has(file) ? ' (spawned)' : ''}`, async () => {
      const outcome = SPAWNED.has(file)
        ? spawnValidate(`${DIR}/${file}`)
        : await runValidate(`${DIR}/${file}`);
      expect(outcome.code).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderrLines).toEqual(expected[file]);
      for (const line of outcome.stderrLines) expect(line).not.toMatch(/\n| {4}at /);
    });
  }
});

describe('spillway validate with several files (one process for a whole folder)', () => {
  const valid = 'models/examples/order-placement.json';
  const missing = `${DIR}/no-such-file.json`;

  test('every file is checked, each line starts with its file, and one bad file means exit 2', async () => {
    const broken = files.map((f) => `${DIR}/${f}`);
    const outcome = await runCli(['validate', valid, ...broken, missing, valid]);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    const want = [
      ...files.flatMap((f) => (expected[f] ?? []).map((line) => `${DIR}/${f}: ${line}`)),
      `${missing}: cannot read: no such file`,
    ];
    expect(outcome.stderrLines).toEqual(want);
  });

  test('all valid: silent, exit 0, through a real process', () => {
    const child = spawnSync(
      process.execPath,
      ['bin/spillway.mjs', 'validate', valid, 'models/examples/client-portal.json'],
      { encoding: 'utf8' },
    );
    expect(child.status).toBe(0);
    expect(child.stdout).toBe('');
    expect(child.stderr).toBe('');
  });

  test('one file keeps the one-file lines (no file name) and no file at all is a usage error', async () => {
    const one = await runCli(['validate', `${DIR}/${files[0]}`]);
    expect(one.stderrLines).toEqual(expected[files[0]!]);
    const none = await runCli(['validate']);
    expect(none.code).toBe(2);
    expect(none.stderrLines).toEqual([
      'spillway validate: usage: spillway validate FILE [FILE ...]',
    ]);
  });
});
