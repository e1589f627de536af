import { z } from 'zod';

/** Ids are stable across variants so that as-is and to-be can be diffed. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'must match [A-Za-z0-9_-]+' });

export const probabilitySchema = z.number().min(0).max(1);

export const positionSchema = z.object({ x: z.number(), y: z.number() });
