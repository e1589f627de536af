import { LIMITS } from '../limits';
import { expectedRequests, rateFunction } from '../load-rate';
import type { Fault, NodeKind, Project, Scenario } from '../types';
import { faultTypesOf, familyOf } from '../kinds/node-kinds';
import { NODE_KINDS } from '../schema/node';
import { pluralList } from '../kinds/kind-words';
import type { Findings } from './findings';

/** The kinds each node id has across the variants (a node may change kind between as-is and to-be). */
function kindsById(project: Project): Map<string, Set<NodeKind>> {
  const kinds = new Map<string, Set<NodeKind>>();
  for (const variant of project.variants)
    for (const n of variant.nodes)
      kinds.set(n.id, (kinds.get(n.id) ?? new Set<NodeKind>()).add(n.kind));
  return kinds;
}

/** The name each node id has in the first variant that holds it, for messages. */
function namesById(project: Project): Map<string, string> {
  const names = new Map<string, string>();
  for (const variant of project.variants)
    for (const n of variant.nodes) if (!names.has(n.id)) names.set(n.id, n.name);
  return names;
}

const kindList = (kinds: Set<NodeKind>): string => [...kinds].join(' or ');

const isClientKind = (k: NodeKind): boolean => familyOf(k) === 'client';

/** What a fault can strike, from the registry: "services, …, queues and topics". */
const FAULT_TARGETS = pluralList(NODE_KINDS.filter((k) => faultTypesOf(k).length > 0));

/** The kinds a fault of this type can strike. */
const targetsOf = (type: Fault['type']): string =>
  pluralList(NODE_KINDS.filter((k) => faultTypesOf(k).includes(type)));

/** Scenarios refer to clients and nodes by id; they must exist (as the right kind) in at least one variant. */
export function checkScenarios(project: Project, findings: Findings): void {
  const kinds = kindsById(project);
  const names = namesById(project);
  const name = (id: string): string => names.get(id) ?? id;
  const clients = [...kinds].filter(([, k]) => [...k].some(isClientKind)).map(([id]) => id);
  project.scenarios.forEach((scenario, s) => {
    const path = ['scenarios', s] as const;
    scenario.load.forEach((load, l) => {
      const found = kinds.get(load.client);
      if (!found)
        findings.error([...path, 'load', l, 'client'], `no client "${load.client}" in any variant`);
      else if (![...found].some(isClientKind))
        findings.error(
          [...path, 'load', l, 'client'],
          `"${name(load.client)}" is a ${kindList(found)}, not a client`,
        );
      checkShape(scenario, s, l, findings);
    });
    scenario.faults.forEach((fault, f) => {
      const found = kinds.get(fault.node);
      if (!found)
        findings.error([...path, 'faults', f, 'node'], `no node "${fault.node}" in any variant`);
      else if ([...found].every((k) => faultTypesOf(k).length === 0))
        findings.error(
          [...path, 'faults', f, 'node'],
          `"${name(fault.node)}" is a ${kindList(found)}; faults apply to ${FAULT_TARGETS}`,
        );
      else if (![...found].some((k) => faultTypesOf(k).includes(fault.type)))
        findings.error(
          [...path, 'faults', f, 'type'],
          `"${name(fault.node)}" is a ${kindList(found)}; a ${fault.type} fault applies to ${targetsOf(fault.type)}`,
        );
      if (fault.startS >= scenario.durationS)
        findings.warn(
          [...path, 'faults', f, 'startS'],
          `starts at ${fault.startS} s, after the scenario ends (durationS ${scenario.durationS}): it never happens`,
        );
    });
    checkRequestsPerRun(scenario, s, findings);
    const loaded = new Set(scenario.load.map((l) => l.client));
    for (const client of clients) {
      if (!loaded.has(client))
        findings.warn(
          [...path, 'load'],
          `client "${name(client)}" has no load in scenario "${scenario.name}": it sends nothing`,
        );
    }
  });
}

/** The engine keeps every request of a run in view: more than it can finish is refused up front. */
function checkRequestsPerRun(scenario: Scenario, s: number, findings: Findings): void {
  let requests = 0;
  for (const load of scenario.load)
    requests += expectedRequests(rateFunction(load.shape, scenario.durationS), scenario.durationS);
  if (requests > LIMITS.requestsPerRun)
    findings.error(
      ['scenarios', s, 'load'],
      `offers about ${requests.toPrecision(2)} requests in ${scenario.durationS} s; one run simulates at most ${LIMITS.requestsPerRun.toExponential()} (Spillway's limit): shorten the scenario or lower its rates`,
    );
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
