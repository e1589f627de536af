// The engine's building blocks: event order, histogram error bound, random numbers, distributions,
// load shapes and the t quantiles.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DistributionTable, Z99 } from '../../../simulator/distributions';
import { EventQueue } from '../../../simulator/event-queue';
import { EventQueue4 } from '../../../simulator/event-queue-4ary';
import { EventWheel } from '../../../simulator/event-wheel';
import { Histogram, bucketMid } from '../../../simulator/histogram';
import { rateFunction } from '../../../models/load-rate';
import { windowBounds } from '../../../simulator/window-bounds';
import { Rng } from '../../../simulator/rng';
import { chooseBucketS } from '../../../simulator/series-bucket';
import { meanCi95, t975 } from '../../../simulator/student-t';

describe.each([
  ['binary', () => new EventQueue(2)],
  ['4-ary', () => new EventQueue4(2)],
  // Small wheels, so events wrap around, overflow to the far heap and come back.
  [
    'wheel of 32 slots of 0.25',
    () => new EventWheel({ slots: 32, widthMs: 0.25, autoTune: false }, 2),
  ],
  ['wheel of 32 slots of 3', () => new EventWheel({ slots: 32, widthMs: 3, autoTune: false }, 2)],
  [
    'wheel re-fitted every 7 pops',
    () => new EventWheel({ slots: 32, widthMs: 5, tuneEvery: 7 }, 2),
  ],
  [
    'wheel that hands over to its heap above 20 pending',
    () => new EventWheel({ slots: 32, widthMs: 1, tuneEvery: 5, heapAbove: 20 }, 2),
  ],
])('%s event queue', (_name, make) => {
  test('pops in time order, and events at the same time in the order they were pushed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300, size: 'large' }),
        (times) => {
          const q = make();
          times.forEach((t, i) => q.push(t, 0, i, 0));
          const out: [number, number][] = [];
          while (q.pop()) out.push([q.topTime, q.topA]);
          const expected = times
            .map((t, i) => [t, i] as [number, number])
            .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
          expect(out).toEqual(expected);
        },
      ),
    );
  });

  test('interleaved pushes and pops, as the engine does them, keep (time, push order)', () => {
    // Each op: push at (last popped time + delay), or pop. Few distinct delays, so many ties;
    // some long ones, so small wheels send events beyond their reach and take them back.
    const op = fc.oneof(
      fc.constant(-1),
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 7, max: 60 }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 50, maxLength: 400 }), (ops) => {
        const q = make();
        const pending: [number, number][] = [];
        let now = 0;
        ops.forEach((o, i) => {
          if (o >= 0) {
            q.push(now + o, 0, i, 0);
            pending.push([now + o, i]);
            return;
          }
          pending.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
          const want = pending.shift();
          // The engine peeks before it pops (the wheel's fast path); pop alone takes the other.
          if (i % 2 === 0) expect(q.peekTime()).toBe(want ? want[0] : Infinity);
          expect(q.pop()).toBe(want !== undefined);
          if (!want) return;
          expect([q.topTime, q.topA]).toEqual(want);
          now = q.topTime;
        });
      }),
    );
  });
});

