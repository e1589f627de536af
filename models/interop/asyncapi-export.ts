import { stringify } from 'yaml';
import { isBroker } from '../kinds/guards';
import { escapeMarkdownParagraphs } from '../roadmap/escape';
import type { Variant } from '../types';

/** Extension keys Spillway writes (and reads back on import). */
export const X_KIND = 'x-spillway-kind';
export const X_TECHNOLOGY = 'x-spillway-technology';
export const X_DEAD_LETTER = 'x-spillway-dead-letter';
export const X_DEAD_LETTER_QUEUE = 'x-spillway-dead-letter-queue';
export const X_SERVICE = 'x-spillway-service';

type Json = Record<string, unknown>;

export interface AsyncApiOptions {
  title: string;
  version?: string;
  description?: string;
}

/** Message keys must be ids in AsyncAPI's component maps. */
export function messageKey(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '') || 'message';
}

/**
 * The variant's messaging as one AsyncAPI 3.0 document: a channel per queue and topic
 * (address = the node's name), a message per distinct `message` of the edges publishing to
 * it (the channel's id when none is named), a `send` operation per publish edge and a
 * `receive` operation per consume edge, each naming its service (by name) in `x-spillway-service`.
 * A queue that is some broker's dead-letter queue carries `x-spillway-dead-letter: true`
 * and receives the messages of the channels that dead-letter into it.
 */
export function asyncApiDocument(variant: Variant, options: AsyncApiOptions): Json {
  const nodes = new Map(variant.nodes.map((n) => [n.id, n]));
  const brokers = variant.nodes.filter(isBroker);
  const messagesOf = new Map<string, Set<string>>(brokers.map((b) => [b.id, new Set<string>()]));
  for (const e of variant.edges) {
    if (e.kind === 'publish' && messagesOf.has(e.to)) messagesOf.get(e.to)?.add(e.message ?? e.to);
  }
  const deadLetterTargets = new Set(
    brokers.map((b) => b.deadLetterQueue).filter((id): id is string => id !== null),
  );
  for (const b of brokers) {
    if (b.deadLetterQueue && messagesOf.has(b.deadLetterQueue)) {
      for (const m of messagesOf.get(b.id) ?? []) messagesOf.get(b.deadLetterQueue)?.add(m);
    }
  }
  const components: Json = {};
  const channels: Json = {};
  for (const b of brokers) {
    const names = [...(messagesOf.get(b.id) ?? [])];
    if (names.length === 0) names.push(b.id);
    const messages: Json = {};
    for (const name of names) {
      const key = messageKey(name);
      messages[key] = { $ref: `#/components/messages/${key}` };
      components[key] = {
        name,
        title: name,
        contentType: 'application/json',
        payload: { type: 'object' },
      };
    }
    channels[b.id] = {
      address: b.name,
      title: b.name,
      ...(b.description ? { description: escapeMarkdownParagraphs(b.description) } : {}),
      messages,
      [X_KIND]: b.kind,
      [X_TECHNOLOGY]: b.technology,
      ...(b.deadLetterQueue ? { [X_DEAD_LETTER_QUEUE]: b.deadLetterQueue } : {}),
      ...(deadLetterTargets.has(b.id) ? { [X_DEAD_LETTER]: true } : {}),
    };
  }
  const operations: Json = {};
  for (const e of variant.edges) {
    if (e.kind === 'call') continue;
    const service = nodes.get(e.kind === 'publish' ? e.from : e.to);
    const channel = e.kind === 'publish' ? e.to : e.from;
    if (!service || !messagesOf.has(channel)) continue;
    const action = e.kind === 'publish' ? 'send' : 'receive';
    const names =
      e.kind === 'publish' ? [e.message ?? channel] : [...(messagesOf.get(channel) ?? [])];
    if (names.length === 0) names.push(channel);
    operations[`${service.id}-${action}-${channel}`] = {
      action,
      channel: { $ref: `#/channels/${channel}` },
      summary: `${service.name} ${action === 'send' ? 'publishes to' : 'consumes from'} ${nodes.get(channel)?.name ?? channel}`,
      messages: names.map((n) => ({ $ref: `#/channels/${channel}/messages/${messageKey(n)}` })),
      // The name, not the internal id: a round trip into another project keeps service names.
      [X_SERVICE]: service.name,
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: options.title,
      version: options.version ?? '1.0.0',
      // CommonMark in AsyncAPI: plain text is escaped, so a tool that renders it shows it as written.
      description: escapeMarkdownParagraphs(
        options.description ??
          `Messaging of the variant "${variant.name}" (${variant.id}), exported by Spillway.`,
      ),
    },
    channels,
    operations,
    components: { messages: components },
  };
}

export function exportAsyncApi(
  variant: Variant,
  options: AsyncApiOptions & { format?: 'yaml' | 'json' },
): string {
  const doc = asyncApiDocument(variant, options);
  return options.format === 'json'
    ? `${JSON.stringify(doc, null, 2)}\n`
    : stringify(doc, { aliasDuplicateObjects: false });
}
