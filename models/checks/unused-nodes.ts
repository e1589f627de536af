import type { Variant } from '../types';
import type { Findings } from './findings';
import { isBroker, isClient, isServiceLike } from '../kinds/guards';
import { nodeLabel } from './node-label';

/** Nodes that take part in nothing: likely a forgotten edge. */
export function warnUnusedNodes(variant: Variant, v: number, findings: Findings): void {
  const deadLetterQueues = new Set<string>();
  for (const n of variant.nodes)
    if (isBroker(n) && n.deadLetterQueue) deadLetterQueues.add(n.deadLetterQueue);
  const incoming = (id: string, kind: string): boolean =>
    variant.edges.some((e) => e.to === id && e.kind === kind);
  const outgoing = (id: string, kind: string): boolean =>
    variant.edges.some((e) => e.from === id && e.kind === kind);

  variant.nodes.forEach((n, i) => {
    const path = ['variants', v, 'nodes', i] as const;
    if (isClient(n) && !outgoing(n.id, 'call'))
      findings.warn(path, `${nodeLabel(n)} calls nothing: its load goes nowhere`);
    // A dead-letter queue is meant to be drained by hand, so nobody consuming it is normal.
    if (isBroker(n) && !outgoing(n.id, 'consume') && !deadLetterQueues.has(n.id))
      findings.warn(path, `${nodeLabel(n)} has no consumer: what is published to it piles up`);
    if (isServiceLike(n) && !incoming(n.id, 'call') && !incoming(n.id, 'consume'))
      findings.warn(
        path,
        `${nodeLabel(n)} is never called and consumes nothing: it receives no work`,
      );
  });
}
