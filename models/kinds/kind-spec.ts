// What the registry says about one node kind (models/kinds/node-kinds.ts holds one per kind).
import type { BrokerNode, ClientNode, Fault, NodeKind, ServiceLikeNode } from '../types';

export type FaultType = Fault['type'];

/**
 * Kinds of one family share a schema (their fields) and how the engine runs them: a client
 * only sends load; a service-like node serves requests with a pool of workers; a broker holds
 * messages between a publisher and its consumers.
 */
export type NodeFamily = 'client' | 'service-like' | 'broker';

/** The node type each family's schema produces. A new family adds its schema's node type here. */
export interface NodeOfFamily {
  client: ClientNode;
  'service-like': ServiceLikeNode;
  broker: BrokerNode;
}

/** The family a kind's schema puts it in, so that a registry entry cannot claim another. */
export type FamilyOfKind<K extends NodeKind> = {
  [F in NodeFamily]: K extends NodeOfFamily[F]['kind'] ? F : never;
}[NodeFamily];

/** What a kind may take part in. Edge rules, the canvas, the engine's compiler and the inspector read these. */
export interface NodeCapabilities {
  /** Serves requests with replicas × concurrency workers (utilisation, saturation). */
  hasWorkers: boolean;
  /** May start a call edge. */
  canCall: boolean;
  /** May end a call edge. */
  canBeCalled: boolean;
  /** May start a publish edge. */
  canPublish: boolean;
  /** May end a publish edge. */
  canBePublishedTo: boolean;
  /** May start a consume edge (a subscription). */
  canBeConsumed: boolean;
  /** May end a consume edge. */
  canConsume: boolean;
  /** May be named as a broker's dead-letter queue. */
  canTakeDeadLetters: boolean;
  /** Brokers: every subscription gets its own copy of a message (a topic), rather than consumers competing for one backlog (a queue). */
  fansOut: boolean;
  /** Answers a share of its calls itself (`hitRatio`); the rest go on to its outbound calls. */
  caches: boolean;
}

export type Capability = keyof NodeCapabilities;

/** A colour per theme; the app's `--kind-<kind>` custom properties and every export take it from here. */
export interface KindColour {
  light: string;
  dark: string;
}

/** Mermaid's node shape delimiters: `[` `]` a box, `[(` `)]` a cylinder, … */
export type MermaidShape = readonly [open: string, close: string];

export interface NodeKindSpec<K extends NodeKind = NodeKind> {
  kind: K;
  family: FamilyOfKind<K>;
  /** Title-case name: "Queue". */
  label: string;
  /** Lower-case plural for sentences: "queues". */
  plural: string;
  /** One line on what the kind is for (palette). */
  hint: string;
  colour: KindColour;
  capabilities: NodeCapabilities;
  /**
   * The scenario faults a node of this kind can suffer, each with what it does to the node (one
   * phrase, shown in the fault editor); a type left out does not apply to the kind.
   */
  faults: { readonly [T in FaultType]?: string };
  /** Line icon: SVG path data in a 24 × 24 box, stroked in the kind's colour. */
  icon: string;
  mermaid: MermaidShape;
  /** Roadmap diagrams: corner radius and an optional dash of the box. */
  diagram: { radius: number; dash?: string };
  /** Fields a new node of this kind gets besides its schema's defaults (the palette's). */
  defaults?: Readonly<Record<string, unknown>>;
}
