import 'server-only';

import DataLoader from 'dataloader';

/**
 * Reads that arrive together share one batch, sent on `setImmediate` (after the requests of the
 * current I/O turn have asked). Nothing is cached between batches: each caller joins a batch that
 * is read after it asked, so it sees the database as it is at that moment.
 */
export function batchedReads<K, V>(
  read: (keys: readonly K[]) => Promise<V[]>,
  maxBatchSize: number,
): DataLoader<K, V> {
  return new DataLoader<K, V>(read, {
    cache: false,
    batchScheduleFn: (run) => setImmediate(run),
    maxBatchSize,
  });
}
