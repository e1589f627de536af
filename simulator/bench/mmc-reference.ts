/**
 * A hand-written M/M/c simulator, the benchmark's yardstick for the engine: the least a
 * discrete-event simulation of the benchmark's M/M/8 model can do. One function, typed arrays,
 * no allocation per event: Poisson arrivals, c workers behind one unbounded FIFO waiting room,
 * exponential service, a binary heap of (time, kind) events, sfc32 random numbers and
 * exponentials by inversion. It keeps running sums only (no histograms, no series), so the
 * engine's speed over its speed says what the engine's generality costs.
 *
 * test/unit/simulator/bench/mmc-reference.test.ts checks it against Erlang C.
 */
export interface MmcReferenceResult {
  /** Arrivals before the end. */
  requests: number;
  /** Arrivals and service completions processed. */
  events: number;
  /** Requests that started service, and those of them that had to wait. */
  started: number;
  waited: number;
  /** Mean wait in the queue and mean response time (wait + service) of the requests served, ms. */
  meanWaitMs: number;
  meanResponseMs: number;
  /** Busy worker-time over c × the run's length. */
  utilization: number;
}

const ARRIVAL = -1;

export function mmcReference(
  workers: number,
  arrivalsPerS: number,
  meanServiceMs: number,
  durationS: number,
  seed: number,
): MmcReferenceResult {
  const end = durationS * 1000;
  const meanGapMs = 1000 / arrivalsPerS;

  // sfc32, seeded through splitmix32 (as the engine's generator is).
  let sm = seed | 0;
  const split = (): number => {
    sm = (sm + 0x9e3779b9) | 0;
    let z = sm;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  let ra = split();
  let rb = split();
  let rc = split();
  let rd = 1;
  /** An exponential deviate of the given mean: −mean · ln U, U uniform on (0, 1]. */
  const exponential = (mean: number): number => {
    const t = (ra + rb) | 0;
    const r = (t + rd) | 0;
    rd = (rd + 1) | 0;
    ra = rb ^ (rb >>> 9);
    rb = (rc + (rc << 3)) | 0;
    rc = (rc << 21) | (rc >>> 11);
    rc = (rc + r) | 0;
    return -mean * Math.log(((r >>> 0) + 1) / 4294967296);
  };

  // The event list: a binary min-heap of times, each with its kind (ARRIVAL or a completion).
  let heapCap = 16;
  let heapTime = new Float64Array(heapCap);
  let heapKind = new Int32Array(heapCap);
  let heapSize = 0;
  const push = (t: number, kind: number): void => {
    if (heapSize === heapCap) {
      heapCap *= 2;
      const time = new Float64Array(heapCap);
      const kinds = new Int32Array(heapCap);
      time.set(heapTime);
      kinds.set(heapKind);
      heapTime = time;
      heapKind = kinds;
    }
    let i = heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapTime[parent] <= t) break;
      heapTime[i] = heapTime[parent];
      heapKind[i] = heapKind[parent];
      i = parent;
    }
    heapTime[i] = t;
    heapKind[i] = kind;
  };
  /** Removes the root (the caller has read it). */
  const popRoot = (): void => {
    const t = heapTime[--heapSize];
    const kind = heapKind[heapSize];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heapSize) break;
      if (child + 1 < heapSize && heapTime[child + 1] < heapTime[child]) child++;
      if (heapTime[child] >= t) break;
      heapTime[i] = heapTime[child];
      heapKind[i] = heapKind[child];
      i = child;
    }
    heapTime[i] = t;
    heapKind[i] = kind;
  };

  // The waiting room: a ring buffer of arrival times.
  let queueCap = 1024;
  let queue = new Float64Array(queueCap);
  let head = 0;
  let queued = 0;

  // Workers: a stack of the idle ones, and the arrival time of each busy one's request. A
  // completion event's kind is its worker.
  const idle = new Int32Array(workers);
  for (let w = 0; w < workers; w++) idle[w] = workers - 1 - w;
  let idleCount = workers;
  const arrivedAt = new Float64Array(workers);

  let busySince = 0;
  let busyArea = 0;
  let requests = 0;
  let events = 0;
  let started = 0;
  let waited = 0;
  let waitSum = 0;
  let responseSum = 0;
  let served = 0;

  const first = exponential(meanGapMs);
  if (first < end) push(first, ARRIVAL);
  while (heapSize > 0 && heapTime[0] <= end) {
    const now = heapTime[0];
    const kind = heapKind[0];
    popRoot();
    events++;
    busyArea += (workers - idleCount) * (now - busySince);
    busySince = now;
    if (kind === ARRIVAL) {
      requests++;
      const next = now + exponential(meanGapMs);
      if (next < end) push(next, ARRIVAL);
      if (idleCount > 0) {
        const w = idle[--idleCount];
        arrivedAt[w] = now;
        started++;
        push(now + exponential(meanServiceMs), w);
      } else {
        if (queued === queueCap) {
          const grown = new Float64Array(queueCap * 2);
          for (let i = 0; i < queued; i++) grown[i] = queue[(head + i) & (queueCap - 1)];
          queue = grown;
          queueCap *= 2;
          head = 0;
        }
        queue[(head + queued) & (queueCap - 1)] = now;
        queued++;
      }
    } else {
      // Worker `kind` is done; it takes the next waiting request, if any.
      served++;
      responseSum += now - arrivedAt[kind];
      if (queued > 0) {
        const arrived = queue[head];
        head = (head + 1) & (queueCap - 1);
        queued--;
        started++;
        waited++;
        waitSum += now - arrived;
        arrivedAt[kind] = arrived;
        push(now + exponential(meanServiceMs), kind);
      } else {
        idle[idleCount++] = kind;
      }
    }
  }
  busyArea += (workers - idleCount) * (end - busySince);
  return {
    requests,
    events,
    started,
    waited,
    meanWaitMs: started > 0 ? waitSum / started : 0,
    meanResponseMs: served > 0 ? responseSum / served : 0,
    utilization: busyArea / (workers * end),
  };
}
