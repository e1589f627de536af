import type { BrokerTechnology } from '../types';

/**
 * The broker technology a messaging system or protocol name stands for, as traces
 * (`messaging.system`, Zipkin's remote service, tag prefixes) and AsyncAPI (`protocol`,
 * bindings) write them; `generic` for anything else (MQTT brokers, cloud queues, …).
 */
export function brokerTechnology(system: string | null | undefined): BrokerTechnology {
  const name = (system ?? '').toLowerCase();
  if (name === 'amqp1') return 'generic'; // AMQP 1.0: Artemis, Service Bus, Qpid… no single broker
  if (name.includes('kafka')) return 'kafka';
  if (name.includes('rabbit') || name.startsWith('amqp')) return 'rabbitmq';
  if (name.includes('nats')) return 'nats';
  if (
    name.includes('activemq') ||
    name.includes('artemis') ||
    name === 'jms' ||
    name === 'openwire' ||
    name.startsWith('stomp')
  )
    return 'activemq';
  return 'generic';
}
