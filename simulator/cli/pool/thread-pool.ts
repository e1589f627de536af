// The CLI's RunBatch on worker threads: up to `size` threads (started when first needed, kept
// until close()), each running one task at a time with the code the inline batch runs
// (run-worker.ts → run-task.ts). Answers come back in task order, so a sweep or the advice is the
// same to the byte for any size (run-batch.ts). Progress counts the tasks done over the batch,
// with each running task's share. Batches given at the same time share the threads.
import { Worker } from 'node:worker_threads';
import { WORKER_ENTRY } from '../../../bin/cli-bundle.mjs';
import { ModelError } from '../../compile';
import type { BatchProgress, RunBatch, RunTask } from '../../run-batch';
import type { RunFigures } from '../../run-figures';
import type { SimulationResult } from '../../result';
import type { TaskMessage, TaskWant, WorkerReply } from './worker-message';

/**
 * The worker thread's module, next to this one: when the CLI runs from its sources (tsx, tests)
 * the loader that compiles run-worker.ts; in the bundle (this code in dist-cli/ or one of its
 * chunks/) the bundle's run-worker.mjs (scripts/build-cli.mjs builds both).
 */
export function workerEntry(moduleUrl: string = import.meta.url): URL {
  const here = new URL(moduleUrl);
  if (here.pathname.endsWith('.ts')) return new URL('./run-worker-tsx.mjs', here);
  const dir = new URL('.', here);
  return new URL(dir.pathname.endsWith('/chunks/') ? `../${WORKER_ENTRY}` : WORKER_ENTRY, dir);
}

interface Batch {
  readonly results: unknown[];
  /** Each task's share done, 0 to 1. */
  readonly shares: Float64Array;
  sum: number;
  reported: number;
  finished: number;
  failed: boolean;
  readonly onProgress?: BatchProgress;
  readonly resolve: (results: unknown[]) => void;
  readonly reject: (e: Error) => void;
}

interface Job {
  id: number;
  want: TaskWant;
  task: RunTask;
  batch: Batch;
  index: number;
}

function errorOf(r: Extract<WorkerReply, { kind: 'error' }>): Error {
  const e = r.name === 'ModelError' ? new ModelError(r.message) : new Error(r.message);
  if (r.stack) e.stack = r.stack;
  return e;
}

export class ThreadPool implements RunBatch {
  private readonly threads: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly entry: URL = workerEntry(),
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`a thread pool needs a whole number of threads >= 1, got ${size}`);
  }

  runFigures(tasks: readonly RunTask[], onProgress?: BatchProgress): Promise<RunFigures[]> {
    return this.submit('figures', tasks, onProgress) as Promise<RunFigures[]>;
  }

  runResults(tasks: readonly RunTask[], onProgress?: BatchProgress): Promise<SimulationResult[]> {
    return this.submit('result', tasks, onProgress) as Promise<SimulationResult[]>;
  }

  /** Threads started so far (at most `size`). */
  get started(): number {
    return this.threads.length;
  }

  /** Stops every thread; batches still running fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of [...this.queue, ...this.running.values()])
      this.fail(job.batch, new Error('the thread pool was closed'));
    this.queue.length = 0;
    this.running.clear();
    await Promise.all(this.threads.map((t) => t.terminate()));
    this.threads.length = 0;
    this.idle.length = 0;
  }

  private submit(
    want: TaskWant,
    tasks: readonly RunTask[],
    onProgress?: BatchProgress,
  ): Promise<unknown[]> {
    if (this.closed) return Promise.reject(new Error('the thread pool is closed'));
    if (tasks.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const batch: Batch = {
        results: new Array<unknown>(tasks.length),
        shares: new Float64Array(tasks.length),
        sum: 0,
        reported: 0,
        finished: 0,
        failed: false,
        onProgress,
        resolve,
        reject,
      };
      onProgress?.(0);
      tasks.forEach((task, index) =>
        this.queue.push({ id: this.nextId++, want, task, batch, index }),
      );
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker =
        this.idle.pop() ?? (this.threads.length < this.size ? this.start() : undefined);
      if (!worker) return;
      let job = this.queue.shift();
      while (job?.batch.failed) job = this.queue.shift();
      if (!job) {
        this.idle.push(worker);
        return;
      }
      this.running.set(worker, job);
      const message: TaskMessage = { id: job.id, want: job.want, task: job.task };
      worker.postMessage(message);
    }
  }

  private start(): Worker {
    const worker = new Worker(this.entry);
    worker.on('message', (r: WorkerReply) => this.onReply(worker, r));
    worker.on('error', (e: Error) => this.onLost(worker, e));
    worker.on('exit', (code: number) =>
      this.onLost(worker, new Error(`a simulation thread stopped (exit code ${code})`)),
    );
    this.threads.push(worker);
    return worker;
  }

  private onReply(worker: Worker, r: WorkerReply): void {
    const job = this.running.get(worker);
    if (!job || job.id !== r.id) return;
    const { batch, index } = job;
    if (r.kind === 'progress') {
      this.setShare(batch, index, Math.min(1, Math.max(0, r.share)));
      return;
    }
    this.running.delete(worker);
    this.idle.push(worker);
    if (r.kind === 'error') this.fail(batch, errorOf(r));
    else if (!batch.failed) {
      batch.results[index] = r.value;
      this.setShare(batch, index, 1);
      if (++batch.finished === batch.results.length) {
        if (batch.reported < batch.results.length) batch.onProgress?.(batch.results.length);
        batch.resolve(batch.results);
      }
    }
    this.dispatch();
  }

  private setShare(batch: Batch, index: number, share: number): void {
    if (batch.failed || share <= batch.shares[index]) return;
    batch.sum += share - batch.shares[index];
    batch.shares[index] = share;
    // Never backwards, never past the end (a sum of shares can be off in its last bit).
    const done = Math.min(batch.sum, batch.results.length);
    if (done > batch.reported) {
      batch.reported = done;
      batch.onProgress?.(done);
    }
  }

  private fail(batch: Batch, e: Error): void {
    if (batch.failed) return;
    batch.failed = true;
    batch.reject(e);
  }

  private onLost(worker: Worker, e: Error): void {
    if (this.closed) return;
    const job = this.running.get(worker);
    this.running.delete(worker);
    const at = this.threads.indexOf(worker);
    if (at >= 0) this.threads.splice(at, 1);
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    if (job) this.fail(job.batch, e);
    this.dispatch();
  }
}
