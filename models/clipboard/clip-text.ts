import { edgeSchema } from '../schema/edge';
import { nodeSchema } from '../schema/node';
import { LIMITS } from '../limits';
import { isRecord } from '../schema-at';
import { formatPath, problem, type PathSegment, type Problem } from '../problem';
import { describeValue, issuesToProblems } from '../schema-issues';
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

/** Whether a parsed value claims to be Spillway nodes (whatever version or content). */
export function isClipDocument(value: Record<string, unknown>): boolean {
  return MARK in value;
}

export type ClipResult = { ok: true; clip: Clip } | { ok: false; problems: Problem[] };

/** Enough problems to act on: a clip of 5 000 broken nodes is reported by its first ones. */
const MAX_PROBLEMS = 50;

/**
 * The clip in a parsed clipboard document, checked like a project file: every node and edge
 * must pass the file format's schema, node ids must be distinct, and every edge must join two
 * nodes of the clip. Each problem names its JSON path. An empty clip is `{ ok: true }` with no
 * nodes: there is nothing wrong with it, and nothing to paste.
 */
export function clipFromDocument(doc: Record<string, unknown>): ClipResult {
  const refuse = (path: PathSegment[], message: string): ClipResult => ({
    ok: false,
    problems: [problem(path, message)],
  });
  if (doc[MARK] !== VERSION)
    return refuse(
      [MARK],
      `must be ${VERSION} (nodes copied by this version of Spillway), got ${describeValue(doc[MARK])}`,
    );
  const { nodes: rawNodes, edges: rawEdges } = doc;
  if (!Array.isArray(rawNodes)) return refuse(['nodes'], 'must be a list of nodes');
  if (!Array.isArray(rawEdges)) return refuse(['edges'], 'must be a list of edges');
  if (rawNodes.length > LIMITS.nodes)
    return refuse(
      ['nodes'],
      `holds ${rawNodes.length} nodes; a variant holds at most ${LIMITS.nodes}`,
    );
  if (rawEdges.length > LIMITS.edges)
    return refuse(
      ['edges'],
      `holds ${rawEdges.length} edges; a variant holds at most ${LIMITS.edges}`,
    );
  const problems: Problem[] = [];
  const add = (at: PathSegment[], message: string): void => {
    problems.push(problem(at, message));
  };
  /** The schema's problems of one element, their paths placed under the element's. */
  const addFound = (at: PathSegment[], found: Problem[]): void => {
    const head = formatPath(at);
    for (const p of found)
      problems.push({
        path: p.path === '' || p.path.startsWith('[') ? head + p.path : `${head}.${p.path}`,
        message: p.message,
      });
  };
  // Edges are checked against every id the clip names, so a node with another problem does not
  // also make its edges look loose.
  const ids = new Set(rawNodes.map((n: unknown) => (isRecord(n) ? n.id : undefined)));
  const seen = new Set<string>();
  const nodes: ModelNode[] = [];
  rawNodes.forEach((n: unknown, i) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const parsed = nodeSchema.safeParse(n);
    if (!parsed.success)
      return addFound(['nodes', i], issuesToProblems(parsed.error.issues, n, nodeSchema));
    if (seen.has(parsed.data.id))
      return add(['nodes', i, 'id'], `"${parsed.data.id}" is the id of an earlier node`);
    seen.add(parsed.data.id);
    nodes.push(parsed.data);
  });
  const edges: ModelEdge[] = [];
  rawEdges.forEach((e: unknown, i) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const parsed = edgeSchema.safeParse(e);
    if (!parsed.success)
      return addFound(['edges', i], issuesToProblems(parsed.error.issues, e, edgeSchema));
    for (const end of ['from', 'to'] as const)
      if (!ids.has(parsed.data[end]))
        add(['edges', i, end], `must be a node of the clip, got "${parsed.data[end]}"`);
    edges.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, clip: { nodes, edges } };
}
