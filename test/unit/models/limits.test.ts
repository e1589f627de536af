// The documented maximum model: every limit is checked when a file is read, with the JSON path
// of the value and a message that names it as Spillway's limit, and the documentation agrees.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXAMPLES } from '../../../models/examples';
import { LIMITS, RESERVED_IDS } from '../../../models/limits';
import { loadProject, MAX_PROBLEMS } from '../../../models/load';
import { formatProblem } from '../../../models/problem';
import { serializeProject } from '../../../models/serialize';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const portal = (): Doc =>
  JSON.parse(serializeProject(EXAMPLES.find((e) => e.id === 'client-portal')!.project)) as Doc;

function errorsOf(doc: unknown): string[] {
  const r = loadProject(typeof doc === 'string' ? doc : JSON.stringify(doc));
  return r.ok ? [] : r.errors.map(formatProblem);
}

describe('numbers that wrapped or overflowed in the engine are refused where they stand', () => {
  test.each([
    ['replicas', 65_536, 'variants[0].nodes[1].replicas: must be an integer <= 1000'],
    ['concurrency', 65_536, 'variants[0].nodes[1].concurrency: must be an integer <= 10000'],
    ['queueLimit', 2 ** 32, 'variants[0].nodes[1].queueLimit: must be an integer <= 1000000000'],
  ])('node %s = %d', (field, value, message) => {
    const doc = portal();
    doc.variants[0].nodes[1][field] = value;
    expect(errorsOf(doc)).toEqual([
      `${message}, got ${value}: Spillway's limit (docs/file-format.md, Limits)`,
    ]);
  });

  test('a call count and retries of 2^32', () => {
    const doc = portal();
    const edge = doc.variants[0].edges.find((e: Doc) => e.kind === 'call');
    const i = doc.variants[0].edges.indexOf(edge);
    edge.count = 2 ** 32;
    edge.retries = { max: 2 ** 32, backoffMs: 1e308, multiplier: 1e6 };
    expect(errorsOf(doc)).toEqual([
      `variants[0].edges[${i}].count: must be an integer <= 1000, got 4294967296: Spillway's limit (docs/file-format.md, Limits)`,
      `variants[0].edges[${i}].retries.max: must be an integer <= 100, got 4294967296: Spillway's limit (docs/file-format.md, Limits)`,
      `variants[0].edges[${i}].retries.backoffMs: must be a number <= 1000000000, got 1e+308: Spillway's limit (docs/file-format.md, Limits)`,
      `variants[0].edges[${i}].retries.multiplier: must be a number <= 100, got 1000000: Spillway's limit (docs/file-format.md, Limits)`,
    ]);
  });

  test('a domain range is still named as a range', () => {
    const doc = portal();
    doc.variants[0].nodes[1].errorRate = 2;
    expect(errorsOf(doc)).toEqual([
      'variants[0].nodes[1].errorRate: must be a number between 0 and 1, got 2',
    ]);
  });

  test.each([1e10, 1e308])('durationS %d is refused before anything is allocated', (d) => {
    const doc = portal();
    doc.scenarios[0].durationS = d;
    expect(errorsOf(doc)[0]).toBe(
      `scenarios[0].durationS: must be a number <= 604800, got ${d}: Spillway's limit (docs/file-format.md, Limits)`,
    );
  });

  test('a spike of 1e18 requests a second is refused', () => {
    const doc = portal();
    doc.scenarios[0].load[0].shape = {
      type: 'spike',
      baseRps: 1,
      peakRps: 1e18,
      startS: 1,
      rampS: 1,
      holdS: 1,
    };
    expect(errorsOf(doc)[0]).toMatch(
      /^scenarios\[0\]\.load\[0\]\.shape\.peakRps: must be a number <= 1000000,/,
    );
  });

  test('rates and durations within limits that together offer more than 1e9 requests', () => {
    const doc = portal();
    doc.scenarios[0].durationS = 3600;
    doc.scenarios[0].load[0].shape = { type: 'constant', rps: 1e6 };
    expect(errorsOf(doc)).toEqual([
      "scenarios[0].load: offers about 3.6e+9 requests in 3600 s; one run simulates at most 1e+9 (Spillway's limit): shorten the scenario or lower its rates",
    ]);
  });

  test('a lognormal spread beyond a million', () => {
    const doc = portal();
    doc.variants[0].nodes[1].serviceTimeMs = { type: 'lognormal', p50: 1e-6, p99: 10 };
    expect(errorsOf(doc)).toEqual([
      "variants[0].nodes[1].serviceTimeMs.p99: must be at most 1000000 × p50 (Spillway's limit), got 10",
    ]);
  });
});

