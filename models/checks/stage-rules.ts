import type { ModelEdge, Variant } from '../types';
import type { Findings } from './findings';
import { nodeLabel } from './node-label';

/**
 * A node's stages (models/schema/stage.ts) name its own call or publish edges, each once, and
 * limit only edges of the same stage; conditional flows (`when`, `outcome`) do not combine with
 * stages. A limit at or above the edge's count changes nothing: a warning.
 */
export function checkStages(variant: Variant, v: number, findings: Findings): void {
  const edges = new Map<string, { edge: ModelEdge; index: number }>(
    variant.edges.map((edge, index) => [edge.id, { edge, index }]),
  );
  variant.nodes.forEach((node, n) => {
    if (!('callMode' in node) || node.callMode !== 'stages') return;
    const at = ['variants', v, 'nodes', n] as const;
    const flowEdge = variant.edges.findIndex(
      (e) =>
        e.from === node.id &&
        e.kind !== 'consume' &&
        ((e.when ?? 'always') !== 'always' || e.outcome !== undefined),
    );
    if (flowEdge >= 0)
      findings.error(
        [...at, 'callMode'],
        `${nodeLabel(node)} runs in stages, and edges[${flowEdge}] has a condition or an outcome group: stages do not combine with flows that depend on outcomes; use "sequential" or "parallel", or remove the condition`,
      );
    const seen = new Map<string, number>();
    (node.stages ?? []).forEach((stage, s) => {
      stage.edges.forEach((id, i) => {
        const path = [...at, 'stages', s, 'edges', i];
        const found = edges.get(id);
        if (!found) return findings.error(path, `no edge "${id}" in this variant`);
        const { edge, index } = found;
        if (edge.from !== node.id || edge.kind === 'consume')
          return findings.error(
            path,
            `edges[${index}] ("${id}") is not a call or publish of ${nodeLabel(node)}: a stage holds the node's own outbound calls and publishes`,
          );
        const earlier = seen.get(id);
        if (earlier !== undefined)
          return findings.error(
            path,
            `edge "${id}" is already in stage ${earlier + 1}: an edge belongs to one stage, once`,
          );
        seen.set(id, s);
      });
      for (const [id, limit] of Object.entries(stage.atATime ?? {})) {
        const path = [...at, 'stages', s, 'atATime', id];
        if (!stage.edges.includes(id)) {
          findings.error(
            path,
            `edge "${id}" is not in this stage: a limit applies to an edge of its stage`,
          );
          continue;
        }
        const edge = edges.get(id)?.edge;
        const count = edge?.kind === 'call' ? edge.count : 1;
        if (edge && edge.from === node.id && limit >= count)
          findings.warn(
            path,
            `${limit} at a time with ${count === 1 ? '1 call' : `${count} calls`} per request: all of them run at once anyway`,
          );
      }
    });
  });
}
