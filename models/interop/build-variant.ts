import { defaultNode } from '../elements/new-node';
import type { Distribution, ProjectInput, ServiceLikeNode } from '../types';
import { brokerTechnology } from './broker-technology';
import { callEdgeFromStats, plainCallEdge, type EdgeInput } from './call-edge';
import { describeFit, fitSamples, type FitMode } from './distribution-fit';
import { nodeIdFor } from './node-id';
import type { ServiceStats, TraceStatistics } from './trace-statistics';
import { countNoun } from '../count-noun';
import { stagesFromTallies, stagesLine, type InferredStages } from './stages-from-tallies';
import { stagedEdges } from './staged-edges';

export interface BuildOptions {
  /** How each service's self time is fitted. */
  serviceTime: FitMode;
  variantId: string;
  variantName: string;
}

type VariantInput = ProjectInput['variants'][number];
type NodeInput = NonNullable<VariantInput['nodes']>[number];
type ScenarioInput = NonNullable<ProjectInput['scenarios']>[number];

/** Schema input shapes: the caller validates them with the project schema, which fills defaults. */
export interface BuiltModel {
  variant: VariantInput;
  scenario: ScenarioInput | null;
  inferred: string[];
  ignored: string[];
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/** Columns by call depth from the clients, rows in order within a column. */
function layout(
  ids: string[],
  edges: EdgeInput[],
  roots: string[],
): Map<string, { x: number; y: number }> {
  const depth = new Map<string, number>(roots.map((r) => [r, 0]));
  const queue = [...roots];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const e of edges) {
      if (e.from === id && !depth.has(e.to)) {
        depth.set(e.to, (depth.get(id) as number) + 1);
        queue.push(e.to);
      }
    }
  }
  const rows = new Map<number, number>();
  const out = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const d = depth.get(id) ?? 0;
    const row = rows.get(d) ?? 0;
    rows.set(d, row + 1);
    out.set(id, { x: d * 260, y: row * 140 });
  }
  return out;
}

/** A source of entry requests: a client node and the number of root spans it stands for. */
interface EntrySource {
  id: string;
  roots: number;
}

/**
 * Services entered only through root client or producer spans (a load generator, a script)
 * that publish nothing are the clients themselves: their calls become the client's calls.
 * One that publishes stays a service (a client cannot publish), called by the traffic client.
 */
function senderClients(stats: TraceStatistics): ServiceStats[] {
  const publishers = new Set<string>();
  for (const d of stats.destinations.values())
    for (const p of d.publishes.keys()) publishers.add(p);
  return [...stats.services.values()]
    .filter(
      (s) =>
        s.kind === 'service' &&
        s.executions > 0 &&
        s.senderExecutions === s.executions &&
        !publishers.has(s.name),
    )
    .sort((a, b) => b.executions - a.executions || a.name.localeCompare(b.name));
}

