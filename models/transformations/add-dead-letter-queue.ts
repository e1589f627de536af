// A queue or topic gets a new queue that receives the messages it gives up on.
import { addNode, updateNode } from '../changes';
import { isBroker } from '../kinds/guards';
import type { BrokerNode, Variant } from '../types';
import { findNode, recordedStep, takenNodeIds } from './make-step';
import { freePosition } from './free-position';
import { newBroker } from './new-broker';
import { TransformationError, type TransformationResult } from './transformation';
import { uniqueId } from '../elements/unique-id';

export function addDeadLetterQueue(
  variant: Variant,
  brokerId: string,
  options: { otherNodeIds?: Iterable<string> } = {},
): TransformationResult {
  const broker = findNode(variant, brokerId);
  if (!isBroker(broker))
    throw new TransformationError(`"${broker.name}" is a ${broker.kind}, not a queue or topic`);
  if (broker.deadLetterQueue)
    throw new TransformationError(`"${broker.name}" already has a dead-letter queue`);
  const servedBy = variant.nodes.find((n) => isBroker(n) && n.deadLetterQueue === broker.id);
  if (servedBy)
    throw new TransformationError(
      `"${broker.name}" is itself the dead-letter queue of "${servedBy.name}"`,
    );
  const dlqId = uniqueId(`${broker.id}-dlq`, takenNodeIds(variant, options.otherNodeIds));
  const dlq = newBroker(
    'queue',
    dlqId,
    `${broker.name} DLQ`,
    freePosition(variant, { x: broker.position.x, y: broker.position.y + 110 }, [broker.id]),
    broker.technology,
  );
  const updated: BrokerNode = { ...broker, deadLetterQueue: dlqId };
  return recordedStep(
    'add-dead-letter-queue',
    `dlq-${broker.id}`,
    `Add a dead-letter queue to ${broker.name}`,
    `After ${broker.maxDeliveries} failed deliveries a message from "${broker.name}" goes to "${dlq.name}" instead of being retried forever or lost, ` +
      `so poison messages stop blocking the consumers and can be inspected and replayed.`,
    [addNode(dlq), updateNode(updated)],
    [
      ['dlq-alert', 'Alert when the dead-letter queue is not empty'],
      ['dlq-replay', 'Runbook to inspect and replay dead letters'],
    ],
  );
}
