// The line icon of a node kind (24×24, currentColor); the path is the registry's (models/kinds).
import { kindSpec } from '../../models/kinds/node-kinds';
import type { NodeKind } from '../../models/types';

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
      <path d={kindSpec(kind).icon} />
    </svg>
  );
}
