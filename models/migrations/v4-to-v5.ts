import type { Migration } from './migration';

/**
 * Version 5 lets a service-like node run its calls in `stages` (`callMode: 'stages'`) and carry
 * an `autoscale` (its replicas follow its utilisation or the backlog it consumes): a value and
 * fields version 4 readers reject. A version 4 file has none, so only the version number changes
 * and every simulated number stays what it was.
 */
export const v4ToV5: Migration = {
  from: 4,
  summary:
    'services may run their calls in ordered stages and scale their replicas automatically (none in this file: unchanged)',
  migrate(doc) {
    return { ...doc, version: 5 };
  },
};
