import * as tus from 'tus-js-client';

import type { MediaKind } from '@/db/schema';
import { UPLOAD_CHUNK_BYTES } from '@/lib/media/upload-limits';
import { shouldRetryUpload } from '@/lib/media/upload-messages';

export const UPLOADS_ENDPOINT = '/api/uploads';

export type UploadedAssetInfo = {
  id: string;
  status: 'pending' | 'ready' | 'rejected';
  originalName: string;
  durationSec: number | null;
};

/** The media row behind a finished upload (GET /api/uploads/<id>, lib/media/upload-route.ts). */
export async function fetchUploadedAsset(url: string): Promise<UploadedAssetInfo> {
  const res = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  if (!res.ok) throw new Error(`asset ${res.status}`);
  return (await res.json()) as UploadedAssetInfo;
}

/**
 * The tus options every studio upload shares: 8 MiB chunks, retries only for what may pass on a
 * second try, and a resume fingerprint scoped to the course and kind, so the same file picked for
 * another course or kind starts a new upload.
 */
export function tusOptions(
  kind: MediaKind,
  courseId: string,
  file: File,
  handlers: Pick<tus.UploadOptions, 'onProgress' | 'onError' | 'onSuccess'>,
): tus.UploadOptions {
  return {
    endpoint: UPLOADS_ENDPOINT,
    chunkSize: UPLOAD_CHUNK_BYTES,
    retryDelays: [0, 1000, 3000, 5000, 10000],
    metadata: { kind, courseId, filename: file.name },
    fingerprint: async (f: File) =>
      ['zhishi', courseId, kind, f.name, f.size, f.type, f.lastModified].join('|'),
    removeFingerprintOnSuccess: true,
    onShouldRetry: (err) => shouldRetryUpload(err),
    ...handlers,
  };
}

/** One-shot upload as a promise (covers): resolves with the verified asset, rejects with the error. */
export function uploadOnce(
  kind: MediaKind,
  courseId: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<UploadedAssetInfo> {
  return new Promise((resolve, reject) => {
    const upload: tus.Upload = new tus.Upload(
      file,
      tusOptions(kind, courseId, file, {
        onProgress: (sent, total) => onProgress(total ? Math.floor((sent / total) * 100) : 0),
        onError: reject,
        onSuccess: () => {
          fetchUploadedAsset(upload.url!).then(resolve, reject);
        },
      }),
    );
    void upload.findPreviousUploads().then((previous) => {
      if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
      upload.start();
    });
  });
}
