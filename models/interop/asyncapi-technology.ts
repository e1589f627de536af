// Which broker technology an AsyncAPI channel runs on.
import { BROKER_TECHNOLOGIES } from '../schema/broker-presets';
import type { BrokerTechnology } from '../types';
import { asObject, refPath, resolve, type Json } from './asyncapi-document';
import { X_TECHNOLOGY } from './asyncapi-export';
import { brokerTechnology } from './broker-technology';

export interface ChannelTechnology {
  technology: BrokerTechnology;
  /** Where it was read, as a JSON path ("servers.production.protocol"), for the import summary. */
  from: string;
}

/** The servers a channel is available on: its `servers` list, else every server the AsyncAPI file lists. */
function serversOf(doc: Json, channel: Json): [string, Json][] {
  const all = asObject(doc.servers) ?? {};
  const listed = Array.isArray(channel.servers)
    ? channel.servers
        .map((ref) => refPath(ref))
        .filter((p): p is string[] => p?.[0] === 'servers' && p.length === 2)
        .map((p) => p[1] as string)
    : Object.keys(all);
  return listed.flatMap((key) => {
    const server = resolve(doc, all[key]);
    return server ? [[key, server] as [string, Json]] : [];
  });
}

/**
 * In order: Spillway's own `x-spillway-technology`; the channel's bindings (`kafka`, `amqp`,
 * `nats`, `jms`…); the protocol of the servers the channel is on, when they agree. Null when
 * the document does not say (the node then takes `generic`).
 */
export function channelTechnology(doc: Json, key: string, channel: Json): ChannelTechnology | null {
  const own = channel[X_TECHNOLOGY];
  if (BROKER_TECHNOLOGIES.includes(own as BrokerTechnology))
    return { technology: own as BrokerTechnology, from: `channels.${key}.${X_TECHNOLOGY}` };
  const bindings = Object.keys(resolve(doc, channel.bindings) ?? {}).filter(
    (b) => b !== 'bindingVersion',
  );
  const bound = bindings.find((b) => brokerTechnology(b) !== 'generic') ?? bindings[0];
  if (bound)
    return { technology: brokerTechnology(bound), from: `channels.${key}.bindings.${bound}` };
  const servers = serversOf(doc, channel).filter(([, s]) => typeof s.protocol === 'string');
  const technologies = new Set(servers.map(([, s]) => brokerTechnology(String(s.protocol))));
  const [first] = servers;
  if (first && technologies.size === 1)
    return {
      technology: brokerTechnology(String(first[1].protocol)),
      from: `servers.${first[0]}.protocol`,
    };
  return null;
}
