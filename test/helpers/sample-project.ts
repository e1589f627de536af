// A small hand-made portal (as-is: synchronous chain; to-be: queue, topic, DLQ, resilience) for
// roadmap tests that need exact expectations.
import { projectSchema, CURRENT_VERSION } from '../../models/schema/project';
import type { Project, ProjectInput } from '../../models/types';

const asIs = {
  id: 'as-is',
  name: 'Today',
  nodes: [
    { id: 'web', name: 'Browser', kind: 'client' },
    { id: 'portal', name: 'Portal', kind: 'service', concurrency: 4, serviceTimeMs: 5 },
    { id: 'statements', name: 'Statements', kind: 'service', concurrency: 2, serviceTimeMs: 40 },
    { id: 'email', name: 'Email', kind: 'service', serviceTimeMs: 20 },
    { id: 'audit', name: 'Audit', kind: 'service', serviceTimeMs: 5 },
    { id: 'crm', name: 'CRM', kind: 'external', serviceTimeMs: 30 },
    { id: 'events', name: 'Events', kind: 'queue' },
    { id: 'archiver', name: 'Archiver', kind: 'service', serviceTimeMs: 5 },
  ],
  edges: [
    { id: 'web-portal', kind: 'call', from: 'web', to: 'portal' },
    { id: 'portal-statements', kind: 'call', from: 'portal', to: 'statements' },
    { id: 'portal-email', kind: 'call', from: 'portal', to: 'email' },
    { id: 'portal-audit', kind: 'call', from: 'portal', to: 'audit' },
    { id: 'portal-crm', kind: 'call', from: 'portal', to: 'crm' },
    { id: 'portal-events', kind: 'publish', from: 'portal', to: 'events' },
    { id: 'events-archiver', kind: 'consume', from: 'events', to: 'archiver' },
  ],
};

const toBe = {
  id: 'to-be',
  name: 'Target',
  nodes: [
    asIs.nodes[0],
    asIs.nodes[1],
    asIs.nodes[2],
    asIs.nodes[3],
    asIs.nodes[4],
    asIs.nodes[5],
    { id: 'events', name: 'Events', kind: 'queue', deadLetterQueue: 'events-dlq' },
    { id: 'events-dlq', name: 'Events DLQ', kind: 'queue' },
    asIs.nodes[7],
    {
      id: 'statement-requests',
      name: 'Statement requests',
      kind: 'queue',
      deadLetterQueue: 'statement-dlq',
    },
    { id: 'statement-dlq', name: 'Statement DLQ', kind: 'queue' },
    { id: 'customer-events', name: 'Customer events', kind: 'topic', technology: 'kafka' },
  ],
  edges: [
    {
      id: 'web-portal',
      kind: 'call',
      from: 'web',
      to: 'portal',
      timeoutMs: 2000,
      retries: { max: 2 },
    },
    {
      id: 'portal-requests',
      kind: 'publish',
      from: 'portal',
      to: 'statement-requests',
      message: 'StatementRequested',
    },
    { id: 'requests-statements', kind: 'consume', from: 'statement-requests', to: 'statements' },
    {
      id: 'portal-customer-events',
      kind: 'publish',
      from: 'portal',
      to: 'customer-events',
      message: 'CustomerChanged',
    },
    { id: 'customer-events-email', kind: 'consume', from: 'customer-events', to: 'email' },
    {
      id: 'customer-events-audit',
      kind: 'consume',
      from: 'customer-events',
      to: 'audit',
      idempotent: true,
    },
    { id: 'portal-events', kind: 'publish', from: 'portal', to: 'events' },
    { id: 'events-archiver', kind: 'consume', from: 'events', to: 'archiver', idempotent: true },
  ],
};

export function sampleProject(extra: Partial<ProjectInput> = {}): Project {
  return projectSchema.parse({
    format: 'spillway',
    version: CURRENT_VERSION,
    name: 'Portal',
    variants: [asIs, toBe],
    scenarios: [
      {
        id: 'peak',
        name: 'Peak',
        durationS: 60,
        warmupS: 5,
        load: [
          {
            client: 'web',
            shape: { type: 'spike', baseRps: 20, peakRps: 120, startS: 20, rampS: 5, holdS: 15 },
          },
        ],
      },
    ],
    ...extra,
  });
}
