// The autoscale of a service (format version 5): bad values are refused at their path, with why.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadProject } from '../../../models/load';
import { formatProblem } from '../../../models/problem';
import { simulate } from '../../../simulator/simulate';

const example = JSON.parse(readFileSync('models/examples/client-portal.json', 'utf8')) as {
  variants: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }[];
};

function problemsWith(autoscale: unknown): { at: string; text: string[] } {
  const doc = structuredClone(example);
  const nodes = doc.variants[0]!.nodes;
  const i = nodes.findIndex(
    (n) =>
      n.kind === 'service' &&
      !doc.variants[0]!.edges.some((e) => e.to === n.id && e.kind === 'consume'),
  );
  nodes[i]!.autoscale = autoscale;
  const r = loadProject(doc);
  return { at: `variants[0].nodes[${i}].autoscale`, text: r.ok ? [] : r.errors.map(formatProblem) };
}

test('a valid autoscale loads, with its defaults', () => {
  const doc = structuredClone(example);
  const i = doc.variants[0]!.nodes.findIndex((n) => n.kind === 'service');
  doc.variants[0]!.nodes[i]!.autoscale = { metric: 'utilization', maxReplicas: 6 };
  const r = loadProject(doc);
  if (!r.ok) throw new Error(r.errors.map(formatProblem).join('\n'));
  expect(r.project.variants[0]!.nodes[i]).toMatchObject({
    autoscale: {
      metric: 'utilization',
      minReplicas: 1,
      maxReplicas: 6,
      targetUtilization: 0.7,
      windowS: 60,
      periodS: 15,
      scaleOutDelayS: 30,
      scaleInCooldownS: 300,
    },
  });
});

test('bad values are refused at their path', () => {
  const cases: [unknown, string][] = [
    [
      { metric: 'utilization', minReplicas: 5, maxReplicas: 2 },
      'minReplicas: must not exceed maxReplicas (5 > 2)',
    ],
    [
      { metric: 'backlog', minReplicas: 3, maxReplicas: 1 },
      'minReplicas: must not exceed maxReplicas (3 > 1)',
    ],
    [{ metric: 'utilization', maxReplicas: 4, targetUtilization: 0 }, 'targetUtilization: must be'],
    [
      { metric: 'utilization', maxReplicas: 4, targetUtilization: 1.5 },
      'targetUtilization: must be',
    ],
    [{ metric: 'utilization', maxReplicas: 4, scaleOutDelayS: -1 }, 'scaleOutDelayS: must be'],
    [{ metric: 'utilization', maxReplicas: 4, scaleInCooldownS: -5 }, 'scaleInCooldownS: must be'],
    [{ metric: 'utilization', maxReplicas: 4, windowS: 0 }, 'windowS: must be'],
    [{ metric: 'utilization', minReplicas: 0, maxReplicas: 4 }, 'minReplicas: must be'],
    [{ metric: 'backlog', maxReplicas: 4, startDelayS: -2 }, 'startDelayS: must be'],
    [{ metric: 'backlog', maxReplicas: 4, backlogPerReplica: 0 }, 'backlogPerReplica: must be'],
    [{ metric: 'backlog', maxReplicas: 4, pollingS: -1 }, 'pollingS: must be'],
    [{ metric: 'utilization' }, 'maxReplicas'],
    [{ metric: 'cpu', maxReplicas: 4 }, 'metric'],
  ];
  for (const [autoscale, message] of cases) {
    const { at, text } = problemsWith(autoscale);
    expect(text, JSON.stringify(autoscale)).toHaveLength(1);
    expect(text[0], JSON.stringify(autoscale)).toContain(`${at}.${message}`);
  }
});

test('scaling on a backlog with nothing consumed is a warning, and the node stays at its minimum', () => {
  const doc = structuredClone(example);
  const nodes = doc.variants[0]!.nodes;
  const i = nodes.findIndex((n) => n.id === 'statement-generation');
  nodes[i]!.autoscale = { metric: 'backlog', minReplicas: 2, maxReplicas: 4 };
  const r = loadProject(doc);
  if (!r.ok) throw new Error(r.errors.map(formatProblem).join('\n'));
  const warnings = r.warnings.map(formatProblem);
  expect(warnings).toContainEqual(
    expect.stringContaining(`variants[0].nodes[${i}].autoscale.metric: `) as string,
  );
  expect(warnings.join('\n')).toContain(
    'consumes from no queue or topic, so it stays at its minimum',
  );
  // A roadmap's intermediate system may be like this: it simulates, at the minimum.
  const result = simulate(r.project, { variant: 'as-is', scenario: 'normal-day' });
  expect(result.nodes['statement-generation']!.replicas).toEqual({ mean: 2, max: 2, final: 2 });
});
