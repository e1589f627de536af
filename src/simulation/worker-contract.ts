// The worker's API, as the simulator's worker adapter defines it (types only: the app reaches
// the simulator at run time solely through the Worker in worker-client.ts).
export type {
  Advice,
  AdviseProgress,
  LoadSweep,
  SimulatorWorkerApi,
  SweepProgress,
  WorkerProgress,
  WorkerAdviseOptions,
  WorkerRunOptions,
  WorkerSweepOptions,
} from '../../simulator/worker';
export type { ReplicatedResult } from '../../simulator/replicate';
import type { ReplicatedResult } from '../../simulator/replicate';
import type { SimulationResult } from '../../simulator/result';

export interface WorkerRunOutput {
  result: SimulationResult;
  replicated: ReplicatedResult | null;
}
