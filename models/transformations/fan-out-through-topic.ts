// A service calling several services in turn publishes one event to a topic; each former callee subscribes.
import { addEdge, addNode, removeEdge } from '../changes';
import { newEdge } from '../elements/new-edge';
import type { BrokerTechnology, CallEdge, Change, Variant } from '../types';
import { kindsAt, mayEnd, mayStart } from '../kinds/edge-ends';
import { pluralList } from '../kinds/kind-words';
import { findNode, recordedStep, MESSAGING_CHECKLIST, takenNodeIds } from './make-step';
import { freePosition } from './free-position';
import { newBroker } from './new-broker';
import { withCalleeWorkers } from './callee-workers';
import { TransformationError, type TransformationResult } from './transformation';
import { uniqueId } from '../elements/unique-id';
import { minOf } from '../max-of';
import { stageToJoin } from './stage-to-join';

export interface FanOutOptions {
  technology?: BrokerTechnology;
  otherNodeIds?: Iterable<string>;
}

/** The outgoing calls that can become subscriptions: those into services. */
export function fanOutCandidates(variant: Variant, nodeId: string): CallEdge[] {
  const kinds = new Map(variant.nodes.map((n) => [n.id, n.kind]));
  return variant.edges.filter((e): e is CallEdge => {
    const to = kinds.get(e.to);
    return e.kind === 'call' && e.from === nodeId && to !== undefined && mayEnd('consume', to);
  });
}

export function fanOutThroughTopic(
  variant: Variant,
  nodeId: string,
  options: FanOutOptions = {},
): TransformationResult {
  const source = findNode(variant, nodeId);
  if (!mayStart('publish', source.kind))
    throw new TransformationError(
      `only ${pluralList(kindsAt('publish', 'from'))} publish; "${source.name}" is a ${source.kind}`,
    );
  const calls = fanOutCandidates(variant, nodeId);
  if (calls.length < 2)
    throw new TransformationError(
      `"${source.name}" needs at least two outgoing calls into services to fan out`,
    );

  const topicId = uniqueId(`${source.id}-events`, takenNodeIds(variant, options.otherNodeIds));
  const callees = calls.map((c) => findNode(variant, c.to));
  const meanY = callees.reduce((s, n) => s + n.position.y, 0) / callees.length;
  const minX = minOf(callees.map((n) => n.position.x));
  const position = freePosition(variant, { x: (source.position.x + minX) / 2, y: meanY }, [
    source.id,
    ...callees.map((c) => c.id),
  ]);
  const topic = newBroker('topic', topicId, `${source.name} events`, position, options.technology);

  const edgeIds = variant.edges.map((e) => e.id);
  const publish = newEdge('publish', source.id, topicId, edgeIds);
  edgeIds.push(publish.id);
  // In a staged source the publish takes the first call's place in the stages, before the calls go.
  const stage = stageToJoin(variant, calls);
  const removals = calls.map((c) => removeEdge(c.id));
  const changes: Change[] = [
    ...(stage === undefined ? removals : []),
    addNode(topic),
    addEdge(publish, undefined, stage),
  ];
  for (const callee of callees) {
    const consume = withCalleeWorkers(newEdge('consume', topicId, callee.id, edgeIds), callee);
    edgeIds.push(consume.id);
    changes.push(addEdge(consume));
  }
  if (stage !== undefined) changes.push(...removals);
  const names = callees.map((n) => n.name).join(', ');
  return recordedStep(
    'fan-out-through-topic',
    `fan-out-${source.id}`,
    `Fan out ${source.name} through a topic`,
    `${source.name} publishes one event to "${topic.name}" instead of calling ${names} one by one. ` +
      `Each becomes a subscription with its own copy, so a slow subscriber delays only itself and new subscribers need no change to ${source.name}.`,
    changes,
    MESSAGING_CHECKLIST,
  );
}
