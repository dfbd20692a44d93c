import 'server-only';

import type { Upload } from '@tus/server';

import { MEDIA_KINDS, type MediaKind } from '@/db/schema';
import { markUploadReady, markUploadRejected } from '@/lib/data/media-uploads';
import { AppError } from '@/lib/errors';
import { storageKeyFor } from '@/lib/media/upload-names';
import { readDurationSec, reencodeImage, sniffUpload } from '@/lib/media/upload-verify';
import { readAll, type Storage } from '@/lib/storage/storage';

const REFUSALS = {
  type: () => new AppError('BAD_REQUEST', 'StudioMedia.errors.type'),
  extension: () => new AppError('BAD_REQUEST', 'StudioMedia.errors.extension'),
};

async function reject(
  storage: Storage,
  uploadId: string,
  reason: keyof typeof REFUSALS,
): Promise<never> {
  await storage.discardUpload(uploadId);
  await markUploadRejected(uploadId);
  throw REFUSALS[reason]();
}

/**
 * Runs when the last byte of an upload has arrived, before the client hears back. The bytes are
 * sniffed (UPLOAD-2), images re-encoded, video/audio measured, and the file moves from its upload
 * key to `media/<courseId>/<random>.<detected ext>` (UPLOAD-4); the row becomes `ready`. Anything
 * refused is deleted and its row marked `rejected`. The metadata read here was written by the
 * server at creation (lib/media/upload-server.ts), not by the client.
 */
export async function finishUpload(storage: Storage, upload: Upload): Promise<void> {
  const meta = upload.metadata ?? {};
  const kind = meta.kind as MediaKind;
  const courseId = meta.courseId ?? '';
  const name = meta.filename ?? '';
  if (!MEDIA_KINDS.includes(kind)) return reject(storage, upload.id, 'type');
  const uploadKey = storage.uploadKey(upload.id);

  const sniffed = await sniffUpload(storage, uploadKey, kind, name);
  if (!sniffed.ok) return reject(storage, upload.id, sniffed.reason);
  const finalKey = storageKeyFor(courseId, sniffed.storedExtension);

  if (kind === 'image') {
    const file = await storage.open(uploadKey);
    let bytes: Buffer;
    try {
      bytes = await reencodeImage(await readAll(file!.stream), sniffed.mimeType);
    } catch {
      return reject(storage, upload.id, 'type');
    }
    await storage.put(finalKey, bytes, sniffed.mimeType);
    await storage.discardUpload(upload.id);
    await markUploadReady(upload.id, {
      storageKey: finalKey,
      mimeType: sniffed.mimeType,
      sizeBytes: bytes.length,
      durationSec: null,
    });
    return;
  }

  const durationSec =
    kind === 'pdf' ? null : await readDurationSec(storage, uploadKey, sniffed.mimeType);
  await storage.promoteUpload(upload.id, finalKey, sniffed.mimeType);
  await markUploadReady(upload.id, {
    storageKey: finalKey,
    mimeType: sniffed.mimeType,
    sizeBytes: upload.size ?? upload.offset,
    durationSec,
  });
}
