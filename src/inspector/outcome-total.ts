// The running total of an exclusive outcome group (docs/file-format.md, "Flows that depend on
// outcomes"): the weights of the source node's edges in the group, which must add up to 1.
import type { ModelEdge, Variant } from '../../models/types';

/** Same tolerance as the validator's (models/checks/flow-rules.ts). */
const TOLERANCE = 1e-9;

export interface OutcomeTotal {
  /** "Succeeded 0.97 + Failed 0.03 = 1". */
  text: string;
  sum: number;
  complete: boolean;
}

const groupOf = (e: ModelEdge): string | undefined =>
  e.kind === 'consume' ? undefined : e.outcome?.group;
const weightOf = (e: ModelEdge): number => (e.kind === 'consume' ? 0 : (e.outcome?.weight ?? 0));

export function groupMembers(variant: Variant, from: string, group: string): ModelEdge[] {
  return variant.edges.filter((e) => e.from === from && groupOf(e) === group);
}

export function outcomeTotal(variant: Variant, from: string, group: string): OutcomeTotal {
  const name = (id: string) => variant.nodes.find((n) => n.id === id)?.name ?? id;
  const members = groupMembers(variant, from, group);
  const sum = members.reduce((s, e) => s + weightOf(e), 0);
  const rounded = Math.round(sum * 1e6) / 1e6;
  const terms = members.map((e) => `${name(e.to)} ${weightOf(e)}`).join(' + ');
  return { text: `${terms} = ${rounded}`, sum, complete: Math.abs(sum - 1) <= TOLERANCE };
}

/** The weight a new member of a group gets: what the others leave to 1 (1 for a new group). */
export function remainingWeight(variant: Variant, from: string, group: string): number {
  const left = 1 - groupMembers(variant, from, group).reduce((s, e) => s + weightOf(e), 0);
  return left > TOLERANCE ? Math.round(left * 1e9) / 1e9 : 1;
}
