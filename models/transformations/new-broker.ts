import { defaultNode } from '../elements/new-node';
import type { BrokerKind, BrokerNode, BrokerTechnology } from '../types';

/** A queue or topic with the defaults of its technology. */
export function newBroker(
  kind: BrokerKind,
  id: string,
  name: string,
  position: { x: number; y: number },
  technology: BrokerTechnology = 'generic',
): BrokerNode {
  return defaultNode({ id, name, kind, position, technology }) as BrokerNode;
}
