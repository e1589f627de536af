import type { ModelNode, Project, Scenario } from '../types';
import type { Findings } from './findings';

/** Every node of every variant by id (the first one met), so a scenario can name nodes of either variant. */
function nodesById(project: Project): Map<string, ModelNode> {
  const nodes = new Map<string, ModelNode>();
  for (const variant of project.variants)
    for (const n of variant.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  return nodes;
}

/** Scenarios refer to clients and nodes by id; they must exist in at least one variant. */
export function checkScenarios(project: Project, findings: Findings): void {
  const nodes = nodesById(project);
  const clients = [...nodes.values()].filter((n) => n.kind === 'client').map((n) => n.id);
  project.scenarios.forEach((scenario, s) => {
    const path = ['scenarios', s] as const;
    scenario.load.forEach((load, l) => {
      const node = nodes.get(load.client);
      if (!node)
        findings.error([...path, 'load', l, 'client'], `no client "${load.client}" in any variant`);
      else if (node.kind !== 'client')
        findings.error(
          [...path, 'load', l, 'client'],
          `"${load.client}" is a ${node.kind}, not a client`,
        );
      checkShape(scenario, s, l, findings);
    });
    scenario.faults.forEach((fault, f) => {
      const node = nodes.get(fault.node);
      if (!node)
        findings.error([...path, 'faults', f, 'node'], `no node "${fault.node}" in any variant`);
      else if (node.kind === 'client')
        findings.error(
          [...path, 'faults', f, 'node'],
          `"${fault.node}" is a client; faults apply to services, databases, externals, queues and topics`,
        );
      if (fault.startS >= scenario.durationS)
        findings.warn(
          [...path, 'faults', f, 'startS'],
          `starts at ${fault.startS} s, after the scenario ends (durationS ${scenario.durationS}): it never happens`,
        );
    });
    for (const client of clients) {
      if (!scenario.load.some((l) => l.client === client))
        findings.warn(
          [...path, 'load'],
          `client "${client}" has no load in scenario "${scenario.id}": it sends nothing`,
        );
    }
  });
}

function checkShape(scenario: Scenario, s: number, l: number, findings: Findings): void {
  const shape = scenario.load[l]?.shape;
  const path = ['scenarios', s, 'load', l, 'shape'] as const;
  if (shape?.type === 'steps') {
    shape.points.forEach((point, i) => {
      const previous = shape.points[i - 1];
      if (previous && point[0] < previous[0])
        findings.error(
          [...path, 'points', i, 0],
          `times must not decrease: ${point[0]} comes after ${previous[0]}`,
        );
    });
  }
  if (shape?.type === 'spike' && shape.startS >= scenario.durationS)
    findings.warn(
      [...path, 'startS'],
      `the spike starts at ${shape.startS} s, after the scenario ends (durationS ${scenario.durationS})`,
    );
}

/** The roadmap goes from one variant to another. */
export function checkRoadmap(project: Project, findings: Findings): void {
  const roadmap = project.roadmap;
  if (!roadmap) return;
  const ids = new Set(project.variants.map((v) => v.id));
  if (!ids.has(roadmap.from)) findings.error(['roadmap', 'from'], `no variant "${roadmap.from}"`);
  if (!ids.has(roadmap.to)) findings.error(['roadmap', 'to'], `no variant "${roadmap.to}"`);
  if (roadmap.from === roadmap.to)
    findings.warn(['roadmap', 'to'], `the roadmap goes from variant "${roadmap.from}" to itself`);
}
