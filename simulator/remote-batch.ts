// A RunBatch on the other side of a comlink channel, as the worker that runs a sweep or the
// advisor sees the page's worker pool: the tasks cross by structured clone, the answers come back
// in task order, and the progress callback crosses as a proxy (a function cannot be cloned).
import { proxy } from 'comlink';
import type { RunBatch } from './run-batch';

export function remoteBatch(remote: RunBatch): RunBatch {
  return {
    runFigures: (tasks, onProgress) => remote.runFigures(tasks, onProgress && proxy(onProgress)),
    runResults: (tasks, onProgress) => remote.runResults(tasks, onProgress && proxy(onProgress)),
  };
}
