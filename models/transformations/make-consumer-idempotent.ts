// A subscription recognises duplicate deliveries and discards them.
import { updateEdge } from '../changes';
import type { Variant } from '../types';
import { findEdge, findNode, recordedStep } from './make-step';
import { TransformationError, type TransformationResult } from './transformation';

export function makeConsumerIdempotent(variant: Variant, edgeId: string): TransformationResult {
  const consume = findEdge(variant, edgeId, 'consume');
  if (consume.idempotent) throw new TransformationError('this consumer is already idempotent');
  const broker = findNode(variant, consume.from);
  const consumer = findNode(variant, consume.to);
  return recordedStep(
    'make-consumer-idempotent',
    `idempotent-${consume.id}`,
    `Make ${consumer.name} idempotent on ${broker.name}`,
    `Delivery is at least once: "${broker.name}" may deliver a message again after a timeout or a redelivery. ` +
      `${consumer.name} records an idempotency key per message and discards repeats, so duplicates cost a lookup instead of repeating the work.`,
    [updateEdge({ ...consume, idempotent: true })],
    [
      ['idempotency-key', 'Idempotency key defined in the message contract'],
      ['dedup-store', 'Store of processed keys with a retention longer than the redelivery window'],
    ],
  );
}
