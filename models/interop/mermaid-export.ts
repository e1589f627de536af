import { FILL_SHARE, kindColour, tint } from '../kinds/kind-colours';
import { kindSpec } from '../kinds/node-kinds';
import { NODE_KINDS } from '../schema/node';
import type { ModelEdge, ModelNode, Variant } from '../types';

/**
 * Characters written as Mermaid entity codes (`#<decimal>;`) inside quoted labels: the quote
 * ends the label, `#` would start an entity, `<`/`>`/`&` are HTML, the backtick starts a
 * markdown string, `|` ends an edge label, brackets and braces are shape delimiters and
 * `;` ends a statement, and `%%` starts a comment or a directive (`%%{init: …}%%` anywhere in
 * the text can change the diagram's security level). Unicode letters pass through as they are.
 */
const ESCAPED = /["#<>&`|[\]{}();\\%]/g;

export function mermaidLabel(text: string): string {
  // Control characters and line separators would end the statement: they become spaces.
  const flat = [...text]
    .map((c) => (c.charCodeAt(0) < 32 || c === '\u2028' || c === '\u2029' ? ' ' : c))
    .join('')
    .trim();
  return `"${flat.replace(ESCAPED, (c) => `#${c.charCodeAt(0)};`) || ' '}"`;
}

/** Shapes from the registry: services are boxes, databases cylinders, externals subroutines, queues stadiums, topics hexagons, clients circles. */
function shape(node: ModelNode, label: string): string {
  const [open, close] = kindSpec(node.kind).mermaid;
  return `${open}${label}${close}`;
}

/** One class per kind present, in the kind's colours (models/kinds/kind-colours.ts). */
function kindClasses(variant: Variant, ids: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  for (const kind of NODE_KINDS) {
    const members = variant.nodes.filter((n) => n.kind === kind).map((n) => ids.get(n.id));
    if (members.length === 0) continue;
    const stroke = kindColour(kind);
    const dash = kindSpec(kind).diagram.dash;
    lines.push(
      `  classDef ${kind} fill:${tint(stroke, FILL_SHARE)},stroke:${stroke}${dash ? `,stroke-dasharray:${dash}` : ''}`,
      `  class ${members.join(',')} ${kind}`,
    );
  }
  return lines;
}

function edgeLabel(edge: ModelEdge): string | null {
  if (edge.kind === 'call') {
    const parts = [
      edge.count > 1 ? `×${edge.count}` : '',
      edge.probability < 1 ? `p=${edge.probability}` : '',
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : (edge.label ?? null);
  }
  if (edge.kind === 'publish') return edge.message ?? edge.label ?? null;
  return edge.label ?? null;
}

/**
 * A Mermaid flowchart of any variant. Node ids in the chart are generated (`n0`, `n1`, …) so
 * that model ids such as `end` or `o-service`, which Mermaid reads as keywords or edge
 * markers, cannot break it; names appear only as escaped, quoted labels. Calls are solid
 * arrows, publish and consume dotted.
 */
export function exportMermaid(variant: Variant, direction: 'LR' | 'TD' = 'LR'): string {
  const ids = new Map(variant.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = [`flowchart ${direction}`];
  for (const node of variant.nodes)
    lines.push(`  ${ids.get(node.id)}${shape(node, mermaidLabel(node.name))}`);
  for (const edge of variant.edges) {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (!from || !to) continue;
    const arrow = edge.kind === 'call' ? '-->' : '-.->';
    const label = edgeLabel(edge);
    lines.push(`  ${from} ${arrow}${label ? `|${mermaidLabel(label)}|` : ''} ${to}`);
  }
  lines.push(...kindClasses(variant, ids));
  return `${lines.join('\n')}\n`;
}
