// The migration transformations as commands on the selected edge or node. Each is one undoable, recorded step.
import { addCircuitBreaker } from '../../models/transformations/add-circuit-breaker';
import { addDeadLetterQueue } from '../../models/transformations/add-dead-letter-queue';
import { addRetries } from '../../models/transformations/add-retries';
import { addTimeout } from '../../models/transformations/add-timeout';
import { decoupleThroughQueue } from '../../models/transformations/decouple-through-queue';
import { fanOutThroughTopic } from '../../models/transformations/fan-out-through-topic';
import { makeConsumerIdempotent } from '../../models/transformations/make-consumer-idempotent';
import type { TransformationResult } from '../../models/transformations/transformation';
import type { Variant } from '../../models/types';
import { allNodeIds } from '../../models/elements/all-node-ids';
import { getActiveVariant } from '../store/active-variant';
import { transform } from '../store/edit-actions';
import { getProject } from '../store/project-store';
import { showStatus, useUiStore } from '../store/ui-store';
import type { Command, CommandContext } from './registry';

type Build = (variant: Variant, id: string, otherNodeIds: Set<string>) => TransformationResult;

/** The single selected item of a kind, if the selection is exactly that. */
function selectedOne(on: 'node' | 'edge'): string | null {
  const { nodes, edges } = useUiStore.getState().selection;
  if (on === 'node') return nodes.length === 1 && edges.length === 0 ? nodes[0]! : null;
  return edges.length === 1 && nodes.length === 0 ? edges[0]! : null;
}

function attempt(on: 'node' | 'edge', build: Build): TransformationResult | Error | null {
  const id = selectedOne(on);
  if (!id) return null;
  try {
    return build(getActiveVariant(), id, allNodeIds(getProject()));
  } catch (e) {
    return e as Error;
  }
}

function transformation(
  name: string,
  label: string,
  on: 'node' | 'edge',
  description: string,
  build: Build,
): Command {
  const contexts: readonly CommandContext[] = [on];
  return {
    name: `transform.${name}`,
    label,
    group: 'transform',
    contexts,
    description,
    enabled: () => {
      if (useUiStore.getState().view !== 'edit') return false;
      const r = attempt(on, build);
      return r !== null && !(r instanceof Error);
    },
    perform: () => {
      const r = attempt(on, build);
      if (r === null) return showStatus(`Select one ${on} first.`, 'error');
      if (r instanceof Error) return showStatus(r.message, 'error');
      transform(r);
      const added = r.changes.find((c) => c.op === 'addNode');
      if (added && added.op === 'addNode')
        useUiStore.getState().select({ nodes: [String(added.node.id)], edges: [] });
    },
  };
}

export const TRANSFORMATION_COMMANDS: Command[] = [
  transformation(
    'decoupleThroughQueue',
    'Decouple through a queue',
    'edge',
    'The caller publishes to a new queue that the callee consumes; the caller stops waiting',
    (v, id, taken) => decoupleThroughQueue(v, id, { otherNodeIds: taken }),
  ),
  transformation(
    'fanOutThroughTopic',
    'Fan out through a topic',
    'node',
    'One topic; each former callee subscribes to it',
    (v, id, taken) => fanOutThroughTopic(v, id, { otherNodeIds: taken }),
  ),
  transformation(
    'addDeadLetterQueue',
    'Add a dead-letter queue',
    'node',
    'Messages that keep failing go to a new queue',
    (v, id, taken) => addDeadLetterQueue(v, id, { otherNodeIds: taken }),
  ),
  transformation(
    'makeConsumerIdempotent',
    'Make consumer idempotent',
    'edge',
    'Duplicates are recognised and discarded',
    (v, id) => makeConsumerIdempotent(v, id),
  ),
  transformation(
    'addTimeout',
    'Add timeout',
    'edge',
    'Stop waiting after a deadline (3× the callee’s p99)',
    (v, id) => addTimeout(v, id),
  ),
  transformation(
    'addRetries',
    'Add retries with backoff',
    'edge',
    'Retry failures twice, 100 ms backoff doubling',
    (v, id) => addRetries(v, id),
  ),
  transformation(
    'addCircuitBreaker',
    'Add circuit breaker',
    'edge',
    'Fail fast while the callee keeps failing',
    (v, id) => addCircuitBreaker(v, id),
  ),
];
