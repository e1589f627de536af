// Explains the line styles of conditional edges and outcome groups; shown only on a variant that
// has any, so a plain drawing stays uncluttered.
import { Panel } from '@xyflow/react';
import type { Variant } from '../../models/types';
import { WHEN_SHORT } from './ModelEdgeView';

const ROWS = [
  { className: 'model-edge kind-call', text: 'Call' },
  { className: 'model-edge kind-publish', text: 'Publish or consume' },
  {
    className: 'model-edge kind-call when-onSuccess',
    text: `${WHEN_SHORT.onSuccess}: only when the steps before succeeded`,
  },
  {
    className: 'model-edge kind-call when-onFailure',
    text: `${WHEN_SHORT.onFailure}: a compensation, the request stays failed`,
  },
  {
    className: 'model-edge kind-call when-fallback',
    text: `${WHEN_SHORT.fallback}: on failure; its success recovers the request`,
  },
  {
    className: 'model-edge kind-call outcome',
    text: 'outcome group: exactly one per request, by weight',
  },
] as const;

export function hasFlows(variant: Variant): boolean {
  return variant.edges.some(
    (e) => e.kind !== 'consume' && ((e.when && e.when !== 'always') || e.outcome),
  );
}

export function FlowLegend({ variant }: { variant: Variant }) {
  if (!hasFlows(variant)) return null;
  return (
    <Panel position="top-left" className="flow-legend" aria-label="Legend of the edges">
      <details open>
        <summary>Edges</summary>
        <ul>
          {ROWS.map((r) => (
            <li key={r.className}>
              <svg width="36" height="8" aria-hidden="true">
                <path d="M2 4 H34" className={r.className} fill="none" />
              </svg>
              {r.text}
            </li>
          ))}
        </ul>
      </details>
    </Panel>
  );
}
