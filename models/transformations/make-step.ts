import { newStep } from '../roadmap/new-step';
import type { Change, ModelEdge, ModelNode, StepKind, Variant } from '../types';
import { TransformationError, type TransformationResult } from './transformation';

/** The changes of a transformation and the recorded roadmap step that holds them. */
export function recordedStep(
  kind: StepKind,
  id: string,
  title: string,
  rationale: string,
  changes: Change[],
  checklist: readonly [string, string][] = [],
): TransformationResult {
  const items = checklist.map(([itemId, label]) => ({ id: itemId, label, done: false }));
  const step = newStep({ id, kind, title, rationale, changes, checklist: items, recorded: true });
  return { changes, step };
}

export function findNode(variant: Variant, id: string): ModelNode {
  const node = variant.nodes.find((n) => n.id === id);
  if (!node) throw new TransformationError(`no node "${id}" in variant "${variant.id}"`);
  return node;
}

export function findEdge<K extends ModelEdge['kind']>(
  variant: Variant,
  id: string,
  kind: K,
): Extract<ModelEdge, { kind: K }> {
  const edge = variant.edges.find((e) => e.id === id);
  if (!edge) throw new TransformationError(`no edge "${id}" in variant "${variant.id}"`);
  if (edge.kind !== kind)
    throw new TransformationError(`edge "${id}" is a ${edge.kind}, not a ${kind}`);
  return edge as Extract<ModelEdge, { kind: K }>;
}

/** Ids already used by nodes here and, when given, in the other variants (ids are shared across variants). */
export function takenNodeIds(variant: Variant, others: Iterable<string> = []): Set<string> {
  return new Set([...variant.nodes.map((n) => n.id), ...others]);
}

export const MESSAGING_CHECKLIST: readonly [string, string][] = [
  ['message-contract', 'Message contract written and versioned'],
  ['idempotency-key', 'Idempotency key chosen; consumer discards duplicates'],
  ['dead-letters', 'Dead-letter handling and replay agreed'],
  ['monitoring', 'Backlog, message age, latency and error rate monitored with alerts'],
];
