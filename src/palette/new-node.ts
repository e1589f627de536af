// A fresh node of a kind with the file format's defaults (docs/file-format.md), its id unique
// across every variant.
import { BROKER_PRESETS } from '../../models/schema/broker-presets';
import { uniqueId } from '../../models/transformations/unique-id';
import type { ModelNode, NodeKind, Project } from '../../models/types';
import { KIND_LABELS } from '../canvas/kind-icons';

export function allNodeIds(project: Project): Set<string> {
  return new Set(project.variants.flatMap((v) => v.nodes.map((n) => n.id)));
}

export function newNode(
  kind: NodeKind,
  position: { x: number; y: number },
  project: Project,
): ModelNode {
  const taken = allNodeIds(project);
  const id = uniqueId(kind, taken);
  const number = id === kind ? 1 : Number(id.slice(kind.length + 1));
  const name = `${KIND_LABELS[kind]} ${number}`;
  const base = { id, name, position: { x: Math.round(position.x), y: Math.round(position.y) } };
  switch (kind) {
    case 'client':
      return { ...base, kind };
    case 'queue':
    case 'topic':
      return {
        ...base,
        kind,
        technology: 'generic',
        ...structuredClone(BROKER_PRESETS.generic),
        deadLetterQueue: null,
      };
    default:
      return {
        ...base,
        kind,
        replicas: 1,
        concurrency: 8,
        queueLimit: 100,
        serviceTimeMs: { type: 'lognormal', p50: 10, p99: 50 },
        errorRate: 0,
        callMode: 'sequential',
      };
  }
}
