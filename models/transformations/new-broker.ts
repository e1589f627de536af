import { BROKER_PRESETS } from '../schema/broker-presets';
import type { BrokerNode, BrokerTechnology } from '../types';

/** A queue or topic with the defaults of its technology. */
export function newBroker(
  kind: 'queue' | 'topic',
  id: string,
  name: string,
  position: { x: number; y: number },
  technology: BrokerTechnology = 'generic',
): BrokerNode {
  const preset = BROKER_PRESETS[technology];
  return {
    id,
    name,
    kind,
    position,
    technology,
    ...preset,
    publishAckMs: { ...preset.publishAckMs },
    deliveryMs: { ...preset.deliveryMs },
    deadLetterQueue: null,
  } as BrokerNode;
}
