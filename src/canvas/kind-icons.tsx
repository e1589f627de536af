// Line icons, one per node kind (24×24, currentColor).
import type { NodeKind } from '../../models/types';

const PATHS: Record<NodeKind, string> = {
  client: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 20c0-3.3 3.6-6 8-6s8 2.7 8 6',
  service: 'M4 6h16v12H4zM4 10h16M8 14h3',
  database:
    'M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3zM5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3',
  external:
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z',
  queue: 'M3 8h18v8H3zM8 8v8M13 8v8M18 8v8',
  topic:
    'M12 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM7.8 16.2a6 6 0 0 1 0-8.4M16.2 7.8a6 6 0 0 1 0 8.4M5 19a10 10 0 0 1 0-14M19 5a10 10 0 0 1 0 14',
};

export function KindIcon({ kind, size = 18 }: { kind: NodeKind; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS[kind]} />
    </svg>
  );
}

export const KIND_LABELS: Record<NodeKind, string> = {
  client: 'Client',
  service: 'Service',
  database: 'Database',
  external: 'External',
  queue: 'Queue',
  topic: 'Topic',
};

export const KIND_HINTS: Record<NodeKind, string> = {
  client: 'Where traffic enters',
  service: 'Does work, calls and publishes',
  database: 'A called data store',
  external: 'A third-party system',
  queue: 'Point-to-point messages',
  topic: 'Publish-subscribe',
};
