// A fingerprint of a batch's tasks: every shard of one sweep or advice ran the same first batch,
// and `spillway merge` computes that batch again and checks it is the one the shards ran.
import { createHash } from 'node:crypto';
import type { RunTask } from '../../run-batch';

/** SHA-256 of the tasks' JSON, in hex. */
export function tasksDigest(tasks: readonly RunTask[]): string {
  const hash = createHash('sha256');
  for (const t of tasks) hash.update(JSON.stringify(t)).update('\n');
  return hash.digest('hex');
}
