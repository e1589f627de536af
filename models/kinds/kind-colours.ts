// The colour tokens of node and edge kinds. The app's CSS custom properties (`--kind-<kind>`,
// `--edge-<kind>`), the canvas and its image exports, the Mermaid export and the roadmap
// diagrams all read them from here, so a kind looks the same everywhere.
import type { EdgeKind, NodeKind } from '../types';
import type { KindColour } from './kind-spec';
import { NODE_KIND_SPECS } from './node-kinds';
import { NODE_KINDS } from '../schema/node';
import { EDGE_KINDS } from '../schema/edge';

export type Theme = keyof KindColour;

/** Calls in the neutral edge colour; publish and consume edges in their broker's colours. */
export const EDGE_COLOURS: { readonly [E in EdgeKind]: KindColour } = {
  call: { light: '#6b7689', dark: '#8d97aa' },
  publish: NODE_KIND_SPECS.queue.colour,
  consume: NODE_KIND_SPECS.topic.colour,
};

export const kindColour = (kind: NodeKind, theme: Theme = 'light'): string =>
  NODE_KIND_SPECS[kind].colour[theme];

export const edgeColour = (kind: EdgeKind, theme: Theme = 'light'): string =>
  EDGE_COLOURS[kind][theme];

/** `hex` mixed with white: `share` of the colour, the rest white (a box's fill under its stroke). */
export function tint(hex: string, share: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${channels
    .map((c) =>
      Math.round(255 + (c - 255) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The share of a kind's colour in the fill of its box on a light page. */
export const FILL_SHARE = 0.12;

/** The custom-property name of a node kind's colour. */
export const kindVar = (kind: NodeKind): string => `--kind-${kind}`;
export const edgeVar = (kind: EdgeKind): string => `--edge-${kind}`;

/** The custom properties of one theme: `--kind-client: #7c5cd6; …`. */
export function colourProperties(theme: Theme): string {
  return [
    ...NODE_KINDS.map((k) => `${kindVar(k)}: ${kindColour(k, theme)};`),
    ...EDGE_KINDS.map((e) => `${edgeVar(e)}: ${edgeColour(e, theme)};`),
  ].join(' ');
}

/**
 * The app's stylesheet of kind colours: both themes' custom properties, and a `.kind-<kind>`
 * class per node kind that sets `--kind`, which the palette, nodes and legends draw with.
 */
export function kindStyleSheet(): string {
  return [
    `:root { ${colourProperties('light')} }`,
    `:root[data-theme='dark'] { ${colourProperties('dark')} }`,
    ...NODE_KINDS.map((k) => `.kind-${k} { --kind: var(${kindVar(k)}); }`),
  ].join('\n');
}