describe('Histogram', () => {
  test('percentiles are within 0.4 % of the exact order statistic', () => {
    const rng = new Rng(5);
    const d = new DistributionTable();
    const ln = d.add({ type: 'lognormal', p50: Math.exp(3), p99: Math.exp(3 + 2 * Z99) });
    const values = Array.from({ length: 20000 }, () => d.sample(ln, rng));
    const h = new Histogram();
    values.forEach((v) => h.record(v));
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.5, 0.9, 0.95, 0.99, 0.999]) {
      const exact = sorted[Math.ceil(q * sorted.length) - 1];
      expect(Math.abs(h.quantile(q) - exact) / exact).toBeLessThanOrEqual(1 / 256);
    }
    expect(h.max).toBe(sorted[sorted.length - 1]);
    expect(h.sum / h.count).toBeCloseTo(values.reduce((s, v) => s + v, 0) / values.length, 6);
  });

  test('a quantile read through the octave totals is the bucket a scan of every counter finds', () => {
    // The scan the octave totals shortcut: the first bucket whose running total reaches the rank.
    const scanned = (h: Histogram, q: number): number => {
      const rank = Math.max(1, Math.ceil(q * h.count));
      let seen = 0;
      for (let i = 0; i < h.counts.length; i++) {
        seen += h.counts[i];
        if (seen >= rank) return Math.min(h.max, Math.max(h.min, bucketMid(i)));
      }
      return h.max;
    };
    const rng = new Rng(11);
    const h = new Histogram();
    for (const spread of [1, 8, 30]) {
      h.reset();
      // Values from below the first bucket (1 µs) to beyond the last (2^30 ms), few and many.
      for (let i = 0; i < 3000; i++) h.record(Math.pow(2, (rng.uniform() - 0.3) * spread) * 0.01);
      h.record(0);
      h.record(2 ** 31);
      for (const q of [0, 1e-6, 0.01, 0.25, 0.5, 0.9, 0.99, 0.999, 1])
        expect(h.quantile(q)).toBe(scanned(h, q));
    }
    h.reset();
    h.record(5);
    expect(h.quantile(0.99)).toBe(5);
  });

  test('memory is fixed: a million values use the same counters', () => {
    const h = new Histogram();
    const before = h.counts.length;
    for (let i = 0; i < 1_000_000; i++) h.record(i % 5000);
    expect(h.counts.length).toBe(before);
    expect(h.count).toBe(1_000_000);
  });
});

describe('Rng and distributions', () => {
  test('the same seed gives the same stream, another seed another', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const c = new Rng(2);
    const xs = Array.from({ length: 5 }, () => a.nextU32());
    expect(Array.from({ length: 5 }, () => b.nextU32())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.nextU32())).not.toEqual(xs);
  });

  test('lognormal from p50 and p99 reproduces its percentiles; exponential and uniform their means', () => {
    const d = new DistributionTable();
    const ln = d.add({ type: 'lognormal', p50: 20, p99: 200 });
    const ex = d.add({ type: 'exponential', mean: 7 });
    const un = d.add({ type: 'uniform', min: 2, max: 4 });
    const em = d.add({ type: 'empirical', values: [1, 5, 9] });
    const rng = new Rng(9);
    const n = 200_000;
    const h = new Histogram();
    let sEx = 0;
    let sUn = 0;
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) {
      h.record(d.sample(ln, rng));
      sEx += d.sample(ex, rng);
      sUn += d.sample(un, rng);
      seen.add(d.sample(em, rng));
    }
    // Binomial standard error of the p99 estimate is small at n = 200k; 3 % covers it and the 0.4 % bucket error.
    expect(h.quantile(0.5) / 20).toBeCloseTo(1, 1);
    expect(Math.abs(h.quantile(0.99) / 200 - 1)).toBeLessThan(0.03);
    expect(sEx / n / 7).toBeCloseTo(1, 1);
    expect(sUn / n).toBeCloseTo(3, 1);
    expect([...seen].sort()).toEqual([1, 5, 9]);
  });
});

describe('load shapes', () => {
  test('a spike ramps up, holds, ramps down; the window bounds dominate the rate', () => {
    const fn = rateFunction(
      { type: 'spike', baseRps: 10, peakRps: 110, startS: 10, rampS: 10, holdS: 5 },
      60,
    );
    expect(fn.rate(5)).toBe(10);
    expect(fn.rate(15)).toBe(60);
    expect(fn.rate(22)).toBe(110);
    expect(fn.rate(30)).toBe(60);
    expect(fn.rate(40)).toBe(10);
    const bounds = windowBounds(fn, 60, 1);
    for (let t = 0; t < 60; t += 0.01)
      expect(fn.rate(t)).toBeLessThanOrEqual(bounds[Math.floor(t)] + 1e-9);
  });

  test('steps interpolate linearly; a trace holds each second', () => {
    const steps = rateFunction(
      {
        type: 'steps',
        points: [
          [0, 10],
          [10, 30],
          [20, 30],
        ],
      },
      30,
    );
    expect(steps.rate(5)).toBe(20);
    expect(steps.rate(25)).toBe(30);
    const trace = rateFunction({ type: 'trace', rps: [5, 50, 7] }, 3);
    expect(trace.rate(1.5)).toBe(50);
    expect(windowBounds(trace, 3, 1)).toEqual(Float64Array.from([5, 50, 7]));
  });

  test('series buckets: 100 to 300 per run', () => {
    for (const d of [10, 60, 600, 900, 3600, 86400]) {
      const n = d / chooseBucketS(d);
      expect(n).toBeGreaterThanOrEqual(100);
      expect(n).toBeLessThanOrEqual(300);
    }
  });
});

