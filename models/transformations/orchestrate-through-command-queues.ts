// Choreography → orchestration. On a publish X → B whose broker B is consumed by two or more
// participants: a new orchestrator service takes B's messages in their place and commands each
// participant through a queue of its own (orchestrator → "<P> commands" → P). X, B and what the
// participants do (their calls and their own events) are unchanged.
//
// Replies are not modelled as messages back to the orchestrator: a service runs one plan for
// every message it takes, so an orchestrator consuming replies would issue its commands again
// for each (an endless loop). docs/editor.md says how to orchestrate the next level.
import { addEdge, addNode, removeEdge } from '../changes';
import { newEdge } from '../elements/new-edge';
import { idFrom, uniqueId } from '../elements/unique-id';
import { isBroker } from '../kinds/guards';
import { joinWords } from '../kinds/kind-words';
import type { BrokerNode, Change, ConsumeEdge, ModelNode, PublishEdge, Variant } from '../types';
import { freePosition } from './free-position';
import { findEdge, findNode, recordedStep, takenNodeIds } from './make-step';
import { newBroker } from './new-broker';
import {
  largestSubscription,
  orchestratorNode,
  orchestratorSubscription,
  type Subscription,
} from './orchestrator-node';
import { TransformationError, type TransformationResult } from './transformation';

export interface OrchestrateOptions {
  /** Node ids used in other variants, so that the new nodes' ids mean one thing everywhere. */
  otherNodeIds?: Iterable<string>;
}

const CHECKLIST: readonly [string, string][] = [
  [
    'orchestrator-state',
    'The orchestrator keeps each saga’s state durably and resumes it after a restart',
  ],
  ['command-contracts', 'Each command’s contract is written down and versioned'],
  ['idempotency-key', 'Idempotency key chosen; participants discard duplicate commands'],
  ['dead-letters', 'Dead-letter handling and replay agreed for every command queue'],
  ['monitoring', 'Backlog and message age of every command queue monitored with alerts'],
];

/** The subscriptions of a broker, in the variant's order, with the services behind them. */
export function subscriptionsOf(variant: Variant, brokerId: string): Subscription[] {
  return variant.edges
    .filter((e): e is ConsumeEdge => e.kind === 'consume' && e.from === brokerId)
    .map((edge) => ({ edge, participant: findNode(variant, edge.to) }));
}

export function orchestrateThroughCommandQueues(
  variant: Variant,
  edgeId: string,
  options: OrchestrateOptions = {},
): TransformationResult {
  const publish = findEdge(variant, edgeId, 'publish');
  const source = findNode(variant, publish.from);
  const broker = findNode(variant, publish.to);
  if (!isBroker(broker))
    throw new TransformationError(`"${broker.name}" is a ${broker.kind}, not a queue or topic`);
  const event = publish.message ?? broker.name;
  const what = event === broker.name ? event : `${event} from "${broker.name}"`;
  const subscriptions = subscriptionsOf(variant, broker.id);
  if (subscriptions.length < 2)
    throw new TransformationError(
      subscriptions.length === 0
        ? `no service consumes "${broker.name}": there is nothing to orchestrate`
        : `only "${subscriptions[0]!.participant.name}" consumes "${broker.name}": one participant needs no orchestrator`,
    );
  const participants = subscriptions.map((s) => s.participant);
  const names = joinWords(
    participants.map((p) => p.name),
    'and',
  );

  const taken = takenNodeIds(variant, options.otherNodeIds);
  const orchestratorId = uniqueId(`${source.id}-orchestrator`, taken);
  taken.add(orchestratorId);
  const orchestrator = orchestratorNode(
    orchestratorId,
    `${source.name} orchestrator`,
    orchestratorPosition(variant, broker),
    `Takes ${what} and commands ${names}, each through a queue of its own`,
    largestSubscription(subscriptions),
  );

  const edgeIds = variant.edges.map((e) => e.id);
  const changes: Change[] = [
    ...subscriptions.map((s) => removeEdge(s.edge.id)),
    addNode(orchestrator),
  ];
  const taking = orchestratorSubscription(
    newEdge('consume', broker.id, orchestrator.id, edgeIds),
    subscriptions,
  );
  edgeIds.push(taking.id);
  changes.push(addEdge(taking));

  const positions = commandQueuePositions(variant, orchestrator, subscriptions);
  for (const s of subscriptions) {
    const queueId = uniqueId(`${s.participant.id}-commands`, taken);
    taken.add(queueId);
    const queue: BrokerNode = {
      ...newBroker(
        'queue',
        queueId,
        `${s.participant.name} commands`,
        positions.get(s.edge.id)!,
        broker.technology,
      ),
      deadLetterQueue: broker.deadLetterQueue,
    };
    const command: PublishEdge = {
      ...newEdge('publish', orchestrator.id, queue.id, edgeIds),
      message: commandName(s.participant),
    };
    edgeIds.push(command.id);
    const take: ConsumeEdge = {
      ...s.edge,
      id: uniqueId(`${queue.id}-${s.participant.id}`, edgeIds),
      from: queue.id,
    };
    edgeIds.push(take.id);
    changes.push(addNode(queue), addEdge(command), addEdge(take));
  }

  return recordedStep(
    'orchestrate-through-command-queues',
    `orchestrate-${publish.id}`,
    `Orchestrate ${event} through command queues`,
    `"${orchestrator.name}" takes ${what} in place of ${names}, and commands each through a queue of its own. ` +
      `The flow is written down in one place instead of spread over the subscribers, and each participant works through its own backlog; ` +
      `the orchestrator is one more hop and one more service to run. What the participants do, and the events they publish, stay as they were.`,
    changes,
    CHECKLIST,
  );
}

/** "Inventory release" → "InventoryReleaseCommand": the command's message name. */
export function commandName(participant: ModelNode): string {
  const words = idFrom(participant.name).split(/[-_]+/).filter(Boolean);
  return `${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}Command`;
}

/** Right under the broker it takes the event from; else the nearest free row. */
function orchestratorPosition(variant: Variant, broker: ModelNode): { x: number; y: number } {
  return freePosition(variant, { x: broker.position.x, y: broker.position.y + 90 }, [broker.id]);
}

/**
 * Where each subscription's command queue goes, by the subscription's edge id: stacked under the
 * orchestrator (each in the nearest free row below the one before), the participants highest on
 * the canvas first, so that the lines from the queues to the participants, all running right,
 * do not cross one another.
 */
function commandQueuePositions(
  variant: Variant,
  orchestrator: ModelNode,
  subscriptions: readonly Subscription[],
): Map<string, { x: number; y: number }> {
  const placed: Variant = { ...variant, nodes: [...variant.nodes, orchestrator] };
  const out = new Map<string, { x: number; y: number }>();
  let y = orchestrator.position.y;
  const byHeight = [...subscriptions].sort(
    (a, b) => a.participant.position.y - b.participant.position.y,
  );
  for (const { edge, participant } of byHeight) {
    const at = freePosition(placed, { x: orchestrator.position.x, y: y + 90 }, [
      orchestrator.id,
      participant.id,
    ]);
    // Taken from now on: the next queue goes below it.
    placed.nodes.push({ ...orchestrator, id: `${edge.id}-queue-slot`, position: at });
    out.set(edge.id, at);
    y = at.y;
  }
  return out;
}
