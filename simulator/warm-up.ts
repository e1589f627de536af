// Warming the engine up in an idle worker. A process's first run is slow: V8 starts every
// function in its interpreter and optimises the hot ones while the run goes on (~100-150 ms of
// a first run, docs/performance.md "The first run in a process"). A worker the page started
// ahead of the first click (src/simulation/use-prestarted-workers.ts) can pay that while the user
// is still choosing: a few short slices of the very model they are about to run, each cut off
// after SLICE_MS of wall time. The first real run then starts with the engine compiled and
// optimised. Results do not depend on it: every run builds a fresh engine from its own inputs.
import type { Project } from '../models/types';
import { simulate } from './simulate';

/**
 * Wall time of one slice: a real call waits at most about one slice. The engine looks at the
 * clock every 8 192 events, so a cold slice (the first ones, in the interpreter) runs longer.
 */
export const SLICE_MS = 10;
/**
 * Slices in all, a few hundred milliseconds of an idle worker. Measured in Chromium
 * (docs/performance.md): a first run after them is ~7 % shorter (Simulate, the Client portal's
 * as-is peak: 503 → 467 ms, medians of 6), and a click during them waits ~30 ms for its slice.
 */
export const SLICES = 12;

export interface WarmUpOutcome {
  /** Slices that ran. */
  slices: number;
  /** Why it ended: all slices ran, real work arrived, or the model cannot run. */
  ended: 'done' | 'stopped' | 'unrunnable';
}

/**
 * Runs up to SLICES slices of `project` under `scenarioId` (or its first scenario), taking its
 * variants in turn, and gives way between two slices (`pause`: the host's next task, so that a
 * call that brings real work is taken at once); that call makes `stopped()` true and no slice
 * starts after it.
 */
export async function warmUpEngine(
  project: Project,
  scenarioId: string | null,
  stopped: () => boolean,
  pause: () => Promise<void>,
): Promise<WarmUpOutcome> {
  const scenario = project.scenarios.find((s) => s.id === scenarioId) ?? project.scenarios[0];
  const variants = project.variants;
  if (!scenario || variants.length === 0) return { slices: 0, ended: 'unrunnable' };
  for (let i = 0; i < SLICES; i++) {
    if (stopped()) return { slices: i, ended: 'stopped' };
    try {
      simulate(project, {
        variant: variants[i % variants.length]!.id,
        scenario: scenario.id,
        maxWallMs: SLICE_MS,
      });
    } catch {
      // A model the engine refuses: the real run will say why; nothing to warm up here.
      return { slices: i, ended: 'unrunnable' };
    }
    await pause();
  }
  return { slices: SLICES, ended: 'done' };
}
