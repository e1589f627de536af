import { z } from 'zod';
import { isReservedId, LIMITS } from '../limits';

/** Ids are stable across variants so that as-is and to-be can be diffed. */
export const idSchema = z
  .string()
  .max(LIMITS.idChars)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'must match [A-Za-z0-9_-]+' })
  .refine((id) => !isReservedId(id), {
    message: 'is a name every JavaScript object already has, so it cannot be an id; rename it',
  });

export const probabilitySchema = z.number().min(0).max(1);

const coordinate = z.number().min(-LIMITS.position).max(LIMITS.position);
export const positionSchema = z.object({ x: coordinate, y: coordinate });

/** A name, title, owner or label: one line of text a person types. */
export const nameSchema = z.string().min(1).max(LIMITS.nameChars);

/** A short optional text (a label, an owner, a message name). */
export const shortTextSchema = z.string().max(LIMITS.nameChars);

/** Free text: a description or a rationale. */
export const textSchema = z.string().max(LIMITS.textFieldChars);

/** A time inside a request, in milliseconds. */
export const msSchema = z.number().min(0).max(LIMITS.ms);

/** A count of workers, replicas, attempts...: an integer from `min` to `max`. */
export const boundedInt = (min: number, max: number) => z.number().int().min(min).max(max);
