// The CLI's worker thread: runs the tasks its pool (thread-pool.ts) sends, one at a time, with
// the very code the inline batch runs (run-task.ts), and answers with their figures or results.
import { parentPort } from 'node:worker_threads';
import { ModelError } from '../../compile';
import { runTask, runTaskResult } from '../../run-task';
import type { TaskMessage, WorkerReply } from './worker-message';

const port = parentPort;
if (!port) throw new Error('run-worker.ts runs in a worker thread of the CLI’s pool');

port.on('message', ({ id, want, task }: TaskMessage) => {
  const reply = (r: WorkerReply): void => port.postMessage(r);
  try {
    const onProgress = (share: number): void => reply({ id, kind: 'progress', share });
    const value = want === 'figures' ? runTask(task, onProgress) : runTaskResult(task, onProgress);
    reply({ id, kind: 'done', value });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply({
      id,
      kind: 'error',
      name: e instanceof ModelError ? 'ModelError' : err.name,
      message: err.message,
      stack: err.stack,
    });
  }
});
