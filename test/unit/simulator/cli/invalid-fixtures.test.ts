// Every broken file in test/fixtures/invalid is rejected by `spillway validate` with exit 2,
// nothing on stdout, and exactly the stderr lines recorded for it in expected.json.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runValidate, spawnValidate } from '../../../helpers/cli-harness';

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
