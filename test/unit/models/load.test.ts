import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadProject, type LoadResult } from '../../../models/load';
import { formatProblem } from '../../../models/problem';
import { BROKER_PRESETS } from '../../../models/schema/broker-presets';
import type { Project, ProjectInput } from '../../../models/types';
import { checkProject } from '../../../models/validate';

const minimalText = readFileSync('test/fixtures/valid/minimal.json', 'utf8');
const minimal = (): ProjectInput => JSON.parse(minimalText) as ProjectInput;

function loaded(result: LoadResult): Project {
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  return result.project;
}
const warningsOf = (input: unknown): string[] => loadProject(input).warnings.map(formatProblem);
const errorsOf = (input: unknown): string[] => {
  const result = loadProject(input);
  return result.ok ? [] : result.errors.map(formatProblem);
};

describe('loadProject', () => {
  test('reads JSON text and an already parsed value alike', () => {
    expect(loadProject(minimalText)).toEqual(loadProject(minimal()));
    expect(loadProject(minimalText).warnings).toEqual([]);
  });

  test("fills in the file format's defaults", () => {
    const project = loaded(loadProject(minimal()));
    const worker = project.variants[0]?.nodes.find((n) => n.id === 'worker');
    expect(worker).toMatchObject({
      replicas: 1,
      concurrency: 8,
      queueLimit: 100,
      errorRate: 0,
      callMode: 'sequential',
    });
    const db = project.variants[0]?.nodes.find((n) => n.id === 'db');
    expect(db).toMatchObject({
      serviceTimeMs: { type: 'constant', value: 3 },
      position: { x: 0, y: 0 },
    });
    const call = project.variants[0]?.edges.find((e) => e.id === 'api-db');
    expect(call).toMatchObject({
      probability: 1,
      count: 1,
      timeoutMs: null,
      retries: null,
      circuitBreaker: null,
      optional: false,
    });
    expect(project.scenarios[0]).toMatchObject({ seed: 1, replications: 1, faults: [] });
  });

  test('a broker takes the fields it leaves out from its technology preset', () => {
    const project = loaded(loadProject(minimal()));
    const jobs = project.variants[0]?.nodes.find((n) => n.id === 'jobs');
    const { publishAckMs, deliveryMs, capacity, maxDeliveries, redeliveryDelayMs, duplicateRate } =
      BROKER_PRESETS.rabbitmq;
    expect(jobs).toMatchObject({
      publishAckMs,
      deliveryMs,
      capacity,
      maxDeliveries,
      redeliveryDelayMs,
      duplicateRate,
      deadLetterQueue: null,
    });
    const input = minimal();
    Object.assign(input.variants[0]?.nodes?.[3] ?? {}, { maxDeliveries: 2, capacity: null });
    expect(loaded(loadProject(input)).variants[0]?.nodes[3]).toMatchObject({
      maxDeliveries: 2,
      capacity: null,
      redeliveryDelayMs: 1000,
    });
  });

  test('never throws, whatever it is given', () => {
    for (const input of [
      undefined,
      null,
      42,
      'not json',
      '',
      '[]',
      true,
      [],
      {},
      { version: 1 },
      { format: 'spillway', version: 1, variants: [null] },
    ]) {
      const result = loadProject(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  test('reports several problems of one file together', () => {
    const input = minimal() as unknown as { variants: { nodes: Record<string, unknown>[] }[] };
    const nodes = input.variants[0]?.nodes ?? [];
    Object.assign(nodes[1] ?? {}, { concurrency: 0 });
    Object.assign(nodes[2] ?? {}, { errorRate: -1 });
    expect(errorsOf(input)).toEqual([
      'variants[0].nodes[1].concurrency: must be an integer >= 1, got 0',
      'variants[0].nodes[2].errorRate: must be a number between 0 and 1, got -1',
    ]);
  });

  test('malformed JSON is located by line and column', () => {
    expect(errorsOf('{\n  "a": 1\n  "b": 2\n}')).toEqual([
      'malformed JSON at line 3, column 3: expected "," or "}" after a property value, found character "\\""',
    ]);
  });
});

describe('warnings', () => {
  test('a synchronous call cycle is named', () => {
    const input = minimal();
    input.variants[0]?.edges?.push({ id: 'worker-api', from: 'worker', to: 'api', kind: 'call' });
    input.variants[0]?.edges?.push({ id: 'api-worker', from: 'api', to: 'worker', kind: 'call' });
    expect(warningsOf(input)).toEqual([
      'variants[0].edges[7]: synchronous call cycle API → Worker → API: each hop holds a worker while waiting for the next',
    ]);
  });

  test('a queue without consumer, unless it is a dead-letter queue', () => {
    const input = minimal();
    input.variants[0]?.nodes?.push({ id: 'parked', name: 'Parked', kind: 'queue' });
    expect(warningsOf(input)).toEqual([
      'variants[0].nodes[7]: queue "Parked" has no consumer: what is published to it piles up',
    ]);
    Object.assign(input.variants[0]?.nodes?.[3] ?? {}, { deadLetterQueue: 'parked' });
    expect(warningsOf(input)).toEqual([]);
  });

  test('a client with no load in a scenario, and a service that receives no work', () => {
    const input = minimal();
    input.variants[0]?.nodes?.push(
      { id: 'mobile', name: 'Mobile', kind: 'client' },
      { id: 'batch', name: 'Batch', kind: 'service' },
    );
    input.variants[0]?.edges?.push({ id: 'mobile-api', from: 'mobile', to: 'api', kind: 'call' });
    expect(warningsOf(input)).toEqual([
      'variants[0].nodes[8]: service "Batch" is never called and consumes nothing: it receives no work',
      'scenarios[0].load: client "Mobile" has no load in scenario "Steady": it sends nothing',
    ]);
  });

  test('warnings do not make a project invalid', () => {
    const input = minimal();
    input.variants[0]?.nodes?.push({ id: 'batch', name: 'Batch', kind: 'service' });
    const result = loadProject(input);
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(1);
  });
});

describe('checkProject on typed projects (the editor path)', () => {
  test('finds nothing in a valid project', () => {
    expect(checkProject(loaded(loadProject(minimal())))).toEqual({ errors: [], warnings: [] });
  });

  test('catches an edge the editor pointed at a removed node', () => {
    const project = loaded(loadProject(minimal()));
    const variant = project.variants[0];
    if (!variant) throw new Error('no variant');
    const edited: Project = {
      ...project,
      variants: [{ ...variant, nodes: variant.nodes.filter((n) => n.id !== 'db') }],
    };
    expect(checkProject(edited).errors.map(formatProblem)).toEqual([
      'variants[0].edges[1].to: no node "db" in variant "As-is"',
    ]);
  });

  test('scenario references may point into any variant', () => {
    const input = minimal();
    const second = JSON.parse(
      JSON.stringify(input.variants[0]),
    ) as ProjectInput['variants'][number];
    second.id = 'to-be';
    second.nodes = [...(second.nodes ?? []), { id: 'cache', name: 'Cache', kind: 'database' }];
    second.edges = [
      ...(second.edges ?? []),
      { id: 'api-cache', from: 'api', to: 'cache', kind: 'call' },
    ];
    input.variants.push(second);
    const scenario = input.scenarios?.[0];
    if (!scenario) throw new Error('no scenario');
    scenario.faults = [{ type: 'outage', node: 'cache', startS: 10, endS: 20 }];
    input.roadmap = { from: 'as-is', to: 'to-be' };
    expect(loadProject(input)).toMatchObject({ ok: true, warnings: [] });
    scenario.faults = [{ type: 'outage', node: 'redis', startS: 10, endS: 20 }];
    expect(errorsOf(input)).toEqual([
      'scenarios[0].faults[0].node: no node "redis" in any variant',
    ]);
  });
});
