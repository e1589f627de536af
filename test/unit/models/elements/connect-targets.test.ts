// The targets "Connect to…" offers: exactly the connections a drag on the canvas accepts.
import { expect, test } from 'vitest';
import { connectTargets } from '../../../../models/elements/connect-targets';
import { judgeConnection } from '../../../../models/elements/connection-rules';
import { findExample } from '../../../../models/examples';
import type { Variant } from '../../../../models/types';

const variant = (id: string): Variant =>
  findExample('client-portal')!.project.variants.find((v) => v.id === id)!;
const offered = (v: Variant, from: string): string[] =>
  connectTargets(v, from).map((t) => `${t.node.name}: ${t.kind}`);

test('a service is offered the nodes it does not call yet, by name, each as a call', () => {
  expect(offered(variant('as-is'), 'portal')).toEqual([
    'Accounts database: call',
    'Balance verification: call',
    'Statement generation: call',
  ]);
});

test('into a broker is a publish, out of one a consume, as when drawing with the mouse', () => {
  const toBe = variant('to-be');
  expect(offered(toBe, 'portal')).toContain('Statement ready: publish');
  expect(offered(toBe, 'portal')).not.toContain('Submitted transactions: publish');
  const fromQueue = connectTargets(toBe, 'transactions');
  expect(fromQueue.length).toBeGreaterThan(0);
  expect(fromQueue.every((t) => t.kind === 'consume')).toBe(true);
  expect(fromQueue.map((t) => t.node.id)).not.toContain('identity-validation');
});

test('the list is exactly the connections judgeConnection accepts, for every node', () => {
  for (const v of findExample('client-portal')!.project.variants)
    for (const from of v.nodes) {
      const accepted = v.nodes
        .filter((to) => judgeConnection(from, to, v.edges).ok)
        .map((n) => n.id)
        .sort();
      expect(
        connectTargets(v, from.id)
          .map((t) => t.node.id)
          .sort(),
      ).toEqual(accepted);
    }
});

test('a client takes no edges, a database calls nobody, an unknown node has no targets', () => {
  const asIs = variant('as-is');
  expect(offered(asIs, 'portal').some((t) => t.startsWith('Customers'))).toBe(false);
  expect(connectTargets(asIs, 'accounts-db')).toEqual([]);
  expect(connectTargets(asIs, 'nope')).toEqual([]);
});
