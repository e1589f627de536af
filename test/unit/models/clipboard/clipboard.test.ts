// The clipboard format (text on the system clipboard) and where pasted nodes land.
import { describe, expect, test } from 'vitest';
import { clipFromText, clipToText, type Clip } from '../../../../models/clipboard/clip-text';
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

describe('clipboard text', () => {
  test('round-trips nodes and the edges among them', () => {
    const clip = clipOf(portal(), ['transactions', 'identity-validation']);
    expect(clip.edges.map((e) => e.id)).toEqual(['transactions-identity']);
    expect(clipFromText(clipToText(clip))).toEqual(clip);
  });

  test('other text, broken JSON, a foreign object, an invalid node or a loose edge: not a clip', () => {
    const clip = clipOf(portal(), ['transactions', 'identity-validation']);
    const text = clipToText(clip);
    expect(clipFromText('hello')).toBeNull();
    expect(clipFromText('{"nodes": [], "edges": []}')).toBeNull();
    expect(clipFromText(text.slice(0, -3))).toBeNull();
    const data = JSON.parse(text);
    expect(clipFromText(JSON.stringify({ ...data, spillwayClip: 2 }))).toBeNull();
    const badNode = structuredClone(data);
    badNode.nodes[0].capacity = -5;
    expect(clipFromText(JSON.stringify(badNode))).toBeNull();
    const loose = structuredClone(data);
    loose.nodes = loose.nodes.filter((n: { id: string }) => n.id === 'transactions');
    expect(clipFromText(JSON.stringify(loose))).toBeNull();
    expect(clipFromText(JSON.stringify({ ...data, nodes: [], edges: [] }))).toBeNull();
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
