// What every fuzz case must satisfy, as functions that return what is wrong (empty when fine).
import { JSDOM } from 'jsdom';
import { marked, type Token } from 'marked';
import { parse as parseYaml } from 'yaml';
import { NODE_KINDS } from '../../../models/schema/node';

/** A path as models/problem.ts formats it: `variants[0].nodes[3].concurrency`, `["odd key"]`. */
const PATH =
  /^(?:[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])(?:\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])*: \S/;
/** Problems about the file as a whole, which have no deeper path to name. */
const WHOLE_FILE = [
  /^malformed JSON at line \d+, column \d+: /,
  /^a Spillway project must be a JSON object/,
  /^the text is \d+ characters long/,
  /^… and \d+ more problems$/,
];

/**
 * A rejection must say where: at least one problem line names a JSON path (or, for a file
 * that is not JSON at all, its line and column). Returns 'path', 'file' or null (unlocated).
 */
export function rejectionLocation(stderr: string): 'path' | 'file' | null {
  const lines = stderr.split('\n').map((l) => l.replace(/^spillway [\w-]+: /, '').trim());
  // Trace import: `FILE: where: reason`, where is a JSON path (a key of any text is written
  // `["…"]`, as in `["data\\\":[{"]` for a garbled key) or (document).
  const traceWhere = (l: string): string => l.replace(/^\S+\.json: /, '');
  if (
    lines.some(
      (l) =>
        PATH.test(l) ||
        (/^\S+\.json: /.test(l) &&
          (PATH.test(traceWhere(l)) || /^\(\w+\): \S/.test(traceWhere(l)))),
    )
  )
    return 'path';
  // A message that names a path inside its sentence (`scenario s1: load[0].client: …`).
  if (lines.some((l) => /(^|\s)[A-Za-z_$][\w$]*\[\d+\](\.[A-Za-z_$][\w$]*|\[\d+\])*: \S/.test(l)))
    return 'path';
  if (lines.some((l) => WHOLE_FILE.some((w) => w.test(l)))) return 'file';
  return null;
}

/** Keys whose value may be null in a result; anywhere else a null is a NaN or an Infinity that JSON lost. */
const NULLABLE = new Set([
  'cutShort',
  'saturatedAtS',
  'failingAtS',
  'changePct',
  'traces',
  'baseline',
  'kpis',
]);

/** Every number finite, nulls only where the contract has them (NaN and Infinity print as null). */
export function nonFinite(value: unknown): string[] {
  const problems: string[] = [];
  const stack: { v: unknown; path: string }[] = [{ v: value, path: '' }];
  while (stack.length > 0 && problems.length < 5) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`${path} is ${v}`);
    else if (Array.isArray(v)) v.forEach((c, i) => stack.push({ v: c, path: `${path}[${i}]` }));
    else if (v !== null && typeof v === 'object')
      for (const [k, c] of Object.entries(v)) {
        if (c === null && !NULLABLE.has(k)) problems.push(`${path}.${k} is null`);
        else stack.push({ v: c, path: `${path}.${k}` });
      }
  }
  return problems;
}

interface Conservation {
  generated: number;
  succeeded: number;
  failed: number;
  deadLettered: number;
  expired: number;
  inFlight: number;
}

/** Nothing lost: everything generated ended somewhere or is still in flight. */
export function conservationBroken(result: { conservation: Conservation }): string | null {
  const c = result.conservation;
  const ended = c.succeeded + c.failed + c.deadLettered + c.expired + c.inFlight;
  return c.generated === ended
    ? null
    : `conservation: generated ${c.generated} ≠ ended ${ended} (${JSON.stringify(c)})`;
}

/**
 * A jsdom window keeps every document its DOMParser ever made (~15 MB for a roadmap report),
 * so a campaign's worker that shared one window for all its checks grew by that much per
 * hostile case until its heap ran out (SIGABRT after ~1,200 cases). A window serves a few
 * documents (a new one per document costs more than the check itself) and is then closed and
 * dropped.
 */
const DOCUMENTS_PER_WINDOW = 4;
let window: { parser: DOMParser; close: () => void; used: number } | null = null;

