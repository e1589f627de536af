import type { Variant } from '../types';
import type { Findings } from './findings';
import { nodeLabel } from './node-label';

/**
 * Autoscaling (models/schema/autoscale.ts) on the backlog reads the channels the node consumes,
 * so the node needs at least one consume edge; on utilisation it needs nothing more.
 */
export function checkAutoscale(variant: Variant, v: number, findings: Findings): void {
  variant.nodes.forEach((node, n) => {
    if (!('autoscale' in node) || node.autoscale?.metric !== 'backlog') return;
    if (variant.edges.some((e) => e.kind === 'consume' && e.to === node.id)) return;
    findings.error(
      ['variants', v, 'nodes', n, 'autoscale', 'metric'],
      `${nodeLabel(node)} scales on the backlog it consumes, but consumes from no queue or topic: connect one to it, or scale on "utilization"`,
    );
  });
}
