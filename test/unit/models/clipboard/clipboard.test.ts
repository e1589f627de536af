// The clipboard format (text on the system clipboard) and where pasted nodes land.
import { describe, expect, test } from 'vitest';
import { clipToText, type Clip } from '../../../../models/clipboard/clip-text';
import { readPasted } from '../../../../models/clipboard/read-pasted';
import { formatProblem } from '../../../../models/problem';
import { pasteClip } from '../../../../models/clipboard/paste-clip';
import { findExample } from '../../../../models/examples';
import type { Project } from '../../../../models/types';
import { checkProject } from '../../../../models/validate';

const portal = (): Project => structuredClone(findExample('client-portal')!.project);
const toBe = (p: Project) => p.variants.find((v) => v.id === 'to-be')!;

function clipOf(p: Project, ids: string[]): Clip {
  const v = toBe(p);
  const set = new Set(ids);
  return {
    nodes: v.nodes.filter((n) => set.has(n.id)),
    edges: v.edges.filter((e) => set.has(e.from) && set.has(e.to)),
  };
}

/** The problems of pasted text, as the report lists them ("path: message"). */
function refusedLines(text: string): string[] {
  const pasted = readPasted(text);
  if (pasted.kind !== 'refused') throw new Error(`expected a refusal, got ${pasted.kind}`);
  return pasted.problems.map(formatProblem);
}

describe('pasted text', () => {
  test('round-trips nodes and the edges among them', () => {
    const clip = clipOf(portal(), ['transactions', 'identity-validation']);
    expect(clip.edges.map((e) => e.id)).toEqual(['transactions-identity']);
    expect(readPasted(clipToText(clip))).toEqual({ kind: 'clip', clip });
  });

  test("other text, someone else's JSON or an empty clip: not Spillway's to judge", () => {
    const clip = clipOf(portal(), ['transactions']);
    const data = JSON.parse(clipToText(clip));
    for (const text of [
      'hello',
      '{"nodes": [], "edges": []}',
      '{"a": ',
      JSON.stringify({ ...data, nodes: [], edges: [] }),
      `{"a": ${'['.repeat(10_000)}`,
    ])
      expect(readPasted(text)).toEqual({ kind: 'other' });
  });

  test('Spillway nodes that cannot be used: each problem with its JSON path', () => {
    const clip = clipOf(portal(), ['transactions', 'identity-validation']);
    const text = clipToText(clip);
    expect(refusedLines(text.slice(0, -3))).toEqual([
      `malformed JSON at line 1, column ${text.length - 2}: expected "," or "}" after a property value, found end of file`,
    ]);
    const data = JSON.parse(text);
    expect(refusedLines(JSON.stringify({ ...data, spillwayClip: 2 }))).toEqual([
      'spillwayClip: must be 1 (nodes copied by this version of Spillway), got 2',
    ]);
    const badNode = structuredClone(data);
    badNode.nodes[0].capacity = -5;
    expect(refusedLines(JSON.stringify(badNode))).toEqual([
      expect.stringMatching(/^nodes\[0\]\.capacity: must be /),
    ]);
    const loose = structuredClone(data);
    loose.nodes = loose.nodes.filter((n: { id: string }) => n.id === 'transactions');
    expect(refusedLines(JSON.stringify(loose))).toEqual([
      'edges[0].to: must be a node of the clip, got "identity-validation"',
    ]);
    const twice = structuredClone(data);
    twice.nodes[1].id = twice.nodes[0].id;
    expect(refusedLines(JSON.stringify(twice))[0]).toBe(
      'nodes[1].id: "transactions" is the id of an earlier node',
    );
    const deep = {
      ...data,
      nodes: [{ ...data.nodes[0], notes: JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`) }],
    };
    expect(refusedLines(JSON.stringify(deep))).toEqual([
      expect.stringMatching(/^nodes\[0\]\.notes(\[0\])+: nested deeper than 64 levels/),
    ]);
    expect(refusedLines(`{"spillwayClip": 1, "nodes": "${'x'.repeat(50_000_001)}"}`)).toEqual([
      'the pasted text is 50000033 characters long; Spillway reads up to 50000000 characters',
    ]);
  });

  test("a project's JSON is read as a project file is", () => {
    const project = portal();
    const pasted = readPasted(JSON.stringify(project));
    expect(pasted.kind === 'project' && pasted.result.ok).toBe(true);
    const long = readPasted(JSON.stringify({ ...project, name: 'A'.repeat(10_000) }));
    expect(long.kind === 'project' && !long.result.ok && long.result.errors[0]).toMatchObject({
      path: 'name',
      message: expect.stringMatching(/^must have at most 500 characters, got 10000/),
    });
  });
});

describe('pasteClip', () => {
  test('into the same variant: fresh ids, "copy" names, offset, and the project stays valid', () => {
    const p = portal();
    const v = toBe(p);
    const clip = clipOf(p, ['transactions', 'identity-validation']);
    const taken = new Set(p.variants.flatMap((x) => x.nodes.map((n) => n.id)));
    const { nodes, edges } = pasteClip(clip, v, taken);
    expect(nodes.map((n) => n.id)).toEqual(['transactions-2', 'identity-validation-2']);
    expect(nodes[0]!.name).toBe('Submitted transactions copy');
    expect(nodes[0]!.position.x).toBe(clip.nodes[0]!.position.x + 40);
    expect(edges).toHaveLength(1);
    expect([edges[0]!.from, edges[0]!.to]).toEqual(['transactions-2', 'identity-validation-2']);
    expect(edges[0]!.id).toBe('transactions-identity-2');
    // The queue's dead-letter queue was not copied but exists here: the reference stays.
    expect((nodes[0] as { deadLetterQueue: string | null }).deadLetterQueue).toBe('dead-letters');
    v.nodes.push(...nodes);
    v.edges.push(...edges);
    expect(checkProject(p).errors).toEqual([]);
  });

  test('a copied dead-letter queue is followed; a missing one is cleared', () => {
    const p = portal();
    const both = pasteClip(clipOf(p, ['transactions', 'dead-letters']), toBe(p), new Set());
    expect((both.nodes[0] as { deadLetterQueue: string | null }).deadLetterQueue).toBe(
      'dead-letters',
    );
    const taken = new Set(['transactions', 'dead-letters']);
    const renamed = pasteClip(clipOf(p, ['transactions', 'dead-letters']), toBe(p), taken);
    expect((renamed.nodes[0] as { deadLetterQueue: string | null }).deadLetterQueue).toBe(
      'dead-letters-2',
    );
    const empty = { id: 'x', name: 'X', nodes: [], edges: [] };
    const alone = pasteClip(clipOf(p, ['transactions']), empty, new Set());
    expect((alone.nodes[0] as { deadLetterQueue: string | null }).deadLetterQueue).toBeNull();
  });
});
