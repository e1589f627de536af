// The transformation commands through the app's store: one undoable step each, recorded in the roadmap.
import { beforeEach, describe, expect, test } from 'vitest';
import { registerCommands, runCommand, getCommand } from '../../../../src/commands/registry';
import { TRANSFORMATION_COMMANDS } from '../../../../src/commands/transformation-commands';
import { useProjectStore } from '../../../../src/store/project-store';
import { useUiStore } from '../../../../src/store/ui-store';
import { fixtureProject, expectValid } from '../../../helpers/transformation-fixture';
import type { Project } from '../../../../models/types';

registerCommands(TRANSFORMATION_COMMANDS);

/** The fixture's as-is and a to-be copy of it; the commands act on the to-be, as when drawing the target. */
function start(variantId = 'to-be'): Project {
  const base = fixtureProject();
  const project = {
    ...base,
    variants: [
      base.variants[0]!,
      { ...structuredClone(base.variants[0]!), id: 'to-be', name: 'To-be' },
    ],
  };
  useProjectStore.getState().replaceProject(project);
  useProjectStore.temporal.getState().clear();
  useUiStore.setState({ view: 'edit', variantId, selection: { nodes: [], edges: [] } });
  return project;
}
const toBe = (p: Project) => p.variants.find((v) => v.id === 'to-be')!;
const current = () => useProjectStore.getState().project;
const { undo, redo } = useProjectStore.temporal.getState();

const cases: [string, 'node' | 'edge', string, (p: Project) => void][] = [
  [
    'transform.decoupleThroughQueue',
    'edge',
    'api-billing',
    (p) => expect(toBe(p).edges.some((e) => e.kind === 'publish' && e.from === 'api')).toBe(true),
  ],
  [
    'transform.fanOutThroughTopic',
    'node',
    'api',
    (p) => expect(toBe(p).nodes.some((n) => n.kind === 'topic')).toBe(true),
  ],
  [
    'transform.addDeadLetterQueue',
    'node',
    'orders',
    (p) => expect(toBe(p).nodes.some((n) => n.id === 'orders-dlq')).toBe(true),
  ],
  [
    'transform.makeConsumerIdempotent',
    'edge',
    'orders-billing',
    (p) =>
      expect(toBe(p).edges.find((e) => e.id === 'orders-billing')).toMatchObject({
        idempotent: true,
      }),
  ],
  [
    'transform.addTimeout',
    'edge',
    'api-mail',
    (p) => expect(toBe(p).edges.find((e) => e.id === 'api-mail')).toMatchObject({ timeoutMs: 200 }),
  ],
  [
    'transform.addRetries',
    'edge',
    'api-mail',
    (p) =>
      expect(toBe(p).edges.find((e) => e.id === 'api-mail')).toMatchObject({ retries: { max: 2 } }),
  ],
  [
    'transform.addCircuitBreaker',
    'edge',
    'api-billing',
    (p) =>
      expect(toBe(p).edges.find((e) => e.id === 'api-billing')).toMatchObject({
        circuitBreaker: { minCalls: 20 },
      }),
  ],
  [
    'transform.partitionByKey',
    'node',
    'orders',
    (p) =>
      expect(toBe(p).nodes.find((n) => n.id === 'orders')).toMatchObject({
        ordering: 'per-partition',
      }),
  ],
];

describe.each(cases)('%s', (name, on, id, check) => {
  beforeEach(() => {
    start();
  });

  test('is disabled without a matching selection, applies as one step, undoes and redoes', () => {
    const before = current();
    expect(getCommand(name)!.enabled()).toBe(false);
    useUiStore
      .getState()
      .select(on === 'node' ? { nodes: [id], edges: [] } : { nodes: [], edges: [id] });
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

test('on the as-is the change is made but not recorded, and the status line says why', () => {
  start('as-is');
  useUiStore.getState().select({ nodes: [], edges: ['api-mail'] });
  expect(runCommand('transform.addTimeout')).toBe(true);
  expect(current().roadmap).toBeUndefined();
  expect(current().variants[0]!.edges.find((e) => e.id === 'api-mail')).toMatchObject({
    timeoutMs: 200,
  });
  expect(useUiStore.getState().status?.text).toMatch(
    /Not recorded as a roadmap step: this is the variant the roadmap starts from/,
  );
});

test('a command that cannot apply is disabled (decouple on a call from a client)', () => {
  start();
  useUiStore.getState().select({ nodes: [], edges: ['web-api'] });
  expect(getCommand('transform.decoupleThroughQueue')!.enabled()).toBe(false);
  expect(runCommand('transform.decoupleThroughQueue')).toBe(false);
});
