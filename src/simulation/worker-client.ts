// The only way the app reaches the simulator: a Web Worker speaking comlink. Cancel terminates
// the worker at once (the engine is never asked politely, so a stuck run cannot block it); the
// next run starts a fresh worker.
import * as Comlink from 'comlink';
import type { Project } from '../../models/types';
import type {
  SimulatorWorkerApi,
  WorkerProgress,
  WorkerRunOptions,
  WorkerRunOutput,
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

  async run(
    project: Project,
    options: WorkerRunOptions,
    onProgress: (p: WorkerProgress) => void,
  ): Promise<WorkerRunOutput> {
    const api = this.ensure();
    const cancelled = new Promise<never>((_, reject) => {
      this.rejectPending = reject;
    });
    try {
      // The project crosses by structured clone; progress comes back through a proxied callback.
      return await Promise.race([api.run(project, options, Comlink.proxy(onProgress)), cancelled]);
    } finally {
      this.rejectPending = null;
    }
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    this.rejectPending?.(new RunCancelledError());
    this.rejectPending = null;
  }
}
