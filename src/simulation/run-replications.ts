// A variant's replications as separate runs, so that a worker pool runs them side by side: seeds
// seed, seed+1, … as replicate() gives them in one worker, summarised the same way, so the
// figures equal the serial run's whatever the pool's size.
import { allInOrder } from '../../models/all-in-order';
import type { Project } from '../../models/types';
import { summariseReplications } from '../../simulator/replication-summary';
import type { SimulationRunner } from './worker-client';
import type { WorkerProgress, WorkerRunOutput } from './worker-contract';

export interface ReplicatedRunRequest {
  variant: string;
  scenario: string;
  seed: number;
  replications: number;
}

export interface ReplicationEvents {
  /** A progress message of replication `replication` (0-based). */
  onProgress(replication: number, p: WorkerProgress): void;
  /** Replication `replication` has its result. */
  onFinished(replication: number): void;
}

/** Asks the runner for every replication at once; the result of the first with the summary. */
export async function runReplications(
  runner: SimulationRunner,
  project: Project,
  request: ReplicatedRunRequest,
  events: ReplicationEvents,
): Promise<WorkerRunOutput> {
  const count = Math.max(1, request.replications);
  const runs = Array.from({ length: count }, async (_, i) => {
    const output = await runner.run(
      project,
      { variant: request.variant, scenario: request.scenario, seed: request.seed + i },
      (p) => events.onProgress(i, p),
    );
    events.onFinished(i);
    return output.result;
  });
  const results = await allInOrder(runs);
  return {
    result: results[0]!,
    replicated: count > 1 ? summariseReplications(results) : null,
  };
}
