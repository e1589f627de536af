import { isClient } from '../../models/kinds/guards';
import type { Project } from '../../models/types';

/**
 * A copy of a project with one more scenario: `rps` requests per second on every client for
 * `durationS` seconds (the benchmark's "10-minute 500 rps peak"), faults none, no warm-up.
 */
export function withPeakScenario(
  project: Project,
  id: string,
  rps: number,
  durationS: number,
): Project {
  const clients = new Set<string>();
  for (const v of project.variants) for (const n of v.nodes) if (isClient(n)) clients.add(n.id);
  const perClient = rps / Math.max(1, clients.size);
  return {
    ...project,
    scenarios: [
      ...project.scenarios,
      {
        id,
        name: id,
        durationS,
        warmupS: 0,
        seed: 1,
        replications: 1,
        faults: [],
        load: [...clients].map((client) => ({
          client,
          shape: { type: 'constant', rps: perClient },
        })),
      },
    ],
  };
}
