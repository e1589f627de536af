// Small builders for simulator tests: a typed Project from a compact description.
import { projectSchema, CURRENT_VERSION } from '../../models/schema/project';
import type { Project, ProjectInput } from '../../models/types';

type NodeInput = NonNullable<ProjectInput['variants'][number]['nodes']>[number];
type EdgeInput = NonNullable<ProjectInput['variants'][number]['edges']>[number];
type ScenarioInput = ProjectInput['scenarios'] extends (infer S)[] | undefined ? S : never;

export function project(
  nodes: NodeInput[],
  edges: EdgeInput[],
  scenario: Partial<ScenarioInput> & { durationS: number },
  variants?: { id: string; nodes: NodeInput[]; edges: EdgeInput[] }[],
): Project {
  return projectSchema.parse({
    format: 'spillway',
    version: CURRENT_VERSION,
    name: 'test',
    variants: [
      { id: 'v', name: 'v', nodes, edges },
      ...(variants ?? []).map((v) => ({ ...v, name: v.id })),
    ],
    scenarios: [{ id: 's', name: 's', ...scenario }],
  });
}

export const client = (id = 'c'): NodeInput => ({ id, name: id, kind: 'client' });

export function service(id: string, fields: Record<string, unknown> = {}): NodeInput {
  return { id, name: id, kind: 'service', queueLimit: null, ...fields } as NodeInput;
}

export function call(from: string, to: string, fields: Record<string, unknown> = {}): EdgeInput {
  return { id: `${from}-${to}`, from, to, kind: 'call', ...fields } as EdgeInput;
}

export function publish(from: string, to: string, fields: Record<string, unknown> = {}): EdgeInput {
  return { id: `${from}-${to}`, from, to, kind: 'publish', ...fields } as EdgeInput;
}

export function consume(from: string, to: string, fields: Record<string, unknown> = {}): EdgeInput {
  return { id: `${from}-${to}`, from, to, kind: 'consume', ...fields } as EdgeInput;
}

export function broker(
  id: string,
  kind: 'queue' | 'topic',
  fields: Record<string, unknown> = {},
): NodeInput {
  return { id, name: id, kind, ...fields } as NodeInput;
}

export const constantLoad = (rps: number, clientId = 'c') => [
  { client: clientId, shape: { type: 'constant' as const, rps } },
];
