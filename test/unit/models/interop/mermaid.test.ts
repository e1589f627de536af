// @vitest-environment jsdom
// Mermaid output is parsed by the real `mermaid` package (in jsdom, which its parser needs).
import mermaid from 'mermaid';
import { describe, expect, test } from 'vitest';
import { exportMermaid, mermaidLabel } from '../../../../models/interop/mermaid-export';
import { EXAMPLES } from '../../../../models/examples';
import { variantSchema } from '../../../../models/schema/project';
import type { Variant } from '../../../../models/types';

mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

const NASTY = [
  'say "hi"',
  'box [1] (2) {3}',
  '<script>alert(1)</script>',
  'Zürich → 東京 ✓ 🚀',
  'a|b;c#d&e`f`',
  'end',
  'back\\slash',
  'line\nbreak',
  '--> -.-> ---',
  '%%{init: {"securityLevel": "loose"}}%%',
  '',
];

function variantWith(names: string[]): Variant {
  const kinds = ['client', 'service', 'database', 'external', 'queue', 'topic'] as const;
  const nodes = names.map((name, i) => ({
    id: i === 5 ? 'end' : `o${i}`,
    name: name || ' ',
    kind: kinds[i % kinds.length],
  }));
  const edges = nodes.slice(1).map((n, i) => {
    const from = nodes[i]?.id as string;
    const prev = nodes[i]?.kind;
    if (n.kind === 'queue' || n.kind === 'topic')
      return { id: `e${i}`, kind: 'publish', from, to: n.id, message: names[i] };
    if (prev === 'queue' || prev === 'topic')
      return { id: `e${i}`, kind: 'consume', from, to: n.id, label: names[i] };
    return { id: `e${i}`, kind: 'call', from, to: n.id, count: 2, probability: 0.5 };
  });
  return variantSchema.parse({ id: 'v', name: 'V', nodes, edges });
}

describe('Mermaid export', () => {
  test('labels are quoted with entity codes for the characters that would break the chart', () => {
    expect(mermaidLabel('say "hi" <b>')).toBe('"say #34;hi#34; #60;b#62;"');
    expect(mermaidLabel('Zürich 東京')).toBe('"Zürich 東京"');
  });

  test('no "%%" anywhere: a directive in a name cannot change the chart security level', () => {
    const text = exportMermaid(variantWith(['%%{init: {"securityLevel": "loose"}}%%', 'a %% b']));
    expect(text).not.toContain('%%');
    expect(mermaidLabel('100%')).toBe('"100#37;"');
  });

  test('shapes and edge styles', () => {
    const text = exportMermaid(
      variantWith(['Client', 'Orders', 'Orders DB', 'Mail API', 'jobs', 'events']),
    );
    expect(text).toContain('n0(("Client"))');
    expect(text).toContain('n2[("Orders DB")]');
    expect(text).toContain('n3[["Mail API"]]');
    expect(text).toContain('n4(["jobs"])');
    expect(text).toContain('n5{{"events"}}');
    expect(text).toContain('n1 -->|"×2 p=0.5"| n2');
    expect(text).toMatch(/n3 -\.->\|"[^"]*"\| n4/);
  });

  test('the real mermaid parser accepts the output, whatever the names', async () => {
    for (let shift = 0; shift < NASTY.length; shift++) {
      const names = [...NASTY.slice(shift), ...NASTY.slice(0, shift)];
      const text = exportMermaid(variantWith(names));
      await expect(mermaid.parse(text), text).resolves.toBeTruthy();
    }
  });

  test('every variant of the built-in examples parses', async () => {
    for (const example of EXAMPLES) {
      for (const variant of example.project.variants)
        await expect(
          mermaid.parse(exportMermaid(variant)),
          `${example.id}/${variant.id}`,
        ).resolves.toBeTruthy();
    }
  });

  test('the parser does reject broken charts (the check can fail)', async () => {
    // What the export would write for these names without its escaping and generated ids.
    for (const broken of [
      'n0[box [1] (2) {3}] --> n1',
      'n0["a"b"] --> n1',
      'end --> n1',
      'n0 -->|a|b| n1',
    ]) {
      await expect(mermaid.parse(`flowchart LR\n  ${broken}`), broken).rejects.toThrow();
    }
  });
});
