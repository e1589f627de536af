// Duplicating and removing variants: the pure operations behind the editor's variant commands.
import { describe, expect, test } from 'vitest';
import { findExample } from '../../../../models/examples';
import type { Project } from '../../../../models/types';
import { checkProject } from '../../../../models/validate';
import { duplicateVariant } from '../../../../models/variants/duplicate-variant';
import { removeVariant } from '../../../../models/variants/remove-variant';

const portal = (): Project => structuredClone(findExample('client-portal')!.project);
const asIsOnly = (): Project => {
  const p = portal();
  return { ...p, variants: p.variants.filter((v) => v.id === 'as-is'), roadmap: undefined };
};

describe('duplicateVariant', () => {
  test('the first copy of an as-is becomes the to-be, keeping node and edge ids', () => {
    const p = asIsOnly();
    const { project, id, name } = duplicateVariant(p, 'as-is');
    expect([id, name]).toEqual(['to-be', 'To-be']);
    const [source, copy] = project.variants;
    expect(copy!.nodes.map((n) => n.id)).toEqual(source!.nodes.map((n) => n.id));
    expect(copy!.edges.map((e) => e.id)).toEqual(source!.edges.map((e) => e.id));
    expect(checkProject(project).errors).toEqual([]);
  });

  test('later copies get a unique id and a "(copy)" name, and are deep copies', () => {
    const p = portal();
    const first = duplicateVariant(p, 'to-be');
    const second = duplicateVariant(first.project, 'to-be');
    expect([first.id, second.id]).toEqual(['to-be-copy', 'to-be-copy-2']);
    expect(first.name).toBe('To-be: queues and a notification topic (copy)');
    const copy = second.project.variants.find((v) => v.id === 'to-be-copy-2')!;
    copy.nodes[0]!.name = 'changed';
    expect(p.variants.find((v) => v.id === 'to-be')!.nodes[0]!.name).not.toBe('changed');
  });
});

describe('removeVariant', () => {
  test('removes a variant the roadmap does not use, and shows its right neighbour next', () => {
    const p = portal();
    const copy = duplicateVariant(p, 'to-be');
    const withThird = { ...copy.project, roadmap: { from: 'as-is', to: 'to-be', steps: [] } };
    const out = removeVariant(withThird, 'to-be');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.project.variants.map((v) => v.id)).toEqual(['as-is', 'to-be-copy']);
    expect(out.next).toBe('to-be-copy');
    expect(out.droppedRoadmap).toBe(true);
    expect(out.project.roadmap).toBeUndefined();
    expect(checkProject(out.project).errors).toEqual([]);
  });

  test('keeps the roadmap when it goes between other variants; the last one falls back left', () => {
    const p = duplicateVariant(portal(), 'to-be').project;
    const withRoadmap = { ...p, roadmap: { from: 'as-is', to: 'to-be', steps: [] } };
    const out = removeVariant(withRoadmap, 'to-be-copy');
    expect(out.ok && out.next).toBe('to-be');
    expect(out.ok && out.droppedRoadmap).toBe(false);
    expect(out.ok && out.project.roadmap).toEqual(withRoadmap.roadmap);
  });

  test('refuses to remove the only variant, or one that does not exist, saying why', () => {
    const only = removeVariant(asIsOnly(), 'as-is');
    expect(only).toEqual({
      ok: false,
      reason: '“As-is: synchronous chain” is the only variant: a project keeps at least one.',
    });
    expect(removeVariant(portal(), 'nope')).toEqual({
      ok: false,
      reason: 'There is no variant “nope”.',
    });
  });
});
