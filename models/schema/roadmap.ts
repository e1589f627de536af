import { z } from 'zod';
import { LIMITS } from '../limits';
import { idSchema, nameSchema, shortTextSchema, textSchema } from './common';
import { edgeSchema } from './edge';
import { nodeSchema } from './node';

/**
 * A change is one primitive edit of a variant. Steps are lists of changes, so applying a
 * step is mechanical and applying every step of a roadmap to the as-is yields the to-be.
 * The node or edge a change adds or puts in place is a whole node or edge, checked by the same
 * schema as the variants' own: a recorded step cannot bring in what a file could not.
 */
export const changeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('addNode'), node: nodeSchema }).strict(),
  z.object({ op: z.literal('removeNode'), id: idSchema }).strict(),
  z.object({ op: z.literal('updateNode'), node: nodeSchema }).strict(),
  /**
   * `after` (version 4): placed right after that edge instead of at the end (plan order).
   * `sameStageAs` (version 5): the new edge joins that edge's stage of its staged source, right
   * after it (with its limit, for a call), so that replacing an edge keeps its place in the stages.
   */
  z
    .object({
      op: z.literal('addEdge'),
      edge: edgeSchema,
      after: idSchema.optional(),
      sameStageAs: idSchema.optional(),
    })
    .strict(),
  z.object({ op: z.literal('removeEdge'), id: idSchema }).strict(),
  z.object({ op: z.literal('updateEdge'), edge: edgeSchema }).strict(),
]);

export const STEP_KINDS = [
  'decouple-through-queue',
  'fan-out-through-topic',
  'add-dead-letter-queue',
  'make-consumer-idempotent',
  'add-timeout',
  'add-retries',
  'add-circuit-breaker',
  'remove-call',
  'add-node',
  'change-node',
  'remove-node',
  'add-edge',
  'change-edge',
  // Extension: removing a publish or consume edge (remove-call is for synchronous calls).
  'remove-edge',
  // Version 4 (flows that depend on outcomes, rate limits).
  'add-fallback',
  'compensate-on-failure',
  'rate-limit-callers',
  'put-cache-in-front',
  // Version 4: choreography turned into orchestration (an orchestrator and command queues).
  'orchestrate-through-command-queues',
  // Version 5: a consuming service scaled on its backlog.
  'autoscale-consumers',
  // Version 5: a queue's or topic's messages expire.
  'add-time-to-live',
  // Version 5: a queue or topic partitioned by a message key (ordered per partition).
  'partition-by-key',
] as const;

export const checklistItemSchema = z
  .object({ id: idSchema, label: textSchema, done: z.boolean().default(false) })
  .strict();

export const roadmapStepSchema = z
  .object({
    id: idSchema,
    kind: z.enum(STEP_KINDS),
    title: nameSchema,
    rationale: textSchema.default(''),
    owner: shortTextSchema.default(''),
    /** True when the editor's transformation command recorded it; false when grouped from the diff. */
    recorded: z.boolean().default(false),
    changes: z.array(changeSchema).max(LIMITS.changes).default([]),
    checklist: z.array(checklistItemSchema).max(LIMITS.checklistItems).default([]),
  })
  .strict();

export const roadmapSchema = z
  .object({
    from: idSchema,
    to: idSchema,
    steps: z.array(roadmapStepSchema).max(LIMITS.roadmapSteps).default([]),
  })
  .strict();

export type Change = z.output<typeof changeSchema>;
export type StepKind = (typeof STEP_KINDS)[number];
export type ChecklistItem = z.output<typeof checklistItemSchema>;
export type RoadmapStep = z.output<typeof roadmapStepSchema>;
export type Roadmap = z.output<typeof roadmapSchema>;
