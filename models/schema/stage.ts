import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedInt, idSchema } from './common';

/**
 * Version 5: one stage of a service whose `callMode` is `stages`. The stages run one after the
 * other; the edges of one stage (the service's own call or publish edges, by id) run at once,
 * and the stage ends when all of them have. `atATime` limits an edge's `count` repetitions to k
 * in flight at a time (ten calls three at a time); an edge left out of it makes all its calls
 * at once.
 */
export const stageSchema = z
  .object({
    edges: z.array(idSchema).min(1).max(LIMITS.edges),
    atATime: z.record(idSchema, boundedInt(1, LIMITS.callCount)).optional(),
  })
  .strict();

export type Stage = z.output<typeof stageSchema>;
