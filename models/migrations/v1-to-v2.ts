import { isRecord } from '../schema-at';
import type { Migration } from './migration';

/**
 * Version 2 makes a consume edge's `concurrency` per replica of the consuming service (version 1
 * read it as the total, so scaling the service left its consumers alone) and adds the project's
 * `slo` (left out here: the loader fills in the defaults).
 *
 * The old total T over the service's R replicas becomes T / R per replica. When R does not
 * divide T, no whole number per replica gives T, so the edge gets ⌈T / R⌉ per replica and a cap
 * `maxConsumers: T`: the total, and so every simulated number, stays what it was. The replicas
 * are read from the variant the edge is in; a consume edge inside a roadmap change takes the
 * consuming node from the roadmap's target variant (else from any variant that has it).
 */
export const v1ToV2: Migration = {
  from: 1,
  summary: 'consumer concurrency became per replica of the consuming service',
  migrate(doc) {
    const variants = Array.isArray(doc.variants) ? doc.variants : [];
    const migrated = variants.map((v: unknown) => (isRecord(v) ? migrateVariant(v) : v));
    const out: Record<string, unknown> = { ...doc, version: 2 };
    if (Array.isArray(doc.variants)) out.variants = migrated;
    if (isRecord(doc.roadmap)) out.roadmap = migrateRoadmap(doc.roadmap, variants);
    return out;
  },
};

const DEFAULT_TOTAL = 4;

/** The replicas of each node id in a variant (only well-formed counts). */
function replicasById(variant: Record<string, unknown>): Map<string, number> {
  const map = new Map<string, number>();
  if (!Array.isArray(variant.nodes)) return map;
  for (const n of variant.nodes) {
    if (!isRecord(n) || typeof n.id !== 'string') continue;
    const r = n.replicas === undefined ? 1 : n.replicas;
    if (typeof r === 'number' && Number.isInteger(r) && r >= 1) map.set(n.id, r);
  }
  return map;
}

/** A v1 consume edge as a v2 one with the same total; anything unreadable is left to the validator. */
export function perReplicaEdge(edge: unknown, replicas: number | undefined): unknown {
  if (!isRecord(edge) || edge.kind !== 'consume' || replicas === undefined) return edge;
  if ('maxConsumers' in edge) return edge;
  const total = edge.concurrency === undefined ? DEFAULT_TOTAL : edge.concurrency;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 1) return edge;
  if (total % replicas === 0) return { ...edge, concurrency: total / replicas, maxConsumers: null };
  return { ...edge, concurrency: Math.ceil(total / replicas), maxConsumers: total };
}

function migrateVariant(variant: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(variant.edges)) return variant;
  const replicas = replicasById(variant);
  const edges = variant.edges.map((e: unknown) =>
    perReplicaEdge(e, isRecord(e) && typeof e.to === 'string' ? replicas.get(e.to) : undefined),
  );
  return { ...variant, edges };
}

function migrateRoadmap(roadmap: Record<string, unknown>, variants: unknown[]): unknown {
  if (!Array.isArray(roadmap.steps)) return roadmap;
  const records = variants.filter(isRecord);
  const target = records.find((v) => v.id === roadmap.to);
  const ordered = target ? [target, ...records.filter((v) => v !== target)] : records;
  const maps = ordered.map(replicasById);
  const replicasOf = (id: unknown): number | undefined => {
    if (typeof id !== 'string') return undefined;
    for (const m of maps) if (m.has(id)) return m.get(id);
    return undefined;
  };
  const steps = roadmap.steps.map((step: unknown) => {
    if (!isRecord(step) || !Array.isArray(step.changes)) return step;
    const changes = step.changes.map((c: unknown) => {
      if (!isRecord(c) || !isRecord(c.edge)) return c;
      return { ...c, edge: perReplicaEdge(c.edge, replicasOf(c.edge.to)) };
    });
    return { ...step, changes };
  });
  return { ...roadmap, steps };
}
