import { loadProject } from '../load';
import { formatProblem } from '../problem';
import type { Project } from '../types';
import clientPortal from './client-portal.json';
import orderPlacement from './order-placement.json';
import parcelTracking from './parcel-tracking.json';

/** A built-in project the app can open and the CLI and benchmark can run. */
export interface Example {
  id: string;
  title: string;
  summary: string;
  project: Project;
}

/** Examples ship as files in the v1 format and are read through the same loader as users' files. */
function load(id: string, document: unknown): Project {
  const result = loadProject(document);
  if (!result.ok)
    throw new Error(
      `built-in example "${id}" is invalid: ${result.errors.map(formatProblem).join('; ')}`,
    );
  return result.project;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'client-portal',
    title: 'Client portal (financial services)',
    summary:
      'A synchronous identity → balance → statement chain that the quarterly peak takes down, against queues that absorb it.',
    project: load('client-portal', clientPortal),
  },
  {
    id: 'parcel-tracking',
    title: 'Parcel tracking (national logistics)',
    summary:
      'Every warehouse scan as a ShipmentScanned event: three synchronous calls against one topic with three subscriptions.',
    project: load('parcel-tracking', parcelTracking),
  },
  {
    id: 'order-placement',
    title: 'Order placement (saga)',
    summary:
      'OrderPlaced handled by payment, inventory and shipping: synchronous orchestration against choreography with compensating events.',
    project: load('order-placement', orderPlacement),
  },
];

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
