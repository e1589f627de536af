import type { Migration } from './migration';

/**
 * Version 5 lets a service-like node run its calls in `stages` (`callMode: 'stages'`), a value
 * and a field version 4 readers reject. A version 4 file has neither, so only the version number
 * changes and every simulated number stays what it was.
 */
export const v4ToV5: Migration = {
  from: 4,
  summary: 'services may run their calls in ordered stages (none in this file: unchanged)',
  migrate(doc) {
    return { ...doc, version: 5 };
  },
};
