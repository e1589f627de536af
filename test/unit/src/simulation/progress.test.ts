import { describe, expect, test } from 'vitest';
import { BatchTracker } from '../../../../src/simulation/progress';

const at = (simulatedS: number, durationS = 100) => ({ simulatedS, durationS, events: 10 });

describe('batch progress', () => {
  test('runs side by side: each run’s share adds up over the batch', () => {
    const t = new BatchTracker(4);
    t.update(0, at(50));
    t.update(1, at(25));
    const p = t.progress(1000);
    expect(p.fraction).toBeCloseTo(0.75 / 4, 12);
    expect(p).toMatchObject({ done: 0, runs: 4, simulatedS: 75, durationS: 400, events: 20 });
    t.finish(0);
    t.finish(1);
    t.finish(2);
    t.finish(3);
    expect(t.progress(2000)).toMatchObject({ fraction: 1, done: 4, simulatedS: 400 });
  });

  test('never moves back: a late or smaller message changes nothing, a finished run stays whole', () => {
    const t = new BatchTracker(2);
    t.update(0, at(60));
    t.update(0, at(40));
    expect(t.progress(10).fraction).toBeCloseTo(0.3, 12);
    t.finish(1);
    t.update(1, at(10));
    expect(t.progress(10).fraction).toBeCloseTo(0.8, 12);
  });

  test('runs added as they are asked for; a run not heard from yet lasts as long as the others', () => {
    const t = new BatchTracker();
    expect(t.progress(0).fraction).toBe(0);
    const a = t.add();
    const b = t.add();
    expect([a, b, t.runs]).toEqual([0, 1, 2]);
    t.update(a, at(30, 60));
    expect(t.progress(0)).toMatchObject({ simulatedS: 30, durationS: 120 });
    expect(() => t.update(5, at(1))).toThrow('No run 5 in a batch of 2.');
  });

  test('time left follows the rate so far, and is unknown at the very start', () => {
    const t = new BatchTracker(1);
    t.update(0, at(25));
    expect(t.progress(3000).etaS).toBeCloseTo(9, 9);
    t.update(0, at(26));
    expect(t.progress(50).etaS).toBeNull();
    expect(new BatchTracker(1).progress(3000).etaS).toBeNull();
  });

  test('a zero-length run does not divide by zero', () => {
    const t = new BatchTracker(1);
    t.update(0, at(0, 0));
    expect(t.progress(10).fraction).toBe(0);
  });
});
