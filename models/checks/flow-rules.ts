import type { ModelNode, Variant } from '../types';
import type { Findings } from './findings';
import { nodeLabel } from './node-label';

/** How close a group's weights must come to 1 (they are typed by hand: 0.97 + 0.03). */
const WEIGHT_TOLERANCE = 1e-9;

/**
 * Flows that depend on outcomes (models/schema/flow.ts): a condition needs a node whose request
 * can fail, so a client's edges take none; an exclusive group's weights add up to 1, and its
 * edges share one condition (the group is one step of the plan).
 */
export function checkFlows(variant: Variant, v: number, findings: Findings): void {
  const nodes = new Map<string, ModelNode>(variant.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, { first: number; sum: number; when: string }>();
  variant.edges.forEach((edge, e) => {
    if (edge.kind === 'consume') return;
    const path = ['variants', v, 'edges', e] as const;
    const from = nodes.get(edge.from);
    const when = edge.when ?? 'always';
    if (from?.kind === 'client' && when !== 'always')
      findings.error(
        [...path, 'when'],
        `${nodeLabel(from)} is a client: it has no outcome of its own to react to (only a service, database or external system can run a call or publish "${when}")`,
      );
    if (!edge.outcome) return;
    const key = `${edge.from}\u0000${edge.outcome.group}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: e, sum: edge.outcome.weight, when });
      return;
    }
    group.sum += edge.outcome.weight;
    if (group.when !== when)
      findings.error(
        [...path, 'when'],
        `the edges of outcome group "${edge.outcome.group}" must share one condition: edges[${group.first}] is "${group.when}", this one "${when}"`,
      );
  });
  for (const [key, group] of groups) {
    if (Math.abs(group.sum - 1) <= WEIGHT_TOLERANCE) continue;
    const [from, name] = key.split('\u0000');
    const source = nodes.get(from!);
    findings.error(
      ['variants', v, 'edges', group.first, 'outcome', 'weight'],
      `the weights of outcome group "${name}" of ${source ? nodeLabel(source) : from} add up to ${round(group.sum)}, not 1`,
    );
  }
}

const round = (x: number): string => String(Math.round(x * 1e9) / 1e9);
