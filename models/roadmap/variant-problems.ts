import type { ModelNode, Variant } from '../types';

const SERVICE_LIKE = new Set(['service', 'database', 'external']);
const BROKER = new Set(['queue', 'topic']);

/**
 * The referential rules an intermediate variant must keep (ids unique, edges between existing
 * nodes of the right kinds, dead-letter queues that exist). Used to refuse a step order or a
 * recorded step that would leave the system in a state that cannot be simulated.
 */
export function variantProblems(variant: Variant): string[] {
  const problems: string[] = [];
  const nodes = new Map<string, ModelNode>();
  for (const n of variant.nodes) {
    if (nodes.has(n.id)) problems.push(`node "${n.id}" appears twice`);
    nodes.set(n.id, n);
  }
  const edgeIds = new Set<string>();
  for (const e of variant.edges) {
    if (edgeIds.has(e.id)) problems.push(`edge "${e.id}" appears twice`);
    edgeIds.add(e.id);
    const from = nodes.get(e.from);
    const to = nodes.get(e.to);
    if (!from) problems.push(`edge "${e.id}" starts at missing node "${e.from}"`);
    if (!to) problems.push(`edge "${e.id}" ends at missing node "${e.to}"`);
    if (!from || !to) continue;
    const ok =
      e.kind === 'call'
        ? (from.kind === 'client' || SERVICE_LIKE.has(from.kind)) && SERVICE_LIKE.has(to.kind)
        : e.kind === 'publish'
          ? (from.kind === 'client' || SERVICE_LIKE.has(from.kind)) && BROKER.has(to.kind)
          : BROKER.has(from.kind) && SERVICE_LIKE.has(to.kind);
    if (!ok) problems.push(`${e.kind} edge "${e.id}" cannot go from a ${from.kind} to a ${to.kind}`);
  }
  for (const n of variant.nodes) {
    if (n.kind !== 'queue' && n.kind !== 'topic') continue;
    const dlq = n.deadLetterQueue;
    if (dlq === null) continue;
    const target = nodes.get(dlq);
    if (!target) problems.push(`broker "${n.id}" sends dead letters to missing node "${dlq}"`);
    else if (target.kind !== 'queue') problems.push(`broker "${n.id}" sends dead letters to a ${target.kind}`);
    else if (dlq === n.id) problems.push(`broker "${n.id}" sends dead letters to itself`);
  }
  return problems;
}
