// The iterative cycle check finds what a plain recursive search finds, on any graph, and
// handles a chain of the largest size a variant may have without the call stack.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { warnCallCycles } from '../../../../models/checks/call-cycles';
import { Findings } from '../../../../models/checks/findings';
import type { Variant } from '../../../../models/types';

/** The straightforward recursive search (what the check did before it was made iterative). */
function recursiveCycles(variant: Variant): string[] {
  const calls = new Map<string, { to: string; edge: number }[]>();
  variant.edges.forEach((e, i) => {
    const list = calls.get(e.from) ?? [];
    list.push({ to: e.to, edge: i });
    calls.set(e.from, list);
  });
  const reported = new Set<string>();
  const out: string[] = [];
  for (const start of calls.keys()) {
    if (reported.has(start)) continue;
    const visited = new Set<string>();
    const stack: { node: string; edge: number }[] = [];
    const visit = (node: string): boolean => {
      for (const next of calls.get(node) ?? []) {
        stack.push({ node, edge: next.edge });
        if (next.to === start) return true;
        if (!visited.has(next.to)) {
          visited.add(next.to);
          if (visit(next.to)) return true;
        }
        stack.pop();
      }
      return false;
    };
    if (!visit(start)) continue;
    stack.forEach((s) => reported.add(s.node));
    out.push(`${stack[0]!.edge}:${[...stack.map((s) => s.node), start].join(' → ')}`);
  }
  return out;
}

function variantOf(n: number, pairs: [number, number][]): Variant {
  return {
    id: 'v',
    name: 'v',
    nodes: Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      name: `n${i}`,
      kind: 'client' as const,
      position: { x: 0, y: 0 },
    })),
    edges: pairs.map(
      ([a, b], i) =>
        ({ id: `e${i}`, from: `n${a}`, to: `n${b}`, kind: 'call' }) as Variant['edges'][number],
    ),
  };
}

function iterativeCycles(variant: Variant): string[] {
  const findings = new Findings();
  warnCallCycles(variant, 0, findings);
  return findings.warnings.map((w) => {
    const edge = /edges\[(\d+)\]/.exec(w.path)![1];
    const cycle = /cycle (.*):/.exec(w.message)![1];
    return `${edge}:${cycle}`;
  });
}

test('the same cycles as a recursive search, in the same order, on random call graphs', () => {
  fc.assert(
    fc.property(
      fc
        .integer({ min: 1, max: 8 })
        .chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 16 }),
          ),
        ),
      ([n, pairs]) => {
        const v = variantOf(n, pairs);
        expect(iterativeCycles(v)).toEqual(recursiveCycles(v).slice(0, 20));
      },
    ),
    { numRuns: 1000 },
  );
});

test('a 5 000-node chain with a call back to its start: one cycle, named by its ends', () => {
  const n = 5000;
  const pairs: [number, number][] = Array.from({ length: n - 1 }, (_, i) => [i, i + 1]);
  pairs.push([n - 1, 0]);
  const findings = new Findings();
  warnCallCycles(variantOf(n, pairs), 0, findings);
  expect(findings.warnings.map((w) => w.message)).toEqual([
    'synchronous call cycle n0 → n1 → n2 → n3 → n4 → … → n4996 → n4997 → n4998 → n4999 → n0 (5000 nodes): each hop holds a worker while waiting for the next',
  ]);
});

test('thousands of small cycles: twenty named, then one line for the rest', () => {
  const pairs: [number, number][] = [];
  for (let i = 0; i < 1000; i++) pairs.push([2 * i, 2 * i + 1], [2 * i + 1, 2 * i]);
  const findings = new Findings();
  warnCallCycles(variantOf(2000, pairs), 0, findings);
  expect(findings.warnings).toHaveLength(21);
  expect(findings.warnings.at(-1)!.message).toBe(
    'more synchronous call cycles than the 20 named above',
  );
});
