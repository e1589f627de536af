import type { ModelNode, Variant } from '../types';
import type { Findings } from './findings';
import { isBroker, isServiceLike, nodeLabel } from './node-kinds';

/**
 * What may connect to what: a call goes from a client or service-like node into a service-like
 * node; a publish from a service-like node into a queue or topic; a consume from a queue or
 * topic into a service. Each consume edge of a topic is one subscription.
 */
export function checkEdges(variant: Variant, v: number, findings: Findings): void {
  const nodes = new Map<string, ModelNode>();
  for (const n of variant.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const subscriptions = new Map<string, number>();

  variant.edges.forEach((edge, e) => {
    const path = ['variants', v, 'edges', e] as const;
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    if (!from)
      findings.error([...path, 'from'], `no node "${edge.from}" in variant "${variant.id}"`);
    if (!to) findings.error([...path, 'to'], `no node "${edge.to}" in variant "${variant.id}"`);
    if (!from || !to) return;

    switch (edge.kind) {
      case 'call':
        if (from.kind !== 'client' && !isServiceLike(from))
          findings.error(
            [...path, 'from'],
            `a call cannot start at ${nodeLabel(from)}: only clients, services, databases and externals call (a ${from.kind} is consumed from)`,
          );
        if (to.kind === 'client')
          findings.error(
            [...path, 'to'],
            `a call cannot go into ${nodeLabel(to)}: clients only send requests`,
          );
        else if (isBroker(to))
          findings.error(
            [...path, 'to'],
            `a call cannot go into ${nodeLabel(to)}: use a publish edge to put messages on a ${to.kind}`,
          );
        break;
      case 'publish':
        if (!isServiceLike(from))
          findings.error(
            [...path, 'from'],
            `a publish cannot start at ${nodeLabel(from)}: only services, databases and externals publish${from.kind === 'client' ? ' (a client calls a service)' : ''}`,
          );
        if (!isBroker(to))
          findings.error(
            [...path, 'to'],
            `a publish must go into a queue or topic, not into ${nodeLabel(to)}`,
          );
        break;
      case 'consume': {
        if (!isBroker(from))
          findings.error(
            [...path, 'from'],
            `a consume must start at a queue or topic, not at ${nodeLabel(from)}`,
          );
        if (to.kind !== 'service')
          findings.error(
            [...path, 'to'],
            `a consume must go into a service, not into ${nodeLabel(to)}`,
          );
        const pair = `${edge.from}\u0000${edge.to}`;
        const earlier = subscriptions.get(pair);
        if (earlier !== undefined && isBroker(from)) {
          const what =
            from.kind === 'topic'
              ? 'a topic has one subscription per service'
              : "raise the consume edge's concurrency instead";
          const report =
            from.kind === 'topic' ? findings.error.bind(findings) : findings.warn.bind(findings);
          report(
            path,
            `second consume edge from ${nodeLabel(from)} into service "${edge.to}" (edges[${earlier}] already consumes it): ${what}`,
          );
        } else subscriptions.set(pair, e);
        break;
      }
    }
  });

  variant.nodes.forEach((n, i) => {
    if ((n.kind !== 'queue' && n.kind !== 'topic') || n.deadLetterQueue === null) return;
    const path = ['variants', v, 'nodes', i, 'deadLetterQueue'] as const;
    const target = nodes.get(n.deadLetterQueue);
    if (!target) findings.error(path, `no node "${n.deadLetterQueue}" in variant "${variant.id}"`);
    else if (target.kind !== 'queue')
      findings.error(path, `must name a queue, but "${target.id}" is a ${target.kind}`);
    else if (target.id === n.id)
      findings.error(path, `a queue cannot be its own dead-letter queue`);
  });
}
