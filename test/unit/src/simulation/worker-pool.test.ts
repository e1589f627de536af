// The worker pool with fake workers whose answers the test releases by hand: tasks go to free
// workers in the order asked, answers come back to their own task whatever order they end in,
// no more than `size` workers run, and cancel terminates every worker at once.
import { describe, expect, test } from 'vitest';
import { allInOrder } from '../../../../models/all-in-order';
import { RunCancelledError } from '../../../../src/simulation/run-cancelled-error';
import { WorkerPool, type SpawnWorker } from '../../../../src/simulation/worker-pool';

interface Pending {
  input: number;
  worker: number;
  answer: (value: number) => void;
  fail: (e: Error) => void;
}

/** Fake workers: each call waits until the test answers it; terminate() is recorded. */
function fakeWorkers() {
  const pending: Pending[] = [];
  const terminated: number[] = [];
  const failures: ((e: Error) => void)[] = [];
  let started = 0;
  const spawn: SpawnWorker<{ square(x: number): Promise<number> }> = (onFailure) => {
    const id = started++;
    failures.push(onFailure);
    return {
      api: {
        square: (x) =>
          new Promise<number>((answer, fail) =>
            pending.push({ input: x, worker: id, answer, fail }),
          ),
      },
      terminate: () => terminated.push(id),
    };
  };
  return {
    spawn,
    pending,
    terminated,
    failures,
    started: () => started,
    /** Answers the pending call for `input` with its square. */
    answer(input: number): void {
      const i = pending.findIndex((p) => p.input === input);
      if (i < 0) throw new Error(`no pending call for ${input}`);
      const [p] = pending.splice(i, 1);
      p!.answer(input * input);
    },
  };
}

