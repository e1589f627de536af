// AsyncAPI import: channels keyed by id, queue or topic across documents, technology from
// servers and bindings, request–reply, names kept. Each document is written as such APIs are.
import { describe, expect, test } from 'vitest';
import { importAsyncApi } from '../../../../models/interop/asyncapi-import';
import { variantSchema } from '../../../../models/schema/project';
import type { Variant } from '../../../../models/types';
import { isBroker } from '../../../../models/kinds/guards';

const empty: Variant = variantSchema.parse({
  id: 'to-be',
  name: 'To-be',
  nodes: [{ id: 'web', name: 'Web shop', kind: 'client' }],
  edges: [],
});

const doc = (...lines: string[]): string => ['asyncapi: 3.0.0', ...lines].join('\n');

/** "publish orders → placed" lines, with node names, sorted. */
const edgesOf = (v: Variant): string[] => {
  const name = (id: string): string => v.nodes.find((n) => n.id === id)?.name ?? `?${id}`;
  return v.edges.map((e) => `${e.kind} ${name(e.from)} → ${name(e.to)}`).sort();
};
const node = (v: Variant, name: string) => v.nodes.find((n) => n.name === name);
const technologyOf = (v: Variant, name: string): string | undefined => {
  const n = node(v, name);
  return isBroker(n) ? n.technology : undefined;
};

describe('AsyncAPI import: channels', () => {
  // A websocket API: every channel lives at "/", told apart by its id and messages.
  const websocket = doc(
    'info: { title: Market feed, version: 1.0.0 }',
    'channels:',
    '  quotes: { address: / }',
    '  trades: { address: / }',
    '  heartbeat: { address: /, title: Heartbeat }',
    'operations:',
    '  sendQuotes: { action: send, channel: { $ref: "#/channels/quotes" } }',
    '  sendTrades: { action: send, channel: { $ref: "#/channels/trades" } }',
    '  sendBeat: { action: send, channel: { $ref: "#/channels/heartbeat" } }',
  );

  test('channels that share an address stay apart, and no operation is dropped', () => {
    const { variant, summary } = importAsyncApi(websocket, empty);
    expect(
      variant.nodes
        .filter((n) => n.kind === 'queue')
        .map((n) => n.name)
        .sort(),
    ).toEqual(['Heartbeat', 'quotes', 'trades']);
    expect(edgesOf(variant)).toEqual([
      'publish Market feed → Heartbeat',
      'publish Market feed → quotes',
      'publish Market feed → trades',
    ]);
    expect(summary.filter((l) => l.includes('already there'))).toEqual([]);
  });

  test('a channel is never matched to a service of the same name', () => {
    const withService: Variant = variantSchema.parse({
      ...empty,
      nodes: [...empty.nodes, { id: 'quotes', name: 'Quotes', kind: 'service' }],
    });
    const { variant } = importAsyncApi(websocket, withService);
    expect(
      variant.nodes
        .filter((n) => n.name.toLowerCase() === 'quotes')
        .map((n) => n.kind)
        .sort(),
    ).toEqual(['queue', 'service']);
  });
});

describe('AsyncAPI import: queue or topic across documents', () => {
  const billing = doc(
    'info: { title: Billing, version: 1.0.0 }',
    'channels: { placed: { address: orders.placed } }',
    'operations: { onPlaced: { action: receive, channel: { $ref: "#/channels/placed" } } }',
  );
  const audit = doc(
    'info: { title: Audit, version: 1.0.0 }',
    'channels: { placed: { address: orders.placed } }',
    'operations: { onPlaced: { action: receive, channel: { $ref: "#/channels/placed" } } }',
  );

  test('one receiving application: a queue; a second document receiving from it: a topic, said in the summary', () => {
    const first = importAsyncApi(billing, empty).variant;
    expect(node(first, 'orders.placed')?.kind).toBe('queue');
    const { variant, summary } = importAsyncApi(audit, first);
    expect(node(variant, 'orders.placed')?.kind).toBe('topic');
    expect(edgesOf(variant)).toEqual([
      'consume orders.placed → Audit',
      'consume orders.placed → Billing',
    ]);
    expect(summary).toContain(
      'channel placed: queue placed is now a topic: Billing, Audit each receive every message',
    );
  });

  test('importing the same receiver again, or a document that declares a queue, keeps the queue', () => {
    const first = importAsyncApi(billing, empty).variant;
    expect(node(importAsyncApi(billing, first).variant, 'orders.placed')?.kind).toBe('queue');
    const declared = audit.replace(
      '{ address: orders.placed }',
      '{ address: orders.placed, x-spillway-kind: queue }',
    );
    expect(node(importAsyncApi(declared, first).variant, 'orders.placed')?.kind).toBe('queue');
  });
});

