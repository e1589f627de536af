// The only way the app reaches the simulator: a Web Worker speaking comlink. Cancel terminates
// the worker at once (the engine is never asked politely, so a stuck run cannot block it); the
// next run starts a fresh worker.
import * as Comlink from 'comlink';
import type { Project } from '../../models/types';
import type {
  Advice,
  AdviseProgress,
  LoadSweep,
  SimulatorWorkerApi,
  SweepProgress,
  WorkerProgress,
  WorkerRunOptions,
  WorkerAdviseOptions,
  WorkerRunOutput,
  WorkerSweepOptions,
} from './worker-contract';

export class RunCancelledError extends Error {
  constructor() {
    super('The simulation was cancelled.');
    this.name = 'RunCancelledError';
  }
}

export interface SimulationRunner {
  run(
    project: Project,
    options: WorkerRunOptions,
    onProgress: (p: WorkerProgress) => void,
  ): Promise<WorkerRunOutput>;
  cancel(): void;
}

export class WorkerSimulationClient implements SimulationRunner {
  private worker: Worker | null = null;
  private api: Comlink.Remote<SimulatorWorkerApi> | null = null;
  private rejectPending: ((e: Error) => void) | null = null;

  private ensure(): Comlink.Remote<SimulatorWorkerApi> {
    if (!this.api) {
      // Written literally so that Vite finds and bundles the worker.
      this.worker = new Worker(new URL('../../simulator/worker.ts', import.meta.url), {
        type: 'module',
      });
      this.worker.addEventListener('error', (e) => {
        this.rejectPending?.(
          new Error(`The simulator worker failed: ${e.message || 'it could not start'}`),
        );
      });
      this.api = Comlink.wrap<SimulatorWorkerApi>(this.worker);
    }
    return this.api;
  }

  /** The worker's answer, or RunCancelledError as soon as cancel() terminates it. */
  private async cancellable<T>(
    call: (api: Comlink.Remote<SimulatorWorkerApi>) => Promise<T>,
  ): Promise<T> {
    const api = this.ensure();
    const cancelled = new Promise<never>((_, reject) => {
      this.rejectPending = reject;
    });
    try {
      return await Promise.race([call(api), cancelled]);
    } finally {
      this.rejectPending = null;
    }
  }

  run(
    project: Project,
    options: WorkerRunOptions,
    onProgress: (p: WorkerProgress) => void,
  ): Promise<WorkerRunOutput> {
    // The project crosses by structured clone; progress comes back through a proxied callback.
    return this.cancellable((api) => api.run(project, options, Comlink.proxy(onProgress)));
  }

  /** A load sweep in the worker (Compare's capacity chart). */
  sweep(
    project: Project,
    options: WorkerSweepOptions,
    onProgress: (p: SweepProgress) => void,
  ): Promise<LoadSweep> {
    return this.cancellable((api) => api.sweep(project, options, Comlink.proxy(onProgress)));
  }

  /** The migration advisor in the worker (the advisor panel). */
  advise(
    project: Project,
    options: WorkerAdviseOptions,
    onProgress: (p: AdviseProgress) => void,
  ): Promise<Advice> {
    return this.cancellable((api) => api.advise(project, options, Comlink.proxy(onProgress)));
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    this.rejectPending?.(new RunCancelledError());
    this.rejectPending = null;
  }
}
