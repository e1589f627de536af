import type { Variant } from '../types';
import type { Findings } from './findings';
import { nodeLabel } from './node-label';

/**
 * Autoscaling (models/schema/autoscale.ts) on the backlog reads the channels the node consumes:
 * without a consume edge it never sees a message and stays at its minimum. A warning, not an
 * error: a roadmap's intermediate system may scale the consumer before the queue exists.
 */
export function checkAutoscale(variant: Variant, v: number, findings: Findings): void {
  variant.nodes.forEach((node, n) => {
    if (!('autoscale' in node) || node.autoscale?.metric !== 'backlog') return;
    if (variant.edges.some((e) => e.kind === 'consume' && e.to === node.id)) return;
    findings.warn(
      ['variants', v, 'nodes', n, 'autoscale', 'metric'],
      `${nodeLabel(node)} scales on the backlog it consumes, but consumes from no queue or topic, so it stays at its minimum: connect one to it, or scale on "utilization"`,
    );
  });
}
