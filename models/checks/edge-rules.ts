import { EDGE_ENDS, kindsAt } from '../kinds/edge-ends';
import { isBroker, isTopic } from '../kinds/guards';
import { eitherKind, pluralList } from '../kinds/kind-words';
import { can, kindsThat } from '../kinds/node-kinds';
import { isToleratedCall } from '../kinds/tolerated-call';
import { assertNever } from '../assert-never';
import type { EdgeKind, ModelNode, Variant } from '../types';
import type { Findings } from './findings';
import { nodeLabel } from './node-label';

/**
 * What may connect to what is the registry's (models/kinds/edge-ends.ts): a call goes from a
 * client or service-like node into a service-like node; a publish from a service-like node into
 * a queue or topic; a consume from a queue or topic into a service. Each consume edge of a topic
 * is one subscription.
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
      findings.error([...path, 'from'], `no node "${edge.from}" in variant "${variant.name}"`);
    if (!to) findings.error([...path, 'to'], `no node "${edge.to}" in variant "${variant.name}"`);
    if (!from || !to) return;

    const ends = EDGE_ENDS[edge.kind];
    if (isToleratedCall(edge.kind, from))
      findings.warn(
        [...path, 'from'],
        `${startProblem(edge.kind, from)}; this call still runs as drawn: redraw it from a service`,
      );
    else if (!can(from.kind, ends.from))
      findings.error([...path, 'from'], startProblem(edge.kind, from));
    if (!can(to.kind, ends.to)) findings.error([...path, 'to'], endProblem(edge.kind, to));

    if (edge.kind === 'consume') {
      const pair = `${edge.from}\u0000${edge.to}`;
      const earlier = subscriptions.get(pair);
      if (earlier !== undefined && isBroker(from)) {
        const what = isTopic(from)
          ? 'a topic has one subscription per service'
          : "raise the consume edge's concurrency instead";
        const report = isTopic(from) ? findings.error.bind(findings) : findings.warn.bind(findings);
        report(
          path,
          `second consume edge from ${nodeLabel(from)} into ${nodeLabel(to)} (edges[${earlier}] already consumes it): ${what}`,
        );
      } else subscriptions.set(pair, e);
    }
  });

  variant.nodes.forEach((n, i) => {
    if (!isBroker(n) || n.deadLetterQueue === null) return;
    const path = ['variants', v, 'nodes', i, 'deadLetterQueue'] as const;
    const target = nodes.get(n.deadLetterQueue);
    if (!target)
      findings.error(path, `no node "${n.deadLetterQueue}" in variant "${variant.name}"`);
    else if (!can(target.kind, 'canTakeDeadLetters'))
      findings.error(
        path,
        `must name ${eitherKind(kindsThat('canTakeDeadLetters'))}, but "${target.name}" is a ${target.kind}`,
      );
    else if (target.id === n.id)
      findings.error(path, `a queue cannot be its own dead-letter queue`);
  });
}

/** Why `node` cannot start an edge of this kind. */
function startProblem(edge: EdgeKind, node: ModelNode): string {
  const starters = kindsAt(edge, 'from');
  switch (edge) {
    case 'call':
      return `a call cannot start at ${nodeLabel(node)}: only ${pluralList(starters)} call${
        can(node.kind, 'canBeConsumed') ? ` (a ${node.kind} is consumed from)` : ''
      }`;
    case 'publish':
      return `a publish cannot start at ${nodeLabel(node)}: only ${pluralList(starters)} publish${
        can(node.kind, 'canCall') ? ` (a ${node.kind} calls a service)` : ''
      }`;
    case 'consume':
      return `a consume must start at ${eitherKind(starters)}, not at ${nodeLabel(node)}`;
    default:
      return assertNever(edge, 'edge kind');
  }
}

/** Why `node` cannot end an edge of this kind. */
function endProblem(edge: EdgeKind, node: ModelNode): string {
  const enders = kindsAt(edge, 'to');
  switch (edge) {
    case 'call':
      return `a call cannot go into ${nodeLabel(node)}: ${
        can(node.kind, 'canBePublishedTo')
          ? `use a publish edge to put messages on a ${node.kind}`
          : `${pluralList([node.kind])} only send requests`
      }`;
    case 'publish':
    case 'consume':
      return `a ${edge} must go into ${eitherKind(enders)}, not into ${nodeLabel(node)}`;
    default:
      return assertNever(edge, 'edge kind');
  }
}
