import { projectSchema, CURRENT_VERSION } from '../../models/schema/project';
import type { Project } from '../../models/types';
import { checkProject } from '../../models/validate';
import { formatProblem } from '../../models/problem';

/** web → api; api calls billing, mail (services) and db; orders is a queue consumed by billing. */
export function fixtureProject(): Project {
  return projectSchema.parse({
    format: 'spillway',
    version: CURRENT_VERSION,
    name: 'Shop',
    variants: [
      {
        id: 'as-is',
        name: 'As-is',
        nodes: [
          { id: 'web', name: 'Web', kind: 'client', position: { x: 0, y: 0 } },
          { id: 'api', name: 'API', kind: 'service', position: { x: 200, y: 0 } },
          { id: 'billing', name: 'Billing', kind: 'service', position: { x: 400, y: -100 } },
          { id: 'mail', name: 'Mail', kind: 'service', position: { x: 400, y: 100 } },
          { id: 'db', name: 'DB', kind: 'database', position: { x: 400, y: 300 } },
          {
            id: 'orders',
            name: 'Orders',
            kind: 'queue',
            technology: 'rabbitmq',
            position: { x: 600, y: 0 },
          },
        ],
        edges: [
          { id: 'web-api', from: 'web', to: 'api', kind: 'call' },
          {
            id: 'api-billing',
            from: 'api',
            to: 'billing',
            kind: 'call',
            probability: 0.8,
            timeoutMs: 500,
          },
          { id: 'api-mail', from: 'api', to: 'mail', kind: 'call' },
          { id: 'api-db', from: 'api', to: 'db', kind: 'call' },
          { id: 'orders-billing', from: 'orders', to: 'billing', kind: 'consume' },
        ],
      },
    ],
  });
}

/** The models' validator must accept the result: schema (defaults, ranges, ids) and referential checks. */
export function expectValid(project: Project): string[] {
  const r = projectSchema.safeParse(project);
  if (!r.success) return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  return checkProject(project).errors.map(formatProblem);
}
