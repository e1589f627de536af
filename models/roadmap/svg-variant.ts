import { isBroker } from '../kinds/guards';
import { edgeColour, FILL_SHARE, kindColour, tint } from '../kinds/kind-colours';
import { kindSpec } from '../kinds/node-kinds';
import type { ModelEdge, ModelNode, Variant } from '../types';
import { escapeHtml as esc } from './escape';
import { maxOf } from '../max-of';
import type { Box } from '../diagram/edge-detours';
import { linkPaths, TURN, type DiagramLink } from './svg-link-paths';

const BOX_W = 168;
/** Width of the bottom line of a box: from its left padding to the broker's bars. */
const NOTE_W = BOX_W - 28;
/** A generous width of one character of the bottom line (11.5 px sans-serif). */
const NOTE_CHAR_W = 6.4;

/**
 * A bottom line that would run past its box ("100 % busy, saturated and failing") is drawn
 * narrower to fit it (SVG textLength) instead of overflowing into the next node.
 */
function fitNote(text: string): string {
  return text.length * NOTE_CHAR_W > NOTE_W
    ? ` textLength="${NOTE_W}" lengthAdjust="spacingAndGlyphs"`
    : '';
}
/** Box heights with a one-line and a two-line name; rows keep 22 between boxes. */
const BOX_H1 = 46;
const BOX_H2 = 62;
const ROW_GAP = 22;
const COL = 206;
const PAD = 16;
/** Beyond this many columns the diagram goes on in a second band, right to left (a snake), so a
 * long chain stays legible on a slide instead of shrinking to a strip. */
const MAX_COLUMNS = 7;
const BAND_GAP = 44;
/** Room kept between a path's farthest corner and the picture's edge. */
const STROKE_ROOM = 4;
/** Characters per name line: what fits the box at the fonts the report and the slides use
 * (fewer in queues and topics, whose boxes end in the two bars of a broker). */
const LINE_CHARS = 18;
const BROKER_LINE_CHARS = 15;

/** A box in its kind's colours (models/kinds): the stroke the colour, the fill a tint of it. */
function nodeStyle(n: ModelNode): { fill: string; stroke: string; dash?: string; radius: number } {
  const stroke = kindColour(n.kind);
  const { radius, dash } = kindSpec(n.kind).diagram;
  return { fill: tint(stroke, FILL_SHARE), stroke, dash, radius };
}
const EDGE_STYLE: Record<ModelEdge['kind'], { stroke: string; dash?: string }> = {
  call: { stroke: edgeColour('call') },
  publish: { stroke: edgeColour('publish'), dash: '6 4' },
  consume: { stroke: edgeColour('consume'), dash: '6 4' },
};

