import type { ChecklistItem } from '../types';
import type { StepFacts } from './step-facts';

const item = (id: string, label: string): ChecklistItem => ({ id, label, done: false });

/** What every move needs watched while it rolls out, whatever it is. */
function monitoring(f: StepFacts, who: string): ChecklistItem[] {
  const items = [
    item(
      'monitor-latency',
      `Dashboard and alert on p99 latency of ${who}, compared with the baseline before the step`,
    ),
    item(
      'monitor-errors',
      `Dashboard and alert on the error rate of ${who} (timeouts, rejections, failures)`,
    ),
  ];
  if (f.broker) {
    items.unshift(
      item(
        'monitor-backlog',
        `Monitor the backlog and oldest message age of ${f.broker}; alert when it grows for longer than a spike lasts`,
      ),
    );
  }
  return items;
}

function rollback(f: StepFacts): ChecklistItem {
  switch (f.kind) {
    case 'decouple-through-queue':
    case 'fan-out-through-topic':
      return item(
        'rollback',
        `Rollback: keep the synchronous path behind a switch until the new path has held through a peak; drain ${f.broker ?? 'the broker'} before switching back`,
      );
    case 'remove-call':
    case 'remove-edge':
    case 'remove-node':
      return item(
        'rollback',
        'Rollback: keep the removed part deployable until the step has held through a peak',
      );
    default:
      return item(
        'rollback',
        'Rollback: the previous configuration is versioned and can be restored in one deployment',
      );
  }
}

function contract(f: StepFacts): ChecklistItem {
  const message = f.message ? `"${f.message}"` : `the messages on ${f.broker ?? 'the broker'}`;
  return item(
    'contract',
    `Message contract for ${message} written down and versioned (schema, version field, compatible changes only)`,
  );
}

function idempotencyKey(f: StepFacts): ChecklistItem {
  const who = (f.consumers ?? []).join(', ') || 'the consumer';
  return item(
    'idempotency-key',
    `Idempotency key chosen (a business id carried in the message) and deduplicated by ${who}`,
  );
}

function deadLetter(f: StepFacts): ChecklistItem {
  const where = f.deadLetter ?? `a dead-letter queue for ${f.broker ?? 'the broker'}`;
  return item(
    'dead-letter',
    `Dead letters go to ${where}; an alert fires on the first one and a runbook says how to inspect and replay`,
  );
}