describe("Student's t", () => {
  test('quantiles and confidence intervals', () => {
    expect(t975(1)).toBeCloseTo(12.706, 3);
    expect(t975(60)).toBeCloseTo(2.0003, 3);
    expect(t975(1000)).toBeCloseTo(1.9623, 3);
    const { mean, ci95 } = meanCi95([1, 2, 3, 4]);
    expect(mean).toBe(2.5);
    expect(ci95).toBeCloseTo(3.182 * Math.sqrt(1.6667 / 4), 3);
  });
});

describe('event wheel', () => {
  /** Pops everything, each pop possibly pushing more; returns the (time, id) pairs in pop order. */
  function drain(
    q: EventWheel,
    onPop: (t: number, id: number) => void = () => undefined,
  ): [number, number][] {
    const out: [number, number][] = [];
    while (q.pop()) {
      out.push([q.topTime, q.topA]);
      onPop(q.topTime, q.topA);
    }
    return out;
  }
  const sorted = (xs: [number, number][]): [number, number][] =>
    [...xs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);

  test('an event beyond its reach comes in as the wheel turns, before later ones pushed near', () => {
    const q = new EventWheel({ slots: 32, widthMs: 1, autoTune: false });
    q.push(40, 0, 0, 0); // beyond 32 slots of 1 ms: waits in the far heap
    q.push(5, 0, 1, 0);
    let id = 2;
    // A chain every 5 ms up to 60: at 40 it ties with the far event, which was pushed first.
    const out = drain(q, (t) => {
      if (t < 60 && id < 100) q.push(t + 5, 0, id++, 0);
    });
    expect(out.slice(0, 9).map(([t]) => t)).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 40]);
    expect(out[7]).toEqual([40, 0]);
    expect(out).toEqual(sorted(out));
  });

  test('re-fitting the width sends events beyond the new reach to the far heap, in order', () => {
    const q = new EventWheel({ slots: 32, widthMs: 8, tuneEvery: 4 });
    q.push(100, 0, 0, 0);
    q.push(0.1, 0, 1, 0);
    let id = 2;
    // Events 0.1 ms apart: the width shrinks to 0.05 ms, a reach of 1.6 ms.
    const out = drain(q, (t) => {
      if (t < 3) q.push(t + 0.1, 0, id++, 0);
    });
    expect(q.widthMs).toBeLessThan(0.1);
    expect(out.at(-1)).toEqual([100, 0]);
    expect(out).toEqual(sorted(out));
  });

  test('a burst at one instant goes to the heap instead of being scanned on every pop', () => {
    const q = new EventWheel();
    for (let i = 0; i < 3000; i++) q.push(5, 0, i, 0);
    q.push(4, 0, -1, 0);
    q.push(6, 0, -2, 0);
    const out = drain(q);
    expect(out[0]).toEqual([4, -1]);
    expect(out.slice(1, 3001)).toEqual(Array.from({ length: 3000 }, (_, i) => [5, i]));
    expect(out[3001]).toEqual([6, -2]);
    const burst = new EventWheel();
    for (let i = 0; i < 3000; i++) burst.push(5, 0, i, 0);
    for (let i = 0; i < 100; i++) burst.pop();
    expect(burst.heapOnlyNow).toBe(true);
  });

  test('peekTime agrees with pop, and a push before the located event is seen', () => {
    const q = new EventWheel({ slots: 32, widthMs: 1, autoTune: false });
    q.push(10, 0, 0, 0);
    expect(q.peekTime()).toBe(10);
    q.push(3, 0, 1, 0); // earlier than the located one
    expect(q.peekTime()).toBe(3);
    q.push(3, 0, 2, 0); // same time, later sequence: after it
    expect(q.pop() && q.topA).toBe(1);
    expect(q.pop() && q.topA).toBe(2);
    expect(q.peekTime()).toBe(10);
    expect(q.pop() && q.topA).toBe(0);
    expect(q.peekTime()).toBe(Infinity);
    expect(q.pop()).toBe(false);
  });
});
