// A fresh edge of a kind: every field the schema defaults takes the schema's default.
import { copyJson } from '../json-copy';
import { callEdgeSchema, consumeEdgeSchema, publishEdgeSchema } from '../schema/edge';
import { uniqueId } from './unique-id';
import type { EdgeKind, ModelEdge } from '../types';

const EDGE_SCHEMAS = {
  call: callEdgeSchema,
  publish: publishEdgeSchema,
  consume: consumeEdgeSchema,
} as const satisfies { [E in EdgeKind]: unknown };

/** An edge `from` → `to` with id `<from>-<to>` (suffixed when taken). */
export function newEdge<E extends EdgeKind>(
  kind: E,
  from: string,
  to: string,
  taken: ReadonlySet<string> | readonly string[],
): Extract<ModelEdge, { kind: E }> {
  const id = uniqueId(`${from}-${to}`, taken);
  const schema = EDGE_SCHEMAS[kind] as unknown as { parse(v: unknown): ModelEdge };
  return copyJson(schema.parse({ id, from, to, kind })) as Extract<ModelEdge, { kind: E }>;
}