function parseHtml(html: string): Document {
  if (!window || window.used >= DOCUMENTS_PER_WINDOW) {
    window?.close();
    const dom = new JSDOM('');
    window = { parser: new dom.window.DOMParser(), close: () => dom.window.close(), used: 0 };
  }
  window.used++;
  return window.parser.parseFromString(html, 'text/html');
}

const EXECUTABLE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'form',
  'img',
  'image',
  'video',
  'audio',
  'link',
  'meta',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'srcdoc',
]);

/**
 * Markup that could run script or fetch anything: script-like elements, event handler
 * attributes, javascript:/data: URLs. `allowed` names elements the surface itself uses.
 */
export function executableContent(
  html: string,
  allowed: ReadonlySet<string> = new Set(),
): string[] {
  const doc = parseHtml(`<!doctype html><body>${html}</body>`);
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (EXECUTABLE_ELEMENTS.has(tag) && !allowed.has(tag)) found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|vbscript|data):/i.test(attr.value))
        found.push(`${tag}[${name}=${attr.value.slice(0, 30)}]`);
      if (name === 'style' && /expression\(|javascript:/i.test(attr.value))
        found.push(`${tag}[style]`);
    }
  }
  return found;
}

/** Raw HTML a Markdown renderer would pass through (any `html` token), and what marked makes of it. */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  const stack: Token[] = [...marked.lexer(markdown, { gfm: true })];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t.type === 'html')
      problems.push(`raw HTML in Markdown: ${JSON.stringify(t.raw.slice(0, 60))}`);
    const children = t as {
      tokens?: Token[];
      items?: Token[];
      header?: { tokens: Token[] }[];
      rows?: { tokens: Token[] }[][];
    };
    for (const c of children.tokens ?? []) stack.push(c);
    for (const c of children.items ?? []) stack.push(c);
    for (const c of children.header ?? []) stack.push(...c.tokens);
    for (const row of children.rows ?? []) for (const c of row) stack.push(...c.tokens);
  }
  const html = marked.parse(markdown, { async: false, gfm: true });
  return [...problems, ...executableContent(html)];
}

const KINDS = NODE_KINDS.join('|');
const KIND_CLASS_LINE = new RegExp(
  `^  classDef (${KINDS}) fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}(,stroke-dasharray:\\d+ \\d+)?$`,
);
const KIND_MEMBERS_LINE = new RegExp(`^  class n\\d+(,n\\d+)* (${KINDS})$`);

/** A Mermaid flowchart whose labels are all quoted and escaped, with no directive or interaction. */
export function mermaidProblems(text: string): string[] {
  const problems: string[] = [];
  for (const line of text.split('\n')) {
    // The export colours each kind with a class of the registry's constant colours; those two
    // line shapes are allowed exactly (generated node ids, a known kind, hex colours).
    if (KIND_CLASS_LINE.test(line) || KIND_MEMBERS_LINE.test(line)) continue;
    // Outside the quoted labels: no comment or directive, no interaction, no link.
    const bare = line.replace(/"[^"]*"/g, '""');
    if (/%%|^\s*(click|style|classDef|linkStyle|call)\b|javascript:/i.test(bare) || /%%/.test(line))
      problems.push(`mermaid line ${JSON.stringify(line.slice(0, 80))}`);
    for (const label of line.match(/"[^"]*"/g) ?? [])
      if (/[<>&`]/.test(label.slice(1, -1)))
        problems.push(`unescaped mermaid label ${label.slice(0, 60)}`);
  }
  return problems;
}

/** An AsyncAPI document's descriptions are CommonMark: rendered, they must hold no markup. */
export function asyncApiProblems(yamlText: string): string[] {
  const doc = parseYaml(yamlText) as unknown;
  const problems: string[] = [];
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) for (const c of v) stack.push(c);
    else if (v !== null && typeof v === 'object')
      for (const [k, c] of Object.entries(v)) {
        if (k === 'description' && typeof c === 'string') problems.push(...markdownProblems(c));
        else stack.push(c);
      }
  }
  return problems;
}
