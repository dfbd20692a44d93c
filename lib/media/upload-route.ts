import 'server-only';

import type { NextRequest } from 'next/server';

import type { Viewer } from '@/lib/auth/viewer';
import { getOwnUploadOrThrow, markUploadRejected } from '@/lib/data/media-uploads';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { uploadServer } from '@/lib/media/upload-server';

/**
 * The tus endpoint after the guard (app/api/uploads). `POST /api/uploads` creates an upload;
 * `HEAD|PATCH|DELETE /api/uploads/<id>` reach tus only for the viewer's own pending upload (others
 * get 404); `GET /api/uploads/<id>` answers the media row as JSON (id, status, duration…), which is
 * how the client learns the result once its last PATCH has been answered.
 */
export async function handleUploadRequest(
  req: NextRequest,
  viewer: Viewer,
  segments: string[],
): Promise<Response> {
  // Cookie-authenticated writes from our own pages only (NEXT-7); scripts send no Origin.
  const origin = req.headers.get('origin');
  if (origin && origin !== new URL(env.APP_URL).origin) {
    throw new AppError('FORBIDDEN', 'Errors.crossOrigin');
  }
  if (segments.length > 1) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const id = segments[0];

  if (req.method === 'GET') {
    if (!id) throw new AppError('NOT_FOUND', 'Errors.notFound');
    const asset = await getOwnUploadOrThrow(viewer, id);
    return Response.json(
      {
        id: asset.id,
        kind: asset.kind,
        status: asset.status,
        originalName: asset.originalName,
        mimeType: asset.status === 'ready' ? asset.mimeType : null,
        sizeBytes: asset.sizeBytes,
        durationSec: asset.durationSec,
      },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  }
  if (req.method === 'POST' ? id !== undefined : !id) {
    throw new AppError('NOT_FOUND', 'Errors.notFound');
  }
  if (id) await getOwnUploadOrThrow(viewer, id, ['pending']);

  const res = await uploadServer(viewer).handleWeb(req);
  if (req.method === 'DELETE' && id && res.status === 204) await markUploadRejected(id);
  return res;
}
