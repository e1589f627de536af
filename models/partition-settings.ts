// Changes to a queue's or topic's partition settings that keep its dependent fields consistent:
// the hottest partition's share and the ordering mean something only with partitions.
import { BROKER_PRESETS, type BrokerTechnology } from './schema/broker-presets';
import { copyJson } from './json-copy';
import type { Ordering } from './schema/partitions';
import type { BrokerNode } from './types';

/**
 * The broker with `partitions` set, or (undefined) unpartitioned: then its hottest-partition
 * share and ordering go too, so that no setting is left that nothing reads.
 */
export function withPartitions(node: BrokerNode, partitions: number | undefined): BrokerNode {
  if (partitions !== undefined) return { ...node, partitions };
  const { partitions: _p, hotPartitionShare: _s, ordering: _o, ...rest } = node;
  return rest as BrokerNode;
}

/** The broker with its ordering set, or (undefined) following its technology's. */
export function withOrdering(node: BrokerNode, ordering: Ordering | undefined): BrokerNode {
  if (ordering !== undefined) return { ...node, ordering };
  const { ordering: _o, ...rest } = node;
  return rest as BrokerNode;
}

/**
 * The broker switched to `technology` with that technology's settings; its ordering, left out,
 * follows the technology (a preset writes no ordering into the node).
 */
export function withTechnology(node: BrokerNode, technology: BrokerTechnology): BrokerNode {
  const { ordering: _o, ...preset } = copyJson(BROKER_PRESETS[technology]);
  return withOrdering({ ...node, technology, ...preset }, undefined);
}
