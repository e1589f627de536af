import type { Migration } from './migration';

/**
 * Version 3 lets a queue or topic carry `messageTtlMs` (message expiry), a field version 2
 * readers reject. A version 2 file has no time-to-live anywhere, so its messages never expire:
 * only the version number changes and every simulated number stays what it was.
 */
export const v2ToV3: Migration = {
  from: 2,
  summary: 'queues and topics may carry a message time-to-live (none in this file: unchanged)',
  migrate(doc) {
    return { ...doc, version: 3 };
  },
};
