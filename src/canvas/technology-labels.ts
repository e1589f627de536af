import type { BrokerTechnology } from '../../models/types';

export const TECHNOLOGY_LABELS: Record<BrokerTechnology, string> = {
  kafka: 'Kafka',
  rabbitmq: 'RabbitMQ',
  nats: 'NATS',
  activemq: 'ActiveMQ',
  generic: 'Generic',
};
