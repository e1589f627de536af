// The files of the hardening campaign (issue #21) through the command line: each ends in a
// clear exit 2 naming where, or a bounded run that says it was cut short — never exit 1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES } from '../../../../models/examples';
import { serializeProject } from '../../../../models/serialize';
import { runCli } from '../../../helpers/cli-harness';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const dir = mkdtempSync(join(tmpdir(), 'spillway-hostile-'));
let serial = 0;
function file(content: unknown): string {
  const path = join(dir, `f${serial++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const portal = (): Doc =>
  JSON.parse(serializeProject(EXAMPLES.find((e) => e.id === 'client-portal')!.project)) as Doc;

/** A client calling a chain of `n` services; the to-be drops the last call. */
function chain(n: number, durationS = 5): Doc {
  const nodes: Doc[] = [{ id: 'c', name: 'c', kind: 'client' }];
  const edges: Doc[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push({ id: `s${i}`, name: `s${i}`, kind: 'service', serviceTimeMs: 1 });
    edges.push({ id: `e${i}`, from: i ? `s${i - 1}` : 'c', to: `s${i}`, kind: 'call' });
  }
  return {
    format: 'spillway',
    version: 1,
    name: 'chain',
    variants: [
      { id: 'as-is', name: 'as-is', nodes, edges },
      { id: 'to-be', name: 'to-be', nodes, edges: edges.slice(0, -1) },
    ],
    scenarios: [
      {
        id: 's',
        name: 's',
        durationS,
        load: [{ client: 'c', shape: { type: 'constant', rps: 2 } }],
      },
    ],
  };
}

describe('sizes and depths', () => {
  test('20 000 nodes in a chain: refused by the size limit, at its path', async () => {
    const r = await runCli(['validate', file(chain(20_000))]);
    expect(r.code).toBe(2);
    expect(r.stderrLines).toContain(
      "variants[0].nodes: must have at most 5000 items, got 20001: Spillway's limit (docs/file-format.md, Limits)",
    );
  });

  test('4 999 services in a chain that calls back to its start: valid, with the cycle named', async () => {
    const doc = chain(4999);
    doc.variants[0].edges = [
      ...doc.variants[0].edges,
      { id: 'back', from: 's4998', to: 's0', kind: 'call' },
    ];
    const r = await runCli(['validate', file(doc)]);
    expect(r.code).toBe(0);
    expect(r.stderrLines.some((l) => l.includes('synchronous call cycle s0 → s1'))).toBe(true);
  });

  test('a roadmap over 410 services and a 600 s scenario (the Math.max spread)', async () => {
    const r = await runCli([
      'roadmap',
      file(chain(410, 600)),
      '--format',
      'json',
      '--time-limit',
      '2',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).steps).toHaveLength(1);
  });

  test('5 000 open brackets', async () => {
    const r = await runCli(['validate', file('['.repeat(5000))]);
    expect(r.code).toBe(2);
    expect(r.stderrLines.at(-1)).toBe(
      'malformed JSON at line 1, column 5001: unexpected end of file, expected a value',
    );
  });

  test('import-asyncapi into a project whose roadmap record is nested 10 000 deep', async () => {
    const text = JSON.stringify({
      ...portal(),
      roadmap: {
        from: 'as-is',
        to: 'to-be',
        steps: [{ id: 's', kind: 'add-node', title: 't', changes: [{ op: 'addNode', node: 'X' }] }],
      },
    }).replace('"X"', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`);
    const asyncapi = file({ asyncapi: '3.0.0', info: { title: 't', version: '1' }, channels: {} });
    const r = await runCli(['import-asyncapi', asyncapi, file(text)]);
    expect(r.code).toBe(2);
    expect(r.stderrLines.join('\n')).toMatch(
      /roadmap\.steps\[0\]\.changes\[0\]\.node(\.a)+: nested deeper than 64 levels/,
    );
  });
});

describe('numbers', () => {
  test.each([1e10, 1e308])('durationS %d', async (d) => {
    const doc = portal();
    doc.scenarios[0].durationS = d;
    const r = await runCli(['simulate', file(doc)]);
    expect(r.code).toBe(2);
    expect(r.stderrLines[1]).toMatch(/^scenarios\[0\]\.durationS: must be a number <= 604800/);
  });

  test('a spike of 1e18 requests a second is refused at once', async () => {
    const doc = portal();
    doc.scenarios[0].load[0].shape = {
      type: 'spike',
      baseRps: 1,
      peakRps: 1e18,
      startS: 1,
      rampS: 1,
      holdS: 1,
    };
    const r = await runCli(['simulate', file(doc)]);
    expect(r.code).toBe(2);
    expect(r.stderrLines[1]).toMatch(
      /^scenarios\[0\]\.load\[0\]\.shape\.peakRps: must be a number <= 1000000/,
    );
  });

  test('__proto__ as a node id is refused where it stands', async () => {
    const text = JSON.stringify(portal()).replaceAll('"portal"', '"__proto__"');
    const r = await runCli(['simulate', file(text)]);
    expect(r.code).toBe(2);
    expect(r.stderrLines).toContain(
      'variants[0].nodes[1].id: is a name every JavaScript object already has, so it cannot be an id; rename it, got "__proto__"',
    );
  });
});

describe('recorded roadmap steps', () => {
  function withChange(change: Doc): string {
    const doc = portal();
    doc.roadmap = {
      from: 'as-is',
      to: 'to-be',
      steps: [{ id: 'x', kind: 'change-node', title: 'X', recorded: true, changes: [change] }],
    };
    return file(doc);
  }

  test('a change setting concurrency 0', async () => {
    const node = { ...portal().variants[0].nodes[1], concurrency: 0 };
    const r = await runCli(['roadmap', withChange({ op: 'updateNode', node })]);
    expect(r.code).toBe(2);
    expect(r.stderrLines).toContain(
      'roadmap.steps[0].changes[0].node.concurrency: must be an integer >= 1, got 0',
    );
  });

  test('an object as an id', async () => {
    const r = await runCli(['roadmap', withChange({ op: 'removeEdge', id: { a: 1 } })]);
    expect(r.code).toBe(2);
    expect(r.stderrLines).toContain(
      'roadmap.steps[0].changes[0].id: must be a string, got an object',
    );
  });
});

describe('runs cut short say so', () => {
  test('simulate and roadmap with a time limit the run cannot meet', async () => {
    const doc = portal();
    doc.scenarios[0].durationS = 3600;
    doc.scenarios[0].load[0].shape = { type: 'constant', rps: 50_000 };
    const path = file(doc);
    const sim = await runCli(['simulate', path, '--json', '--time-limit', '0.2']);
    expect(sim.code).toBe(0);
    const result = JSON.parse(sim.stdout);
    expect(result.cutShort.reason).toBe('wallClock');
    expect(result.simulatedS).toBeLessThan(3600);
    const text = await runCli(['simulate', path, '--time-limit', '0.2']);
    expect(text.stdout).toMatch(
      /CUT SHORT: cut short at [\d.]+ s: it reached the time limit of one run/,
    );
    const roadmap = await runCli(['roadmap', path, '--time-limit', '0.2']);
    expect(roadmap.code).toBe(0);
    expect(roadmap.stderrLines[0]).toMatch(/^warning: the run of the as-is: cut short at/);
  });

  test('a bad --time-limit is a usage error', async () => {
    const r = await runCli(['simulate', file(portal()), '--time-limit', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderrLines[0]).toContain(
      '--time-limit must be a number of seconds between 0 and 86400, got "soon"',
    );
  });
});
