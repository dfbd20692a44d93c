import 'server-only';

import { MemoryLocker, Server, type Upload } from '@tus/server';
import { z } from 'zod';

import { MEDIA_KINDS } from '@/db/schema';
import { errorResponse } from '@/lib/api/error-response';
import type { Viewer } from '@/lib/auth/viewer';
import { createPendingUpload } from '@/lib/data/media-uploads';
import { env } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { ID_PATTERN, newId } from '@/lib/ids';
import { logger } from '@/lib/logger';
import { finishUpload } from '@/lib/media/upload-finish';
import { UPLOAD_ABSOLUTE_MAX } from '@/lib/media/upload-limits';
import { sanitizeDisplayName } from '@/lib/media/upload-names';
import { sweepAbandonedUploads } from '@/lib/media/upload-sweep';
import { getStorage } from '@/lib/storage';

export const UPLOADS_PATH = '/api/uploads';

/** What a client may say about its upload (allow-list); everything else it sends is dropped. */
const uploadMetadataSchema = z.object({
  kind: z.enum(MEDIA_KINDS),
  filename: z.string().min(1).max(1000),
  courseId: z.string().regex(ID_PATTERN),
});

type TusError = { status_code: number; body: string };

/** An AppError as tus expects a thrown hook error: the status and our JSON error body. */
async function toTusError(err: AppError): Promise<TusError> {
  const res = await errorResponse(err);
  return { status_code: res.status, body: await res.text() };
}

/** tus's own refusals (text bodies) as our message keys, so the widget can translate them. */
const TUS_STATUS_KEYS: Record<number, [AppError['code'], string]> = {
  400: ['BAD_REQUEST', 'StudioMedia.errors.badRequest'],
  404: ['NOT_FOUND', 'Errors.notFound'],
  409: ['CONFLICT', 'StudioMedia.errors.offset'],
  410: ['NOT_FOUND', 'Errors.notFound'],
  413: ['PAYLOAD_TOO_LARGE', 'StudioMedia.errors.tooLarge'],
};

async function mapError(err: Error | TusError): Promise<TusError> {
  if ('status_code' in err && err.body.startsWith('{')) return err;
  const mapped = 'status_code' in err ? TUS_STATUS_KEYS[err.status_code] : undefined;
  if (mapped) return toTusError(new AppError(mapped[0], mapped[1]));
  // Aborted connections are routine for resumable uploads; anything else is ours to look at.
  if ('status_code' in err && err.status_code === 460) return err;
  logger.error({ err }, 'upload failed');
  return toTusError(new AppError('INTERNAL', 'Errors.generic'));
}

function hook<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (err) {
      throw isAppError(err) ? await toTusError(err) : err;
    }
  };
}

// One locker for the process, so two requests on the same upload never write at once.
const cache = globalThis as unknown as { zhishiUploadLocker?: MemoryLocker };
const locker = (cache.zhishiUploadLocker ??= new MemoryLocker());

/**
 * A tus server bound to one signed-in creator (built per request: cheap, the datastore and
 * locker are shared). The upload id is also the media row's id, which holds the owner: the route
 * checks it before any HEAD/PATCH/DELETE reaches tus (ACCESS-3).
 */
export function uploadServer(viewer: Viewer): Server {
  const storage = getStorage();
  return new Server({
    path: UPLOADS_PATH,
    datastore: storage.datastore,
    locker,
    relativeLocation: true,
    allowedOrigins: [new URL(env.APP_URL).origin],
    maxSize: UPLOAD_ABSOLUTE_MAX,
    namingFunction: () => newId(),
    getFileIdFromRequest: (_req, lastPath) =>
      lastPath && ID_PATTERN.test(lastPath) ? lastPath : undefined,
    onUploadCreate: hook(async (_req, upload: Upload) => {
      // UPLOAD-1: the size is declared up front, so limits and quota apply before any byte.
      if (upload.sizeIsDeferred || upload.size === undefined) {
        throw new AppError('BAD_REQUEST', 'StudioMedia.errors.lengthRequired');
      }
      const parsed = uploadMetadataSchema.safeParse(upload.metadata ?? {});
      if (!parsed.success) throw new AppError('BAD_REQUEST', 'StudioMedia.errors.metadata');
      const { kind, courseId } = parsed.data;
      const filename = sanitizeDisplayName(parsed.data.filename);
      // The creator's own abandoned uploads go first, so they never eat into the quota checked next.
      await sweepAbandonedUploads(storage, { ownerId: viewer.id });
      await createPendingUpload(viewer, {
        uploadId: upload.id,
        kind,
        courseId,
        originalName: filename,
        sizeBytes: upload.size,
        storageKey: storage.uploadKey(upload.id),
      });
      return { metadata: { kind, courseId, filename, ownerId: viewer.id } };
    }),
    onUploadFinish: hook(async (_req, upload: Upload) => {
      await finishUpload(storage, upload);
      return {};
    }),
    onResponseError: (_req, err) => mapError(err),
  });
}
