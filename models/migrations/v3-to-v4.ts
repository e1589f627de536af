import type { Migration } from './migration';

/**
 * Version 4 lets a service, database or external system, and a call edge, carry a `rateLimit`
 * (a token bucket), and a call or publish edge a `when` and an `outcome` (flows that depend on
 * outcomes): fields version 3 readers reject. A version 3 file has none of them, so only the
 * version number changes and every simulated number stays what it was.
 */
export const v3ToV4: Migration = {
  from: 3,
  summary:
    'services and calls may carry a rate limit, calls and publishes a condition or an outcome group (none in this file: unchanged)',
  migrate(doc) {
    return { ...doc, version: 4 };
  },
};
