// The schema of each family: a kind's fields and defaults come from here and nowhere else.
import type { z } from 'zod';
import { brokerNodeSchema, clientNodeSchema, serviceLikeNodeSchema } from '../schema/node';
import type { NodeKind } from '../types';
import type { NodeFamily, NodeOfFamily } from './kind-spec';
import { familyOf } from './node-kinds';

export const FAMILY_SCHEMAS: { readonly [F in NodeFamily]: z.ZodType<NodeOfFamily[F]> } = {
  client: clientNodeSchema,
  'service-like': serviceLikeNodeSchema,
  broker: brokerNodeSchema,
};

export const nodeSchemaFor = (kind: NodeKind): z.ZodType<NodeOfFamily[NodeFamily]> =>
  FAMILY_SCHEMAS[familyOf(kind)];
