// A new scenario: a copy of the one shown (so a variation is one click away), or a plain
// one-minute constant load on every client.
import { uniqueId } from '../elements/unique-id';
import { copyJson } from '../json-copy';
import type { Scenario } from '../types';

export function newScenario(
  existing: readonly Scenario[],
  from: Scenario | null,
  clients: readonly { id: string }[],
): Scenario {
  const taken = new Set(existing.map((s) => s.id));
  if (from) {
    return {
      ...copyJson(from),
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
