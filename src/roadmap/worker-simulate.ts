// The roadmap's `simulate` in the app: each intermediate system goes through the worker client,
// whose pool runs the systems asked for together side by side.
import type { SimulateLike } from '../../models/roadmap/simulate-roadmap';
import type { Project } from '../../models/types';
import type { SimulationResult } from '../../simulator/result';
import { progressThrottle } from '../simulation/batch-job';
import { BatchTracker, type BatchProgress } from '../simulation/progress';
import { WorkerSimulationClient } from '../simulation/worker-client';

export interface WorkerRoadmapRun {
  simulate: (project: Project, options: Parameters<SimulateLike>[1]) => Promise<SimulationResult>;
  /** Terminates every worker of the run. */
  cancel: () => void;
  /** The most systems simulated at once. */
  workers: number;
}

/**
 * A worker pool for one roadmap run. `onProgress` (throttled) follows every system asked for so
 * far as one batch, with the time left, until `cancel`.
 */
export function workerSimulate(onProgress?: (p: BatchProgress) => void): WorkerRoadmapRun {
  const client = new WorkerSimulationClient();
  const tracker = new BatchTracker();
  const started = performance.now();
  const due = progressThrottle();
  // A message already on its way when the workers were terminated reports nothing.
  let cancelled = false;
  const report = (): void => {
    const now = due();
    if (onProgress && !cancelled && now !== null) onProgress(tracker.progress(now - started));
  };
  const simulate: WorkerRoadmapRun['simulate'] = async (project, options) => {
    const run = tracker.add();
    const output = await client.run(project, options, (p) => {
      tracker.update(run, p);
      report();
    });
    tracker.finish(run);
    report();
    return output.result;
  };
  const cancel = (): void => {
    cancelled = true;
    client.cancel();
  };
  return { simulate, cancel, workers: client.workers };
}
