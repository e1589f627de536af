import { faultTypesOf, kindSpec } from './kinds/node-kinds';
import type { Fault, Project, Variant } from './types';

/** A fault of a scenario that a variant cannot suffer, and why. */
export interface SkippedFault {
  /** Position of the fault in the scenario's `faults`. */
  index: number;
  node: string;
  type: Fault['type'];
  reason: string;
}

/**
 * Why `fault` does not apply to `variant`, or null when it does. A scenario is shared by the
 * variants, and a fault may name a node that only one of them has (the to-be's new queue, the
 * as-is's retired service): that variant runs without the fault rather than not at all.
 */
export function faultSkipReason(fault: Fault, variant: Variant): string | null {
  const node = variant.nodes.find((n) => n.id === fault.node);
  if (!node) return `${variant.name} has no node "${fault.node}"`;
  const types = faultTypesOf(node.kind);
  if (types.length === 0)
    return `"${fault.node}" is a ${node.kind} in ${variant.name}; faults apply to what serves requests`;
  if (!types.includes(fault.type))
    return `"${fault.node}" is a ${node.kind} in ${variant.name}; a ${fault.type} fault does not apply to ${kindSpec(node.kind).plural}`;
  return null;
}

/** The faults of a scenario that a variant skips, in the scenario's order. */
export function skippedFaults(faults: readonly Fault[], variant: Variant): SkippedFault[] {
  const skipped: SkippedFault[] = [];
  faults.forEach((fault, index) => {
    const reason = faultSkipReason(fault, variant);
    if (reason !== null) skipped.push({ index, node: fault.node, type: fault.type, reason });
  });
  return skipped;
}

/** The variants that have a node with this id (where a fault on it takes effect). */
export function variantsWithNode(project: Project, nodeId: string): Variant[] {
  return project.variants.filter((v) => v.nodes.some((n) => n.id === nodeId));
}
