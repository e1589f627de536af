// The transformation commands through the app's store: one undoable step each, recorded in the roadmap.
import { beforeEach, describe, expect, test } from 'vitest';
import { registerCommands, runCommand, getCommand } from '../../../src/commands/registry';
import { TRANSFORMATION_COMMANDS } from '../../../src/commands/transformation-commands';
import { useProjectStore } from '../../../src/store/project-store';
import { useUiStore } from '../../../src/store/ui-store';
import { fixtureProject, expectValid } from '../models/transformation-fixture';
import type { Project } from '../../../models/types';

registerCommands(TRANSFORMATION_COMMANDS);

function start(): Project {
  const project = fixtureProject();
  useProjectStore.getState().replaceProject(project);
  useProjectStore.temporal.getState().clear();
  useUiStore.setState({ view: 'edit', variantId: 'as-is', selection: { nodes: [], edges: [] } });
  return project;
}
const current = () => useProjectStore.getState().project;
const { undo, redo } = useProjectStore.temporal.getState();

const cases: [string, 'node' | 'edge', string, (p: Project) => void][] = [
  ['transform.decoupleThroughQueue', 'edge', 'api-billing', (p) => expect(p.variants[0]!.edges.some((e) => e.kind === 'publish' && e.from === 'api')).toBe(true)],
  ['transform.fanOutThroughTopic', 'node', 'api', (p) => expect(p.variants[0]!.nodes.some((n) => n.kind === 'topic')).toBe(true)],
  ['transform.addDeadLetterQueue', 'node', 'orders', (p) => expect(p.variants[0]!.nodes.some((n) => n.id === 'orders-dlq')).toBe(true)],
  ['transform.makeConsumerIdempotent', 'edge', 'orders-billing', (p) => expect(p.variants[0]!.edges.find((e) => e.id === 'orders-billing')).toMatchObject({ idempotent: true })],
  ['transform.addTimeout', 'edge', 'api-mail', (p) => expect(p.variants[0]!.edges.find((e) => e.id === 'api-mail')).toMatchObject({ timeoutMs: 200 })],
  ['transform.addRetries', 'edge', 'api-mail', (p) => expect(p.variants[0]!.edges.find((e) => e.id === 'api-mail')).toMatchObject({ retries: { max: 2 } })],
  ['transform.addCircuitBreaker', 'edge', 'api-billing', (p) => expect(p.variants[0]!.edges.find((e) => e.id === 'api-billing')).toMatchObject({ circuitBreaker: { minCalls: 20 } })],
];

describe.each(cases)('%s', (name, on, id, check) => {
  beforeEach(() => {
    start();
  });

  test('is disabled without a matching selection, applies as one step, undoes and redoes', () => {
    const before = current();
    expect(getCommand(name)!.enabled()).toBe(false);
    useUiStore.getState().select(on === 'node' ? { nodes: [id], edges: [] } : { nodes: [], edges: [id] });
    expect(getCommand(name)!.enabled()).toBe(true);
    expect(runCommand(name)).toBe(true);
    const after = current();
    check(after);
    expect(expectValid(after)).toEqual([]);
    expect(after.roadmap?.steps).toHaveLength(1);
    expect(after.roadmap?.steps[0]?.recorded).toBe(true);
    expect(useProjectStore.temporal.getState().pastStates).toHaveLength(1);
    undo();
    expect(current()).toEqual(before);
    expect(current().roadmap).toBeUndefined();
    redo();
    expect(current()).toEqual(after);
  });
});

test('a command that cannot apply is disabled (decouple on a call from a client)', () => {
  start();
  useUiStore.getState().select({ nodes: [], edges: ['web-api'] });
  expect(getCommand('transform.decoupleThroughQueue')!.enabled()).toBe(false);
  expect(runCommand('transform.decoupleThroughQueue')).toBe(false);
});
