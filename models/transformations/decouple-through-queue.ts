// A call A→B becomes: A publishes to a new queue that B consumes. The caller stops waiting for B.
import { addEdge, addNode, removeEdge } from '../changes';
import { newEdge } from '../elements/new-edge';
import type { BrokerTechnology, Variant } from '../types';
import { kindsAt, mayEnd, mayStart } from '../kinds/edge-ends';
import { eitherKind, pluralList } from '../kinds/kind-words';
import { findEdge, findNode, recordedStep, MESSAGING_CHECKLIST, takenNodeIds } from './make-step';
import { freePosition } from './free-position';
import { newBroker } from './new-broker';
import { withCalleeWorkers } from './callee-workers';
import { TransformationError, type TransformationResult } from './transformation';
import { uniqueId } from '../elements/unique-id';
import { stageToJoin } from './stage-to-join';

export interface DecoupleOptions {
  technology?: BrokerTechnology;
  /** Node ids used in other variants, so that the new queue's id means one thing everywhere. */
  otherNodeIds?: Iterable<string>;
}

export function decoupleThroughQueue(
  variant: Variant,
  edgeId: string,
  options: DecoupleOptions = {},
): TransformationResult {
  const call = findEdge(variant, edgeId, 'call');
  const from = findNode(variant, call.from);
  const to = findNode(variant, call.to);
  if (!mayStart('publish', from.kind))
    throw new TransformationError(
      `only ${pluralList(kindsAt('publish', 'from'))} publish; "${from.name}" is a ${from.kind}`,
    );
  if (!mayEnd('consume', to.kind))
    throw new TransformationError(
      `only ${eitherKind(kindsAt('consume', 'to'))} can consume; "${to.name}" is a ${to.kind}`,
    );

  const queueId = uniqueId(`${to.id}-queue`, takenNodeIds(variant, options.otherNodeIds));
  const position = freePosition(
    variant,
    {
      x: (from.position.x + to.position.x) / 2,
      y: (from.position.y + to.position.y) / 2 + 90,
    },
    [from.id, to.id],
  );
  const queue = newBroker('queue', queueId, `${to.name} queue`, position, options.technology);
  const edgeIds = variant.edges.map((e) => e.id);
  const publish = {
    ...newEdge('publish', from.id, queueId, edgeIds),
    probability: call.probability,
  };
  const consume = withCalleeWorkers(
    newEdge('consume', queueId, to.id, [...edgeIds, publish.id]),
    to,
  );
  const stage = stageToJoin(variant, [call]);

  return recordedStep(
    'decouple-through-queue',
    `decouple-${call.id}`,
    `Decouple ${from.name} → ${to.name} through a queue`,
    `${from.name} stops waiting for ${to.name}: it publishes to "${queue.name}" and goes on after the broker's acknowledgement. ` +
      `${to.name} consumes at its own pace, so a spike becomes a backlog instead of holding ${from.name}'s workers, and a slow or failing ${to.name} no longer cascades upstream.`,
    stage === undefined
      ? [removeEdge(call.id), addNode(queue), addEdge(publish), addEdge(consume)]
      : // The publish takes the call's place in its stage before the call goes.
        [addNode(queue), addEdge(publish, undefined, stage), addEdge(consume), removeEdge(call.id)],
    MESSAGING_CHECKLIST,
  );
}
