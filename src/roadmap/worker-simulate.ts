// The roadmap's `simulate` in the app: each intermediate system goes through the worker client.
import type { SimulateLike } from '../../models/roadmap/simulate-roadmap';
import { WorkerSimulationClient } from '../simulation/worker-client';

/** One worker for a roadmap run; `cancel` terminates it. */
export function workerSimulate(): { simulate: SimulateLike; cancel: () => void } {
  const client = new WorkerSimulationClient();
  const simulate: SimulateLike = async (project, options) =>
    (await client.run(project, options, () => undefined)).result;
  return { simulate, cancel: () => client.cancel() };
}
