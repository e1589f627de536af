import type { Change, ModelEdge, ModelNode, RoadmapStep, Variant } from '../types';
import { applyChanges } from '../changes';
import { applySteps } from './apply-steps';
import { stepsProblem } from './check-steps';
import { deepEqual } from './deep-equal';
import { stepFromFacts, takeStepId } from './step-from-facts';
import { namesOf } from './names';
import { checkIndex } from './reorder-steps';
import type { StepEdit } from './step-edit';
import type { StepFacts } from './step-facts';

function changedFields(before: object | undefined, after: object): string[] {
  if (!before) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !deepEqual(b[k], a[k]));
}

/** What one primitive change is about, judged on the variant it applies to. */
function factsOf(change: Change, before: Variant, after: Variant): StepFacts {
  const names = namesOf(after, before);
  switch (change.op) {
    case 'addNode':
      return { kind: 'add-node', subject: names.node(String(change.node.id)) };
    case 'removeNode':
      return { kind: 'remove-node', subject: names.node(change.id) };
    case 'updateNode': {
      const node = change.node as unknown as ModelNode;
      return {
        kind: 'change-node',
        subject: node.name,
        fields: changedFields(
          before.nodes.find((n) => n.id === node.id),
          node,
        ),
      };
    }
    case 'addEdge':
      return { kind: 'add-edge', subject: names.edge(String(change.edge.id)) };
    case 'removeEdge': {
      const kind = before.edges.find((e) => e.id === change.id)?.kind;
      return {
        kind: kind === 'call' ? 'remove-call' : 'remove-edge',
        subject: names.edge(change.id),
      };
    }
    case 'updateEdge': {
      const edge = change.edge as unknown as ModelEdge;
      return {
        kind: 'change-edge',
        subject: names.edge(edge.id),
        fields: changedFields(
          before.edges.find((e) => e.id === edge.id),
          edge,
        ),
      };
    }
  }
}

/** Splits a step into one step per primitive change, in the same order. */
export function splitStep(base: Variant, steps: readonly RoadmapStep[], i: number): StepEdit {
  checkIndex(steps, i, 'step');
  const step = steps[i]!;
  if (step.changes.length < 2)
    return { ok: false, explanation: `“${step.title}” is already a single change.` };
  const taken = new Set(steps.filter((_, k) => k !== i).map((s) => s.id));
  let current = applySteps(base, steps, i);
  const parts: RoadmapStep[] = [];
  for (const [k, change] of step.changes.entries()) {
    const next = applyChanges(current, [change]);
    const part = stepFromFacts(
      takeStepId(`${step.id}-${k + 1}`, taken),
      factsOf(change, current, next),
      [change],
    );
    parts.push({ ...part, owner: step.owner });
    current = next;
  }
  const result = [...steps.slice(0, i), ...parts, ...steps.slice(i + 1)];
  const problem = stepsProblem(base, result);
  if (problem) return { ok: false, explanation: `“${step.title}” cannot be split: ${problem}.` };
  return { ok: true, steps: result };
}