describe('AsyncAPI import: technology', () => {
  const servers = (...lines: string[]): string =>
    doc(
      'info: { title: Orders, version: 1.0.0 }',
      ...lines,
      'operations:',
      '  a: { action: send, channel: { $ref: "#/channels/a" } }',
      '  b: { action: send, channel: { $ref: "#/channels/b" } }',
    );

  test('from the servers the channel is on, else from its bindings; the summary says where', () => {
    const text = servers(
      'servers:',
      '  events: { host: "kafka:9092", protocol: kafka-secure }',
      '  jobs: { host: "rabbit:5672", protocol: amqp }',
      'channels:',
      '  a: { address: orders.a, servers: [ { $ref: "#/servers/events" } ] }',
      '  b: { address: orders.b, bindings: { amqp: { is: queue } } }',
    );
    const { variant, summary } = importAsyncApi(text, empty);
    expect(technologyOf(variant, 'orders.a')).toBe('kafka');
    expect(technologyOf(variant, 'orders.b')).toBe('rabbitmq');
    expect(summary).toContain('channel a: added queue a (kafka from servers.events.protocol)');
    expect(summary).toContain('channel b: added queue b (rabbitmq from channels.b.bindings.amqp)');
  });

  test('servers that disagree, or none, leave the broker generic', () => {
    const text = servers(
      'servers:',
      '  events: { host: "kafka:9092", protocol: kafka }',
      '  jobs: { host: "nats:4222", protocol: nats }',
      'channels: { a: { address: orders.a }, b: { address: orders.b } }',
    );
    const { variant } = importAsyncApi(text, empty);
    expect(technologyOf(variant, 'orders.a')).toBe('generic');
    const nats = text.replace('protocol: kafka }', 'protocol: nats }');
    expect(technologyOf(importAsyncApi(nats, empty).variant, 'orders.a')).toBe('nats');
  });
});

describe('AsyncAPI import: request–reply', () => {
  test('a reply channel: the requester consumes it, the responder publishes to it', () => {
    const requester = doc(
      'info: { title: Checkout, version: 1.0.0 }',
      'channels: { price: { address: price.requests }, priced: { address: price.replies } }',
      'operations:',
      '  askPrice: { action: send, channel: { $ref: "#/channels/price" }, reply: { channel: { $ref: "#/channels/priced" } } }',
    );
    const responder = doc(
      'info: { title: Pricing, version: 1.0.0 }',
      'channels: { price: { address: price.requests }, priced: { address: price.replies } }',
      'operations:',
      '  quote: { action: receive, channel: { $ref: "#/channels/price" }, reply: { channel: { $ref: "#/channels/priced" } } }',
    );
    const both = importAsyncApi(responder, importAsyncApi(requester, empty).variant).variant;
    expect(edgesOf(both)).toEqual([
      'consume price.replies → Checkout',
      'consume price.requests → Pricing',
      'publish Checkout → price.requests',
      'publish Pricing → price.replies',
    ]);
    // One consumer each: both stay queues.
    expect(both.nodes.filter((n) => n.kind === 'topic')).toEqual([]);
  });

  test('a reply address set at run time (replyTo header) gets one reply queue that both sides share', () => {
    const reply = 'reply: { address: { location: "$message.header#/replyTo" } }';
    const requester = doc(
      'info: { title: Checkout, version: 1.0.0 }',
      'channels: { price: { address: price.requests } }',
      `operations: { askPrice: { action: send, channel: { $ref: "#/channels/price" }, ${reply} } }`,
    );
    const responder = requester
      .replace('title: Checkout', 'title: Pricing')
      .replace('action: send', 'action: receive');
    const { variant, summary } = importAsyncApi(requester, empty);
    expect(summary).toContain('operations.askPrice.reply: added consume price-replies → Checkout');
    const both = importAsyncApi(responder, variant).variant;
    expect(edgesOf(both)).toEqual([
      'consume price.requests replies → Checkout',
      'consume price.requests → Pricing',
      'publish Checkout → price.requests',
      'publish Pricing → price.requests replies',
    ]);
  });

  test('a reply that points at a channel the document lacks says where', () => {
    const text = doc(
      'info: { title: Checkout, version: 1.0.0 }',
      'channels: { price: { address: price.requests } }',
      'operations:',
      '  askPrice: { action: send, channel: { $ref: "#/channels/price" }, reply: { channel: { $ref: "#/channels/nope" } } }',
    );
    expect(() => importAsyncApi(text, empty)).toThrow(
      'operations.askPrice.reply.channel: refers to channel "nope", which the document does not define',
    );
  });
});
