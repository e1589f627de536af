// AsyncAPI 3.0 export is validated against the official JSON schema shipped by @asyncapi/specs
// (draft-07, with ajv; string formats such as uri are not checked: the export writes none); import reads YAML or JSON and merges into a variant.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { asyncApiDocument, exportAsyncApi } from '../../../../models/interop/asyncapi-export';
import { importAsyncApi } from '../../../../models/interop/asyncapi-import';
import { ImportIssue } from '../../../../models/interop/import-issue';
import { EXAMPLES } from '../../../../models/examples';
import { variantSchema } from '../../../../models/schema/project';
import type { Variant } from '../../../../models/types';
import { asyncApiProblems } from '../../../helpers/fuzz/checks';
import { HOSTILE_STRINGS } from '../../../helpers/fuzz/hostile';

const require = createRequire(import.meta.url);
const schemaFile = require.resolve('@asyncapi/specs/schemas/3.0.0-without-$id.json');
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(
  JSON.parse(readFileSync(schemaFile, 'utf8')) as object,
);

function expectValid(doc: unknown): void {
  const ok = validate(doc);
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
}

/** A to-be: orders publishes OrderPlaced to a topic with two subscribers; billing's queue dead-letters. */
const toBe: Variant = variantSchema.parse({
  id: 'to-be',
  name: 'To-be',
  nodes: [
    { id: 'client', name: 'Shoppers', kind: 'client' },
    { id: 'orders', name: 'Orders', kind: 'service' },
    { id: 'billing', name: 'Billing', kind: 'service' },
    { id: 'mailer', name: 'Mailer "v2"', kind: 'service' },
    { id: 'order-events', name: 'order.events', kind: 'topic', technology: 'kafka' },
    {
      id: 'billing-jobs',
      name: 'billing.jobs',
      kind: 'queue',
      technology: 'rabbitmq',
      deadLetterQueue: 'billing-dlq',
    },
    { id: 'billing-dlq', name: 'billing.jobs.dlq', kind: 'queue', technology: 'rabbitmq' },
  ],
  edges: [
    { id: 'c1', kind: 'call', from: 'client', to: 'orders' },
    { id: 'p1', kind: 'publish', from: 'orders', to: 'order-events', message: 'OrderPlaced' },
    { id: 'p2', kind: 'publish', from: 'orders', to: 'billing-jobs', message: 'ChargeRequested' },
    { id: 's1', kind: 'consume', from: 'order-events', to: 'mailer' },
    { id: 's2', kind: 'consume', from: 'order-events', to: 'billing' },
    { id: 's3', kind: 'consume', from: 'billing-jobs', to: 'billing' },
  ],
});

describe('AsyncAPI export', () => {
  test('is a valid AsyncAPI 3.0 document, in YAML and in JSON', () => {
    expectValid(parse(exportAsyncApi(toBe, { title: 'Shop' })));
    expectValid(JSON.parse(exportAsyncApi(toBe, { title: 'Shop', format: 'json' })));
  });

  test('every variant of the built-in examples exports a valid document', () => {
    for (const example of EXAMPLES) {
      for (const variant of example.project.variants)
        expectValid(asyncApiDocument(variant, { title: example.title }));
    }
  });

  test('the schema check can fail (a broken document is rejected)', () => {
    const doc = asyncApiDocument(toBe, { title: 'Shop' }) as {
      operations: Record<string, { action: string }>;
    };
    const first = Object.values(doc.operations)[0];
    if (first) first.action = 'publish'; // AsyncAPI 2 vocabulary, invalid in 3.0
    expect(validate(doc)).toBe(false);
  });

  test('channels, operations, messages and the dead-letter mark', () => {
    const doc = asyncApiDocument(toBe, { title: 'Shop' }) as {
      channels: Record<string, Record<string, unknown>>;
      operations: Record<string, { action: string; channel: { $ref: string } }>;
      components: { messages: Record<string, { name: string }> };
    };
    expect(Object.keys(doc.channels).sort()).toEqual([
      'billing-dlq',
      'billing-jobs',
      'order-events',
    ]);
    expect(doc.channels['order-events']).toMatchObject({
      address: 'order.events',
      'x-spillway-kind': 'topic',
      'x-spillway-technology': 'kafka',
    });
    expect(doc.channels['billing-dlq']?.['x-spillway-dead-letter']).toBe(true);
    expect(doc.channels['billing-jobs']?.['x-spillway-dead-letter-queue']).toBe('billing-dlq');
    expect(Object.keys(doc.channels['billing-dlq']?.messages as object)).toEqual([
      'ChargeRequested',
    ]);
    expect(
      Object.entries(doc.operations)
        .map(([k, o]) => `${k}:${o.action}:${o.channel.$ref}`)
        .sort(),
    ).toEqual([
      'billing-receive-billing-jobs:receive:#/channels/billing-jobs',
      'billing-receive-order-events:receive:#/channels/order-events',
      'mailer-receive-order-events:receive:#/channels/order-events',
      'orders-send-billing-jobs:send:#/channels/billing-jobs',
      'orders-send-order-events:send:#/channels/order-events',
    ]);
    expect(Object.keys(doc.components.messages).sort()).toEqual(['ChargeRequested', 'OrderPlaced']);
  });
});