/** Lets every queued promise reaction run. */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('worker pool', () => {
  test('runs at most `size` tasks at once, first asked first served, results in the order asked', async () => {
    const fake = fakeWorkers();
    const pool = new WorkerPool(2, fake.spawn);
    const inputs = [1, 2, 3, 4, 5];
    const batch = allInOrder(inputs.map((x) => pool.submit((api) => api.square(x))));
    await settle();
    expect(fake.pending.map((p) => p.input)).toEqual([1, 2]);
    expect(fake.started()).toBe(2);
    // The second finishes first: the third goes to the worker it freed.
    fake.answer(2);
    await settle();
    expect(fake.pending.map((p) => [p.input, p.worker])).toEqual([
      [1, 0],
      [3, 1],
    ]);
    for (const x of [3, 1, 4, 5]) {
      fake.answer(x);
      await settle();
    }
    expect(await batch).toEqual([1, 4, 9, 16, 25]);
    expect(fake.started()).toBe(2);
    expect(pool.started).toBe(2);
  });

  test('the same batch gives the same results with 1, 2, 3 or 8 workers, answered in any order', async () => {
    const inputs = [7, 3, 9, 1, 4, 6, 2];
    for (const size of [1, 2, 3, 8]) {
      const fake = fakeWorkers();
      const pool = new WorkerPool(size, fake.spawn);
      const batch = allInOrder(inputs.map((x) => pool.submit((api) => api.square(x))));
      // Always answer the largest pending input first: an order unlike the one asked.
      for (let left = inputs.length; left > 0; left--) {
        await settle();
        expect(fake.pending.length).toBe(Math.min(size, left));
        fake.answer(Math.max(...fake.pending.map((p) => p.input)));
      }
      expect(await batch).toEqual(inputs.map((x) => x * x));
      expect(fake.started()).toBe(Math.min(size, inputs.length));
    }
  });

  test('a worker is started only when a task waits for one, and kept for the next task', async () => {
    const fake = fakeWorkers();
    const pool = new WorkerPool(4, fake.spawn);
    const one = pool.submit((api) => api.square(3));
    await settle();
    expect(fake.started()).toBe(1);
    fake.answer(3);
    expect(await one).toBe(9);
    const two = pool.submit((api) => api.square(4));
    await settle();
    expect(fake.started()).toBe(1);
    expect(fake.pending[0]!.worker).toBe(0);
    fake.answer(4);
    expect(await two).toBe(16);
  });

  test('prestarted workers wait idle and take the first tasks; more start only as tasks wait', async () => {
    const fake = fakeWorkers();
    const pool = new WorkerPool(4, fake.spawn);
    pool.prestart(2);
    expect(fake.started()).toBe(2);
    expect(fake.pending).toHaveLength(0);
    pool.prestart(2); // already there: nothing more starts
    expect(pool.started).toBe(2);
    const tasks = [5, 6, 7].map((x) => pool.submit((api) => api.square(x)));
    await settle();
    // The two prestarted workers took the first two tasks; a third worker started for the last.
    expect(fake.started()).toBe(3);
    expect(fake.pending.map((p) => p.worker).sort()).toEqual([0, 1, 2]);
    for (const x of [5, 6, 7]) fake.answer(x);
    expect(await Promise.all(tasks)).toEqual([25, 36, 49]);
    pool.prestart(10); // never beyond the pool's size
    expect(pool.started).toBe(4);
  });

  test('prestart hands each worker it starts, and only those, to `whileIdle`; the pool still counts them idle', async () => {
    const fake = fakeWorkers();
    const pool = new WorkerPool(3, fake.spawn);
    const warmed: unknown[] = [];
    pool.prestart(2, (api) => warmed.push(api));
    expect(warmed).toHaveLength(2);
    expect(new Set(warmed).size).toBe(2);
    pool.prestart(2, (api) => warmed.push(api)); // already started: not handed again
    expect(warmed).toHaveLength(2);
    // The idle work does not hold the workers: the first two tasks go to them at once.
    const tasks = [2, 3].map((x) => pool.submit((api) => api.square(x)));
    await settle();
    expect(fake.started()).toBe(2);
    expect(fake.pending.map((p) => p.worker).sort()).toEqual([0, 1]);
    for (const x of [2, 3]) fake.answer(x);
    expect(await Promise.all(tasks)).toEqual([4, 9]);
  });

  test('cancel terminates every worker at once, rejects every task, ignores late answers; the next task starts a fresh worker', async () => {
    const fake = fakeWorkers();
    const pool = new WorkerPool(3, fake.spawn);
    const tasks = [1, 2, 3, 4, 5].map((x) => pool.submit((api) => api.square(x)));
    const outcomes = tasks.map((t) => t.then(String, (e: Error) => e));
    await settle();
    fake.answer(1);
    await settle();
    pool.cancel();
    expect([...fake.terminated].sort()).toEqual([0, 1, 2]);
    expect(pool.started).toBe(0);
    const ended = await Promise.all(outcomes);
    expect(ended[0]).toBe('1');
    for (const e of ended.slice(1)) expect(e).toBeInstanceOf(RunCancelledError);
    // An answer from a terminated worker (already on its way) changes nothing.
    for (const p of fake.pending.splice(0)) p.answer(99);
    await settle();

    const next = pool.submit((api) => api.square(6));
    await settle();
    expect(fake.started()).toBe(4);
    expect(fake.pending.map((p) => p.worker)).toEqual([3]);
    fake.answer(6);
    expect(await next).toBe(36);
  });

  test('a task that fails fails alone; the worker serves the next task', async () => {
    const fake = fakeWorkers();
    const pool = new WorkerPool(1, fake.spawn);
    const bad = pool.submit((api) => api.square(2));
    const good = pool.submit((api) => api.square(3));
    await settle();
    fake.pending.shift()!.fail(new Error('no scenario "x" in the project'));
    await expect(bad).rejects.toThrow('no scenario "x" in the project');
    await settle();
    fake.answer(3);
    expect(await good).toBe(9);
    expect(fake.started()).toBe(1);
    expect(fake.terminated).toEqual([]);
  });

  test('a worker that crashes fails every task with its error and the pool starts afresh', async () => {
    const fake = fakeWorkers();
    const pool = new WorkerPool(2, fake.spawn);
    const tasks = [1, 2, 3].map((x) => pool.submit((api) => api.square(x)));
    await settle();
    fake.failures[1]!(new Error('The simulator worker failed: it could not start'));
    for (const t of tasks) await expect(t).rejects.toThrow('it could not start');
    expect([...fake.terminated].sort()).toEqual([0, 1]);
    // A late failure report from the crashed worker does not touch the new batch.
    const next = pool.submit((api) => api.square(5));
    await settle();
    fake.failures[1]!(new Error('again'));
    fake.answer(5);
    expect(await next).toBe(25);
  });

  test('a size that is not a whole number ≥ 1 is refused', () => {
    const fake = fakeWorkers();
    expect(() => new WorkerPool(0, fake.spawn)).toThrow(
      'A worker pool needs a whole number of workers ≥ 1, got 0.',
    );
    expect(() => new WorkerPool(1.5, fake.spawn)).toThrow('got 1.5');
  });
});
