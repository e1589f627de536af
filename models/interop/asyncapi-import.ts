import { copyJson } from '../json-copy';
import { parse } from 'yaml';
import { kindsOf } from '../kinds/node-kinds';
import { variantSchema } from '../schema/project';
import { BROKER_TECHNOLOGIES } from '../schema/broker-presets';
import type { BrokerTechnology, Variant } from '../types';
import { ImportIssue } from './import-issue';
import {
  X_DEAD_LETTER,
  X_DEAD_LETTER_QUEUE,
  X_KIND,
  X_SERVICE,
  X_TECHNOLOGY,
} from './asyncapi-export';
import { nodeIdFor } from './node-id';
import { maxOf } from '../max-of';
import { unescapeMarkdown } from '../roadmap/escape';

type Json = Record<string, unknown>;
type VariantInput = Parameters<typeof variantSchema.parse>[0] & { nodes: Json[]; edges: Json[] };

export interface AsyncApiImportResult {
  variant: Variant;
  /** One line per node or edge added, or matched to one already there. */
  summary: string[];
}

function asObject(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : null;
}

/** `#/channels/orders` → ['channels', 'orders'] (JSON pointer, with ~1 and ~0 unescaped). */
function refPath(value: unknown): string[] | null {
  const ref = asObject(value)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return null;
  return ref
    .slice(2)
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Follows local $refs (a few hops at most, so a reference loop cannot hang the import). */
function resolve(doc: Json, value: unknown): Json | null {
  let cur: unknown = value;
  for (let hop = 0; hop < 8; hop++) {
    const path = refPath(cur);
    if (!path) return asObject(cur);
    cur = doc;
    for (const key of path) cur = asObject(cur)?.[key];
  }
  return null;
}

export function parseAsyncApi(text: string): Json {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ImportIssue(
      '(document)',
      `is neither YAML nor JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
    );
  }
  const root = asObject(doc);
  if (!root || typeof root.asyncapi !== 'string')
    throw new ImportIssue('asyncapi', 'is missing: not an AsyncAPI document');
  if (!root.asyncapi.startsWith('3.')) {
    throw new ImportIssue(
      'asyncapi',
      `is "${root.asyncapi}": only AsyncAPI 3.x documents are supported (convert 2.x with the AsyncAPI converter)`,
    );
  }
  return root;
}

/**
 * Adds the queues, topics and publish/consume edges an AsyncAPI 3.0 document describes to a
 * variant. Channels become queues or topics (`x-spillway-kind`, else a topic when more than
 * one service receives from it); operations become publish (`send`) and consume (`receive`)
 * edges of the service named by `x-spillway-service`, else the operation's first tag, else the
 * document's `info.title`. Services and channels are matched to existing nodes by id or name
 * (case-insensitive); what is missing is added, what exists is kept as it is.
 */
export function importAsyncApi(text: string, into: Variant): AsyncApiImportResult {
  const doc = parseAsyncApi(text);
  const variant: VariantInput = copyJson(into);
  const summary: string[] = [];
  const taken = new Set(variant.nodes.map((n) => String(n.id)));
  const find = (key: string): Json | undefined => {
    const k = key.toLowerCase();
    return variant.nodes.find(
      (n) => String(n.id).toLowerCase() === k || String(n.name).toLowerCase() === k,
    );
  };
  const maxX = maxOf(
    variant.nodes.map((n) => Number(asObject(n.position)?.x ?? 0)),
    0,
  );
  let added = 0;
  const place = (): { x: number; y: number } => ({ x: maxX + 260, y: 140 * added++ });

  const channels = asObject(doc.channels) ?? {};
  const operations = Object.entries(asObject(doc.operations) ?? {});
  const appName =
    typeof asObject(doc.info)?.title === 'string'
      ? String(asObject(doc.info)?.title)
      : 'application';
  const serviceOf = (op: Json): string => {
    if (typeof op[X_SERVICE] === 'string') return op[X_SERVICE];
    const tag = Array.isArray(op.tags) ? asObject(resolve(doc, op.tags[0]))?.name : undefined;
    return typeof tag === 'string' ? tag : appName;
  };
  const channelKeyOf = (op: Json, where: string): string => {
    const path = refPath(op.channel);
    if (!path || path[0] !== 'channels' || path.length !== 2)
      throw new ImportIssue(`${where}.channel`, 'must be a $ref to #/channels/<id>');
    if (!channels[path[1] as string])
      throw new ImportIssue(
        `${where}.channel`,
        `refers to channel "${path[1]}", which the document does not define`,
      );
    return path[1] as string;
  };

  const receivers = new Map<string, Set<string>>();
  for (const [key, raw] of operations) {
    const op = asObject(raw);
    if (op?.action === 'receive') {
      const ch = channelKeyOf(op, `operations.${key}`);
      receivers.set(ch, (receivers.get(ch) ?? new Set()).add(serviceOf(op)));
    }
  }

  const channelNode = new Map<string, string>();
  for (const [key, raw] of Object.entries(channels)) {
    const ch = resolve(doc, raw) ?? {};
    const name =
      typeof ch.title === 'string' ? ch.title : typeof ch.address === 'string' ? ch.address : key;
    const existing = find(key) ?? find(name);
    if (existing) {
      channelNode.set(key, String(existing.id));
      summary.push(`channel ${key}: matched ${existing.kind} ${existing.id}`);
      continue;
    }
    const fansOut = (receivers.get(key)?.size ?? 0) > 1;
    const kind = kindsOf('broker').find((k) => k === ch[X_KIND]) ?? (fansOut ? 'topic' : 'queue');
    const technology = BROKER_TECHNOLOGIES.includes(ch[X_TECHNOLOGY] as BrokerTechnology)
      ? (ch[X_TECHNOLOGY] as BrokerTechnology)
      : 'generic';
    const id = nodeIdFor(key, taken);
    variant.nodes.push({
      id,
      name,
      kind,
      technology,
      position: place(),
      ...(typeof ch.description === 'string'
        ? { description: unescapeMarkdown(ch.description) }
        : {}),
    });
    channelNode.set(key, id);
    summary.push(
      `channel ${key}: added ${kind} ${id}${ch[X_DEAD_LETTER] === true ? ' (dead-letter queue)' : ''}`,
    );
  }
  for (const [key, raw] of Object.entries(channels)) {
    const dlq = resolve(doc, raw)?.[X_DEAD_LETTER_QUEUE];
    const node = variant.nodes.find((n) => n.id === channelNode.get(key));
    if (typeof dlq === 'string' && node && channelNode.has(dlq))
      node.deadLetterQueue = channelNode.get(dlq);
  }

  const serviceNode = (name: string): string => {
    const existing = find(name);
    if (existing) return String(existing.id);
    const id = nodeIdFor(name, taken);
    variant.nodes.push({ id, name, kind: 'service', position: place() });
    summary.push(`service ${name}: added service ${id}`);
    return id;
  };
  for (const [key, raw] of operations) {
    const op = asObject(raw);
    if (!op) continue;
    if (op.action !== 'send' && op.action !== 'receive')
      throw new ImportIssue(`operations.${key}.action`, 'must be "send" or "receive"');
    const channel = channelNode.get(channelKeyOf(op, `operations.${key}`)) as string;
    const service = serviceNode(serviceOf(op));
    const [from, to, kind] =
      op.action === 'send' ? [service, channel, 'publish'] : [channel, service, 'consume'];
    if (variant.edges.some((e) => e.from === from && e.to === to && e.kind === kind)) {
      summary.push(`operation ${key}: ${kind} ${from} → ${to} already there`);
      continue;
    }
    const firstMessage = Array.isArray(op.messages) ? resolve(doc, op.messages[0]) : null;
    const message = typeof firstMessage?.name === 'string' ? firstMessage.name : undefined;
    const edgeIds = new Set(variant.edges.map((e) => String(e.id)));
    const id = nodeIdFor(`${kind}-${from}-${to}`, edgeIds);
    variant.edges.push({
      id,
      from,
      to,
      kind,
      ...(kind === 'publish' && message ? { message } : {}),
    });
    summary.push(
      `operation ${key}: added ${kind} ${from} → ${to}${message && kind === 'publish' ? ` (message ${message})` : ''}`,
    );
  }
  return { variant: variantSchema.parse(variant), summary };
}