/** The checklist a move needs, tailored to the kind of step. */
export function checklistFor(f: StepFacts): ChecklistItem[] {
  const consumers = (f.consumers ?? []).join(', ');
  const producer = f.producer ?? 'the producer';
  switch (f.kind) {
    case 'decouple-through-queue':
      return [
        contract(f),
        idempotencyKey(f),
        deadLetter(f),
        item(
          'response-path',
          `${producer} no longer gets an answer inline: decide how the result reaches the user (status page, notification, polling)`,
        ),
        ...monitoring(f, `${producer} and ${consumers}`),
        rollback(f),
      ];
    case 'fan-out-through-topic':
      return [
        contract(f),
        idempotencyKey(f),
        deadLetter(f),
        item(
          'subscriptions',
          `One subscription per consumer (${consumers}), each with its own concurrency and owner`,
        ),
        ...monitoring(f, `${producer} and each subscriber`),
        rollback(f),
      ];
    case 'add-dead-letter-queue':
      return [
        deadLetter(f),
        item(
          'redrive',
          `Redrive procedure: how a dead letter is fixed and replayed into ${f.broker ?? 'the broker'}`,
        ),
        item(
          'retention',
          `Retention of ${f.deadLetter ?? 'the dead-letter queue'} long enough to investigate`,
        ),
        ...monitoring(f, f.broker ?? 'the broker'),
        rollback(f),
      ];
    case 'make-consumer-idempotent':
      return [
        idempotencyKey(f),
        item(
          'dedup-store',
          'Deduplication store sized and its retention longer than the longest redelivery window',
        ),
        contract(f),
        ...monitoring(f, consumers || 'the consumer'),
        rollback(f),
      ];
    case 'add-timeout':
      return [
        item(
          'timeout-budget',
          `Timeout of ${f.subject ?? 'the call'} set above the callee's normal p99 and below the caller's own deadline`,
        ),
        item(
          'timeout-fallback',
          'What the caller does on a timeout is defined (error to the user, fallback, or retry)',
        ),
        ...monitoring(f, f.subject ?? 'the call'),
        rollback(f),
      ];
    case 'add-retries':
      return [
        item(
          'retry-safe',
          `The callee of ${f.subject ?? 'the call'} is safe to call twice (idempotent operation or idempotency key)`,
        ),
        item(
          'retry-budget',
          'Retries are bounded, back off exponentially with jitter, and stay within the caller timeout',
        ),
        ...monitoring(f, f.subject ?? 'the call'),
        rollback(f),
      ];
    case 'add-circuit-breaker':
      return [
        item(
          'breaker-fallback',
          'Behaviour while the breaker is open is defined and tested (fallback or clear error)',
        ),
        item(
          'breaker-alert',
          'An alert fires when the breaker opens; its thresholds are documented',
        ),
        ...monitoring(f, f.subject ?? 'the call'),
        rollback(f),
      ];
    case 'add-fallback':
      return [
        item(
          'fallback-answer',
          `What the fallback of ${f.subject ?? 'the call'} answers is agreed (cached, default or degraded) and users can tell`,
        ),
        item('fallback-load', 'The fallback can take the primary’s whole load during an outage'),
        ...monitoring(f, f.subject ?? 'the call'),
        rollback(f),
      ];
    case 'compensate-on-failure':
      return [
        item(
          'compensation-idempotent',
          'The compensation is idempotent and succeeds when there is nothing to undo',
        ),
        item(
          'compensation-retried',
          'A compensation that fails is retried or parked for an operator, never lost',
        ),
        ...monitoring(f, f.subject ?? 'the step'),
        rollback(f),
      ];
    case 'put-cache-in-front':
      return [
        item('cache-invalidation', 'How a cached entry is invalidated or expires is agreed'),
        item(
          'cache-cold-start',
          `${f.subject ?? 'The store'} survives a cold cache at the peak, or the cache is warmed first`,
        ),
        ...monitoring(f, f.subject ?? 'the store'),
        rollback(f),
      ];
    case 'add-time-to-live':
      return [
        item(
          'ttl-agreed',
          `The time after which a message of ${f.broker ?? 'the broker'} is worthless is agreed with its owners`,
        ),
        item(
          'ttl-expired-handling',
          'What happens to an expired message (kept, replayed, reported) is decided',
        ),
        ...monitoring(f, f.broker ?? 'the broker'),
        rollback(f),
      ];
    case 'partition-by-key':
      return [
        item(
          'partition-key-chosen',
          `The key of ${f.broker ?? 'the broker'}'s messages (what must stay in order) is chosen with its producers`,
        ),
        item(
          'partition-skew-checked',
          'How unevenly the keys spread (the hottest key’s share of messages) is measured',
        ),
        ...monitoring(f, f.broker ?? 'the broker'),
        rollback(f),
      ];
    case 'autoscale-consumers':
      return [
        item(
          'autoscale-start',
          `A new replica of ${f.subject ?? 'the consumer'} is ready within its start delay (image pulled, connections warm)`,
        ),
        item(
          'autoscale-limits',
          `What ${f.subject ?? 'the consumer'} calls or writes to can take its most replicas at once`,
        ),
        ...monitoring(f, f.subject ?? 'the consumer'),
        rollback(f),
      ];
    case 'rate-limit-callers':
      return [
        item(
          'limit-answer',
          `Callers of ${f.subject ?? 'the service'} get a clear "too many requests" answer and back off`,
        ),
        item('limit-review', 'The limit is reviewed when replicas or service time change'),
        ...monitoring(f, f.subject ?? 'the service'),
        rollback(f),
      ];
    case 'orchestrate-through-command-queues':
      return [
        item(
          'orchestrator-state',
          `${producer} keeps each saga's state durably and resumes it after a restart`,
        ),
        item(
          'command-contracts',
          `The contract of each command to ${consumers || 'the participants'} is written down and versioned`,
        ),
        idempotencyKey(f),
        deadLetter(f),
        ...monitoring(f, `${producer} and each command queue`),
        rollback(f),
      ];
    case 'remove-call':
    case 'remove-edge':
      return [
        item(
          'no-dependants',
          `Nothing still relies on ${f.subject ?? 'the connection'} (check traces and logs for a week)`,
        ),
        ...monitoring(f, f.subject ?? 'the caller'),
        rollback(f),
      ];
    case 'remove-node':
      return [
        item(
          'no-dependants',
          `No traffic reaches ${f.subject ?? 'the node'} any more (check traces and logs)`,
        ),
        item('data', 'Data owned by the retired node is migrated or archived'),
        ...monitoring(f, 'the former callers'),
        rollback(f),
      ];
    case 'change-node':
      if (f.cosmetic)
        return [
          item('docs', 'Architecture documentation and dashboards use the new names and layout'),
        ];
      return nodeChecklist(f);
    case 'add-node':
      return nodeChecklist(f);
    case 'add-edge':
    case 'change-edge':
      return [
        item(
          'capacity',
          `The target of ${f.subject ?? 'the connection'} can take the extra traffic at peak`,
        ),
        ...(f.broker ? [contract(f)] : []),
        ...monitoring(f, f.subject ?? 'the connection'),
        rollback(f),
      ];
  }
}

function nodeChecklist(f: StepFacts): ChecklistItem[] {
  return [
    item(
      'capacity',
      `Capacity of ${f.subject ?? 'the node'} (replicas, workers, limits) checked against the peak scenario`,
    ),
    item('owner', 'An owning team and an on-call rotation are named'),
    ...(f.broker ? [contract(f), deadLetter(f)] : []),
    ...monitoring(f, f.subject ?? 'the node'),
    rollback(f),
  ];
}
