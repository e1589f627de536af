import { copyJson } from '../json-copy';
import { isBroker, isQueue } from '../kinds/guards';
import { can, kindsOf } from '../kinds/node-kinds';
import { variantSchema } from '../schema/project';
import type { ModelNode, Variant } from '../types';
import { asObject, parseAsyncApi, refPath, resolve, type Json } from './asyncapi-document';
import { X_DEAD_LETTER, X_DEAD_LETTER_QUEUE, X_KIND, X_SERVICE } from './asyncapi-export';
import { channelTechnology } from './asyncapi-technology';
import { ImportIssue } from './import-issue';
import { nodeIdFor } from './node-id';
import { maxOf, minOf } from '../max-of';
import { unescapeMarkdown } from '../roadmap/escape';

type VariantInput = Parameters<typeof variantSchema.parse>[0] & { nodes: Json[]; edges: Json[] };

export interface AsyncApiImportResult {
  variant: Variant;
  /** One line per node or edge added, matched to one already there, or changed. */
  summary: string[];
  /** The nodes the import added, so that the app can bring them into view. */
  added: string[];
}

/** A channel of the document, or the reply queue of an operation whose reply address is set at run time. */
interface Channel {
  key: string;
  name: string;
  body: Json;
}

/** One publish or consume the document describes (operations and their replies). */
interface Flow {
  where: string;
  service: string;
  channel: string;
  kind: 'publish' | 'consume';
  message?: string;
}

const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const matches = (n: ModelNode, key: string): boolean =>
  sameText(n.id, key) || sameText(n.name, key);

/** A channel's name: its title, else its address when no other channel shares it, else its id. */
function channelsOf(doc: Json): Map<string, Channel> {
  const entries = Object.entries(asObject(doc.channels) ?? {}).map(
    ([key, raw]) => [key, resolve(doc, raw) ?? {}] as const,
  );
  const addressCount = new Map<string, number>();
  for (const [, ch] of entries) {
    if (typeof ch.address === 'string')
      addressCount.set(ch.address, (addressCount.get(ch.address) ?? 0) + 1);
  }
  const name = (key: string, ch: Json): string =>
    typeof ch.title === 'string'
      ? ch.title
      : typeof ch.address === 'string' && addressCount.get(ch.address) === 1
        ? ch.address
        : key;
  return new Map(entries.map(([key, body]) => [key, { key, name: name(key, body), body }]));
}

function firstMessageName(doc: Json, messages: unknown): string | undefined {
  const first = Array.isArray(messages) ? resolve(doc, messages[0]) : null;
  return typeof first?.name === 'string' ? first.name : undefined;
}

/** Reads the operations (and their `reply` objects) as publishes and consumes. */
function flowsOf(doc: Json, channels: Map<string, Channel>): Flow[] {
  const appName =
    typeof asObject(doc.info)?.title === 'string'
      ? String(asObject(doc.info)?.title)
      : 'application';
  const serviceOf = (op: Json): string => {
    if (typeof op[X_SERVICE] === 'string') return op[X_SERVICE];
    const tag = Array.isArray(op.tags) ? asObject(resolve(doc, op.tags[0]))?.name : undefined;
    return typeof tag === 'string' ? tag : appName;
  };
  const channelKeyOf = (value: unknown, where: string): string => {
    const path = refPath(value);
    if (!path || path[0] !== 'channels' || path.length !== 2)
      throw new ImportIssue(where, 'must be a $ref to #/channels/<id>');
    if (!channels.has(path[1] as string))
      throw new ImportIssue(
        where,
        `refers to channel "${path[1]}", which the document does not define`,
      );
    return path[1] as string;
  };
  const flows: Flow[] = [];
  for (const [key, raw] of Object.entries(asObject(doc.operations) ?? {})) {
    const op = resolve(doc, raw);
    if (!op) continue;
    const where = `operations.${key}`;
    if (op.action !== 'send' && op.action !== 'receive')
      throw new ImportIssue(`${where}.action`, 'must be "send" or "receive"');
    const channel = channelKeyOf(op.channel, `${where}.channel`);
    const service = serviceOf(op);
    const sends = op.action === 'send';
    flows.push({
      where,
      service,
      channel,
      kind: sends ? 'publish' : 'consume',
      message: firstMessageName(doc, op.messages),
    });
    const reply = resolve(doc, op.reply);
    if (!reply) continue;
    // Request–reply: the requester (send) receives the reply, the responder (receive) sends it.
    let replyChannel: string;
    if (reply.channel !== undefined)
      replyChannel = channelKeyOf(reply.channel, `${where}.reply.channel`);
    else {
      // The reply address is set at run time (a replyTo header): one reply queue per request channel.
      replyChannel = `${channel}.replies`;
      const requests = channels.get(channel) as Channel;
      if (!channels.has(replyChannel))
        channels.set(replyChannel, {
          key: replyChannel,
          name: `${requests.name} replies`,
          body: { [X_KIND]: 'queue' },
        });
    }
    flows.push({
      where: `${where}.reply`,
      service,
      channel: replyChannel,
      kind: sends ? 'consume' : 'publish',
      message: firstMessageName(doc, reply.messages),
    });
  }
  return flows;
}

