// Edits through the store: each is one undo step; ids stay unique across variants.
import { beforeEach, expect, test } from 'vitest';
import {
  addNode,
  connect,
  deleteSelection,
  duplicateSelection,
  moveNodes,
  selectAll,
} from '../../../../src/store/edit-actions';
import { useProjectStore } from '../../../../src/store/project-store';
import { useUiStore } from '../../../../src/store/ui-store';
import { fixtureProject } from '../../../helpers/transformation-fixture';

const project = () => useProjectStore.getState().project;
const variant = () => project().variants[0]!;
const history = () => useProjectStore.temporal.getState();

beforeEach(() => {
  const p = fixtureProject();
  useProjectStore.getState().replaceProject({
    ...p,
    variants: [
      ...p.variants,
      {
        ...structuredClone(p.variants[0]!),
        id: 'to-be',
        name: 'To-be',
        nodes: [
          ...structuredClone(p.variants[0]!.nodes),
          {
            id: 'service',
            name: 'Only in to-be',
            kind: 'service',
            position: { x: 0, y: 0 },
            replicas: 1,
            concurrency: 8,
            queueLimit: 100,
            serviceTimeMs: { type: 'constant', value: 5 },
            errorRate: 0,
            callMode: 'sequential',
          },
        ],
      },
    ],
  });
  history().clear();
  useUiStore.setState({ view: 'edit', variantId: 'as-is', selection: { nodes: [], edges: [] } });
});

test('a new node gets an id not used in any variant, and is selected', () => {
  const node = addNode('service', { x: 10, y: 20 });
  expect(node.id).toBe('service-2');
  expect(variant().nodes.at(-1)).toMatchObject({
    id: 'service-2',
    kind: 'service',
    concurrency: 8,
    position: { x: 10, y: 20 },
  });
  expect(useUiStore.getState().selection.nodes).toEqual(['service-2']);
  expect(history().pastStates).toHaveLength(1);
});

test('connect infers the kind, refuses invalid pairs with a reason on the status line', () => {
  expect(connect('billing', 'orders')).toMatchObject({
    kind: 'publish',
    from: 'billing',
    to: 'orders',
  });
  expect(connect('orders', 'mail')).toMatchObject({ kind: 'consume' });
  expect(connect('orders', 'db')).toBeNull();
  expect(useUiStore.getState().status).toMatchObject({
    tone: 'error',
    text: 'A queue can only be consumed by a service, not by a database.',
  });
  expect(history().pastStates).toHaveLength(2);
});

test('duplicate copies the selected nodes and the edges among them; delete removes nodes with their edges; both undo', () => {
  const before = project();
  useUiStore.getState().select({ nodes: ['api', 'billing'], edges: [] });
  duplicateSelection();
  const ids = variant().nodes.map((n) => n.id);
  expect(ids).toContain('api-2');
  expect(ids).toContain('billing-2');
  expect(variant().edges.find((e) => e.from === 'api-2' && e.to === 'billing-2')).toMatchObject({
    kind: 'call',
    probability: 0.8,
  });
  expect(variant().edges.some((e) => e.from === 'api-2' && e.to === 'mail')).toBe(false);

  useUiStore.getState().select({ nodes: ['api'], edges: [] });
  deleteSelection();
  expect(variant().nodes.some((n) => n.id === 'api')).toBe(false);
  expect(variant().edges.some((e) => e.from === 'api' || e.to === 'api')).toBe(false);
  history().undo();
  history().undo();
  expect(project()).toEqual(before);
});

test('moving nodes is one step; select all selects every node and edge of the variant', () => {
  moveNodes([
    { id: 'api', position: { x: 1.4, y: 2.6 } },
    { id: 'web', position: { x: 5, y: 5 } },
  ]);
  expect(variant().nodes.find((n) => n.id === 'api')!.position).toEqual({ x: 1, y: 3 });
  expect(history().pastStates).toHaveLength(1);
  selectAll();
  expect(useUiStore.getState().selection.nodes).toHaveLength(variant().nodes.length);
  expect(useUiStore.getState().selection.edges).toHaveLength(variant().edges.length);
});