describe('AsyncAPI import', () => {
  const asIs: Variant = variantSchema.parse({
    id: 'as-is',
    name: 'As-is',
    nodes: [
      { id: 'client', name: 'Shoppers', kind: 'client' },
      { id: 'orders', name: 'Orders', kind: 'service', serviceTimeMs: 12 },
      { id: 'billing', name: 'Billing', kind: 'service' },
    ],
    edges: [{ id: 'c1', kind: 'call', from: 'client', to: 'orders' }],
  });

  test('export then import into the as-is recreates the messaging, services matched and added by name', () => {
    const { variant, summary } = importAsyncApi(exportAsyncApi(toBe, { title: 'Shop' }), asIs);
    const nameOf = (v: Variant, id: string): string => v.nodes.find((n) => n.id === id)?.name ?? id;
    const messaging = (v: Variant): string[] =>
      v.edges
        .filter((e) => e.kind !== 'call')
        .map(
          (e) =>
            `${e.kind}:${nameOf(v, e.from)}->${nameOf(v, e.to)}${e.kind === 'publish' ? `:${e.message}` : ''}`,
        )
        .sort();
    expect(messaging(variant)).toEqual(messaging(toBe));
    const kinds = (v: Variant): string[] => v.nodes.map((n) => `${n.name}:${n.kind}`).sort();
    expect(kinds(variant)).toEqual(kinds(toBe));
    expect(variant.nodes.find((n) => n.id === 'billing-jobs')).toMatchObject({
      deadLetterQueue: 'billing-dlq',
      technology: 'rabbitmq',
    });
    // Existing nodes are kept as they were.
    expect(variant.nodes.find((n) => n.id === 'orders')).toEqual(
      asIs.nodes.find((n) => n.id === 'orders'),
    );
    // A service the as-is lacks keeps its name (not its id in the to-be).
    expect(summary).toContain('service Mailer "v2": added service Mailer-v2');
  });

  test('descriptions are CommonMark: hostile ones render as their text, and import reads them back', () => {
    const hostile = HOSTILE_STRINGS.join('\n');
    const described: Variant = {
      ...toBe,
      nodes: toBe.nodes.map((n) => (n.id === 'order-events' ? { ...n, description: hostile } : n)),
    };
    const text = exportAsyncApi(described, { title: 'Shop', description: hostile });
    expect(asyncApiProblems(text)).toEqual([]);
    const { variant } = importAsyncApi(text, asIs);
    const expected = hostile
      .split(/\r\n|\r|\n/)
      .filter((l) => l.trim() !== '')
      .join('\n');
    expect(variant.nodes.find((n) => n.id === 'order-events')?.description).toBe(expected);
  });

  test('importing the same document twice adds nothing the second time', () => {
    const text = exportAsyncApi(toBe, { title: 'Shop', format: 'json' });
    const once = importAsyncApi(text, asIs).variant;
    expect(importAsyncApi(text, once).variant).toEqual(once);
  });

  test('a hand-written document: service from info.title, topic from two receivers', () => {
    const text = [
      'asyncapi: 3.0.0',
      'info: { title: Orders, version: 1.0.0 }',
      'channels:',
      '  placed: { address: orders.placed, messages: { OrderPlaced: { name: OrderPlaced } } }',
      'operations:',
      '  publishPlaced: { action: send, channel: { $ref: "#/channels/placed" }, messages: [ { $ref: "#/channels/placed/messages/OrderPlaced" } ] }',
      '  a: { action: receive, channel: { $ref: "#/channels/placed" }, tags: [ { name: Billing } ] }',
      '  b: { action: receive, channel: { $ref: "#/channels/placed" }, tags: [ { name: Audit } ] }',
    ].join('\n');
    const { variant } = importAsyncApi(text, asIs);
    expect(variant.nodes.find((n) => n.id === 'placed')?.kind).toBe('topic');
    expect(variant.edges.find((e) => e.kind === 'publish')).toMatchObject({
      from: 'orders',
      to: 'placed',
      message: 'OrderPlaced',
    });
    expect(
      variant.edges
        .filter((e) => e.kind === 'consume')
        .map((e) => e.to)
        .sort(),
    ).toEqual(['Audit', 'billing']);
  });

  test('bad documents say where and why', () => {
    expect(() => importAsyncApi('asyncapi: 2.6.0\ninfo: {title: x, version: "1"}', asIs)).toThrow(
      /only AsyncAPI 3\.x/,
    );
    expect(() => importAsyncApi('{ "openapi": "3.1.0" }', asIs)).toThrow(
      /not an AsyncAPI document/,
    );
    expect(() => importAsyncApi('asyncapi: 3.0.0\n  bad: [indent', asIs)).toThrow(ImportIssue);
    expect(() =>
      importAsyncApi(
        'asyncapi: 3.0.0\noperations:\n  x: { action: send, channel: { $ref: "#/channels/nope" } }',
        asIs,
      ),
    ).toThrow(/operations\.x\.channel: refers to channel "nope"/);
  });
});
