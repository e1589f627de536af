// A fresh node of a kind: every field the schema defaults takes the schema's default.
import { copyJson } from '../json-copy';
import { nodeSchemaFor } from '../kinds/node-schemas';
import { kindLabel, kindSpec } from '../kinds/node-kinds';
import { uniqueId } from './unique-id';
import type { ModelNode, NodeKind, Project, ProjectInput } from '../types';
import { allNodeIds } from './all-node-ids';

/** A node as a file may give it: fields the schema defaults may be left out. */
export type NodeInput = NonNullable<ProjectInput['variants'][number]['nodes']>[number];

/** The node the schema makes of `input`, every field left out at its default. */
export function defaultNode(input: NodeInput): ModelNode {
  // A copy, so that no two nodes share a default's object (a distribution, a preset).
  return copyJson(nodeSchemaFor(input.kind).parse(input));
}

/** A node for the palette: id `<kind>`, `<kind>-2`, … unique across every variant, named "Queue 2". */
export function newNode(
  kind: NodeKind,
  position: { x: number; y: number },
  project: Project,
): ModelNode {
  const id = uniqueId(kind, allNodeIds(project));
  const number = id === kind ? 1 : Number(id.slice(kind.length + 1));
  return defaultNode({
    ...kindSpec(kind).defaults,
    id,
    name: `${kindLabel(kind)} ${number}`,
    kind,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
  });
}
