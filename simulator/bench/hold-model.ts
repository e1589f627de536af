import { Rng } from '../rng';

/** The two event-queue layouts the engine could use; both have push/pop/topTime. */
export interface QueueLike {
  size: number;
  topTime: number;
  push(t: number, kind: number, a: number, b: number): void;
  pop(): boolean;
}

/**
 * The classic "hold" benchmark of a future-event list: keep `pending` events in the queue; each
 * operation pops the earliest and pushes one at its time plus an exponential increment.
 * Returns operations per second of wall time.
 */
export function holdBenchmark(queue: QueueLike, pending: number, operations: number): number {
  const rng = new Rng(1);
  for (let i = 0; i < pending; i++) queue.push(rng.exponential(1), 0, i, 0);
  const t0 = Date.now();
  for (let i = 0; i < operations; i++) {
    queue.pop();
    queue.push(queue.topTime + rng.exponential(1), 0, i, 0);
  }
  return (operations / Math.max(1, Date.now() - t0)) * 1000;
}
