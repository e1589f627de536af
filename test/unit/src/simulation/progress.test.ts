import { describe, expect, test } from 'vitest';
import { batchProgress } from '../../../../src/simulation/progress';

const at = (simulatedS: number, replication = 0) => ({
  simulatedS,
  durationS: 100,
  events: 0,
  replication,
});

describe('batch progress', () => {
  test('two variants, one replication each: the second run fills the second half', () => {
    expect(batchProgress(at(50), 0, 2, 1, 1000).fraction).toBeCloseTo(0.25, 12);
    expect(batchProgress(at(50), 1, 2, 1, 1000).fraction).toBeCloseTo(0.75, 12);
    expect(batchProgress(at(100), 1, 2, 1, 1000).fraction).toBe(1);
  });

  test('replications divide a run; a 1-based last replication stays within the bar', () => {
    expect(batchProgress(at(50, 1), 0, 1, 4, 1000).fraction).toBeCloseTo(0.375, 12);
    expect(batchProgress(at(100, 4), 0, 1, 4, 1000).fraction).toBe(1);
  });

  test('time left follows the rate so far, and is unknown at the very start', () => {
    expect(batchProgress(at(25), 0, 1, 1, 3000).etaS).toBeCloseTo(9, 9);
    expect(batchProgress(at(1), 0, 1, 1, 3000).etaS).toBeNull();
    expect(batchProgress(at(50), 0, 1, 1, 50).etaS).toBeNull();
  });

  test('a zero-length run does not divide by zero', () => {
    const p = batchProgress(
      { simulatedS: 0, durationS: 0, events: 0, replication: 0 },
      0,
      1,
      1,
      10,
    );
    expect(p.fraction).toBe(0);
  });
});
