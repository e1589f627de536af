// Closing a series bucket: utilisation and backlog, the cascade's rules (saturated, failing) and
// when a node first met them, and the counters starting the next bucket.
import { describe, expect, test } from 'vitest';
import {
  BucketCounters,
  closeBucket,
  FAILING_ERROR_RATE,
  FAILING_MIN_OUTCOMES,
  SATURATION_UTILIZATION,
  STATE_FAILING,
  STATE_SATURATED,
  type BucketSource,
} from '../../../simulator/bucket-close';
import { KIND_QUEUE, KIND_SERVICE, type CompiledModel } from '../../../simulator/compile';

const BUCKETS = 4;

/** Node 0 a service with 2 workers (busy area given), node 1 a queue of capacity 100. */
function source(busyArea: number, waiting: number, backlog: number): BucketSource {
  const m = {
    nodeIds: ['svc', 'q'],
    nodeKind: Int32Array.of(KIND_SERVICE, KIND_QUEUE),
    capacity: Float64Array.of(Infinity, 100),
  } as unknown as CompiledModel;
  return {
    m,
    buckets: BUCKETS,
    nBusyAreaB: Float64Array.of(busyArea, 0),
    ceBusyAreaB: new Float64Array(0),
    utilCap: Float64Array.of(2, 0),
    scalers: [],
    nodeScaler: Int32Array.of(-1, -1),
    nodeCeStart: Int32Array.of(0, 0, 0),
    nodeCe: new Int32Array(0),
    sUtil: [new Float64Array(BUCKETS), new Float64Array(BUCKETS)],
    sBacklog: [new Float64Array(BUCKETS), new Float64Array(BUCKETS)],
    sHotPartition: [null, null],
    parts: null,
    sState: new Uint8Array(2 * BUCKETS),
    nSatAt: Float64Array.of(NaN, NaN),
    nFailAt: Float64Array.of(NaN, NaN),
    sP99: new Float64Array(BUCKETS),
    sOkP50: new Float64Array(BUCKETS),
    sOkP99: new Float64Array(BUCKETS),
    sFailP50: new Float64Array(BUCKETS),
    brokerBacklog: () => backlog,
    waiting: () => waiting,
  };
}

describe('closing a bucket', () => {
  test('a busy service with a queue is saturated from when the queue formed', () => {
    const src = source(SATURATION_UTILIZATION * 2 * 1000, 3, 0);
    const c = new BucketCounters(2);
    c.maxWait[0] = 5;
    c.firstQueued[0] = 1250;
    c.queuedSince[0] = 1700;
    closeBucket(src, c, 1, 1000, 2000, true);
    expect(src.sUtil[0][1]).toBeCloseTo(SATURATION_UTILIZATION, 12);
    expect(src.sState[0 * BUCKETS + 1]).toBe(STATE_SATURATED);
    expect(src.nSatAt[0]).toBe(1250);
    expect(Number.isNaN(src.nFailAt[0])).toBe(true);
    expect(src.nBusyAreaB[0]).toBe(0);
    // The queue outlives the bucket: the next one dates it from when it formed.
    expect(c.maxWait[0]).toBe(3);
    expect(c.firstQueued[0]).toBe(1700);
  });

  test('busy without a queue is not saturated; enough bad outcomes make it failing', () => {
    const src = source(2 * 1000, 0, 0);
    const c = new BucketCounters(2);
    c.done[0] = FAILING_MIN_OUTCOMES * 4;
    c.bad[0] = Math.ceil(FAILING_ERROR_RATE * c.done[0]);
    c.firstBad[0] = 1500;
    closeBucket(src, c, 1, 1000, 2000, true);
    expect(src.sState[1]).toBe(STATE_FAILING);
    expect(src.nFailAt[0]).toBe(1500);
    expect(Number.isNaN(src.nSatAt[0])).toBe(true);
    expect([c.done[0], c.bad[0], c.firstBad[0], c.firstQueued[0]]).toEqual([0, 0, -1, -1]);
  });

  test('too few outcomes are never failing, and nothing is dated during the warm-up', () => {
    const src = source(0, 0, 0);
    const c = new BucketCounters(2);
    c.done[0] = FAILING_MIN_OUTCOMES - 1;
    c.bad[0] = FAILING_MIN_OUTCOMES - 1;
    c.brokerPub[1] = 10;
    c.brokerRefused[1] = 10;
    closeBucket(src, c, 0, 0, 1000, false);
    expect(src.sState[0]).toBe(0);
    expect(src.sState[BUCKETS]).toBe(STATE_FAILING); // the queue refused half its publishes
    expect(Number.isNaN(src.nFailAt[1])).toBe(true); // the warm-up: not dated
  });

  test('a broker near its capacity is saturated; its backlog series and the next maximum', () => {
    const src = source(0, 0, 40);
    const c = new BucketCounters(2);
    c.brokerMax[1] = SATURATION_UTILIZATION * 100;
    closeBucket(src, c, 2, 2000, 3000, true);
    expect(src.sBacklog[1][2]).toBe(SATURATION_UTILIZATION * 100);
    expect(src.sState[BUCKETS + 2]).toBe(STATE_SATURATED);
    expect(src.nSatAt[1]).toBe(2000);
    expect(c.brokerMax[1]).toBe(40);
  });

  test("the bucket's latency quantiles, NaN where nothing was answered", () => {
    const src = source(0, 0, 0);
    const c = new BucketCounters(2);
    for (let i = 1; i <= 100; i++) {
      c.hist.record(i);
      c.okHist.record(i);
    }
    closeBucket(src, c, 0, 0, 1000, true);
    expect(src.sOkP50[0]).toBeGreaterThan(45);
    expect(src.sOkP50[0]).toBeLessThan(55);
    expect(src.sP99[0]).toBeGreaterThan(95);
    expect(Number.isNaN(src.sFailP50[0])).toBe(true);
    expect(c.hist.count).toBe(0);
  });
});
