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
 * Ids of nodes and edges of one variant that have errors or lie on a synchronous call cycle (a
 * warning, but one that deadlocks under load), for the canvas's markers.
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
  const re = new RegExp(`^variants\\[${variantIndex}\\]\\.(nodes|edges)\\[(\\d+)\\]`);
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    const m = re.exec(p.path);
    if (!m) continue;
    const i = Number(m[2]);
    if (m[1] === 'nodes' && variant.nodes[i]) nodes.add(variant.nodes[i].id);
    if (m[1] === 'edges' && variant.edges[i]) edges.add(variant.edges[i].id);
  }
  for (const cycle of callCycles(variant)) {
    cycle.nodes.forEach((id) => nodes.add(id));
    cycle.edges.forEach((i) => edges.add(variant.edges[i]!.id));
  }
  return { nodes, edges };
}
