import 'server-only';

import { listAbandonedUploads, markUploadRejected } from '@/lib/data/media-uploads';
import type { Storage } from '@/lib/storage/storage';

/** An upload not finished a day after it was opened is abandoned: tus clients resume well before. */
export const UPLOAD_ABANDONED_AFTER_MS = 24 * 3_600_000;

/**
 * Deletes the bytes of abandoned uploads and marks their rows `rejected`, which frees the owner's
 * quota (the row still counts towards the hourly limit). Only `pending` rows change, so an upload
 * that finishes meanwhile keeps its verified file. Returns how many were swept.
 */
export async function sweepAbandonedUploads(
  storage: Storage,
  opts: { ownerId?: string; now?: Date; limit?: number } = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  const ids = await listAbandonedUploads({
    olderThan: new Date(now.getTime() - UPLOAD_ABANDONED_AFTER_MS),
    ownerId: opts.ownerId,
    limit: opts.limit ?? 100,
  });
  for (const id of ids) {
    await storage.discardUpload(id);
    await markUploadRejected(id);
  }
  return ids.length;
}
