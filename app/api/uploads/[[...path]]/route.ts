import { route } from '@/lib/api/route';
import { handleUploadRequest } from '@/lib/media/upload-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Resumable uploads (tus 1.0) for creators only: the one guard runs before tus (UPLOAD-1). */
const handler = route({ guard: 'creator' }, async ({ req, viewer, params }) => {
  const raw = params.path;
  const segments = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return handleUploadRequest(req, viewer, segments);
});

export const GET = handler;
export const HEAD = handler;
export const POST = handler;
export const PATCH = handler;
export const DELETE = handler;
