// The only way the app reaches the simulator: a pool of Web Workers speaking comlink
// (worker-pool.ts; one per core, pool-size.ts). Cancel terminates every worker at once (the engine
// is never asked politely, so a stuck run cannot block it); the next run starts fresh workers.
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
import { poolBatch } from './pool-batch';
import { pagePoolSize } from './pool-size';
import { RunCancelledError } from './run-cancelled-error';
import { WorkerPool, type SpawnWorker } from './worker-pool';

export { RunCancelledError };

export interface SimulationRunner {
  run(
    project: Project,
    options: WorkerRunOptions,
    onProgress: (p: WorkerProgress) => void,
  ): Promise<WorkerRunOutput>;
  cancel(): void;
  /**
   * Starts the workers ahead of the first run, so that it does not wait for them; with the model
   * about to run, they warm their engines up on it meanwhile.
   */
  prestart?(warmUp?: WarmUpModel): void;
}

/** The model a prestarted worker warms up on: the project and the scenario the view has chosen. */
export interface WarmUpModel {
  project: Project;
  scenarioId: string | null;
}

/** A simulator worker's API as the page calls it (every call answers a promise). */
export type SimulatorApi = Comlink.Remote<SimulatorWorkerApi>;

/** Starts one simulator worker (simulator/worker.ts) for the pool. */
export const spawnSimulatorWorker: SpawnWorker<SimulatorApi> = (onFailure) => {
  // Written literally so that Vite finds and bundles the worker.
  const worker = new Worker(new URL('../../simulator/worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.addEventListener('error', (e) => {
    onFailure(new Error(`The simulator worker failed: ${e.message || 'it could not start'}`));
  });
  return { api: Comlink.wrap<SimulatorWorkerApi>(worker), terminate: () => worker.terminate() };
};

/** Workers started ahead of the first run: a comparison's two variants. */
const PRESTARTED = 2;

/**
 * How long a prestarted worker waits before it warms up: a click within that time (the user
 * knew what to run) never waits for a slice to end; a user who takes longer gets a warm engine.
 */
const WARM_UP_AFTER_MS = 1000;

/** Sweeps or advisor searches one client runs at once (each in a worker of its own). */
const COORDINATORS = 2;

export class WorkerSimulationClient implements SimulationRunner {
  /** The workers that simulate. */
  private readonly pool: WorkerPool<SimulatorApi>;
  /**
   * The workers that run a sweep or the advisor: each hands its runs to `pool` through a comlink
   * proxy of poolBatch() and waits, so it takes next to no processor time and keeps the page free.
   */
  private readonly coordinators: WorkerPool<SimulatorApi>;

  constructor(
    size: number = pagePoolSize(),
    spawn: SpawnWorker<SimulatorApi> = spawnSimulatorWorker,
  ) {
    this.pool = new WorkerPool(size, spawn);
    this.coordinators = new WorkerPool(COORDINATORS, spawn);
  }

  /**
   * Starts the workers a first run needs, one per variant of a comparison, now (not the sweeps'
   * coordinators, nor the rest of a big pool: each holds its own copy of the engine). Given the
   * model about to run, each warms its engine up on it while idle (simulator/warm-up.ts).
   */
  prestart(warmUp?: WarmUpModel): void {
    this.pool.prestart(
      Math.min(PRESTARTED, this.pool.size),
      warmUp &&
        ((api) => {
          // Fire and forget: a worker that cannot warm up runs as fast as one never asked.
          api.warmUp(warmUp.project, warmUp.scenarioId, WARM_UP_AFTER_MS).catch(() => undefined);
        }),
    );
  }

  /** The most runs this client's pool runs at once. */
  get workers(): number {
    return this.pool.size;
  }

  /**
   * One run (with its replications, if asked) on the first free worker. The project crosses by
   * structured clone; progress comes back through a proxied callback. Calls made together run
   * side by side, one per worker.
   */
  run(
    project: Project,
    options: WorkerRunOptions,
    onProgress: (p: WorkerProgress) => void,
  ): Promise<WorkerRunOutput> {
    return this.pool.submit((api) => api.run(project, options, Comlink.proxy(onProgress)));
  }

  /** A load sweep (Compare's capacity chart): its runs on every worker of the pool. */
  sweep(
    project: Project,
    options: WorkerSweepOptions,
    onProgress: (p: SweepProgress) => void,
  ): Promise<LoadSweep> {
    const batch = Comlink.proxy(poolBatch(this.pool));
    return this.coordinators.submit((api) =>
      api.sweep(project, options, Comlink.proxy(onProgress), batch),
    );
  }

  /** The migration advisor (the advisor panel): its runs on every worker of the pool. */
  advise(
    project: Project,
    options: WorkerAdviseOptions,
    onProgress: (p: AdviseProgress) => void,
  ): Promise<Advice> {
    const batch = Comlink.proxy(poolBatch(this.pool));
    return this.coordinators.submit((api) =>
      api.advise(project, options, Comlink.proxy(onProgress), batch),
    );
  }

  /** Terminates every worker at once (the pool's and the sweeps'); the next call starts fresh ones. */
  cancel(): void {
    this.coordinators.cancel();
    this.pool.cancel();
  }
}
