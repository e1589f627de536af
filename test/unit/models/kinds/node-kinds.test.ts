// The registry agrees with the schema it describes, and its guards and lists follow from it.
import { describe, expect, test } from 'vitest';
import { EDGE_ENDS, kindsAt } from '../../../../models/kinds/edge-ends';
import {
  byFamily,
  isBroker,
  isClient,
  isQueue,
  isServiceLike,
  isTopic,
} from '../../../../models/kinds/guards';
import { eitherKind, joinWords, pluralList } from '../../../../models/kinds/kind-words';
import { FAMILY_SCHEMAS } from '../../../../models/kinds/node-schemas';
import {
  can,
  familyOf,
  kindsOf,
  kindsThat,
  NODE_KIND_SPECS,
} from '../../../../models/kinds/node-kinds';
import { defaultNode } from '../../../../models/elements/new-node';
import { BROKER_KINDS, NODE_KINDS, SERVICE_LIKE_KINDS } from '../../../../models/schema/node';
import type { NodeKind } from '../../../../models/types';

const node = (kind: NodeKind) => defaultNode({ id: kind, name: kind, kind });

describe('the node-kind registry', () => {
  test('has one entry per kind of the schema, keyed by its own kind', () => {
    expect(Object.keys(NODE_KIND_SPECS).sort()).toEqual([...NODE_KINDS].sort());
    for (const k of NODE_KINDS) expect(NODE_KIND_SPECS[k].kind).toBe(k);
  });

  test('puts each kind in the family whose schema accepts it, and only that one', () => {
    for (const k of NODE_KINDS) {
      const accepting = Object.entries(FAMILY_SCHEMAS)
        .filter(([, schema]) => schema.safeParse({ id: 'x', name: 'x', kind: k }).success)
        .map(([family]) => family);
      expect(accepting, k).toEqual([familyOf(k)]);
    }
    expect(kindsOf('service-like')).toEqual([...SERVICE_LIKE_KINDS]);
    expect(kindsOf('broker')).toEqual([...BROKER_KINDS]);
    expect(kindsOf('client')).toEqual(['client']);
  });

  test('guards follow the family; queue and topic differ by fan-out', () => {
    const got = Object.fromEntries(
      NODE_KINDS.map((k) => {
        const n = node(k);
        return [k, [isClient(n), isServiceLike(n), isBroker(n), isQueue(n), isTopic(n)]];
      }),
    );
    expect(got).toEqual({
      client: [true, false, false, false, false],
      service: [false, true, false, false, false],
      database: [false, true, false, false, false],
      external: [false, true, false, false, false],
      cache: [false, true, false, false, false],
      queue: [false, false, true, true, false],
      topic: [false, false, true, false, true],
    });
    expect(isBroker(undefined)).toBe(false);
    expect(byFamily(node('topic'))).toEqual({ family: 'broker', node: node('topic') });
  });

  test('capabilities are the design’s edge rules', () => {
    expect(kindsAt('call', 'from')).toEqual(['client', 'service', 'external', 'cache']);
    expect(kindsAt('call', 'to')).toEqual(['service', 'database', 'external', 'cache']);
    expect(kindsAt('publish', 'from')).toEqual(['service', 'database', 'external']);
    expect(kindsAt('publish', 'to')).toEqual(['queue', 'topic']);
    expect(kindsAt('consume', 'from')).toEqual(['queue', 'topic']);
    expect(kindsAt('consume', 'to')).toEqual(['service']);
    expect(kindsThat('hasWorkers')).toEqual(['service', 'database', 'external', 'cache']);
    expect(kindsThat('caches')).toEqual(['cache']);
    expect(kindsThat('canTakeDeadLetters')).toEqual(['queue']);
    expect(Object.keys(EDGE_ENDS)).toEqual(['call', 'publish', 'consume']);
    expect(can('topic', 'fansOut')).toBe(true);
  });

  test('every kind has a distinct colour per theme, a label, a plural, a hint and an icon', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colours = NODE_KINDS.map((k) => NODE_KIND_SPECS[k].colour[theme]);
      for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
      expect(new Set(colours).size).toBe(NODE_KINDS.length);
    }
    for (const k of NODE_KINDS) {
      const s = NODE_KIND_SPECS[k];
      expect(s.label.toLowerCase()).toBe(k);
      expect(s.plural).toMatch(/^[a-z]+s$/);
      expect(s.hint.length).toBeGreaterThan(5);
      expect(s.icon).toMatch(/^M[\d. ,a-zA-Z-]+$/);
    }
  });
});

describe('kinds in sentences', () => {
  test('lists join with commas and the last word', () => {
    expect(joinWords([], 'or')).toBe('');
    expect(joinWords(['a'], 'or')).toBe('a');
    expect(joinWords(['a', 'b', 'c'], 'and')).toBe('a, b and c');
    expect(pluralList(['service', 'database', 'external'])).toBe(
      'services, databases and externals',
    );
    expect(eitherKind(['queue', 'topic'])).toBe('a queue or topic');
    expect(eitherKind(['external'])).toBe('an external');
  });
});
