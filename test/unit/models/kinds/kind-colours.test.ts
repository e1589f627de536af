// One colour per kind everywhere: the roadmap diagrams and the Mermaid export draw with the registry's tokens.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { defaultNode } from '../../../../models/elements/new-node';
import { newEdge } from '../../../../models/elements/new-edge';
import { exportMermaid } from '../../../../models/interop/mermaid-export';
import {
  colourProperties,
  edgeColour,
  FILL_SHARE,
  kindColour,
  kindStyleSheet,
  tint,
} from '../../../../models/kinds/kind-colours';
import { variantDiagram } from '../../../../models/roadmap/svg-variant';
import { NODE_KINDS } from '../../../../models/schema/node';
import type { Variant } from '../../../../models/types';

const variant: Variant = {
  id: 'v',
  name: 'V',
  nodes: NODE_KINDS.map((kind) => defaultNode({ id: kind, name: kind, kind })),
  edges: [newEdge('call', 'client', 'service', []), newEdge('publish', 'service', 'topic', [])],
};

describe('kind colours', () => {
  test('tint mixes a colour with white', () => {
    expect(tint('#000000', 0)).toBe('#ffffff');
    expect(tint('#000000', 1)).toBe('#000000');
    expect(tint('#3b6fe0', 0.5)).toBe('#9db7f0');
  });

  test('the app’s custom properties carry every kind and edge kind of a theme', () => {
    const dark = colourProperties('dark');
    for (const k of NODE_KINDS) expect(dark).toContain(`--kind-${k}: ${kindColour(k, 'dark')};`);
    expect(dark).toContain(`--edge-publish: ${edgeColour('publish', 'dark')};`);
  });

  test('the app’s stylesheet sets both themes and a --kind per kind class; no stylesheet of src/ defines a kind token', () => {
    const sheet = kindStyleSheet();
    expect(sheet).toContain(`:root { ${colourProperties('light')} }`);
    expect(sheet).toContain(`:root[data-theme='dark'] { ${colourProperties('dark')} }`);
    for (const k of NODE_KINDS) expect(sheet).toContain(`.kind-${k} { --kind: var(--kind-${k}); }`);
    const src = fileURLToPath(new URL('../../../../src/', import.meta.url));
    const sheets = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.css'),
    );
    expect(sheets).toContain('theme.css');
    for (const file of sheets) {
      const css = readFileSync(join(src, file), 'utf8');
      // The stylesheets define no kind token of their own (they only read them).
      expect(css, file).not.toMatch(/--(k|kind|edge)-[a-z]+\s*:/);
      for (const k of NODE_KINDS)
        expect(css, file).not.toMatch(new RegExp(`(^|\\n)\\.kind-${k} \\{`));
    }
  });

  test('the roadmap diagram strokes each box in its kind’s colour over a tint of it', () => {
    const svg = variantDiagram(variant, { idPrefix: 'd' });
    for (const k of NODE_KINDS) {
      const box = svg.match(new RegExp(`<g class="node node-${k}[^>]*>.*?<rect ([^>]*)/>`))?.[1];
      expect(box, k).toContain(`stroke="${kindColour(k)}"`);
      expect(box, k).toContain(`fill="${tint(kindColour(k), FILL_SHARE)}"`);
    }
    expect(svg).toContain(`stroke="${edgeColour('publish')}"`);
  });

  test('the Mermaid export gives each kind present a class in its colours', () => {
    const text = exportMermaid(variant);
    for (const k of NODE_KINDS)
      expect(text).toContain(
        `classDef ${k} fill:${tint(kindColour(k), FILL_SHARE)},stroke:${kindColour(k)}`,
      );
    expect(text).toContain(`class n${NODE_KINDS.indexOf('topic')} topic`);
  });
});
