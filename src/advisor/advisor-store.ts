// The advisor panel's run: status, progress with the time left, and the last advice with what it
// was computed from. Its own worker client (the search in one worker, its designs simulated on a
// pool of others), so that advice, simulations and sweeps never wait for each other; Cancel
// terminates them all and keeps the previous advice. The advice never edits the project:
// applying its plan is the panel's own, undoable step.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Project } from '../../models/types';
import { progressThrottle, secondsLeft, stoppedState } from '../simulation/batch-job';
import { IDLE_BATCH, batchSlot, type BatchStatus } from '../simulation/batch-slot';
import { WorkerSimulationClient } from '../simulation/worker-client';
import type { Advice, AdviseProgress, WorkerAdviseOptions } from '../simulation/worker-contract';
import { adviceFingerprint } from './advice-fingerprint';

/** What the advisor needs from a runner: the worker client in the app, an in-process one in tests. */
export interface AdviceRunner {
  advise(
    project: Project,
    options: WorkerAdviseOptions,
    onProgress: (p: AdviseProgress) => void,
  ): Promise<Advice>;
  cancel(): void;
}

export interface AdvisorProgress {
  /** Designs simulated (fractional while their runs go on), and the most the search may simulate (it often ends earlier). */
  done: number;
  planned: number;
  /** 0..1 of `planned`. */
  fraction: number;
  /** Estimated wall-clock seconds left; null until there is enough to estimate from. */
  etaS: number | null;
}

export interface AdviceRecord {
  advice: Advice;
  /** What it was computed from; compare with adviceFingerprint() to know if it is stale. */
  fingerprint: string;
}

export interface AdvisorState {
  status: BatchStatus;
  progress: AdvisorProgress | null;
  error: string | null;
  /** The last advice that finished (kept through a cancel or an error of a later one). */
  record: AdviceRecord | null;
  /**
   * The project "Apply plan" made and the variant it added: while that project is the current
   * one, the plan is applied (kept here so that leaving the view does not forget it).
   */
  applied: { project: Project; id: string } | null;
  setApplied(applied: { project: Project; id: string } | null): void;
  start(project: Project, options: WorkerAdviseOptions): Promise<void>;
  cancel(): void;
}

export function createAdvisorStore(
  makeRunner: () => AdviceRunner,
): UseBoundStore<StoreApi<AdvisorState>> {
  const slot = batchSlot(makeRunner);
  return create<AdvisorState>()((set, get) => ({
    ...IDLE_BATCH,
    record: null,
    applied: null,
    setApplied: (applied) => set({ applied }),
    async start(project, options) {
      if (get().status === 'running') get().cancel();
      const { runner, isLatest } = slot.begin();
      const started = performance.now();
      const due = progressThrottle();
      const fingerprint = adviceFingerprint(project, options.variant, options.scenario);
      set({
        status: 'running',
        error: null,
        progress: { done: 0, planned: 0, fraction: 0, etaS: null },
      });
      try {
        const advice = await runner.advise(project, options, (p) => {
          const now = due();
          if (!isLatest() || now === null) return;
          const fraction = p.planned > 0 ? Math.min(1, p.done / p.planned) : 0;
          set({ progress: { ...p, fraction, etaS: secondsLeft(now - started, fraction) } });
        });
        if (!isLatest()) return;
        set({ status: 'done', progress: null, record: { advice, fingerprint }, applied: null });
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

export const useAdvisorStore = createAdvisorStore(() => new WorkerSimulationClient());
