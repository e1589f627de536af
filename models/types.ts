// The domain types of file format v2, inferred from the schema so that they cannot drift apart.
export type { Distribution, DistributionType } from './schema/distribution';
export type { BrokerTechnology, BrokerSettings } from './schema/broker-presets';
export type {
  ClientNode,
  ServiceLikeNode,
  BrokerNode,
  ModelNode,
  NodeKind,
  ServiceLikeKind,
  BrokerKind,
  CallMode,
} from './schema/node';
export type {
  CallEdge,
  PublishEdge,
  ConsumeEdge,
  ModelEdge,
  EdgeKind,
  Retries,
  CircuitBreaker,
} from './schema/edge';
export type { LoadShape, Load, Fault, Scenario } from './schema/scenario';
export type { Change, StepKind, ChecklistItem, RoadmapStep, Roadmap } from './schema/roadmap';
export type { Variant, Project, ProjectInput } from './schema/project';
export type { Slo } from './schema/slo';
export type { RateLimit } from './schema/rate-limit';
export type { EdgeCondition, Outcome } from './schema/flow';
export type { Stage } from './schema/stage';
