// How every surface words what a partitioned queue's or topic's hottest partition holds at a
// moment: the replay, the worst-moment slide's diagram (docs/results.md, "Replay").
import { formatCount } from './format-value';

/** "162 in the hottest partition". */
export function hottestPartitionText(messages: number): string {
  return `${formatCount(messages)} in the hottest partition`;
}
