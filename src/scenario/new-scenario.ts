// A new scenario: a copy of the one shown (so a variation is one click away), or a plain
// one-minute constant load on every client.
import type { Scenario } from '../../models/types';

export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'scenario';
  if (!taken.has(clean)) return clean;
  for (let i = 2; ; i++) if (!taken.has(`${clean}-${i}`)) return `${clean}-${i}`;
}

export function newScenario(
  existing: readonly Scenario[],
  from: Scenario | null,
  clients: readonly { id: string }[],
): Scenario {
  const taken = new Set(existing.map((s) => s.id));
  if (from) {
    return {
      ...structuredClone(from),
      id: uniqueId(`${from.id}-copy`, taken),
      name: `${from.name} (copy)`,
    };
  }
  return {
    id: uniqueId('scenario', taken),
    name: 'New scenario',
    durationS: 60,
    warmupS: 5,
    seed: 1,
    replications: 1,
    load: clients.map((c) => ({ client: c.id, shape: { type: 'constant', rps: 20 } })),
    faults: [],
  };
}
