// The sentence that states how many consumer workers a subscription has in all, the same wherever
// it is shown (the edge inspector): replicas × workers per replica, the edge's cap, an autoscaled
// consumer's range, and the queue's partitions, which bound how many of them work at once.
import { consumerWorkers } from './consumer-workers';
import { countNoun } from './count-noun';
import { isBroker, isServiceLike } from './kinds/guards';
import { replicasLabel } from './replicas-label';
import type { ConsumeEdge, Variant } from './types';

/**
 * "3 replicas × 22 = 66, capped at 64: 64 consumer workers in all.", or for an autoscaled
 * consumer "1–6 replicas (auto) × 8: 8 to 48 consumer workers in all.", then for a partitioned
 * queue or topic " Its 4 partitions let at most 4 work at once." when they are fewer.
 */
export function consumerTotalText(edge: ConsumeEdge, variant: Variant): string {
  const service = variant.nodes.find((n) => n.id === edge.to);
  const node = service && isServiceLike(service) ? service : { replicas: 1 };
  const scale = 'autoscale' in node ? node.autoscale : undefined;
  const low = consumerWorkers(edge, scale ? scale.minReplicas : node.replicas);
  const high = consumerWorkers(edge, scale ? scale.maxReplicas : node.replicas);
  const product = `${replicasLabel(node)} × ${edge.concurrency}`;
  const range = (a: number, b: number) => (a === b ? `${a}` : `${a} to ${b}`);
  const workers = `${range(low.total, high.total)} consumer worker${low.total === 1 && high.total === 1 ? '' : 's'} in all`;
  const uncapped = range(low.replicas * low.perReplica, high.replicas * high.perReplica);
  const total = high.capped
    ? `${product} = ${uncapped}, capped at ${high.cap}: ${workers}.`
    : `${product}: ${workers}.`;
  const from = variant.nodes.find((n) => n.id === edge.from);
  const partitions = from && isBroker(from) ? from.partitions : undefined;
  if (partitions === undefined || partitions >= high.total) return total;
  const verb = partitions === 1 ? 'lets' : 'let';
  return `${total} Its ${countNoun(partitions, 'partition')} ${verb} at most ${partitions} work at once.`;
}
