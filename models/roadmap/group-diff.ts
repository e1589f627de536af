import type {
  BrokerNode,
  Change,
  ModelEdge,
  ModelNode,
  RoadmapStep,
  StepKind,
  Variant,
} from '../types';
import { isBroker, isQueue, isTopic } from '../kinds/guards';
import { addEdge, addNode, removeEdge, removeNode, updateEdge, updateNode } from '../changes';
import { deepEqual } from './deep-equal';
import { compareVariants } from './diff';
import { stepDependencies } from './dependencies';
import { mergeOutcomeGroups } from './merge-outcome-groups';
import { stepsProblem } from './check-steps';
import { stepFromFacts, takeStepId } from './step-from-facts';
import { namesOf } from './names';
import { orderSteps } from './order-steps';
import type { StepFacts } from './step-facts';

/**
 * The default order of automatic steps, subject to their dependencies (see docs/roadmap.md): the
 * moves that change how load flows first, then resilience, then the rest, removals last.
 */
export const STEP_ORDER: readonly StepKind[] = [
  'decouple-through-queue',
  'fan-out-through-topic',
  'add-dead-letter-queue',
  'make-consumer-idempotent',
  'add-timeout',
  'add-retries',
  'add-circuit-breaker',
  'add-fallback',
  'compensate-on-failure',
  'rate-limit-callers',
  'put-cache-in-front',
  'orchestrate-through-command-queues',
  'autoscale-consumers',
  'add-time-to-live',
  'partition-by-key',
  'add-node',
  'change-node',
  'change-edge',
  'add-edge',
  'remove-call',
  'remove-edge',
  'remove-node',
];

/** Fields that change the drawing, not the system: grouped into one closing step. */
const COSMETIC = new Set(['position', 'description', 'label', 'name']);

/** `record` with the given keys taken from `target` (deleted where the target has none). */
function withFields<T extends object>(record: T, target: T, keys: readonly string[]): T {
  const out = { ...record } as Record<string, unknown>;
  const t = target as Record<string, unknown>;
  for (const k of keys) {
    if (t[k] === undefined) delete out[k];
    else out[k] = t[k];
  }
  return out as T;
}

function differingKeys(a: object, b: object, except: readonly string[]): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].filter((k) => !except.includes(k) && !deepEqual(ra[k], rb[k]));
}

/**
 * Cuts the difference between two variants into coherent steps (rules in docs/roadmap.md):
 * patterns first (fan-out through a topic, decouple through a queue), then per-entity changes
 * (dead-letter queue, idempotent consumer, timeout, retries, breaker, other changes), removed
 * nodes with their edges, added nodes with their edges, and what is left edge by edge.
 * Returned in a dependency-respecting order; applying all of them to `from` gives `to`.
 */
