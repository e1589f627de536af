// Attempts become calls: retries are grouped with the failure they repeat.
import { describe, expect, test } from 'vitest';
import type { Outbound } from '../../../../models/interop/execution-walk';
import { logicalCalls } from '../../../../models/interop/logical-calls';

const attempt = (target: string, start: number, end: number, failed = false): Outbound => ({
  kind: 'call',
  target,
  dependency: null,
  destination: null,
  start,
  end,
  failed,
  latencyMs: null,
  linkTarget: null,
});

const shape = (calls: ReturnType<typeof logicalCalls>) =>
  calls.map(
    (c) =>
      `${c.target} ×${c.attempts.length}${c.failed ? ' failed' : ''} gaps ${c.retryGapsMs.join(',')}`,
  );

describe('logicalCalls', () => {
  test('fail, fail, succeed in sequence: one call with two retries', () => {
    const calls = logicalCalls([
      attempt('a', 0, 1, true),
      attempt('a', 2, 3, true),
      attempt('a', 5, 6),
    ]);
    expect(shape(calls)).toEqual(['a ×3 gaps 1,2']);
  });

  test('a failure nobody retried stays a failed call; calls to other targets are their own', () => {
    const calls = logicalCalls([attempt('a', 0, 1), attempt('b', 1, 2, true), attempt('a', 3, 4)]);
    expect(shape(calls).sort()).toEqual(['a ×1 gaps ', 'a ×1 gaps ', 'b ×1 failed gaps ']);
  });

  test('three parallel calls, one fails and is retried after it ended: three calls', () => {
    const calls = logicalCalls([
      attempt('c', 0, 10),
      attempt('c', 0, 4, true),
      attempt('c', 0, 10),
      attempt('c', 5, 9),
    ]);
    expect(calls).toHaveLength(3);
    expect(calls.filter((c) => c.attempts.length === 2)).toHaveLength(1);
  });

  test('an attempt that starts before the failure ended is not its retry', () => {
    const calls = logicalCalls([attempt('c', 0, 4, true), attempt('c', 2, 6)]);
    expect(shape(calls)).toEqual(['c ×1 failed gaps ', 'c ×1 gaps ']);
  });
});