/**
 * Adds the queues, topics and publish/consume edges an AsyncAPI 3.0 document describes to a
 * variant. Channels (keyed by their id, so channels sharing an address stay apart) become
 * queues or topics; operations become publish (`send`) and consume (`receive`) edges of the
 * service named by `x-spillway-service`, else the operation's first tag, else the document's
 * `info.title`; a `reply` adds the way back (request–reply over messaging). Services and
 * channels are matched to existing nodes by id or name (case-insensitive); what is missing is
 * added, what exists is kept — except that a queue that another application now also
 * receives from becomes a topic (AsyncAPI: every receiving application gets every message).
 */
export function importAsyncApi(text: string, into: Variant): AsyncApiImportResult {
  const doc = parseAsyncApi(text);
  const channels = channelsOf(doc);
  const flows = flowsOf(doc, channels);
  const variant: VariantInput = copyJson(into);
  const summary: string[] = [];
  const added: string[] = [];
  const taken = new Set(variant.nodes.map((n) => String(n.id)));
  // New nodes go right of the drawing in columns, so that messages flow left to right: services
  // that only send, then the channels, then the services that receive.
  const left = maxOf(
    into.nodes.map((n) => n.position.x),
    0,
  );
  const top = into.nodes.length > 0 ? minOf(into.nodes.map((n) => n.position.y)) : 0;
  const rows = [0, 0, 0];
  const addNode = (base: string, node: Json, column: 0 | 1 | 2): string => {
    const id = nodeIdFor(base, taken);
    const y = top + 140 * (rows[column] as number);
    rows[column] = (rows[column] as number) + 1;
    variant.nodes.push({ id, ...node, position: { x: left + 260 * (column + 1), y } });
    added.push(id);
    return id;
  };
  const receiving = new Set(
    flows.filter((f) => f.kind === 'consume').map((f) => f.service.toLowerCase()),
  );

  const receivers = new Map<string, Set<string>>();
  for (const f of flows) {
    if (f.kind === 'consume')
      receivers.set(
        f.channel,
        (receivers.get(f.channel) ?? new Set()).add(f.service.toLowerCase()),
      );
  }

  const channelNode = new Map<string, string>();
  for (const ch of channels.values()) {
    const declared = kindsOf('broker').find((k) => k === ch.body[X_KIND]);
    const existing = into.nodes.find(
      (n) => isBroker(n) && (matches(n, ch.key) || matches(n, ch.name)),
    );
    if (existing) {
      channelNode.set(ch.key, existing.id);
      summary.push(`channel ${ch.key}: matched ${existing.kind} ${existing.id}`);
      continue;
    }
    const kind = declared ?? ((receivers.get(ch.key)?.size ?? 0) > 1 ? 'topic' : 'queue');
    const technology = channelTechnology(doc, ch.key, ch.body);
    const description =
      typeof ch.body.description === 'string' ? unescapeMarkdown(ch.body.description) : undefined;
    const id = addNode(
      ch.key,
      {
        name: ch.name,
        kind,
        technology: technology?.technology ?? 'generic',
        ...(description !== undefined ? { description } : {}),
      },
      1,
    );
    channelNode.set(ch.key, id);
    summary.push(
      `channel ${ch.key}: added ${kind} ${id}` +
        (technology ? ` (${technology.technology} from ${technology.from})` : '') +
        (ch.body[X_DEAD_LETTER] === true ? ' (dead-letter queue)' : ''),
    );
  }
  for (const ch of channels.values()) {
    const dlq = ch.body[X_DEAD_LETTER_QUEUE];
    const node = variant.nodes.find((n) => n.id === channelNode.get(ch.key));
    if (typeof dlq === 'string' && node && channelNode.has(dlq))
      node.deadLetterQueue = channelNode.get(dlq);
  }

  // A service matches a node that can publish or consume, drawn before or added by this import.
  const services = new Map<string, string>();
  const serviceNode = (name: string): string => {
    const existing = into.nodes.find(
      (n) => (can(n.kind, 'canPublish') || can(n.kind, 'canConsume')) && matches(n, name),
    );
    if (existing) return existing.id;
    const known = services.get(name.toLowerCase());
    if (known) return known;
    const id = addNode(name, { name, kind: 'service' }, receiving.has(name.toLowerCase()) ? 2 : 0);
    services.set(name.toLowerCase(), id);
    summary.push(`service ${name}: added service ${id}`);
    return id;
  };
  const edgeIds = new Set(variant.edges.map((e) => String(e.id)));
  for (const f of flows) {
    const channel = channelNode.get(f.channel) as string;
    const service = serviceNode(f.service);
    const [from, to] = f.kind === 'publish' ? [service, channel] : [channel, service];
    if (variant.edges.some((e) => e.from === from && e.to === to && e.kind === f.kind)) {
      summary.push(`${f.where}: ${f.kind} ${from} → ${to} already there`);
      continue;
    }
    const message = f.kind === 'publish' ? f.message : undefined;
    variant.edges.push({
      id: nodeIdFor(`${f.kind}-${from}-${to}`, edgeIds),
      from,
      to,
      kind: f.kind,
      ...(message ? { message } : {}),
    });
    summary.push(
      `${f.where}: added ${f.kind} ${from} → ${to}${message ? ` (message ${message})` : ''}`,
    );
  }
  summary.push(...queuesNowShared(into, variant, channels, channelNode));
  return { variant: variantSchema.parse(variant), summary, added };
}

