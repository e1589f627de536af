// The price table's numbers as field descriptors (docs/file-format.md, "Prices"): one field per
// kind of service-like node for its replica-hour, then the broker prices and the message size.
import { NODE_KIND_SPECS } from '../../models/kinds/node-kinds';
import { SERVICE_LIKE_KINDS } from '../../models/schema/node';
import type { PriceTable } from '../../models/schema/prices';
import type { NumberFieldLayout } from '../inspector/NumberFieldRows';

export const REPLICA_HOUR_FIELDS: NumberFieldLayout<PriceTable['replicaHour']> =
  SERVICE_LIKE_KINDS.map((kind) => [
    {
      key: kind,
      label: `${NODE_KIND_SPECS[kind].label} replica`,
      unit: '$ per hour',
      testId: `price-replica-hour-${kind}`,
    },
  ]);

export const BROKER_PRICE_FIELDS: NumberFieldLayout<PriceTable> = [
  [
    {
      key: 'millionRequests',
      label: 'Broker requests',
      unit: '$ per million (publishes + deliveries)',
      testId: 'price-million-requests',
    },
  ],
  [
    {
      key: 'gbMonth',
      label: 'Messages kept waiting',
      unit: '$ per GB-month',
      testId: 'price-gb-month',
    },
  ],
  [
    {
      key: 'messageBytes',
      label: 'Message size',
      unit: 'bytes, assumed for every message',
      testId: 'price-message-bytes',
    },
  ],
];
