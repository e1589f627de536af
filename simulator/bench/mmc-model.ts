import { projectSchema, CURRENT_VERSION } from '../../models/schema/project';
import type { Project } from '../../models/types';

/** The benchmark's M/M/c: c workers, exponential service of this mean, Poisson arrivals at this rate. */
export const MMC = { workers: 8, meanServiceMs: 10, rps: 640 } as const;

/** Seconds the M/M/c model runs to see about `requests` requests. */
export function mmcDurationS(requests: number): number {
  return Math.ceil(requests / MMC.rps);
}

/**
 * The benchmark's reference model: one client and one M/M/c service (c = 8 workers, exponential
 * service with mean 10 ms, Poisson arrivals at 640/s: utilisation 0.8), run for as long as it
 * takes to see `requests` requests.
 */
export function mmcProject(requests: number): Project {
  const rps = MMC.rps;
  return projectSchema.parse({
    format: 'spillway',
    version: CURRENT_VERSION,
    name: 'M/M/8 benchmark',
    variants: [
      {
        id: 'mmc',
        name: 'M/M/8',
        nodes: [
          { id: 'client', name: 'client', kind: 'client' },
          {
            id: 'service',
            name: 'service',
            kind: 'service',
            concurrency: MMC.workers,
            queueLimit: null,
            serviceTimeMs: { type: 'exponential', mean: MMC.meanServiceMs },
          },
        ],
        edges: [{ id: 'call', from: 'client', to: 'service', kind: 'call' }],
      },
    ],
    scenarios: [
      {
        id: 'steady',
        name: 'steady',
        durationS: mmcDurationS(requests),
        load: [{ client: 'client', shape: { type: 'constant', rps } }],
      },
    ],
  });
}
