// The one batch of worker jobs a store runs at a time (the runs, capacity and advisor stores): its
// status, the state before any batch, the runner made on first use, and which batch is the latest.
import type { WarmUpModel } from './worker-client';

export type BatchStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** A store's batch state before its first batch. */
export const IDLE_BATCH = { status: 'idle', progress: null, error: null } as const;

/** The one batch of worker jobs a store runs at a time. */
export interface BatchSlot<R> {
  /**
   * Starts a batch: the runner (made on first use), and whether this batch is still the latest
   * (false once another has started: the earlier one must no longer write to the store).
   */
  begin(): { runner: R; isLatest: () => boolean };
  /** Stops the batch that is running, if any (its promise then rejects as cancelled). */
  cancel(): void;
  /**
   * Makes the runner now and lets it start its workers, ahead of the first batch (warming them
   * up on `warmUp`, when given).
   */
  prestart(warmUp?: WarmUpModel): void;
}

export function batchSlot<R extends { cancel(): void; prestart?(warmUp?: WarmUpModel): void }>(
  makeRunner: () => R,
): BatchSlot<R> {
  let runner: R | null = null;
  let generation = 0;
  return {
    begin() {
      const mine = ++generation;
      runner ??= makeRunner();
      return { runner, isLatest: () => mine === generation };
    },
    cancel() {
      runner?.cancel();
    },
    prestart(warmUp) {
      runner ??= makeRunner();
      runner.prestart?.(warmUp);
    },
  };
}