/** Columns by longest path from the entry points (cycles are cut after n rounds). */
function layers(v: Variant): Map<string, number> {
  const layer = new Map(v.nodes.map((n) => [n.id, 0]));
  const links = [...v.edges, ...deadLetterLinks(v)];
  for (let round = 0; round < v.nodes.length; round++) {
    let changed = false;
    for (const e of links) {
      const next = (layer.get(e.from) ?? 0) + 1;
      if (layer.has(e.to) && next > layer.get(e.to)! && e.from !== e.to) {
        layer.set(e.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return layer;
}

/** A broker's dead-letter queue, drawn as a dotted link one column further. */
function deadLetterLinks(v: Variant): { from: string; to: string }[] {
  return v.nodes.flatMap((n) =>
    isBroker(n) && n.deadLetterQueue !== null ? [{ from: n.id, to: n.deadLetterQueue }] : [],
  );
}

const short = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** A name on at most two lines of `max` characters, broken between words where it can be; the rest cut with "…". */
export function nameLines(name: string, max = LINE_CHARS): string[] {
  if (name.length <= max) return [name];
  const cut = name.lastIndexOf(' ', max);
  if (cut <= 0) return [name.slice(0, max), short(name.slice(max), max)];
  return [name.slice(0, cut), short(name.slice(cut + 1), max)];
}

/**
 * A simple left-to-right diagram of a variant as inline SVG: nodes in columns by depth, calls
 * solid, publish/consume dashed, changed elements (ids in `highlight`) outlined in red.
 * `idPrefix` keeps marker ids unique when several diagrams share one page.
 */
export interface DiagramNote {
  /** Replaces the kind line under the name (e.g. "92% busy"). */
  text: string;
  /** 0..1: tints the node from its usual fill to red (utilisation at a moment). */
  heat: number;
}

/** Mixes the kind's fill towards red by `heat` (0..1). */
function heatFill(base: string, heat: number): string {
  const h = Math.min(1, Math.max(0, heat));
  if (h === 0) return base;
  const from = [1, 3, 5].map((i) => parseInt(base.slice(i, i + 2), 16));
  const to = [248, 113, 113];
  const mix = from.map((c, i) =>
    Math.round(c + (to[i]! - c) * h)
      .toString(16)
      .padStart(2, '0'),
  );
  return `#${mix.join('')}`;
}

export function variantDiagram(
  v: Variant,
  options: {
    idPrefix: string;
    highlight?: ReadonlySet<string>;
    title?: string;
    notes?: ReadonlyMap<string, DiagramNote>;
  },
): string {
  const hl = options.highlight ?? new Set<string>();
  const layer = layers(v);
  const columns = new Map<number, ModelNode[]>();
  for (const n of v.nodes) {
    const l = layer.get(n.id)!;
    columns.set(l, [...(columns.get(l) ?? []), n]);
  }
  const lines = new Map(
    v.nodes.map((n) => [n.id, nameLines(n.name, isBroker(n) ? BROKER_LINE_CHARS : LINE_CHARS)]),
  );
  const BOX_H = [...lines.values()].some((l) => l.length > 1) ? BOX_H2 : BOX_H1;
  const ROW = BOX_H + ROW_GAP;
  const pos = new Map<string, { x: number; y: number }>();
  const rows = maxOf(
    [...columns.values()].map((c) => c.length),
    1,
  );
  const count = maxOf(columns.keys(), 0) + 1;
  const bands = Math.ceil(count / MAX_COLUMNS);
  const perBand = Math.ceil(count / bands);
  const bandH = (rows - 1) * ROW + BOX_H;
  for (const [l, nodes] of columns) {
    const band = Math.floor(l / perBand);
    const k = l % perBand;
    const x = PAD + (band % 2 === 0 ? k : perBand - 1 - k) * COL;
    const top = PAD + band * (bandH + BAND_GAP) + ((rows - nodes.length) * ROW) / 2;
    nodes.forEach((n, i) => pos.set(n.id, { x, y: top + i * ROW }));
  }
  const boxes = new Map<string, Box>(
    [...pos].map(([id, { x, y }]) => [id, { x, y, width: BOX_W, height: BOX_H }]),
  );
  const deadLetters = deadLetterLinks(v);
  const paths = linkPaths(
    boxes,
    [
      ...v.edges.map((e): DiagramLink => ({ ...e, id: `edge:${e.id}`, deadLetter: false })),
      ...deadLetters.map((l): DiagramLink => ({
        ...l,
        id: `dead-letter:${l.from}`,
        deadLetter: true,
      })),
    ],
    { row: ROW_GAP, column: COL - BOX_W },
  );
  // A lane around the boxes may run beyond them: the picture grows to hold it.
  const corners = [...paths.values()].flatMap((path) => path.points);
  const left = Math.min(0, ...corners.map((c) => c.x - STROKE_ROOM));
  const top = Math.min(0, ...corners.map((c) => c.y - STROKE_ROOM));
  const right = Math.max(
    PAD * 2 + (Math.min(count, perBand) - 1) * COL + BOX_W + (bands > 1 ? TURN : 0),
    ...corners.map((c) => c.x + STROKE_ROOM),
  );
  const bottom = Math.max(
    PAD * 2 + bands * bandH + (bands - 1) * BAND_GAP,
    ...corners.map((c) => c.y + STROKE_ROOM),
  );
  const p = esc(options.idPrefix);
  const out: string[] = [];
  out.push(
    `<svg class="diagram" xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${right - left} ${bottom - top}" role="img" aria-label="${esc(options.title ?? v.name)}">`,
    `<title>${esc(options.title ?? v.name)}</title><defs>`,
  );
  for (const [kind, s] of Object.entries(EDGE_STYLE)) {
    out.push(
      `<marker id="${p}-arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${s.stroke}"/></marker>`,
    );
  }
  out.push('</defs>');
  for (const e of v.edges) {
    const path = paths.get(`edge:${e.id}`);
    if (!path) continue;
    const s = EDGE_STYLE[e.kind];
    const changed = hl.has(e.id);
    out.push(
      `<path d="${path.d}" fill="none" stroke="${changed ? '#e11d48' : s.stroke}" stroke-width="${changed ? 3 : 1.6}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} marker-end="url(#${p}-arrow-${e.kind})" class="edge edge-${e.kind}"><title>${esc(`${e.kind}: ${e.from} → ${e.to}`)}</title></path>`,
    );
  }
  for (const link of deadLetters) {
    const path = paths.get(`dead-letter:${link.from}`);
    if (!path) continue;
    out.push(
      `<path d="${path.d}" fill="none" stroke="#94a3b8" stroke-width="1.4" stroke-dasharray="2 3" class="dead-letter-link"><title>${esc(`dead letters of ${link.from} go to ${link.to}`)}</title></path>`,
    );
  }
  for (const n of v.nodes) {
    const { x, y } = pos.get(n.id)!;
    const s = nodeStyle(n);
    const changed = hl.has(n.id);
    const note = options.notes?.get(n.id);
    out.push(
      `<g class="node node-${n.kind}${changed ? ' changed' : ''}"><title>${esc(`${n.name} (${n.kind})`)}</title>`,
      `<rect x="${x}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="${s.radius}" fill="${note ? heatFill(s.fill, note.heat) : s.fill}" stroke="${changed ? '#e11d48' : s.stroke}" stroke-width="${changed ? 3 : 1.5}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
      isBroker(n)
        ? `<line x1="${x + BOX_W - 18}" y1="${y + 6}" x2="${x + BOX_W - 18}" y2="${y + BOX_H - 6}" stroke="${s.stroke}"/><line x1="${x + BOX_W - 12}" y1="${y + 6}" x2="${x + BOX_W - 12}" y2="${y + BOX_H - 6}" stroke="${s.stroke}"/>`
        : '',
      ...lines
        .get(n.id)!
        .map(
          (line, i) =>
            `<text x="${x + 10}" y="${y + 20 + i * 16}" class="node-name">${esc(line)}</text>`,
        ),
      `<text x="${x + 10}" y="${y + BOX_H - 10}" class="node-kind"${fitNote(note?.text ?? n.kind)}>${esc(note ? note.text : n.kind)}</text></g>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
