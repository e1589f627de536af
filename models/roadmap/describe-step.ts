import type { StepFacts } from './step-facts';

/** Words for the fields a change step names in its title (layout and wording left out). */
const FIELD_WORDS: Record<string, string> = {
  serviceTimeMs: 'service time',
  concurrency: 'workers',
  queueLimit: 'queue limit',
  errorRate: 'error rate',
  callMode: 'call mode',
  timeoutMs: 'timeout',
  latencyMs: 'latency',
  circuitBreaker: 'circuit breaker',
  deadLetterQueue: 'dead-letter queue',
  maxDeliveries: 'max deliveries',
  redeliveryDelayMs: 'redelivery delay',
  publishAckMs: 'publish acknowledgement',
  deliveryMs: 'delivery time',
  duplicateRate: 'duplicate rate',
  idempotent: 'idempotency',
  probability: 'probability',
  count: 'calls per request',
  autoscale: 'autoscaling',
};
const HIDDEN = new Set(['position', 'description', 'label', 'name']);
const fieldList = (fields: readonly string[] | undefined): string => {
  const shown = (fields ?? []).filter((f) => !HIDDEN.has(f)).map((f) => FIELD_WORDS[f] ?? f);
  return shown.length > 0 ? ` (${list(shown)})` : '';
};

const list = (names: readonly string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** A generated title and rationale for a step, from what it is about. */
export function describeStep(f: StepFacts): { title: string; rationale: string } {
  const producer = f.producer ?? 'the caller';
  const consumers = list(f.consumers ?? []);
  const broker = f.broker ?? 'the broker';
  const subject = f.subject ?? '';
  switch (f.kind) {
    case 'decouple-through-queue':
      return {
        title: `Decouple ${producer} → ${consumers} through ${broker}`,
        rationale: `${producer} stops waiting for ${consumers}: it hands the work to ${broker} and returns after the broker's acknowledgement. A spike then builds up as backlog in ${broker}, drained at ${consumers}'s pace, instead of holding ${producer}'s workers and spreading the overload upstream.`,
      };
    case 'fan-out-through-topic':
      return {
        title: `Fan out from ${producer} to ${consumers} through topic ${broker}`,
        rationale: `${producer} publishes one event to ${broker} instead of calling ${consumers} one after the other. Each subscriber gets its own copy and its own pace, so one slow or failing subscriber no longer slows the request or fails it.`,
      };
    case 'add-dead-letter-queue':
      return {
        title: `Add dead-letter queue ${f.deadLetter ?? ''} to ${broker}`,
        rationale: `Messages that ${broker} cannot deliver after its maximum attempts go to ${f.deadLetter ?? 'a dead-letter queue'}, where they are kept, counted and can be replayed, instead of blocking the queue or being parked out of sight.`,
      };
    case 'make-consumer-idempotent':
      return {
        title: `Make ${consumers} idempotent on ${broker}`,
        rationale: `Delivery is at least once: redeliveries and duplicates happen. ${consumers} recognises a message it has already handled and discards it, so a retry never applies the same effect twice.`,
      };
    case 'add-timeout':
      return {
        title: `Add a timeout to ${subject}`,
        rationale: `Without a timeout a slow callee holds the caller's workers for as long as it takes; a bound on the wait stops a slowdown from becoming a cascade.`,
      };
    case 'add-retries':
      return {
        title: `Add retries with backoff to ${subject}`,
        rationale: `Transient failures are retried with growing backoff instead of failing the request; the retry budget must stay small enough not to turn an overload into a retry storm.`,
      };
    case 'add-circuit-breaker':
      return {
        title: `Add a circuit breaker to ${subject}`,
        rationale: `When the callee keeps failing, the breaker opens and calls fail fast for a while, which gives the callee room to recover and frees the caller's workers.`,
      };
    case 'add-fallback':
      return {
        title: `Add a fallback to ${subject}`,
        rationale: `When the call fails, the caller asks a secondary (a cached or degraded answer) instead of failing the request; a fallback that answers turns the failure into a success, with the fallback's latency.`,
      };
    case 'compensate-on-failure':
      return {
        title: `Compensate on failure of ${subject}`,
        rationale: `When the step fails, a compensating call undoes what the earlier steps did (release, refund, cancel); the request stays failed, but leaves nothing half done.`,
      };
    case 'rate-limit-callers':
      return {
        title: `Rate-limit the callers of ${subject}`,
        rationale: `A token bucket in front of ${subject} refuses at once what exceeds its budget, so an overload is shed at the door instead of queueing until every caller times out.`,
      };
    case 'add-time-to-live':
      return {
        title: `Add a time-to-live to ${broker}`,
        rationale: `Messages of ${broker} that no consumer took in time expire, into its dead-letter queue if it has one, so after an outage or a peak the consumers work on what still matters instead of a stale backlog.`,
      };
    case 'partition-by-key':
      return {
        title: `Partition ${broker} by key`,
        rationale: `Messages of ${broker} are spread over partitions by their key: those with the same key stay in order, handled one at a time, and a consumer group works at most one message per partition at once.`,
      };
    case 'autoscale-consumers':
      return {
        title: `Autoscale ${subject} on its backlog`,
        rationale: `${subject} scales on the messages waiting for it: replicas are added while a backlog builds and leave once it has drained, so a spike is absorbed by the queue and worked off faster, and the quiet hours cost less.`,
      };
    case 'put-cache-in-front':
      return {
        title: `Put a cache in front of ${subject}`,
        rationale: `A cache answers most lookups itself and calls ${subject} only on a miss, so ${subject} takes a fraction of the load; a cold cache after a restart sends every lookup to it at once.`,
      };
    case 'orchestrate-through-command-queues':
      return {
        title: `Orchestrate ${f.message ?? broker} through command queues`,
        rationale: `An orchestrator takes ${f.message ?? `the messages of ${broker}`} in place of ${consumers} and commands each through a queue of its own: the flow is written down in one place instead of spread over the subscribers, at the price of one more hop and one more service to run.`,
      };
    case 'remove-call':
      return {
        title: `Remove the call ${subject}`,
        rationale: `The synchronous dependency ${subject} goes away, and with it one way for a slow or failing callee to hold up its caller.`,
      };
    case 'remove-edge':
      return {
        title: `Remove ${subject}`,
        rationale: `The connection ${subject} is no longer part of the target design.`,
      };
    case 'add-node':
      return {
        title: `Add ${subject}`,
        rationale: `${subject} is new in the target design; it is introduced before anything depends on it.`,
      };
    case 'change-node':
      if (f.cosmetic) {
        return {
          title: `Update the diagram (names, layout and descriptions of ${f.cosmetic} element${f.cosmetic === 1 ? '' : 's'})`,
          rationale:
            'Nothing in the running system changes: the diagram catches up with the target drawing, so the last step ends exactly at the to-be.',
        };
      }
      return {
        title: `Change ${subject}${fieldList(f.fields)}`,
        rationale: `${subject} is reconfigured as the target design requires.`,
      };
    case 'remove-node':
      return {
        title: `Retire ${subject}`,
        rationale: `${subject} is not part of the target design; it is retired once nothing depends on it.`,
      };
    case 'add-edge':
      return {
        title: `Connect ${subject}`,
        rationale: `The target design adds the connection ${subject}.`,
      };
    case 'change-edge':
      return {
        title: `Change ${subject}${fieldList(f.fields)}`,
        rationale: `The connection ${subject} is reconfigured as the target design requires.`,
      };
  }
}