export function groupDiff(
  from: Variant,
  to: Variant,
  takenIds: Iterable<string> = [],
): RoadmapStep[] {
  const d = compareVariants(from, to);
  const names = namesOf(to, from);
  const addedNodes = new Map(d.addedNodes.map((n) => [n.id, n]));
  const addedEdges = new Map(d.addedEdges.map((e) => [e.id, e]));
  const claimed = new Set<string>();
  const taken = new Set(takenIds);
  const drafts: RoadmapStep[] = [];
  const draft = (subject: string, facts: StepFacts, changes: Change[]): void => {
    drafts.push(stepFromFacts(takeStepId(`${facts.kind}-${subject}`, taken), facts, changes));
  };

  // A new broker whose dead-letter queue is also new is added without it; an add-dead-letter-queue step wires it.
  const laterDlq = d.addedNodes.filter(
    (n): n is BrokerNode =>
      isBroker(n) && n.deadLetterQueue !== null && addedNodes.has(n.deadLetterQueue),
  );
  const stripped = new Set(laterDlq.map((n) => n.id));
  const claimNode = (id: string): Change[] => {
    const n = addedNodes.get(id);
    if (!n || claimed.has(`n:${id}`)) return [];
    claimed.add(`n:${id}`);
    return [addNode(stripped.has(id) ? ({ ...n, deadLetterQueue: null } as ModelNode) : n)];
  };
  const claimAdded = (e: ModelEdge | undefined): Change[] => {
    if (!e || !addedEdges.has(e.id) || claimed.has(`e:${e.id}`)) return [];
    claimed.add(`e:${e.id}`);
    return [addEdge(e)];
  };
  const claimRemoved = (e: ModelEdge): Change[] => {
    if (claimed.has(`e:${e.id}`)) return [];
    claimed.add(`e:${e.id}`);
    return [removeEdge(e.id)];
  };
  const unclaimedRemoved = (): ModelEdge[] =>
    d.removedEdges.filter((e) => !claimed.has(`e:${e.id}`));
  const publishIn = (a: string, broker: string): ModelEdge | undefined =>
    to.edges.find((e) => e.kind === 'publish' && e.from === a && e.to === broker);
  const consumeIn = (broker: string, b: string): ModelEdge | undefined =>
    to.edges.find((e) => e.kind === 'consume' && e.from === broker && e.to === b);
  const messageOf = (e: ModelEdge | undefined): string | undefined =>
    e?.kind === 'publish' ? e.message : undefined;

  // 1. Several calls from one service replaced by one topic with a subscription per callee.
  for (const a of from.nodes) {
    for (const topic of to.nodes.filter(isTopic)) {
      const pub = publishIn(a.id, topic.id);
      if (!pub) continue;
      const calls = unclaimedRemoved().filter(
        (e) => e.kind === 'call' && e.from === a.id && consumeIn(topic.id, e.to),
      );
      if (new Set(calls.map((c) => c.to)).size < 2) continue;
      const consumers = [...new Set(calls.map((c) => c.to))];
      draft(
        topic.id,
        {
          kind: 'fan-out-through-topic',
          producer: names.node(a.id),
          consumers: consumers.map(names.node),
          broker: topic.name,
          brokerKind: topic.kind,
          message: messageOf(pub),
        },
        [
          ...claimNode(topic.id),
          ...claimAdded(pub),
          ...consumers.flatMap((b) => claimAdded(consumeIn(topic.id, b))),
          ...calls.flatMap(claimRemoved),
        ],
      );
    }
  }

  // 2. A call A → B replaced by A publish → Q and Q consume → B.
  const brokers = [...to.nodes.filter(isQueue), ...to.nodes.filter(isTopic)];
  for (const call of unclaimedRemoved().filter((e) => e.kind === 'call')) {
    const q = brokers.find((b) => publishIn(call.from, b.id) && consumeIn(b.id, call.to));
    if (!q) continue;
    const pub = publishIn(call.from, q.id);
    draft(
      call.id,
      {
        kind: 'decouple-through-queue',
        producer: names.node(call.from),
        consumers: [names.node(call.to)],
        broker: q.name,
        brokerKind: q.kind,
        message: messageOf(pub),
      },
      [
        ...claimNode(q.id),
        ...claimAdded(pub),
        ...claimAdded(consumeIn(q.id, call.to)),
        ...claimRemoved(call),
      ],
    );
  }

  // 3. Nodes and edges that exist on both sides but differ: one step per aspect, chained;
  //    changes of layout and wording only are collected into one closing step.
  const cosmetic: Change[] = [];
  for (const { from: before, to: after } of d.updatedNodes) {
    const subject = names.node(after.id);
    const dlqSet =
      isBroker(before) &&
      isBroker(after) &&
      after.deadLetterQueue !== null &&
      after.deadLetterQueue !== before.deadLetterQueue;
    if (before.kind !== after.kind) {
      draft(after.id, { kind: 'change-node', subject, fields: ['kind'] }, [updateNode(after)]);
      continue;
    }
    let record: ModelNode = before;
    const generic = differingKeys(before, after, dlqSet ? ['deadLetterQueue'] : []);
    if (!dlqSet && generic.every((k) => COSMETIC.has(k))) {
      cosmetic.push(updateNode(after));
      continue;
    }
    if (generic.length > 0) {
      record = withFields(record, after, generic);
      draft(
        after.id,
        {
          kind: 'change-node',
          subject,
          fields: generic,
          broker: isBroker(after) ? after.name : undefined,
        },
        [updateNode(record)],
      );
    }
    if (dlqSet) {
      const dlq = (after as BrokerNode).deadLetterQueue!;
      record = withFields(record, after, ['deadLetterQueue']);
      draft(
        after.id,
        { kind: 'add-dead-letter-queue', broker: after.name, deadLetter: names.node(dlq) },
        [...claimNode(dlq), updateNode(record)],
      );
    }
  }
  for (const { from: before, to: after } of d.updatedEdges) {
    const subject = names.edge(after.id);
    if (before.kind !== after.kind || before.from !== after.from || before.to !== after.to) {
      const fields = (['kind', 'from', 'to'] as const).filter((k) => before[k] !== after[k]);
      draft(after.id, { kind: 'change-edge', subject, fields }, [updateEdge(after)]);
      continue;
    }
    const aspects: { kind: StepKind; key: string }[] = [];
    if (before.kind === 'call' && after.kind === 'call') {
      if (before.timeoutMs === null && after.timeoutMs !== null)
        aspects.push({ kind: 'add-timeout', key: 'timeoutMs' });
      if (before.retries === null && after.retries !== null)
        aspects.push({ kind: 'add-retries', key: 'retries' });
      if (before.circuitBreaker === null && after.circuitBreaker !== null)
        aspects.push({ kind: 'add-circuit-breaker', key: 'circuitBreaker' });
    }
    if (
      before.kind === 'consume' &&
      after.kind === 'consume' &&
      !before.idempotent &&
      after.idempotent
    )
      aspects.push({ kind: 'make-consumer-idempotent', key: 'idempotent' });
    const generic = differingKeys(
      before,
      after,
      aspects.map((a) => a.key),
    );
    if (aspects.length === 0 && generic.every((k) => COSMETIC.has(k))) {
      cosmetic.push(updateEdge(after));
      continue;
    }
    const brokerName =
      after.kind === 'call'
        ? undefined
        : names.node(after.kind === 'publish' ? after.to : after.from);
    let record: ModelEdge = before;
    if (generic.length > 0) {
      record = withFields(record, after, generic);
      draft(after.id, { kind: 'change-edge', subject, fields: generic, broker: brokerName }, [
        updateEdge(record),
      ]);
    }
    for (const aspect of aspects) {
      record = withFields(record, after, [aspect.key]);
      const facts: StepFacts =
        aspect.kind === 'make-consumer-idempotent'
          ? { kind: aspect.kind, consumers: [names.node(after.to)], broker: brokerName }
          : { kind: aspect.kind, subject };
      draft(after.id, facts, [updateEdge(record)]);
    }
  }

  // 4. New brokers whose new dead-letter queue was held back in step 1-3 or 6.
  // A broker that is itself a new dead-letter queue is added here too, so that two new queues that
  // are each other's dead-letter queue (or a chain of them) never wait on each other.
  const dlqTargets = new Set(laterDlq.map((b) => b.deadLetterQueue!));
  for (const b of laterDlq) {
    draft(
      b.id,
      { kind: 'add-dead-letter-queue', broker: b.name, deadLetter: names.node(b.deadLetterQueue!) },
      [
        ...(dlqTargets.has(b.id) ? claimNode(b.id) : []),
        ...claimNode(b.deadLetterQueue!),
        updateNode(b),
      ],
    );
  }

  // 5. Removed nodes, together with their removed edges.
  for (const n of d.removedNodes) {
    const edges = unclaimedRemoved().filter((e) => e.from === n.id || e.to === n.id);
    draft(n.id, { kind: 'remove-node', subject: n.name }, [
      ...edges.flatMap(claimRemoved),
      removeNode(n.id),
    ]);
  }

  // 6. Added nodes, together with the new edges to nodes that already exist by then.
  const waiting = (id: string): boolean => addedNodes.has(id) && !claimed.has(`n:${id}`);
  // A dead-letter queue added in step 4 for a broker that is itself added here comes after that
  // broker's step: an edge between it and a node added here waits for step 7, or the two steps
  // would need each other (the broker's edges may lead to that node) and no order could apply.
  const afterNewBroker = new Set(
    laterDlq.filter((b) => !dlqTargets.has(b.id)).map((b) => b.deadLetterQueue!),
  );
  for (const n of d.addedNodes) {
    if (claimed.has(`n:${n.id}`)) continue;
    const changes = claimNode(n.id);
    for (const e of d.addedEdges) {
      if (afterNewBroker.has(e.from) || afterNewBroker.has(e.to)) continue;
      if ((e.from === n.id || e.to === n.id) && !waiting(e.from) && !waiting(e.to))
        changes.push(...claimAdded(e));
    }
    draft(
      n.id,
      { kind: 'add-node', subject: n.name, broker: isBroker(n) ? n.name : undefined },
      changes,
    );
  }

  // 7. What is left, edge by edge.
  for (const e of d.addedEdges) {
    if (claimed.has(`e:${e.id}`)) continue;
    const broker = e.kind === 'call' ? undefined : names.node(e.kind === 'publish' ? e.to : e.from);
    draft(e.id, { kind: 'add-edge', subject: names.edge(e.id), broker }, claimAdded(e));
  }
  for (const e of unclaimedRemoved()) {
    draft(
      e.id,
      { kind: e.kind === 'call' ? 'remove-call' : 'remove-edge', subject: names.edge(e.id) },
      claimRemoved(e),
    );
  }

  if (cosmetic.length > 0) {
    draft(
      'diagram',
      { kind: 'change-node', subject: 'the diagram', cosmetic: cosmetic.length },
      cosmetic,
    );
  }
  const lastId = drafts.at(-1)?.id;
  const rank = (s: RoadmapStep): number =>
    cosmetic.length > 0 && s.id === lastId ? STEP_ORDER.length : STEP_ORDER.indexOf(s.kind);
  const ordered = (steps: RoadmapStep[]): RoadmapStep[] =>
    orderSteps(steps, stepDependencies(from, steps), rank);
  // Members of one outcome group change in one step (a part of a group is invalid), when that
  // step still applies; otherwise the steps stay as drafted.
  const merged = ordered(mergeOutcomeGroups(from, drafts));
  return stepsProblem(from, merged) === null ? merged : ordered(drafts);
}
