// A pool of simulator workers: tasks queue in the order they are submitted and each goes to the
// first free worker; a worker is started when a task waits and fewer than `size` are running
// (or ahead of any task, by prestart), and stays for the next task. Each task's promise settles
// with its own answer, so a batch submitted together and awaited in order gives the serial run's
// results whatever the pool's size. Cancel terminates every worker at once and rejects every task not yet answered;
// the next task starts fresh workers.
import { RunCancelledError } from './run-cancelled-error';

/** One started worker as the pool sees it: what tasks call, and how to stop it. */
export interface PoolWorker<Api> {
  readonly api: Api;
  terminate(): void;
}

/**
 * Starts a worker. `onFailure` is for the worker's own failure (its script did not load, it
 * crashed): every task of the pool then fails with that error and the pool starts afresh.
 */
export type SpawnWorker<Api> = (onFailure: (error: Error) => void) => PoolWorker<Api>;

/** A unit of work: one call on one worker's API. */
export type PoolTask<Api, T> = (api: Api) => Promise<T>;

interface Job<Api> {
  task: PoolTask<Api, unknown>;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class WorkerPool<Api> {
  private readonly workers = new Set<PoolWorker<Api>>();
  private readonly idle: PoolWorker<Api>[] = [];
  private readonly queue: Job<Api>[] = [];
  /** Jobs on a worker now, by worker. */
  private readonly running = new Map<PoolWorker<Api>, Job<Api>>();

  constructor(
    /** The most workers running at once (at least 1). */
    readonly size: number,
    private readonly spawn: SpawnWorker<Api>,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`A worker pool needs a whole number of workers ≥ 1, got ${size}.`);
  }

  /** Workers started and not terminated (busy or idle). */
  get started(): number {
    return this.workers.size;
  }

  /** Runs `task` on the first free worker; its answer, or the error that stopped it. */
  submit<T>(task: PoolTask<Api, T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /**
   * Starts up to `count` workers (never more than `size` in all), idle, so that the first tasks
   * find them loaded: a worker's start and its module's load take a few hundred milliseconds.
   * `whileIdle` is called with each worker started here: work it may do until a task comes (the
   * pool still counts the worker idle, and gives it the next task at once).
   */
  prestart(count: number = this.size, whileIdle?: (api: Api) => void): void {
    while (this.workers.size < count) {
      const worker = this.startWorker();
      if (!worker) break;
      this.idle.push(worker);
      whileIdle?.(worker.api);
    }
    this.dispatch();
  }

  /** Terminates every worker at once; every task not answered yet ends with RunCancelledError. */
  cancel(): void {
    this.stopAll(new RunCancelledError());
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? this.startWorker();
      if (!worker) return;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      // A task that throws before its first await still settles the job.
      void Promise.resolve()
        .then(() => job.task(worker.api))
        .then(
          (value) => this.finish(worker, job, () => job.resolve(value)),
          (error: unknown) =>
            this.finish(worker, job, () =>
              job.reject(error instanceof Error ? error : new Error(String(error))),
            ),
        );
    }
  }

  private startWorker(): PoolWorker<Api> | null {
    if (this.workers.size >= this.size) return null;
    const worker = this.spawn((error) => {
      if (this.workers.has(worker)) this.stopAll(error);
    });
    this.workers.add(worker);
    return worker;
  }

  /** A task's answer counts only while its worker is the pool's (not terminated since). */
  private finish(worker: PoolWorker<Api>, job: Job<Api>, settle: () => void): void {
    if (this.running.get(worker) !== job) return;
    this.running.delete(worker);
    this.idle.push(worker);
    settle();
    this.dispatch();
  }

  private stopAll(error: Error): void {
    const pending = [...this.running.values(), ...this.queue];
    for (const worker of this.workers) worker.terminate();
    this.workers.clear();
    this.idle.length = 0;
    this.queue.length = 0;
    this.running.clear();
    for (const job of pending) job.reject(error);
  }
}