describe('sizes', () => {
  test('more nodes than a variant may hold', () => {
    const doc = portal();
    const extra = Array.from({ length: LIMITS.nodes }, (_, i) => ({
      id: `n${i}`,
      name: `n${i}`,
      kind: 'service',
    }));
    doc.variants[1].nodes.push(...extra);
    expect(errorsOf(doc)[0]).toMatch(
      /^variants\[1\]\.nodes: must have at most 5000 items, got \d+: Spillway's limit/,
    );
  });

  test('an empirical distribution of more values than the limit', () => {
    const doc = portal();
    doc.variants[0].nodes[1].serviceTimeMs = {
      type: 'empirical',
      values: new Array(LIMITS.distributionValues + 1).fill(1),
    };
    expect(errorsOf(doc)).toEqual([
      "variants[0].nodes[1].serviceTimeMs.values: must have at most 100000 items, got 100001: Spillway's limit (docs/file-format.md, Limits)",
    ]);
  });

  test('a name of 10 MB', () => {
    const doc = portal();
    doc.name = 'x'.repeat(10_000_000);
    expect(errorsOf(doc)).toEqual([
      "name: must have at most 500 characters, got 10000000: Spillway's limit (docs/file-format.md, Limits)",
    ]);
  });

  test('text longer than the limit is refused before it is parsed', () => {
    const text = `{"name": "${'x'.repeat(LIMITS.textChars)}"}`;
    expect(errorsOf(text)).toEqual([
      `the text is ${text.length} characters long; Spillway reads projects of up to 50000000 characters`,
    ]);
  });

  test('a broken file with thousands of problems lists the first ones and counts the rest', () => {
    const doc = portal();
    doc.variants[0].nodes = Array.from({ length: 1000 }, (_, i) => ({
      id: `n${i}`,
      kind: 'service',
    }));
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(MAX_PROBLEMS + 1);
    expect(errors[0]).toBe('variants[0].nodes[0].name: is required');
    expect(errors.at(-1)).toBe('… and 800 more problems');
  });
});

describe('nesting', () => {
  test('a document nested 5 000 levels deep names where it goes too deep', () => {
    const text = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const [error] = errorsOf(text);
    expect(error).toBe(
      `${'[0]'.repeat(LIMITS.depth)}: nested deeper than 64 levels of lists and objects (a project needs about 8): Spillway's limit`,
    );
  });

  test('a deeply nested roadmap record is refused at its path, not overflowing a later stage', () => {
    const doc = portal();
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { inner: deep };
    const text = JSON.stringify({
      ...doc,
      roadmap: {
        from: 'as-is',
        to: 'to-be',
        steps: [{ id: 's', kind: 'add-node', title: 't', changes: [{ op: 'addNode', node: 'X' }] }],
      },
    }).replace('"X"', nestedText(10_000));
    const [error] = errorsOf(text);
    expect(error).toMatch(
      /^roadmap\.steps\[0\]\.changes\[0\]\.node(\.inner)+: nested deeper than 64 levels/,
    );
  });
});

/** `{"inner":{"inner":…{}…}}` as text: JSON.stringify itself recurses and cannot write it. */
function nestedText(depth: number): string {
  return `${'{"inner":'.repeat(depth)}{}${'}'.repeat(depth)}`;
}

describe('recorded roadmap steps go through the node and edge schemas', () => {
  function withStep(change: unknown): Doc {
    const doc = portal();
    doc.roadmap = {
      from: 'as-is',
      to: 'to-be',
      steps: [
        { id: 'step', kind: 'change-node', title: 'Step', recorded: true, changes: [change] },
      ],
    };
    return doc;
  }
  const node = (fields: Doc): Doc => ({ ...portal().variants[0].nodes[1], ...fields });

  test.each([
    [{ concurrency: 0 }, 'node.concurrency: must be an integer >= 1, got 0'],
    [{ serviceTimeMs: -5 }, 'node.serviceTimeMs: must be a number >= 0, got -5'],
    [
      { serviceTimeMs: 'slow' },
      'node.serviceTimeMs: must be a number of milliseconds or a distribution object ({"type": ...}), got "slow"',
    ],
    [{ errorRate: 2 }, 'node.errorRate: must be a number between 0 and 1, got 2'],
    [
      { kind: 'gizmo' },
      'node.kind: unknown node kind "gizmo" (expected client, service, database, external, cache, queue, topic)',
    ],
    [{ id: { toString: 'x' } }, 'node.id: must be a string, got an object'],
  ])('updateNode with %j', (fields, message) => {
    expect(errorsOf(withStep({ op: 'updateNode', node: node(fields) }))).toEqual([
      `roadmap.steps[0].changes[0].${message}`,
    ]);
  });

  test('an object where a removed id belongs', () => {
    expect(errorsOf(withStep({ op: 'removeNode', id: { id: 'portal' } }))).toEqual([
      'roadmap.steps[0].changes[0].id: must be a string, got an object',
    ]);
  });
});

describe('reserved ids', () => {
  test.each(RESERVED_IDS)('%s is refused as a node id, where it stands', (id) => {
    const doc = portal();
    const old = doc.variants[0].nodes[1].id as string;
    const text = JSON.stringify(doc).replaceAll(`"${old}"`, JSON.stringify(id));
    const errors = errorsOf(text);
    expect(errors).toContain(
      `variants[0].nodes[1].id: is a name every JavaScript object already has, so it cannot be an id; rename it, got ${JSON.stringify(id)}`,
    );
  });
});

test('docs/file-format.md lists every limit with its value', () => {
  const docs = readFileSync('docs/file-format.md', 'utf8');
  const section = docs.slice(docs.indexOf('## Limits'));
  expect(section.length).toBeGreaterThan(0);
  for (const [key, value] of Object.entries(LIMITS)) {
    const shown = value.toLocaleString('en-US').replace(/,/g, ' ');
    expect(section, `${key} = ${value}`).toContain(shown);
  }
  for (const id of RESERVED_IDS) expect(section).toContain(`\`${id}\``);
});
