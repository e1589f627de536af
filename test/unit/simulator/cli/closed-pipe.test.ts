// `spillway … | head`: when the reader of stdout goes away early, the command neither crashes with
// a stack trace (Node's unhandled EPIPE) nor changes its exit code; it drops what it had left to say.
import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';

interface Ended {
  code: number | null;
  stderr: string;
}

/** Runs the installed command with its stdout closed by the reader before anything is read. */
function withClosedStdout(args: string[]): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/spillway.mjs', ...args]);
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const RUN = [
  'simulate',
  'models/examples/order-placement.json',
  '--variant',
  'as-is',
  '--scenario',
  'payment-provider-slowdown',
];

test('a closed pipe ends the results contract quietly with exit 0', async () => {
  const ended = await withClosedStdout([...RUN, '--json']);
  expect(ended.stderr).toBe('');
  expect(ended.code).toBe(0);
});

test('a closed pipe ends the text report (many writes) quietly with exit 0', async () => {
  const ended = await withClosedStdout(RUN);
  expect(ended.stderr).toBe('');
  expect(ended.code).toBe(0);
});

test('the exit code is still the command’s own: bad input stays 2', async () => {
  const ended = await withClosedStdout([
    'simulate',
    'models/examples/order-placement.json',
    '--variant',
    'nope',
  ]);
  expect(ended.code).toBe(2);
  expect(ended.stderr).toContain('nope');
});
