// The Web Worker entry: a thin comlink adapter around simulate(), replicate(), sweepLoad(),
// advise() and the tasks of a batch (run-batch.ts: a pool of these workers is a RunBatch). The
// app's worker client (src/simulation/) wraps it: it runs a sweep or the advisor in one of these
// workers, whose runs go back to the page's pool of others; cancelling is terminating them.
import { expose } from 'comlink';
import type { Project } from '../models/types';
import { advise, type Advice, type AdviseOptions } from './advisor/advise';
import { inlineBatch } from './inline-batch';
import { replicate, type ReplicatedResult } from './replicate';
import { remoteBatch } from './remote-batch';
import type { BatchProgress, RunBatch, RunTask } from './run-batch';
import type { RunFigures } from './run-figures';
import type { SimulateOptions, SimulationResult } from './result';
import { simulate } from './simulate';
import { warmUpEngine, type WarmUpOutcome } from './warm-up';
import {
  sweepLoad,
  type LoadSweep,
  type SweepOptions,
  type SweepProgress,
} from './sweep/load-sweep';

export interface WorkerProgress {
  simulatedS: number;
  durationS: number;
  events: number;
  replication: number;
}

export type WorkerRunOptions = Omit<SimulateOptions, 'onProgress'> & { replications?: number };

export type WorkerSweepOptions = Omit<SweepOptions, 'onProgress'>;
export type { LoadSweep, SweepProgress };

export type WorkerAdviseOptions = Omit<AdviseOptions, 'onProgress'>;
/** Designs simulated so far, and the most the search may simulate. */
export interface AdviseProgress {
  done: number;
  planned: number;
}
export type { Advice };

export interface SimulatorWorkerApi {
  run(
    project: Project,
    options: WorkerRunOptions,
    onProgress?: (p: WorkerProgress) => void,
  ): Promise<{ result: SimulationResult; replicated: ReplicatedResult | null }>;
  /**
   * A load sweep and its breaking point (simulator/sweep/load-sweep.ts). Its runs go to `batch`
   * when given (a comlink proxy of the page's worker pool, remote-batch.ts), else run here.
   */
  sweep(
    project: Project,
    options: WorkerSweepOptions,
    onProgress?: (p: SweepProgress) => void,
    batch?: RunBatch,
  ): Promise<LoadSweep>;
  /** The migration advisor: every change ranked and the plan (simulator/advisor/advise.ts); `batch` as for sweep. */
  advise(
    project: Project,
    options: WorkerAdviseOptions,
    onProgress?: (p: AdviseProgress) => void,
    batch?: RunBatch,
  ): Promise<Advice>;
  /**
   * Some tasks of a batch, run here one after another (inline-batch.ts): what a pool of workers
   * gives each worker, so that the pool is a RunBatch. Progress: tasks done, fractional.
   */
  runFigures(tasks: readonly RunTask[], onProgress?: BatchProgress): Promise<RunFigures[]>;
  /** As runFigures, with whole results (wallMs measures this worker's machine). */
  runResults(tasks: readonly RunTask[], onProgress?: BatchProgress): Promise<SimulationResult[]>;
  /**
   * While idle, a few short slices of the model the user is about to run, so that the first
   * real run finds the engine optimised (warm-up.ts), starting `afterMs` from now. Any other
   * call stops it at once (between two slices) and runs; results never depend on it. Answers
   * what it did.
   */
  warmUp(project: Project, scenarioId: string | null, afterMs: number): Promise<WarmUpOutcome>;
}

/** Set by every call that brings real work: a warm-up in progress starts no further slice. */
let realWorkArrived = false;

/** Resolves `ms` from now, in a later task of the event loop (after the waiting messages). */
const after = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A progress callback that lets at most one message through per PROGRESS_EVERY_MS, and the last. */
function throttled<P extends { done: number; planned: number }>(
  onProgress: ((p: P) => void) | undefined,
): ((p: P) => void) | undefined {
  if (!onProgress) return undefined;
  let last = -Infinity;
  return (p) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY_MS && p.done < p.planned) return;
    last = now;
    // Fire and forget: the callback is a comlink proxy, so its answer is a promise.
    void onProgress(p);
  };
}

/** A batch's progress (tasks done of `total`) throttled as throttled() does. */
function throttledCount(
  onProgress: BatchProgress | undefined,
  total: number,
): BatchProgress | undefined {
  const each = throttled<{ done: number; planned: number }>(
    onProgress && ((p) => onProgress(p.done)),
  );
  return each && ((done) => each({ done, planned: total }));
}

/** At most this often (ms) a progress message crosses to the page: each one is a postMessage. */
const PROGRESS_EVERY_MS = 100;

export const simulatorWorkerApi: SimulatorWorkerApi = {
  async run(project, options, onProgress) {
    realWorkArrived = true;
    const { replications = 1, ...rest } = options;
    let replication = 0;
    const progress: SimulateOptions['onProgress'] = onProgress
      ? (p) => {
          // Fire and forget: the callback is a comlink proxy, so its answer is a promise.
          void onProgress({ ...p, replication });
        }
      : undefined;
    const opts: SimulateOptions = {
      ...rest,
      onProgress: progress,
      progressEveryMs: PROGRESS_EVERY_MS,
    };
    if (replications <= 1) return { result: simulate(project, opts), replicated: null };
    const replicated = replicate(project, opts, replications, (i) => (replication = i));
    return { result: replicated.runs[0], replicated };
  },
  async sweep(project, options, onProgress, batch) {
    realWorkArrived = true;
    return sweepLoad(
      project,
      { ...options, onProgress: throttled(onProgress) },
      batch ? remoteBatch(batch) : inlineBatch,
    );
  },
  async advise(project, options, onProgress, batch) {
    realWorkArrived = true;
    return advise(
      project,
      { ...options, onProgress: throttled(onProgress) },
      batch ? remoteBatch(batch) : inlineBatch,
    );
  },
  async runFigures(tasks, onProgress) {
    realWorkArrived = true;
    return inlineBatch.runFigures(tasks, throttledCount(onProgress, tasks.length));
  },
  async runResults(tasks, onProgress) {
    realWorkArrived = true;
    return inlineBatch.runResults(tasks, throttledCount(onProgress, tasks.length));
  },
  async warmUp(project, scenarioId, afterMs) {
    await after(afterMs);
    if (realWorkArrived) return { slices: 0, ended: 'stopped' };
    return warmUpEngine(
      project,
      scenarioId,
      () => realWorkArrived,
      () => after(0),
    );
  },
};

expose(simulatorWorkerApi);
