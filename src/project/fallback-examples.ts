// TEMPORARY: a small Client portal model until models/examples lands in main (then removed).
import { projectSchema } from '../../models/schema/project';
import type { Project, ProjectInput } from '../../models/types';

const asIsNodes: NonNullable<ProjectInput['variants'][number]['nodes']> = [
  { id: 'users', name: 'Portal users', kind: 'client', position: { x: 0, y: 120 } },
  { id: 'portal', name: 'Client portal', kind: 'service', position: { x: 260, y: 120 }, replicas: 2 },
  { id: 'accounts', name: 'Accounts', kind: 'service', position: { x: 540, y: 20 } },
  { id: 'statements', name: 'Statements', kind: 'service', position: { x: 540, y: 220 } },
  { id: 'core', name: 'Core banking', kind: 'external', position: { x: 820, y: 20 } },
  { id: 'archive', name: 'Statement archive', kind: 'database', position: { x: 820, y: 220 } },
];

const input: ProjectInput = {
  format: 'spillway',
  version: 1,
  name: 'Client portal',
  variants: [
    {
      id: 'as-is',
      name: 'As-is',
      nodes: asIsNodes,
      edges: [
        { id: 'users-portal', from: 'users', to: 'portal', kind: 'call' },
        { id: 'portal-accounts', from: 'portal', to: 'accounts', kind: 'call', timeoutMs: 2000 },
        { id: 'portal-statements', from: 'portal', to: 'statements', kind: 'call' },
        { id: 'accounts-core', from: 'accounts', to: 'core', kind: 'call' },
        { id: 'statements-archive', from: 'statements', to: 'archive', kind: 'call' },
      ],
    },
    {
      id: 'to-be',
      name: 'To-be',
      nodes: [
        ...asIsNodes,
        { id: 'statement-requests', name: 'Statement requests', kind: 'queue', technology: 'rabbitmq', position: { x: 540, y: 340 } },
      ],
      edges: [
        { id: 'users-portal', from: 'users', to: 'portal', kind: 'call' },
        { id: 'portal-accounts', from: 'portal', to: 'accounts', kind: 'call', timeoutMs: 2000, retries: { max: 2 } },
        { id: 'portal-statement-requests', from: 'portal', to: 'statement-requests', kind: 'publish' },
        { id: 'statement-requests-statements', from: 'statement-requests', to: 'statements', kind: 'consume' },
        { id: 'accounts-core', from: 'accounts', to: 'core', kind: 'call' },
        { id: 'statements-archive', from: 'statements', to: 'archive', kind: 'call' },
      ],
    },
  ],
  scenarios: [],
};

export const EXAMPLES: readonly { id: string; title: string; summary: string; project: Project }[] = [
  {
    id: 'client-portal',
    title: 'Client portal',
    summary: 'A portal whose statement downloads block on a slow archive; the to-be queues them.',
    project: projectSchema.parse(input),
  },
];
