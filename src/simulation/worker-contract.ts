// The worker's API as BRIEF.md fixes it. Mirrored here until simulator/worker.ts lands in main;
// then this file re-exports the simulator's own types so that the two cannot drift.
import type { Project } from '../../models/types';
import type { SimulateOptions, SimulationResult } from '../../simulator/result';

export interface ReplicatedResult {
  runs: SimulationResult[];
  kpis: Record<string, { mean: number; ci95: number }>;
}

export interface WorkerProgress {
  simulatedS: number;
  durationS: number;
  events: number;
  replication: number;
}

export type WorkerRunOptions = Omit<SimulateOptions, 'onProgress'> & { replications?: number };

export interface WorkerRunOutput {
  result: SimulationResult;
  replicated: ReplicatedResult | null;
}

export interface SimulatorWorkerApi {
  run(project: Project, options: WorkerRunOptions, onProgress?: (p: WorkerProgress) => void): Promise<WorkerRunOutput>;
}
