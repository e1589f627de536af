import { z } from 'zod';
import { LIMITS } from '../limits';
import { idSchema, nameSchema, textSchema } from './common';
import { nodeSchema } from './node';
import { edgeSchema } from './edge';
import { scenarioSchema } from './scenario';
import { roadmapSchema } from './roadmap';
import { DEFAULT_SLO, sloSchema } from './slo';
import { priceTableSchema } from './prices';

export const FORMAT = 'spillway';
export const CURRENT_VERSION = 5;

export const variantSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    description: textSchema.optional(),
    nodes: z.array(nodeSchema).max(LIMITS.nodes).default([]),
    edges: z.array(edgeSchema).max(LIMITS.edges).default([]),
  })
  .strict();

export const projectSchema = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(CURRENT_VERSION),
    name: nameSchema,
    description: textSchema.optional(),
    variants: z.array(variantSchema).min(1).max(LIMITS.variants),
    scenarios: z.array(scenarioSchema).max(LIMITS.scenarios).default([]),
    /** Version 2: the objectives every run is judged against (defaults when left out). */
    slo: sloSchema.prefault({ ...DEFAULT_SLO }),
    roadmap: roadmapSchema.optional(),
    /** Version 4 (optional): the price table the cost of each design is computed with. */
    prices: priceTableSchema.optional(),
  })
  .strict();

export type Variant = z.output<typeof variantSchema>;
export type Project = z.output<typeof projectSchema>;
/** What a file may contain before defaults are applied. */
export type ProjectInput = z.input<typeof projectSchema>;
