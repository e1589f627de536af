// What the CLI's worker threads and their pool say to each other (thread-pool.ts, run-worker.ts).
import type { RunTask } from '../../run-batch';

/** Which answer a task wants: its figures (runTask) or its whole result (runTaskResult). */
export type TaskWant = 'figures' | 'result';

/** Pool → worker: run this task. */
export interface TaskMessage {
  id: number;
  want: TaskWant;
  task: RunTask;
}

/** Worker → pool: how far the task is, what it gave, or why it failed. */
export type WorkerReply =
  | { id: number; kind: 'progress'; share: number }
  | { id: number; kind: 'done'; value: unknown }
  | { id: number; kind: 'error'; name: string; message: string; stack?: string };
