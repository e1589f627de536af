import { uniqueId } from '../../models/transformations/unique-id';
import type { EdgeKind, ModelEdge } from '../../models/types';

/** A fresh edge with the file format's defaults (docs/file-format.md, "Edges"). */
export function newEdge(
  kind: EdgeKind,
  from: string,
  to: string,
  taken: readonly string[],
): ModelEdge {
  const id = uniqueId(`${from}-${to}`, taken);
  switch (kind) {
    case 'call':
      return {
        id,
        from,
        to,
        kind,
        probability: 1,
        count: 1,
        latencyMs: null,
        timeoutMs: null,
        retries: null,
        circuitBreaker: null,
        optional: false,
      };
    case 'publish':
      return { id, from, to, kind, probability: 1 };
    case 'consume':
      return { id, from, to, kind, concurrency: 4, maxConsumers: null, idempotent: false };
  }
}
