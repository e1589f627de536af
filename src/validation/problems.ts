// The validator's problems for the whole project, and the ones that belong to a selected item.
import { callCycles } from '../../models/checks/call-cycles';
import { formatPath } from '../../models/problem';
import { projectSchema } from '../../models/schema/project';
import type { Project } from '../../models/types';
import { checkProject } from '../../models/validate';

export interface Problem {
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Schema problems (rare: the inspector refuses invalid values) and the models' referential checks. */
export function projectProblems(project: Project): Problem[] {
  const parsed = projectSchema.safeParse(project);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({
      path: formatPath(i.path as (string | number)[]),
      message: i.message,
      severity: 'error',
    }));
  }
  const { errors, warnings } = checkProject(project);
  return [
    ...errors.map((p) => ({ ...p, severity: 'error' as const })),
    ...warnings.map((p) => ({ ...p, severity: 'warning' as const })),
  ];
}

/** Problems whose path is the prefix or lies under it ("variants[1].edges[2]" matches ".timeoutMs"). */
export function problemsUnder(problems: readonly Problem[], prefix: string): Problem[] {
  return problems.filter(
    (p) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`),
  );
}

/**
 * Ids of nodes and edges of one variant to mark on the canvas: those with errors; edges with a
 * warning (a database's call, a second consume edge) and the node a warned edge starts at when the
 * warning is about its start; everything on a synchronous call cycle (a warning, but one that
 * deadlocks under load). A node's own warnings (nothing calls it yet) are left unmarked: every
 * node being drawn has one for a moment.
 */
export function problemIds(
  problems: readonly Problem[],
  project: Project,
  variantIndex: number,
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const variant = project.variants[variantIndex];
  if (!variant) return { nodes, edges };
  const re = new RegExp(`^variants\\[${variantIndex}\\]\\.(nodes|edges)\\[(\\d+)\\](\\.from)?`);
  for (const p of problems) {
    const m = re.exec(p.path);
    if (!m) continue;
    const i = Number(m[2]);
    const node = m[1] === 'nodes' ? variant.nodes[i] : undefined;
    const edge = m[1] === 'edges' ? variant.edges[i] : undefined;
    if (p.severity === 'error' && node) nodes.add(node.id);
    if (edge) edges.add(edge.id);
    if (edge && p.severity === 'warning' && m[3]) nodes.add(edge.from);
  }
  for (const cycle of callCycles(variant)) {
    cycle.nodes.forEach((id) => nodes.add(id));
    cycle.edges.forEach((i) => edges.add(variant.edges[i]!.id));
  }
  return { nodes, edges };
}
