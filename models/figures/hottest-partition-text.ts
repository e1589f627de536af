// How every surface words what a partitioned queue's or topic's hottest partition holds at a
// moment: the replay (its node and its accessible name), the worst-moment slide's diagram
// (docs/results.md, "Replay"). Short: a replay node in the compact layout is 180 px wide.
import { formatCount } from './format-value';

/** "162 in hottest partition". */
export function hottestPartitionText(messages: number): string {
  return `${formatCount(messages)} in hottest partition`;
}
