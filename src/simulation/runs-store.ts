// Simulation runs of the app: status, progress, and the results kept per variant and scenario.
// A separate zustand store (not part of the undoable model history): running never becomes an
// undo step, and the model store stays free of worker state.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { allInOrder } from '../../models/all-in-order';
import type { Project } from '../../models/types';
import type { SimulationResult } from '../../simulator/result';
import { runFingerprint } from './fingerprint';
import { BatchTracker, type BatchProgress } from './progress';
import { runReplications } from './run-replications';
import { progressThrottle, stoppedState } from './batch-job';
import { IDLE_BATCH, batchSlot, type BatchStatus } from './batch-slot';
import { WorkerSimulationClient, type SimulationRunner } from './worker-client';
import { markStartStep } from '../help/getting-started-store';
import type { ReplicatedResult } from './worker-contract';

export interface RunRecord {
  variant: string;
  scenario: string;
  seed: number;
  replications: number;
  result: SimulationResult;
  replicated: ReplicatedResult | null;
  /** What the numbers were computed from; compare with runFingerprint() to know if they are stale. */
  fingerprint: string;
  wallMs: number;
}

export interface RunRequest {
  variants: readonly string[];
  scenario: string;
  seed: number;
  replications: number;
}

export interface RunsState {
  status: BatchStatus;
  progress: BatchProgress | null;
  error: string | null;
  request: RunRequest | null;
  results: Record<string, RunRecord>;
  /** The scenario chosen in Simulate or Compare: both views show the same one. */
  scenarioId: string | null;
  selectScenario(id: string): void;
  start(project: Project, request: RunRequest): Promise<void>;
  cancel(): void;
  clear(): void;
  /**
   * Starts the simulator workers ahead of the first run (Simulate and Compare do, once idle),
   * warming them up on the project under the chosen scenario.
   */
  prestart(project: Project): void;
}

export function runKey(variant: string, scenario: string): string {
  return `${variant}\u0000${scenario}`;
}

/** Results computed from a model that has changed since (positions do not count). */
export function isStale(record: RunRecord, project: Project): boolean {
  return runFingerprint(project, record.variant, record.scenario) !== record.fingerprint;
}

export function createRunsStore(
  makeRunner: () => SimulationRunner,
): UseBoundStore<StoreApi<RunsState>> {
  const slot = batchSlot(makeRunner);
  return create<RunsState>()((set, get) => ({
    ...IDLE_BATCH,
    request: null,
    results: {},
    scenarioId: null,
    selectScenario(id) {
      set({ scenarioId: id });
    },
    async start(project, request) {
      if (get().status === 'running') get().cancel();
      const { runner, isLatest } = slot.begin();
      const started = performance.now();
      const due = progressThrottle();
      const replications = Math.max(1, request.replications);
      // Every variant's every replication at once: the runner's pool runs them side by side.
      const tracker = new BatchTracker(request.variants.length * replications);
      const report = (): void => {
        const now = due();
        if (!isLatest() || now === null) return;
        set({ progress: tracker.progress(now - started) });
      };
      set({ status: 'running', error: null, request, progress: tracker.progress(0) });
      try {
        const variants = request.variants.map(async (variant, v) => {
          const fingerprint = runFingerprint(project, variant, request.scenario);
          const output = await runReplications(
            runner,
            project,
            { variant, scenario: request.scenario, seed: request.seed, replications },
            {
              onProgress: (r, p) => {
                tracker.update(v * replications + r, p);
                report();
              },
              onFinished: (r) => {
                tracker.finish(v * replications + r);
                report();
              },
            },
          );
          if (!isLatest()) return;
          const record: RunRecord = {
            variant,
            scenario: request.scenario,
            seed: request.seed,
            replications: request.replications,
            result: output.result,
            replicated: output.replicated,
            fingerprint,
            wallMs: performance.now() - started,
          };
          set((s) => ({ results: { ...s.results, [runKey(variant, request.scenario)]: record } }));
        });
        await allInOrder(variants);
        if (!isLatest()) return;
        set({ status: 'done', progress: null });
        markStartStep('simulate');
        if (request.variants.length > 1) markStartStep('compare');
      } catch (e) {
        if (!isLatest()) return;
        set(stoppedState(e));
      }
    },
    cancel() {
      if (get().status !== 'running') return;
      slot.cancel();
    },
    clear() {
      set({ results: {}, status: 'idle', error: null, progress: null });
    },
    prestart(project) {
      slot.prestart({ project, scenarioId: get().scenarioId });
    },
  }));
}

export const useRunsStore = createRunsStore(() => new WorkerSimulationClient());
