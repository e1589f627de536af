// Capacity sweeps of the app (Compare's capacity chart): status, progress over the whole batch
// (one sweep per variant, side by side) with the time left, and the sweeps kept per variant and
// scenario. Its own worker client (each sweep in one worker, its runs on a pool of others), so
// that a sweep and a simulation never wait for each other; Cancel terminates them all.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Project } from '../../models/types';
import type { LoadSweep } from '../simulation/worker-contract';
import { runFingerprint } from '../simulation/fingerprint';
import { progressThrottle, secondsLeft, stoppedState } from '../simulation/batch-job';
import { IDLE_BATCH, batchSlot, type BatchStatus } from '../simulation/batch-slot';
import { WorkerSimulationClient } from '../simulation/worker-client';
import type { SweepProgress, WorkerSweepOptions } from '../simulation/worker-contract';

/** What the sweep needs from a runner: the worker client in the app, an in-process one in tests. */
export interface SweepRunner {
  sweep(
    project: Project,
    options: WorkerSweepOptions,
    onProgress: (p: SweepProgress) => void,
  ): Promise<LoadSweep>;
  cancel(): void;
}

export interface CapacityRequest {
  variants: readonly string[];
  scenario: string;
  from: number;
  to: number;
  steps: number;
  replications: number;
  seed: number;
}

export interface CapacityProgress {
  /** 0..1 over the batch; the bisection's share is its most, so the bar may jump at its end. */
  fraction: number;
  /** How many variants are swept (together). */
  sweeps: number;
  /** Estimated wall-clock seconds left; null until there is enough to estimate from. */
  etaS: number | null;
}

export interface CapacityRecord {
  sweep: LoadSweep;
  /** What it was computed from; compare with runFingerprint() to know if it is stale. */
  fingerprint: string;
}

export interface CapacityState {
  status: BatchStatus;
  progress: CapacityProgress | null;
  error: string | null;
  request: CapacityRequest | null;
  /** The last sweep of each variant, by variant id (of the request's scenario). */
  sweeps: Record<string, CapacityRecord>;
  start(project: Project, request: CapacityRequest): Promise<void>;
  cancel(): void;
}

function sweepFraction(p: SweepProgress): number {
  return p.planned > 0 ? Math.min(1, p.done / p.planned) : 0;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((sum, x) => sum + x, 0) / Math.max(1, xs.length);
}

export function createCapacityStore(
  makeRunner: () => SweepRunner,
): UseBoundStore<StoreApi<CapacityState>> {
  const slot = batchSlot(makeRunner);
  return create<CapacityState>()((set, get) => ({
    ...IDLE_BATCH,
    request: null,
    sweeps: {},
    async start(project, request) {
      if (get().status === 'running') get().cancel();
      const { runner, isLatest } = slot.begin();
      const started = performance.now();
      const due = progressThrottle();
      const sweeps = request.variants.length;
      set({
        status: 'running',
        error: null,
        request,
        progress: { fraction: 0, sweeps, etaS: null },
      });
      // The sweeps run side by side (the client has a coordinator for each, and their runs share
      // the pool): one variant's bisection, a run at a time, leaves workers for the other's.
      const fractions = request.variants.map(() => 0);
      const sweepOne = async (variant: string, i: number): Promise<CapacityRecord> => {
        const fingerprint = runFingerprint(project, variant, request.scenario);
        const sweep = await runner.sweep(
          project,
          {
            variant,
            scenario: request.scenario,
            from: request.from,
            to: request.to,
            steps: request.steps,
            replications: request.replications,
            seed: request.seed,
          },
          (p) => {
            fractions[i] = sweepFraction(p);
            const now = due();
            if (!isLatest() || now === null) return;
            const fraction = mean(fractions);
            set({ progress: { fraction, sweeps, etaS: secondsLeft(now - started, fraction) } });
          },
        );
        return { sweep, fingerprint };
      };
      try {
        const records = await Promise.all(request.variants.map(sweepOne));
        if (!isLatest()) return;
        // Both at once: the chart never shows one variant's curve with the other's missing.
        const done = Object.fromEntries(request.variants.map((v, i) => [v, records[i]!]));
        set({ status: 'done', progress: null, sweeps: done });
      } catch (e) {
        if (!isLatest()) return;
        set(stoppedState(e));
      }
    },
    cancel() {
      if (get().status !== 'running') return;
      slot.cancel();
    },
  }));
}

export const useCapacityStore = createCapacityStore(() => new WorkerSimulationClient());
