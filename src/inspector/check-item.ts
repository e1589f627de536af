// Checks a candidate node or edge against the models' schema before it is applied.
import { z } from 'zod';
import { nodeSchemaFor } from '../../models/kinds/node-schemas';
import { edgeSchema } from '../../models/schema/edge';
import type { ModelEdge, ModelNode } from '../../models/types';
import { humanizeIssue } from './humanize-issue';

/** The first problem at or under `field`, as a sentence; null when the candidate is valid. */
function firstProblem(schema: z.ZodType, candidate: unknown, field: string): string | null {
  const r = schema.safeParse(candidate);
  if (r.success) return null;
  const issue = r.error.issues.find((i) => i.path[0] === field) ?? r.error.issues[0]!;
  return humanizeIssue(issue);
}

export const checkNode = (node: ModelNode, field: string): string | null =>
  firstProblem(nodeSchemaFor(node.kind), node, field);
export const checkEdge = (edge: ModelEdge, field: string): string | null =>
  firstProblem(edgeSchema, edge, field);
