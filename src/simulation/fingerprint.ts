// What a run's numbers depend on, as a string: the variant's nodes and edges without their
// positions on the canvas, the scenario, the latency objective and the prices (the run's cost). A different fingerprint after an edit marks the run
// as stale; dragging a node around does not.
import type { Project } from '../../models/types';

const cache = new WeakMap<Project, Map<string, string>>();

function withoutPositions(key: string, value: unknown): unknown {
  return key === 'position' ? undefined : value;
}

export function runFingerprint(project: Project, variantId: string, scenarioId: string): string {
  let perProject = cache.get(project);
  if (!perProject) {
    perProject = new Map();
    cache.set(project, perProject);
  }
  const key = `${variantId}\u0000${scenarioId}`;
  const hit = perProject.get(key);
  if (hit !== undefined) return hit;
  const variant = project.variants.find((v) => v.id === variantId) ?? null;
  const scenario = project.scenarios.find((s) => s.id === scenarioId) ?? null;
  // The run counts requests within the latency objective, so a new target makes it stale.
  const latencyTargetMs = project.slo.latencyTargetMs;
  // The run's cost is priced by the project's table, so new prices make it stale too.
  const prices = project.prices ?? null;
  const print = JSON.stringify({ variant, scenario, latencyTargetMs, prices }, withoutPositions);
  perProject.set(key, print);
  return print;
}
