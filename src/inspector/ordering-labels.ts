// What each ordering of a partitioned queue or topic is called on screen.
import type { Ordering } from '../../models/schema/partitions';

export const ORDERING_LABELS: Record<Ordering, string> = {
  'per-partition': 'Per partition',
  none: 'None',
};
