// What the canvas image carries of each element's computed style: only the properties that shape
// the diagram (layout, boxes, text, SVG paint), and of those only what differs from what the
// element would get anyway, so a 10-node SVG stays small instead of repeating ~350 properties
// on every element.
import { xmlSafe } from './xml-safe';
import { SVG_PROPERTIES } from './inline-computed-styles';

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
const CORNERS = ['top-left', 'top-right', 'bottom-right', 'bottom-left'] as const;

/** Properties that inherit: left out when the parent already has the same value. */
const INHERITED = new Set<string>([
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-transform',
  'white-space',
  'word-break',
  'overflow-wrap',
  'visibility',
  'direction',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'text-anchor',
  'dominant-baseline',
]);

/** Initial values (as computed styles serialise them) of properties that do not inherit. */
const INITIAL: Readonly<Record<string, readonly string[]>> = {
  position: ['static'],
  top: ['auto'],
  right: ['auto'],
  bottom: ['auto'],
  left: ['auto'],
  'z-index': ['auto'],
  'min-width': ['auto', '0px'],
  'min-height': ['auto', '0px'],
  'max-width': ['none'],
  'max-height': ['none'],
  'background-color': ['rgba(0, 0, 0, 0)', 'transparent'],
  'background-image': ['none'],
  'box-shadow': ['none'],
  opacity: ['1'],
  filter: ['none'],
  'overflow-x': ['visible'],
  'overflow-y': ['visible'],
  transform: ['none'],
  translate: ['none'],
  scale: ['none'],
  rotate: ['none'],
  'flex-direction': ['row'],
  'flex-wrap': ['nowrap'],
  'flex-grow': ['0'],
  'flex-shrink': ['1'],
  'flex-basis': ['auto'],
  'align-items': ['normal'],
  'align-self': ['auto'],
  'justify-content': ['normal'],
  'justify-items': ['normal', 'legacy'],
  'row-gap': ['normal'],
  'column-gap': ['normal'],
  order: ['0'],
  'grid-template-columns': ['none'],
  'grid-template-rows': ['none'],
  'text-overflow': ['clip'],
  'text-decoration-line': ['none'],
  'vertical-align': ['baseline'],
  'box-sizing': ['content-box'],
  '-webkit-line-clamp': ['none'],
  '-webkit-box-orient': ['horizontal'],
  ...Object.fromEntries(CORNERS.map((c) => [`border-${c}-radius`, ['0px']])),
};

/** Kept on every element: their defaults differ by element (a div is a block, a p has margins). */
const ALWAYS = [
  'display',
  'width',
  'height',
  ...SIDES.flatMap((s) => [`margin-${s}`, `padding-${s}`]),
  'transform-origin',
];

export const CANVAS_STYLE_PROPERTIES: string[] = [
  ...new Set([
    ...ALWAYS,
    ...Object.keys(INITIAL),
    ...SIDES.flatMap((s) => [`border-${s}-style`, `border-${s}-width`, `border-${s}-color`]),
    ...INHERITED,
    ...SVG_PROPERTIES,
  ]),
];

function declarations(style: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of style.split(';')) {
    const i = part.indexOf(':');
    if (i > 0) out.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return out;
}

/** The declarations of one element that change how it renders, given its parent's full set. */
function needed(own: Map<string, string>, parent: Map<string, string> | undefined): string {
  const kept: string[] = [];
  for (const [name, value] of own) {
    if (INHERITED.has(name)) {
      if (parent?.get(name) === value) continue;
    } else if (INITIAL[name]?.includes(value.replace(/ !important$/, ''))) continue;
    const side = /^border-(top|right|bottom|left)-(width|color)$/.exec(name);
    if (side && own.get(`border-${side[1]}-style`) === 'none') continue;
    if (/^border-(top|right|bottom|left)-style$/.test(name) && value === 'none') continue;
    kept.push(`${name}: ${value}`);
  }
  return kept.join('; ');
}

/** Rewrites every style attribute under `root` to what is needed, parents before children. */
export function pruneInlineStyles(root: Element): void {
  const walk = (el: Element, parent: Map<string, string> | undefined): void => {
    const style = el.getAttribute('style');
    const own = style === null ? undefined : declarations(style);
    if (own) {
      const text = needed(own, parent);
      if (text) el.setAttribute('style', text);
      else el.removeAttribute('style');
    }
    // A child inherits what this element had in full (or, without a style, what its parent had).
    const full = own && parent ? new Map([...parent, ...own]) : (own ?? parent);
    for (const child of el.children) walk(child, full);
  };
  walk(root, undefined);
}

/**
 * The SVG html-to-image made, with a background rectangle behind the whole image (the library
 * paints it on the transformed viewport, so it moved with the pan and zoom) and pruned styles.
 */
export function finishCanvasSvg(dataUrl: string, background: string): string {
  const comma = dataUrl.indexOf(',');
  const doc = new DOMParser().parseFromString(
    xmlSafe(decodeURIComponent(dataUrl.slice(comma + 1))),
    'image/svg+xml',
  );
  const svg = doc.documentElement;
  const foreign = svg.querySelector('foreignObject');
  if (foreign) {
    for (const child of foreign.children) pruneInlineStyles(child);
    const rect = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    svg.insertBefore(rect, foreign);
  }
  return `${dataUrl.slice(0, comma + 1)}${encodeURIComponent(new XMLSerializer().serializeToString(doc))}`;
}
