// A cache in front of a store: every synchronous call to the node goes to a new cache instead,
// which answers most lookups itself (its hit ratio) and calls the store on a miss.
import { addEdge, addNode, updateEdge } from '../changes';
import { newEdge } from '../elements/new-edge';
import { defaultNode } from '../elements/new-node';
import { uniqueId } from '../elements/unique-id';
import { isServiceLike } from '../kinds/guards';
import { can, kindSpec } from '../kinds/node-kinds';
import { DEFAULT_HIT_RATIO } from '../schema/node';
import type { ModelEdge, ModelNode, ServiceLikeNode, Variant } from '../types';
import { freePosition } from './free-position';
import { findNode, recordedStep, takenNodeIds } from './make-step';
import { TransformationError, type TransformationResult } from './transformation';

export interface CacheOptions {
  /** Node ids used in other variants, so that the new node's id means one thing everywhere. */
  otherNodeIds?: Iterable<string>;
}

/** Fewest workers a new cache gets: lookups are quick, but a miss holds its worker while the store answers. */
const MIN_CACHE_WORKERS = 64;

export function putCacheInFront(
  variant: Variant,
  nodeId: string,
  options: CacheOptions = {},
): TransformationResult {
  const store = findNode(variant, nodeId);
  if (!isServiceLike(store))
    throw new TransformationError(
      `only a service, database or external answers calls a cache could keep; "${store.name}" is a ${store.kind}`,
    );
  if (can(store.kind, 'caches')) throw new TransformationError(`"${store.name}" is itself a cache`);
  const calls = variant.edges.filter(
    (e): e is Extract<ModelEdge, { kind: 'call' }> => e.kind === 'call' && e.to === store.id,
  );
  if (calls.length === 0)
    throw new TransformationError(
      `nothing calls "${store.name}" synchronously: a cache only answers calls`,
    );
  const callers = calls.map((c) => c.from);
  const cache = cacheNode(variant, store, callers, options.otherNodeIds);
  const fill = {
    ...newEdge(
      'call',
      cache.id,
      store.id,
      variant.edges.map((e) => e.id),
    ),
    latencyMs: calls[0]!.latencyMs,
  };
  const callerNames = [...new Set(callers)].map((id) => findNode(variant, id).name);
  return recordedStep(
    'put-cache-in-front',
    `cache-${store.id}`,
    `Put a cache in front of ${store.name}`,
    `${callerNames.join(', ')} now ask "${cache.name}" first. It answers ${Math.round(DEFAULT_HIT_RATIO * 100)} % of lookups itself (set the hit ratio you measure) ` +
      `and calls ${store.name} only on a miss, so ${store.name} takes a tenth of the load. ` +
      `A cold cache after a restart sends every lookup to ${store.name} at once: replay a cold start before relying on the saving.`,
    [addNode(cache), ...calls.map((c) => updateEdge({ ...c, to: cache.id })), addEdge(fill)],
    [
      ['cache-invalidation', `How an entry of "${cache.name}" is invalidated or expires is agreed`],
      [
        'cache-cold-start',
        `${store.name} survives a cold cache (every lookup a miss) at the peak, or the cache is warmed first`,
      ],
    ],
  );
}

/** The cache: one replica, enough workers for the store's work in flight, the kind's defaults. */
function cacheNode(
  variant: Variant,
  store: ServiceLikeNode,
  callers: readonly string[],
  otherNodeIds: Iterable<string> | undefined,
): ModelNode {
  const id = uniqueId(`${store.id}-cache`, takenNodeIds(variant, otherNodeIds));
  const position = freePosition(variant, { x: store.position.x, y: store.position.y - 90 }, [
    store.id,
    ...callers,
  ]);
  return defaultNode({
    ...kindSpec('cache').defaults,
    id,
    kind: 'cache',
    name: `${store.name} cache`,
    position,
    description: `Answers repeat lookups for ${store.name}; a miss goes on to it`,
    concurrency: Math.max(MIN_CACHE_WORKERS, 2 * store.replicas * store.concurrency),
  });
}