/** Turns the statistics of all traces into an as-is variant and a constant-load scenario. */
export function buildVariant(stats: TraceStatistics, options: BuildOptions): BuiltModel {
  const inferred: string[] = [];
  const ignored: string[] = [];
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  const idOf = (name: string): string => {
    let id = ids.get(name);
    if (!id) {
      id = nodeIdFor(name, taken);
      ids.set(name, id);
    }
    return id;
  };
  const nodes: NodeInput[] = [];
  const edges: EdgeInput[] = [];
  const sources: EntrySource[] = [];
  const clients = senderClients(stats);
  const clientNames = new Set(clients.map((c) => c.name));
  for (const c of clients) {
    nodes.push({ id: idOf(c.name), name: c.name, kind: 'client', position: { x: 0, y: 0 } });
    sources.push({ id: idOf(c.name), roots: c.executions });
    inferred.push(
      `client ${idOf(c.name)}: ${countNoun(c.executions, 'entry request')} from its root client spans`,
    );
  }
  const trafficRoots = stats.entryCount - clients.reduce((sum, c) => sum + c.executions, 0);
  const trafficEntries = [...stats.entries.entries()]
    .filter(([service]) => !clientNames.has(service))
    .sort((a, b) => a[0].localeCompare(b[0]));
  if (trafficRoots > 0 || clients.length === 0) {
    const trafficId = nodeIdFor('client', taken);
    nodes.push({ id: trafficId, name: 'Traffic', kind: 'client', position: { x: 0, y: 0 } });
    sources.push({ id: trafficId, roots: trafficRoots });
    inferred.push(
      `client ${trafficId}: the source of the ${countNoun(trafficRoots, 'entry request')} whose root span is not a client span`,
    );
    for (const [service, n] of trafficEntries) {
      const probability = round3(n / trafficRoots);
      edges.push(plainCallEdge(trafficId, idOf(service), { count: 1, probability }));
      inferred.push(
        `call ${trafficId} → ${idOf(service)}: ${n} of ${countNoun(trafficRoots, 'entry request')} (probability ${probability})`,
      );
    }
  }

  const staged: { stats: ServiceStats; inferred: InferredStages }[] = [];
  const services = [...stats.services.values()]
    .filter((s) => !clientNames.has(s.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const s of services) {
    const fit = fitSamples(s.selfTimeMs.values, options.serviceTime);
    const serviceTimeMs: Distribution = fit.distribution;
    const parallel = s.parallelVotes > s.sequentialVotes;
    const inStages = stagesFromTallies(s);
    if (inStages) staged.push({ stats: s, inferred: inStages });
    const errorRate = s.executions > 0 ? round3(s.errors / s.executions) : 0;
    nodes.push({
      id: idOf(s.name),
      name: s.name,
      kind: s.kind,
      position: { x: 0, y: 0 },
      serviceTimeMs,
      errorRate,
      callMode: inStages ? 'stages' : parallel ? 'parallel' : 'sequential',
    });
    const what =
      s.kind === 'service'
        ? `self time over ${countNoun(s.executions, 'execution')}`
        : `client span duration over ${countNoun(s.executions, 'call')} (kind from ${s.kindSource})`;
    inferred.push(
      `${s.kind} ${idOf(s.name)}: ${what}: ${describeFit(fit)}; error rate ${errorRate}`,
    );
    if (s.parallelVotes + s.sequentialVotes > 0 && !inStages) {
      inferred.push(
        `${s.kind} ${idOf(s.name)}: calls ${parallel ? 'parallel' : 'sequential'} (${countNoun(s.parallelVotes, 'execution')} with overlapping calls, ${s.sequentialVotes} without)`,
      );
    }
  }

  for (const c of [...stats.calls.values()].sort((a, b) =>
    (a.from + a.to).localeCompare(b.from + b.to),
  )) {
    const caller = stats.services.get(c.from);
    if (!caller || caller.executions === 0) continue;
    const { edge, lines } = callEdgeFromStats(c, caller.executions, idOf(c.from), idOf(c.to));
    edges.push(edge);
    inferred.push(...lines);
  }

  for (const { stats: s, inferred: st } of staged) {
    const node = nodes.find((n) => n.id === idOf(s.name)) as NodeInput & { stages?: unknown };
    const { stages, words, lines } = stagedEdges(node.id, st, edges, idOf);
    node.stages = stages;
    inferred.push(stagesLine(s.kind, node.id, s, st, words), ...lines);
  }

  if (stats.joinedByLinks > 0)
    inferred.push(
      `${stats.joinedByLinks} consumer root span(s) joined to their producer's destination through span links`,
    );
  for (const d of [...stats.destinations.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const brokerId = nodeIdFor(d.name, taken);
    const kind = d.consumers.size > 1 ? 'topic' : 'queue';
    const technology = brokerTechnology(d.system);
    nodes.push({
      id: brokerId,
      name: d.name,
      kind,
      position: { x: 0, y: 0 },
      technology,
    });
    inferred.push(
      `${kind} ${brokerId}: messaging destination "${d.name}"${d.system ? ` (${d.system})` : ''}, ${d.consumers.size} consuming service(s)`,
    );
    for (const [producer, p] of d.publishes) {
      const execs = stats.services.get(producer)?.executions ?? 0;
      const perRequest = execs > 0 ? p.publishes / execs : 0;
      const probability = round3(Math.min(1, perRequest));
      edges.push({
        id: `publish-${idOf(producer)}-${brokerId}`,
        kind: 'publish',
        from: idOf(producer),
        to: brokerId,
        probability,
      });
      inferred.push(
        `publish ${idOf(producer)} → ${brokerId}: ${countNoun(round3(perRequest), 'message')} per request (probability ${probability})`,
      );
      if (perRequest > 1)
        ignored.push(
          `publish ${idOf(producer)} → ${brokerId}: ${countNoun(round3(perRequest), 'message')} per request; a publish edge sends at most one, so the probability is capped at 1`,
        );
    }
    for (const [consumer, n] of d.consumers) {
      edges.push({
        id: `consume-${brokerId}-${idOf(consumer)}`,
        kind: 'consume',
        from: brokerId,
        to: idOf(consumer),
      });
      inferred.push(`consume ${brokerId} → ${idOf(consumer)}: ${countNoun(n, 'message')} handled`);
    }
    if (d.publishes.size === 0)
      ignored.push(
        `${kind} ${brokerId}: consumers seen but no producer span; nothing publishes to it in the model`,
      );
  }

  const positions = layout(
    nodes.map((n) => n.id),
    edges,
    sources.map((c) => c.id),
  );
  for (const n of nodes) n.position = positions.get(n.id) ?? { x: 0, y: 0 };
  const d = defaultNode({ id: 'x', name: 'x', kind: 'service' }) as ServiceLikeNode;
  ignored.push(
    `replicas, concurrency and queue limits cannot be seen in traces: defaults used (${countNoun(d.replicas, 'replica')}, ${countNoun(d.concurrency, 'worker')}, queue limit ${d.queueLimit})`,
  );

  const variant: VariantInput = {
    id: options.variantId,
    name: options.variantName,
    description: `Imported from ${countNoun(stats.traces, 'trace')}`,
    nodes,
    edges,
  };
  return { variant, scenario: observedLoad(stats, sources, inferred, ignored), inferred, ignored };
}

function observedLoad(
  stats: TraceStatistics,
  sources: EntrySource[],
  inferred: string[],
  ignored: string[],
): ScenarioInput | null {
  if (stats.entryCount === 0) {
    ignored.push('no entry requests (every root was a consumer): no load scenario');
    return null;
  }
  const windowS = (stats.lastEntryMs - stats.firstEntryMs) / 1000;
  let rps: number;
  if (stats.entryCount < 2 || windowS <= 0) {
    rps = 1;
    ignored.push(
      'entry rate cannot be measured from fewer than two requests at distinct times: 1 request/s assumed',
    );
  } else {
    rps = (stats.entryCount - 1) / windowS;
    inferred.push(
      `scenario observed-load: ${stats.entryCount} entry requests over ${round3(windowS)} s → constant ${round3(rps)} requests/s${sources.length > 1 ? ` (${sources.map((s) => `${s.id} ${s.roots}`).join(', ')})` : ''}`,
    );
  }
  const durationS = Math.max(60, Math.ceil(windowS));
  return {
    id: 'observed-load',
    name: 'Observed load',
    description: 'Constant load at the entry rate seen in the imported traces',
    durationS,
    warmupS: 0,
    seed: 1,
    replications: 1,
    load: sources
      .filter((s) => s.roots > 0)
      .map((s) => ({
        client: s.id,
        shape: { type: 'constant', rps: round3((rps * s.roots) / stats.entryCount) },
      })),
    faults: [],
  };
}
