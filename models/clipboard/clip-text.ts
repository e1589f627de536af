import { edgeSchema } from '../schema/edge';
import { nodeSchema } from '../schema/node';
import type { ModelEdge, ModelNode } from '../types';

/** Copied nodes and the edges among them. */
export interface Clip {
  nodes: ModelNode[];
  edges: ModelEdge[];
}

/** The key that marks clipboard text as Spillway nodes, and its format version. */
const MARK = 'spillwayClip';
const VERSION = 1;

/** The text put on the system clipboard: JSON any Spillway tab (or a person) can read. */
export function clipToText(clip: Clip): string {
  return JSON.stringify({ [MARK]: VERSION, nodes: clip.nodes, edges: clip.edges });
}

/**
 * The clip in clipboard text, or null when the text is not Spillway nodes (any other text the
 * user copied) or does not validate: every node and edge must pass the file format's schema,
 * and every edge must join two nodes of the clip.
 */
export function clipFromText(text: string): Clip | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  if (record[MARK] !== VERSION || !Array.isArray(record.nodes) || !Array.isArray(record.edges))
    return null;
  const nodes: ModelNode[] = [];
  for (const n of record.nodes) {
    const parsed = nodeSchema.safeParse(n);
    if (!parsed.success) return null;
    nodes.push(parsed.data);
  }
  const ids = new Set(nodes.map((n) => n.id));
  const edges: ModelEdge[] = [];
  for (const e of record.edges) {
    const parsed = edgeSchema.safeParse(e);
    if (!parsed.success || !ids.has(parsed.data.from) || !ids.has(parsed.data.to)) return null;
    edges.push(parsed.data);
  }
  return nodes.length > 0 ? { nodes, edges } : null;
}