/**
 * A queue that was there before and that the import gives a further receiving service becomes
 * a topic, unless the document declares it a queue (`x-spillway-kind: queue`): in AsyncAPI each
 * application that receives from a channel gets every message.
 */
function queuesNowShared(
  before: Variant,
  after: VariantInput,
  channels: Map<string, Channel>,
  channelNode: Map<string, string>,
): string[] {
  const lines: string[] = [];
  const consumersOf = (
    edges: readonly { kind?: unknown; from?: unknown; to?: unknown }[],
    id: string,
  ): Set<string> =>
    new Set(edges.filter((e) => e.kind === 'consume' && e.from === id).map((e) => String(e.to)));
  for (const ch of channels.values()) {
    const id = channelNode.get(ch.key) as string;
    const old = before.nodes.find((n) => n.id === id);
    if (!isQueue(old) || ch.body[X_KIND] === 'queue') continue;
    const was = consumersOf(before.edges, id);
    const now = consumersOf(after.edges, id);
    if (now.size <= 1 || now.size === was.size) continue;
    const node = after.nodes.find((n) => n.id === id) as Json;
    node.kind = 'topic';
    lines.push(
      `channel ${ch.key}: queue ${id} is now a topic: ${[...now].join(', ')} each receive every message`,
    );
  }
  return lines;
}
