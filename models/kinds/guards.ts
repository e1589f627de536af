// Type guards over the registry: the one place that says which kinds are brokers, service-like, ….
import type { BrokerNode, ClientNode, ModelNode, ServiceLikeNode } from '../types';
import type { NodeFamily, NodeOfFamily } from './kind-spec';
import { NODE_KIND_SPECS } from './node-kinds';

export const inFamily = <F extends NodeFamily>(
  n: ModelNode | undefined,
  family: F,
): n is NodeOfFamily[F] => n !== undefined && NODE_KIND_SPECS[n.kind].family === family;

export const isClient = (n: ModelNode | undefined): n is ClientNode => inFamily(n, 'client');

export const isServiceLike = (n: ModelNode | undefined): n is ServiceLikeNode =>
  inFamily(n, 'service-like');

export const isBroker = (n: ModelNode | undefined): n is BrokerNode => inFamily(n, 'broker');

/** A broker whose subscriptions each get a copy of every message. */
export const isTopic = (n: ModelNode | undefined): n is BrokerNode =>
  isBroker(n) && NODE_KIND_SPECS[n.kind].capabilities.fansOut;

/** A broker whose consumers compete for one backlog. */
export const isQueue = (n: ModelNode | undefined): n is BrokerNode =>
  isBroker(n) && !NODE_KIND_SPECS[n.kind].capabilities.fansOut;

/** A node paired with its family, so that a `switch (f.family)` narrows `f.node` and can be exhaustive. */
export type NodeByFamily = { [F in NodeFamily]: { family: F; node: NodeOfFamily[F] } }[NodeFamily];

export const byFamily = (node: ModelNode): NodeByFamily =>
  ({ family: NODE_KIND_SPECS[node.kind].family, node }) as NodeByFamily;
