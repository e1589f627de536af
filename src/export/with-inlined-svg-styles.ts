// html-to-image copies computed styles onto HTML elements but leaves the shapes inside an inline
// <svg> (React Flow's edges) bare, so styled-only strokes vanish from the image. This writes the
// computed SVG styles onto those shapes for the duration of `work`, then puts the page back.
import { SVG_PROPERTIES } from './inline-computed-styles';

export async function withInlinedSvgStyles<T>(root: Element, work: () => Promise<T>): Promise<T> {
  const shapes = [...root.querySelectorAll('svg *')];
  const saved = shapes.map((e) => e.getAttribute('style'));
  const inlined = shapes.map((e) => {
    const computed = getComputedStyle(e);
    return SVG_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`)
      .filter((d) => !d.endsWith(':'))
      .join(';');
  });
  shapes.forEach((e, i) => e.setAttribute('style', inlined[i]!));
  try {
    return await work();
  } finally {
    shapes.forEach((e, i) => {
      const before = saved[i];
      if (before === null || before === undefined) e.removeAttribute('style');
      else e.setAttribute('style', before);
    });
  }
}
