// The colour behind an element as the user sees it: the first ancestor with an opaque background.
const TRANSPARENT = new Set(['transparent', 'rgba(0, 0, 0, 0)']);

export function themeBackground(element: Element, fallback = '#ffffff'): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const colour = getComputedStyle(e).backgroundColor;
    if (colour && !TRANSPARENT.has(colour)) return colour;
  }
  return fallback;
}
