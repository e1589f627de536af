// The inline SVG diagram of a variant (HTML report, slides): names fit their boxes.
import { describe, expect, test } from 'vitest';
import { findExample } from '../../../../models/examples';
import { nameLines, variantDiagram } from '../../../../models/roadmap/svg-variant';

describe('nameLines', () => {
  test('short names stay on one line; longer ones break between words', () => {
    expect(nameLines('Client portal')).toEqual(['Client portal']);
    expect(nameLines('Statement generation')).toEqual(['Statement', 'generation']);
    expect(nameLines('Submitted transactions')).toEqual(['Submitted', 'transactions']);
  });

  test('no line is longer than 18 characters: a word too long is cut, the rest ends in "…"', () => {
    for (const name of [
      'Averyveryverylongservicename and more',
      'Identity validation and fraud scoring service',
      '<script>window.__pwned = 1</script><b>Statement generation</b>',
    ]) {
      const lines = nameLines(name);
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(18);
      expect(lines.join(' ').replace('…', '').length).toBeGreaterThan(10);
    }
    expect(nameLines('Identity validation and fraud scoring service')).toEqual([
      'Identity',
      'validation and fr…',
    ]);
  });
});

describe('variantDiagram', () => {
  test('boxes grow to two name lines only when a name needs them', () => {
    const p = findExample('client-portal')!.project;
    const asIs = p.variants[0]!;
    const svg = variantDiagram(asIs, { idPrefix: 'a' });
    expect(svg).toContain('>Statement</text>');
    expect(svg).toContain('>generation</text>');
    expect(svg).toMatch(/<rect [^>]*height="62"/);
    const short = { ...asIs, nodes: asIs.nodes.map((n) => ({ ...n, name: n.id.slice(0, 10) })) };
    expect(variantDiagram(short, { idPrefix: 'b' })).toMatch(/<rect [^>]*height="46"/);
  });
});

test('queue and topic names leave room for the broker bars', () => {
  expect(nameLines('Statement requests')).toEqual(['Statement requests']);
  expect(nameLines('Statement requests', 15)).toEqual(['Statement', 'requests']);
  const p = findExample('client-portal')!.project;
  const svg = variantDiagram(
    p.variants.find((v) => v.id === 'to-be')!,
    { idPrefix: 't' },
  );
  expect(svg).toContain('>requests</text>');
});

test('a chain of more than seven columns goes on in a second band, right to left', () => {
  const p = findExample('client-portal')!.project;
  const svg = variantDiagram(
    p.variants.find((v) => v.id === 'to-be')!,
    { idPrefix: 's' },
  );
  const box = (name: string): { x: number; y: number } => {
    const m = new RegExp(`<title>${name} \\(\\w+\\)</title><rect x="([\\d.]+)" y="([\\d.]+)"`).exec(
      svg,
    );
    if (!m) throw new Error(`no box for ${name}`);
    return { x: Number(m[1]), y: Number(m[2]) };
  };
  // Ten columns: five a band, 206 apart, plus room for the turn.
  expect(svg).toContain('viewBox="0 0 1064 ');
  expect(box('Customers')).toMatchObject({ x: 16 });
  expect(box('Validated transactions').x).toBe(16 + 4 * 206);
  // The second band starts under the first band's end and runs back to the left.
  expect(box('Balance verification').x).toBe(16 + 4 * 206);
  expect(box('Balance verification').y).toBeGreaterThan(box('Validated transactions').y);
  expect(box('E-mail notifications').x).toBe(16);
  // The as-is (six columns) stays on one band.
  const asIs = variantDiagram(p.variants[0]!, { idPrefix: 'a' });
  expect(asIs).toContain(`viewBox="0 0 ${16 * 2 + 5 * 206 + 168} `);
});

describe('bottom line of a box', () => {
  test('a note too long for its box is drawn narrower to fit; a short one is left as it is', () => {
    const variant = findExample('client-portal')!.project.variants[0]!;
    const [first, second] = variant.nodes.filter((n) => n.kind === 'service');
    const notes = new Map([
      [first!.id, { text: '100 % busy, saturated and failing', heat: 1 }],
      [second!.id, { text: '42 % busy', heat: 0.42 }],
    ]);
    const svg = variantDiagram(variant, { idPrefix: 'note', notes });
    const line = (text: string) => new RegExp(`<text [^>]*class="node-kind"([^>]*)>${text}</text>`);
    expect(svg).toMatch(line('100 % busy, saturated and failing'));
    expect(line('100 % busy, saturated and failing').exec(svg)![1]).toContain(
      'textLength="140" lengthAdjust="spacingAndGlyphs"',
    );
    expect(line('42 % busy').exec(svg)![1]).toBe('');
  });
});
