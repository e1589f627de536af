// A queue or topic whose messages expire: what no consumer took within the time-to-live goes to
// the dead-letter queue (or is dropped, counted), instead of being handled long after it mattered.
import { updateNode } from '../changes';
import { isBroker } from '../kinds/guards';
import type { Variant } from '../types';
import { findNode, recordedStep } from './make-step';
import { TransformationError, type TransformationResult } from './transformation';

/** The time-to-live it sets: five minutes, a common "stale after" for an event (change it to the business's). */
export const DEFAULT_TTL_MS = 300_000;

export function addTimeToLive(variant: Variant, brokerId: string): TransformationResult {
  const broker = findNode(variant, brokerId);
  if (!isBroker(broker))
    throw new TransformationError(`"${broker.name}" is a ${broker.kind}, not a queue or topic`);
  if (broker.messageTtlMs !== undefined)
    throw new TransformationError(
      `"${broker.name}" already expires its messages after ${broker.messageTtlMs} ms`,
    );
  const servedBy = variant.nodes.find((n) => isBroker(n) && n.deadLetterQueue === broker.id);
  if (servedBy)
    throw new TransformationError(
      `"${broker.name}" is the dead-letter queue of "${servedBy.name}": its messages are kept for inspection, not expired`,
    );
  const dlq = broker.deadLetterQueue
    ? variant.nodes.find((n) => n.id === broker.deadLetterQueue)
    : undefined;
  const where = dlq
    ? `go to "${dlq.name}", where they are kept and counted`
    : 'are dropped (counted as expired; add a dead-letter queue to keep them)';
  return recordedStep(
    'add-time-to-live',
    `ttl-${broker.id}`,
    `Add a time-to-live to ${broker.name}`,
    `Messages of "${broker.name}" that no consumer took within ${DEFAULT_TTL_MS / 60_000} minutes of their acceptance ${where}, ` +
      `so after an outage or a peak the consumers work on what still matters instead of a stale backlog. ` +
      `Five minutes is a starting point: set it to when a message stops being worth handling.`,
    [updateNode({ ...broker, messageTtlMs: DEFAULT_TTL_MS })],
    [
      [
        'ttl-agreed',
        `The time after which a message of ${broker.name} is worthless is agreed with its owners`,
      ],
      [
        'ttl-expired-handling',
        'What happens to an expired message (kept, replayed, reported) is decided',
      ],
    ],
  );
}
