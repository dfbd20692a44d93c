import { z } from 'zod';

import { route } from '@/lib/api/route';
import { getServableMedia } from '@/lib/data/lesson-access';
import { AppError } from '@/lib/errors';
import { parseRange, type RangeResult } from '@/lib/media/range';
import { getStorage } from '@/lib/storage';

const mediaQuerySchema = z.object({
  u: z.string().max(64).optional(),
  e: z.coerce.number().int().positive().optional(),
  s: z.string().max(128).optional(),
  track: z.literal('captions').optional(),
  download: z.literal('1').optional(),
});

/** RFC 6266 filename: an ASCII fallback plus the UTF-8 original. */
function disposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // Per-user, signed content: never stored by shared caches; the signed URL must not leak on.
  'Cache-Control': 'private, max-age=300',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Every lesson file goes through here (UPLOAD-5, UPLOAD-6). The access and signature check runs
 * first, on every request, range requests included; then one byte range is streamed from disk.
 */
export const GET = route({ guard: 'public', query: mediaQuerySchema }, async (ctx) => {
  const lessonId = typeof ctx.params.lessonId === 'string' ? ctx.params.lessonId : '';
  const media = await getServableMedia(ctx.viewer, lessonId, ctx.query);

  if (ctx.query.track === 'captions') {
    if (!media.captionsVtt) throw new AppError('NOT_FOUND', 'Errors.notFound');
    return new Response(media.captionsVtt, {
      headers: { ...BASE_HEADERS, 'Content-Type': 'text/vtt; charset=utf-8' },
    });
  }

  let range: RangeResult = { kind: 'full' };
  const file = await getStorage().open(media.storageKey, (size) => {
    range = parseRange(ctx.req.headers.get('range'), size);
    if (range.kind === 'unsatisfiable') return 'none';
    return range.kind === 'partial' ? { start: range.start, end: range.end } : null;
  });
  if (!file) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    'Accept-Ranges': 'bytes',
    'Content-Type': media.mimeType,
    'Content-Disposition': disposition(
      ctx.query.download ? 'attachment' : 'inline',
      media.fileName,
    ),
  };
  const r = range as RangeResult;
  if (r.kind === 'unsatisfiable') {
    return new Response(null, {
      status: 416,
      headers: { ...headers, 'Content-Range': `bytes */${file.size}` },
    });
  }
  if (r.kind === 'partial') {
    return new Response(file.stream, {
      status: 206,
      headers: {
        ...headers,
        'Content-Range': `bytes ${r.start}-${r.end}/${file.size}`,
        'Content-Length': String(r.end - r.start + 1),
      },
    });
  }
  return new Response(file.stream, {
    headers: { ...headers, 'Content-Length': String(file.size) },
  });
});
