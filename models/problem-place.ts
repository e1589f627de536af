// Where a problem lies, said with the names the user sees ("call Portal → Accounts") instead of
// its JSON path, and which node or edge of which variant it points at.
import type { Project } from './types';

export interface ProblemPlace {
  /** e.g. `service "Portal" (As-is)`, `call Portal → Accounts (To-be)`, `scenario "Peak"`. */
  label: string;
  /** The variant the node or edge belongs to, when the problem is about one. */
  variantId?: string;
  nodeId?: string;
  edgeId?: string;
}

const ITEM = /^variants\[(\d+)\](?:\.(nodes|edges)\[(\d+)\])?/;
const SCENARIO = /^scenarios\[(\d+)\]/;

/** The place a problem's path names in this project; null for a path that names nothing in it. */
export function problemPlace(project: Project, path: string): ProblemPlace | null {
  const item = ITEM.exec(path);
  if (item) {
    const variant = project.variants[Number(item[1])];
    if (!variant) return null;
    const where = ` (${variant.name})`;
    const index = Number(item[3]);
    if (item[2] === 'nodes') {
      const node = variant.nodes[index];
      if (!node) return null;
      return {
        label: `${node.kind} "${node.name}"${where}`,
        variantId: variant.id,
        nodeId: node.id,
      };
    }
    if (item[2] === 'edges') {
      const edge = variant.edges[index];
      if (!edge) return null;
      const name = (id: string): string => variant.nodes.find((n) => n.id === id)?.name ?? id;
      return {
        label: `${edge.kind} ${name(edge.from)} → ${name(edge.to)}${where}`,
        variantId: variant.id,
        edgeId: edge.id,
      };
    }
    return { label: `variant "${variant.name}"`, variantId: variant.id };
  }
  const scenario = SCENARIO.exec(path);
  if (scenario) {
    const found = project.scenarios[Number(scenario[1])];
    return found ? { label: `scenario "${found.name}"` } : null;
  }
  if (path.startsWith('roadmap')) return { label: 'roadmap' };
  return null;
}
