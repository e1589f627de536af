// The connection rules (canvas) agree with the models validator: every accepted connection validates.
import { describe, expect, test } from 'vitest';
import { NODE_KINDS } from '../../../../models/schema/node';
import type { NodeKind } from '../../../../models/types';
import { checkProject } from '../../../../models/validate';
import { judgeConnection } from '../../../../models/elements/connection-rules';
import { newEdge } from '../../../../models/elements/new-edge';
import { newNode } from '../../../../models/elements/new-node';
import { blankProject } from '../../../../src/project/blank-project';

function pair(a: NodeKind, b: NodeKind) {
  let project = blankProject();
  const from = newNode(a, { x: 0, y: 0 }, project);
  project = { ...project, variants: [{ ...project.variants[0]!, nodes: [from] }] };
  const to = newNode(b, { x: 200, y: 0 }, project);
  return { project, from, to };
}

describe('judgeConnection', () => {
  for (const a of NODE_KINDS) {
    for (const b of NODE_KINDS) {
      test(`${a} → ${b}: accepted exactly when the validator accepts the inferred edge`, () => {
        const { project, from, to } = pair(a, b);
        const verdict = judgeConnection(from, to, []);
        if (!verdict.ok) {
          expect(verdict.reason.length).toBeGreaterThan(10);
          // Every refused pair would also be refused by the validator, whatever the kind, or
          // (a call out of a database, drawn before databases stopped calling) warned about.
          for (const kind of ['call', 'publish', 'consume'] as const) {
            const v = {
              ...project.variants[0]!,
              nodes: [from, to],
              edges: [newEdge(kind, from.id, to.id, [])],
            };
            const checked = checkProject({ ...project, variants: [v] });
            expect(checked.errors.length + checked.warnings.length).toBeGreaterThan(0);
          }
          return;
        }
        const v = {
          ...project.variants[0]!,
          nodes: [from, to],
          edges: [newEdge(verdict.kind, from.id, to.id, [])],
        };
        expect(checkProject({ ...project, variants: [v] }).errors).toEqual([]);
      });
    }
  }

  test('refuses a second edge between the same nodes and a self-loop', () => {
    const { from, to } = pair('service', 'service');
    const edge = newEdge('call', from.id, to.id, []);
    expect(judgeConnection(from, to, [edge])).toEqual({
      ok: false,
      reason: 'These two nodes are already connected.',
    });
    expect(judgeConnection(from, from, []).ok).toBe(false);
  });

  test('a database answers calls but calls nothing (no synchronous cycle back into its callers); it may publish', () => {
    for (const target of ['service', 'database', 'external'] as const) {
      const { from, to } = pair('database', target);
      expect(judgeConnection(from, to, [])).toEqual({
        ok: false,
        reason: `A database answers calls but makes none, so it cannot call a ${target}; it may publish to a queue or topic.`,
      });
    }
    const { from, to } = pair('database', 'queue');
    expect(judgeConnection(from, to, [])).toEqual({ ok: true, kind: 'publish' });
    const called = pair('service', 'database');
    expect(judgeConnection(called.from, called.to, [])).toEqual({ ok: true, kind: 'call' });
  });
});
