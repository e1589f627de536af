// Copies the computed styles that matter to SVG rendering onto a clone, element by element, so
// the clone renders the same without the page's style sheets. Computed values have CSS
// variables resolved, so nothing like `var(--series-1)` is left behind.
export const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** Presentation attributes that may carry a CSS variable; the inlined style replaces them. */
const PRESENTATION_ATTRIBUTES = ['fill', 'stroke', 'color', 'stroke-dasharray'];

/** `original` and `clone` must have the same structure (the clone made by cloneNode(true)). */
export function inlineComputedStyles(original: Element, clone: Element): void {
  const computed = getComputedStyle(original);
  const declarations = SVG_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).filter(
    (d) => !d.endsWith(':'),
  );
  clone.setAttribute('style', declarations.join(';'));
  for (const attribute of PRESENTATION_ATTRIBUTES) {
    if (clone.getAttribute(attribute)?.includes('var(')) clone.removeAttribute(attribute);
  }
  const from = original.children;
  const to = clone.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineComputedStyles(from[i]!, to[i]!);
}
