import { expect, test } from 'vitest';
import { loadProject } from '../../../models/load';
import { EXAMPLES } from '../../../models/examples/index';

const only = (text: unknown): string[] => {
  const r = loadProject(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

test('a trace export given as a project says what it is and how to import it', () => {
  const otlp = { resourceSpans: [{ resource: {}, scopeSpans: [] }] };
  const zipkin = [{ traceId: 'a1', id: 'b2', name: 'get /', timestamp: 1, duration: 2 }];
  const jaeger = { data: [{ traceID: 'a1', spans: [], processes: {} }] };
  for (const [doc, name] of [
    [otlp, 'OpenTelemetry OTLP JSON'],
    [zipkin, 'Zipkin v2 JSON'],
    [jaeger, 'Jaeger JSON'],
  ] as const) {
    const errors = only(JSON.stringify(doc));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`this is a trace file (${name}), not a Spillway project`);
    expect(errors[0]).toContain('Import traces…');
    expect(errors[0]).toContain('spillway import-trace');
  }
  expect(only({ asyncapi: '3.0.0', info: {} })[0]).toContain('Import AsyncAPI…');
  // Any other array is still just not a project.
  expect(only([1, 2])[0]).toContain('must be a JSON object');
});

test('a file without a version lists that and every other problem, each at its JSON path', () => {
  const project = structuredClone(EXAMPLES[0]!.project) as unknown as Record<string, unknown>;
  delete project.version;
  const variants = project.variants as { nodes: Record<string, unknown>[] }[];
  const service = variants[0]!.nodes.find((n) => n.kind === 'service')!;
  const i = variants[0]!.nodes.indexOf(service);
  service.replicas = -2;
  const errors = only(JSON.stringify(project));
  expect(errors[0]).toMatch(/^version: is required/);
  expect(errors.some((e) => e.startsWith(`variants[0].nodes[${i}].replicas: `))).toBe(true);
});

test('a file of another version lists only that: its other differences are not problems', () => {
  const project = structuredClone(EXAMPLES[0]!.project) as unknown as Record<string, unknown>;
  project.version = 99;
  expect(only(JSON.stringify(project))).toEqual([
    expect.stringMatching(/^version: unsupported version 99/),
  ]);
});
