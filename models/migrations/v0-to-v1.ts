import { isRecord } from '../schema-at';
import type { Migration } from './migration';

/**
 * Version 0 (the first prototype's files) had one system per file: `nodes` and `edges` at the
 * top level, `type` where v1 says `kind`, positions as `x`/`y`, a service time as a plain
 * number of milliseconds (`serviceTime`), and a scenario's load as `{ client, rps }`.
 * Version 1 holds variants; a v0 file becomes a project with a single `as-is` variant.
 */
export const v0ToV1: Migration = {
  from: 0,
  summary: 'one system per file became a project with variants',
  migrate(document) {
    const { nodes, edges, scenarios, ...rest } = document;
    const variant = {
      id: 'as-is',
      name: 'As-is',
      nodes: Array.isArray(nodes) ? nodes.map(node) : nodes,
      edges: Array.isArray(edges) ? edges.map(edge) : edges,
    };
    return {
      format: 'spillway',
      ...rest,
      version: 1,
      variants: [variant],
      ...(scenarios === undefined
        ? {}
        : { scenarios: Array.isArray(scenarios) ? scenarios.map(scenario) : scenarios }),
    };
  },
};

function renameType(value: Record<string, unknown>): Record<string, unknown> {
  if (!('type' in value) || 'kind' in value) return value;
  const { type, ...rest } = value;
  return { ...rest, kind: type };
}

function node(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const { x, y, serviceTime, ...rest } = renameType(value);
  const out: Record<string, unknown> = { ...rest };
  if (x !== undefined || y !== undefined) out.position = { x: x ?? 0, y: y ?? 0 };
  if (serviceTime !== undefined)
    out.serviceTimeMs =
      typeof serviceTime === 'number' ? { type: 'constant', value: serviceTime } : serviceTime;
  return out;
}

function edge(value: unknown): unknown {
  return isRecord(value) ? renameType(value) : value;
}

function scenario(value: unknown): unknown {
  if (!isRecord(value) || !Array.isArray(value.load)) return value;
  const load = value.load.map((entry: unknown) => {
    if (!isRecord(entry) || !('rps' in entry) || 'shape' in entry) return entry;
    const { rps, ...rest } = entry;
    return { ...rest, shape: { type: 'constant', rps } };
  });
  return { ...value, load };
}
