// The batch a command runs its simulations on: in its own thread for one worker, else a pool of
// worker threads, closed when the command is done with it (or fails).
import { inlineBatch } from '../../inline-batch';
import type { RunBatch } from '../../run-batch';
import { ThreadPool } from './thread-pool';

export async function withBatch<T>(
  workers: number,
  use: (batch: RunBatch) => Promise<T>,
): Promise<T> {
  if (workers <= 1) return use(inlineBatch);
  const pool = new ThreadPool(workers);
  try {
    return await use(pool);
  } finally {
    await pool.close();
  }
}
