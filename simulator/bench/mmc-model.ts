import { projectSchema, CURRENT_VERSION } from '../../models/schema/project';
import type { Project } from '../../models/types';

/**
 * The benchmark's reference model: one client and one M/M/c service (c = 8 workers, exponential
 * service with mean 10 ms, Poisson arrivals at 640/s: utilisation 0.8), run for as long as it
 * takes to see `requests` requests.
 */
export function mmcProject(requests: number): Project {
  const rps = 640;
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
            concurrency: 8,
            queueLimit: null,
            serviceTimeMs: { type: 'exponential', mean: 10 },
          },
        ],
        edges: [{ id: 'call', from: 'client', to: 'service', kind: 'call' }],
      },
    ],
    scenarios: [
      {
        id: 'steady',
        name: 'steady',
        durationS: Math.ceil(requests / rps),
        load: [{ client: 'client', shape: { type: 'constant', rps } }],
      },
    ],
  });
}
